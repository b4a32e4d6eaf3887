import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { ScmIntegrations } from '@backstage/integration';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { scaffolderTemplatingExtensionPoint } from '@backstage/plugin-scaffolder-node/alpha';
import { iacPermissions } from '@internal/plugin-iac-common';
import path from 'node:path';
import {
  createIacCatalogTrackAction,
  createIacGithubPullRequestAction,
  createIacGithubWorkflowRunAction,
  createIacPolicyCheckAction,
  createIacRenderAction,
  createIacValidateAction,
} from './actions';
import { scaffolderTemplateFilters } from './lib/templating';

/** Registers the IaC Portal's actions and its escaping filters with the scaffolder. */
export const scaffolderModuleIac = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'iac',
  register(reg) {
    reg.registerInit({
      deps: {
        actions: scaffolderActionsExtensionPoint,
        templating: scaffolderTemplatingExtensionPoint,
        config: coreServices.rootConfig,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
        events: eventsServiceRef,
      },
      async init({
        actions,
        templating,
        config,
        auth,
        permissions,
        permissionsRegistry,
        catalog,
        events,
      }) {
        permissionsRegistry.addPermissions(iacPermissions);
        const integrations = ScmIntegrations.fromConfig(config);
        const stacksDir = path.resolve(
          config.getOptionalString('iac.stacksDir') ?? 'templates',
        );
        const policiesDir = path.resolve(
          config.getOptionalString('iac.policiesDir') ?? 'policies',
        );
        const seconds = (key: string) => {
          const value = config.getOptionalNumber(key);
          return value === undefined ? undefined : value * 1000;
        };
        const writePacingMs = config.getOptionalNumber('iac.github.writePacingMs');
        if (writePacingMs !== undefined && !(writePacingMs >= 0)) {
          throw new Error(
            `iac.github.writePacingMs: must be a number of milliseconds, 0 or more; got ${writePacingMs}`,
          );
        }
        const github = { integrations, writePacingMs };

        actions.addActions(
          createIacRenderAction({ stacksDir, permissions }),
          createIacValidateAction(),
          createIacPolicyCheckAction({ policiesDir }),
          createIacGithubPullRequestAction(github),
          createIacGithubWorkflowRunAction({
            ...github,
            pollIntervalMs: seconds('iac.workflow.pollIntervalSeconds'),
            maxPollIntervalMs: seconds('iac.workflow.maxPollIntervalSeconds'),
          }),
          createIacCatalogTrackAction({ catalog, events, auth, integrations }),
        );
        templating.addTemplateFilters(scaffolderTemplateFilters);
      },
    });
  },
});
