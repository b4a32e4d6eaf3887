import {
  AuthorizeResult,
  PolicyDecision,
  createPermission,
} from '@backstage/plugin-permission-common';
import { IacPortalPolicy } from './policy';

const permission = createPermission({
  name: 'scaffolder.task.create',
  attributes: {},
});

describe('IacPortalPolicy', () => {
  it('allows a request no rule decides', async () => {
    const policy = new IacPortalPolicy();
    await expect(policy.handle({ permission })).resolves.toEqual({
      result: AuthorizeResult.ALLOW,
    });
  });

  it('returns the first decision a rule makes', async () => {
    const deny = jest.fn(
      (): PolicyDecision => ({ result: AuthorizeResult.DENY }),
    );
    const never = jest.fn(
      (): PolicyDecision => ({ result: AuthorizeResult.ALLOW }),
    );
    const policy = new IacPortalPolicy([() => undefined, deny, never]);
    await expect(policy.handle({ permission })).resolves.toEqual({
      result: AuthorizeResult.DENY,
    });
    expect(never).not.toHaveBeenCalled();
  });
});
