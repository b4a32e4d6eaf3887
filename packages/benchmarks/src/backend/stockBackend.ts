// The portal's backend without this project's modules: the stock features of
// packages/backend/src/index.ts (see backendFeatures.ts). The permission plugin refuses to start
// without a policy, so it gets the allow-all policy a new Backstage app ships with in place of the
// portal's policy. Started by the footprint benchmark.
import { createBackend } from '@backstage/backend-defaults';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { STOCK_FEATURES } from './backendFeatures';

const allowAllPolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'allow-all-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy({
          handle: async () => ({ result: AuthorizeResult.ALLOW }),
        });
      },
    });
  },
});

const backend = createBackend();
for (const feature of STOCK_FEATURES) backend.add(import(feature));
backend.add(allowAllPolicy);
backend.start();
