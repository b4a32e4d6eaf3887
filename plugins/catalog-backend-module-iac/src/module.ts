import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { IacStackEntityProvider } from './IacStackEntityProvider';

/** Adds the entity provider for stacks created by the IaC Portal to the catalog. */
export const catalogModuleIacStacks = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'iac-stacks',
  register(reg) {
    reg.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        events: eventsServiceRef,
        logger: coreServices.logger,
      },
      async init({ catalog, events, logger }) {
        catalog.addEntityProvider(new IacStackEntityProvider(events, logger));
      },
    });
  },
});
