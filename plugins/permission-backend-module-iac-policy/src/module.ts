import { createBackendModule } from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { IacPortalPolicy } from './policy';

/** Installs the portal's permission policy into the permission backend. */
export const iacPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'iac-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy(new IacPortalPolicy());
      },
    });
  },
});
