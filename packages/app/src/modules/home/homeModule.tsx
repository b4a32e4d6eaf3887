import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import { MarkdownContent } from '@backstage/core-components';

// The first thing a developer reads: what the portal does and where each step lives.
const startHere = `
Pick a template, fill in the form, and the portal renders the infrastructure code,
validates it with each ecosystem's own checkers, opens a pull request, runs the plan
workflow and adds what it created to the catalog.

- **[Create](/create)**: the templates (BillPay infrastructure, service and frontend,
  inventory and sales, Servistech ERP, order processing)
- **[Catalog](/catalog)**: systems, components and the cloud resources each stack created
- **[Catalog graph](/catalog-graph)**: how systems, resources and teams relate
- **[Docs](/docs)**: TechDocs of every system and generated stack
- **[Search](/search)**: templates, entities and documentation in one place
`;

const startHereWidget = HomePageWidgetBlueprint.make({
  name: 'start-here',
  params: {
    name: 'StartHere',
    title: 'Infrastructure from a form',
    description: 'What the IaC Portal does and where to start',
    components: async () => ({
      Content: () => <MarkdownContent content={startHere} />,
    }),
  },
});

export const homeModule = createFrontendModule({
  pluginId: 'home',
  extensions: [startHereWidget],
});
