import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Creating a stack that has a prod environment. `iac:render` asks for it whenever the selected
 * environments include prod; the portal's policy grants it to the platform team only.
 */
export const iacProdEnvironmentCreatePermission = createPermission({
  name: 'iac.environment.prod.create',
  attributes: { action: 'create' },
});

/** Every permission of the IaC Portal, for the permissions registry. */
export const iacPermissions = [iacProdEnvironmentCreatePermission];
