import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { TechDocsAddonLocations } from '@backstage/plugin-techdocs-react';
import { AddonBlueprint } from '@backstage/plugin-techdocs-react/alpha';
import { MermaidDiagrams } from './MermaidDiagrams';

const mermaidDiagramsAddon = AddonBlueprint.make({
  name: 'mermaid-diagrams',
  params: {
    name: 'MermaidDiagrams',
    location: TechDocsAddonLocations.Content,
    component: MermaidDiagrams,
  },
});

/**
 * Draws the mermaid diagrams of TechDocs pages (the stacks' architecture and event flows).
 *
 * @public
 */
export const iacTechDocsModule = createFrontendModule({
  pluginId: 'techdocs',
  extensions: [mermaidDiagramsAddon],
});
