import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { iacTechDocsModule } from '@internal/plugin-iac';
import { navModule } from './modules/nav';
import { homeModule } from './modules/home';
import { sandboxModule } from './modules/sandbox';

export default createApp({
  features: [catalogPlugin, iacTechDocsModule, navModule, homeModule, sandboxModule],
});
