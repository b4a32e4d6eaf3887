// The template filters the portal's scaffolder module registers with the scaffolder's templating
// extension point, taken from the module itself so fetch:template gets exactly what it gets in the
// portal.
import { startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { eventsServiceFactory } from '@backstage/plugin-events-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import {
  CreatedTemplateFilter,
  scaffolderTemplatingExtensionPoint,
} from '@backstage/plugin-scaffolder-node/alpha';
import iacModule from '@internal/plugin-scaffolder-backend-module-iac';

type TemplateFilters = Record<string, (...args: any[]) => any>;

export async function iacTemplateFilters(): Promise<TemplateFilters> {
  const filters: TemplateFilters = {};
  const backend = await startTestBackend({
    extensionPoints: [
      [scaffolderActionsExtensionPoint, { addActions: () => {} }],
      [
        scaffolderTemplatingExtensionPoint,
        {
          addTemplateFilters: (
            added: TemplateFilters | CreatedTemplateFilter<any, any>[],
          ) => {
            if (!Array.isArray(added)) Object.assign(filters, added);
            else for (const { id, filter } of added) filters[id] = filter;
          },
          addTemplateGlobals: () => {},
        },
      ],
    ],
    features: [iacModule, catalogServiceMock.factory(), eventsServiceFactory],
  });
  await backend.stop();
  return filters;
}
