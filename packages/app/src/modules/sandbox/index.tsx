import {
  AppRootElementBlueprint,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import { SandboxBanner } from './SandboxBanner';

export const sandboxModule = createFrontendModule({
  pluginId: 'app',
  extensions: [
    AppRootElementBlueprint.make({
      name: 'sandbox-banner',
      params: { element: <SandboxBanner /> },
    }),
  ],
});
