// The portal's permission policy: an ordered list of rules (src/rules/, one file each, each with
// its test); the first rule that decides wins, and what no rule decides is allowed.
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
