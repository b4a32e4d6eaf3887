import { createMockDirectory, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  exampleValues,
  stacksFixture,
} from '../lib/stack/__testUtils__/stacksFixture';
import { createIacRenderAction } from './render';

describe('iac:render permission for prod', () => {
  const mockDir = createMockDirectory();

  beforeEach(() => {
    mockDir.setContent({ stacks: stacksFixture(), workspace: {} });
  });

  function run(result: AuthorizeResult.ALLOW | AuthorizeResult.DENY, environments: string[]) {
    const permissions = mockServices.permissions.mock({
      authorize: jest.fn(async requests => requests.map(() => ({ result }))) as any,
    });
    const action = createIacRenderAction({ stacksDir: mockDir.resolve('stacks'), permissions });
    const ctx = createMockActionContext({
      input: { stack: 'billpay-infrastructure', values: exampleValues, environments },
      workspacePath: mockDir.resolve('workspace'),
    });
    return { promise: action.handler(ctx), permissions };
  }

  it('refuses a prod stack to someone the policy denies, before writing anything', async () => {
    const { promise, permissions } = run(AuthorizeResult.DENY, ['dev', 'prod']);
    await expect(promise).rejects.toThrow(
      'environments: you are not allowed to create a stack with a prod environment',
    );
    expect(permissions.authorize).toHaveBeenCalledWith(
      [{ permission: expect.objectContaining({ name: 'iac.environment.prod.create' }) }],
      expect.anything(),
    );
    expect(mockDir.content({ path: 'workspace' })).toEqual({});
  });

  it('renders a prod stack for someone the policy allows', async () => {
    const { promise } = run(AuthorizeResult.ALLOW, ['dev', 'prod']);
    await expect(promise).resolves.toBeUndefined();
  });

  it('does not ask about stacks without prod', async () => {
    const { promise, permissions } = run(AuthorizeResult.DENY, ['dev', 'staging']);
    await expect(promise).resolves.toBeUndefined();
    expect(permissions.authorize).not.toHaveBeenCalled();
  });
});
