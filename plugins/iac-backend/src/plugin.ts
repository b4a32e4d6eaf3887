import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { ScmIntegrations } from '@backstage/integration';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import path from 'node:path';
import { createRouter } from './router';
import { prebuildTechDocs } from './techdocs/prebuildTechDocs';

/**
 * The IaC Portal's backend plugin, under `/api/iac`: the live cost estimate of a template's
 * form, the price tables behind the region and instance-type pickers, and the latest
 * workflow runs of a stack's repository. It also builds the catalog's TechDocs ahead of a
 * visit, so search finds their pages.
 *
 * @public
 */
export const iacPlugin = createBackendPlugin({
  pluginId: 'iac',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
      },
      async init(deps) {
        const { httpRouter, httpAuth, config, logger, catalog } = deps;
        httpRouter.use(
          await createRouter({
            httpAuth,
            catalog,
            logger,
            integrations: ScmIntegrations.fromConfig(config),
            // The same folder the scaffolder's iac:render reads.
            stacksDir: path.resolve(
              config.getOptionalString('iac.stacksDir') ?? 'templates',
            ),
            runLimit: config.getOptionalNumber('iac.runs.limit') ?? 10,
          }),
        );

        // Search indexes TechDocs pages only once they are built; build them before anyone
        // opens them, and again for the stacks tracked since.
        if (config.getOptionalBoolean('iac.techdocs.prebuild') ?? true) {
          await deps.scheduler.scheduleTask({
            id: 'iac-techdocs-prebuild',
            // Each backend instance publishes the docs it builds to its own disk.
            scope: 'local',
            frequency: { minutes: 10 },
            timeout: { minutes: 15 },
            initialDelay: { seconds: 5 },
            fn: async () => {
              await prebuildTechDocs({
                catalog,
                logger,
                auth: deps.auth,
                discovery: deps.discovery,
              });
            },
          });
        }
      },
    });
  },
});
