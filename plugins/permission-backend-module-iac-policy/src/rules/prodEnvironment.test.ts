import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import { iacProdEnvironmentCreatePermission } from '@internal/plugin-iac-common';
import { IacPortalPolicy } from '../policy';
import { prodEnvironmentRule } from './prodEnvironment';

const policy = new IacPortalPolicy([prodEnvironmentRule('group:default/platform-team')]);

function user(ref: string, groups: string[]) {
  return {
    identity: { type: 'user' as const, userEntityRef: ref, ownershipEntityRefs: [ref, ...groups] },
    info: { userEntityRef: ref, ownershipEntityRefs: [ref, ...groups] },
    token: 'token',
    credentials: {} as any,
  };
}

describe('prodEnvironmentRule', () => {
  it('lets a member of the platform team create a prod stack', async () => {
    const ana = user('user:default/ana.garcia', ['group:default/platform-team']);
    await expect(
      policy.handle({ permission: iacProdEnvironmentCreatePermission }, ana),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });

  it('refuses anyone else', async () => {
    const mateo = user('user:default/mateo.rojas', ['group:default/payments-frontend']);
    await expect(
      policy.handle({ permission: iacProdEnvironmentCreatePermission }, mateo),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
    await expect(
      policy.handle({ permission: iacProdEnvironmentCreatePermission }, undefined),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
  });

  it('leaves other permissions to the next rule', async () => {
    const other = createPermission({ name: 'catalog.entity.read', attributes: { action: 'read' } });
    const mateo = user('user:default/mateo.rojas', []);
    await expect(policy.handle({ permission: other }, mateo)).resolves.toEqual({
      result: AuthorizeResult.ALLOW,
    });
  });
});
