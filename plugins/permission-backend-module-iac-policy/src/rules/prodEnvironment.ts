import { AuthorizeResult, isPermission } from '@backstage/plugin-permission-common';
import { iacProdEnvironmentCreatePermission } from '@internal/plugin-iac-common';
import type { IacPolicyRule } from '../policy';

/**
 * Only members of `group` may create a stack with a prod environment. Group membership comes
 * from the signed-in user's ownership references, which sign-in resolves from the catalog.
 */
export function prodEnvironmentRule(group: string): IacPolicyRule {
  return (request, user) => {
    if (!isPermission(request.permission, iacProdEnvironmentCreatePermission)) {
      return undefined;
    }
    const member = user?.info.ownershipEntityRefs.includes(group) ?? false;
    return { result: member ? AuthorizeResult.ALLOW : AuthorizeResult.DENY };
  };
}
