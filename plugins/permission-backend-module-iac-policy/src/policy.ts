// The portal's permission policy. Everything is allowed today; the rules that restrict who may
// run which template are added here, one function per rule, so each is tested on its own.
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';

/** A rule returns a decision when it applies to the request, or undefined to pass it on. */
export type IacPolicyRule = (
  request: PolicyQuery,
  user?: PolicyQueryUser,
) => PolicyDecision | undefined | Promise<PolicyDecision | undefined>;

export class IacPortalPolicy implements PermissionPolicy {
  constructor(private readonly rules: IacPolicyRule[] = []) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    for (const rule of this.rules) {
      const decision = await rule(request, user);
      if (decision) return decision;
    }
    return { result: AuthorizeResult.ALLOW };
  }
}
