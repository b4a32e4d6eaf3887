import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { IacPortalPolicy } from './policy';
import { prodEnvironmentRule } from './rules/prodEnvironment';

/** Installs the portal's permission policy into the permission backend. */
export const iacPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'iac-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint, config: coreServices.rootConfig },
      async init({ policy, config }) {
        const prodGroup =
          config.getOptionalString('iac.permissions.prodGroup') ??
          'group:default/platform-team';
        policy.setPolicy(new IacPortalPolicy([prodEnvironmentRule(prodGroup)]));
      },
    });
  },
});
