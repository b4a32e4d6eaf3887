import { createMockDirectory } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { JsonObject, JsonValue } from '@backstage/types';
import yaml from 'yaml';
import { policiesFolder } from '../lib/policy/__testUtils__/policyFixture';
import { stacksFixture } from '../lib/stack/__testUtils__/stacksFixture';
import { createIacPolicyCheckAction } from './policyCheck';
import { createIacRenderAction } from './render';
import { examples } from './policyCheck.examples';
import type { IacTemplateAction } from './types';

describe('iac:policy:check examples', () => {
  const mockDir = createMockDirectory();
  const workspacePath = mockDir.resolve('workspace');
  const actions: Record<string, IacTemplateAction> = {
    'iac:render': createIacRenderAction({
      stacksDir: mockDir.resolve('stacks'),
    }),
    'iac:policy:check': createIacPolicyCheckAction({
      policiesDir: mockDir.resolve('policies'),
    }),
  };

  beforeEach(() => {
    mockDir.setContent({
      stacks: stacksFixture(),
      // The fixture stack tags its VPC with a Name only.
      policies: { ...policiesFolder, 'required-tags.yaml': 'keys: [Name]' },
      workspace: {},
    });
  });

  // Runs the example's steps in order, resolving `${{ steps.<id>.output.<name> }}` inputs.
  it.each(examples.map(e => [e.description, e] as const))(
    '%s',
    async (_d, example) => {
      const outputs: Record<string, JsonObject> = {};
      for (const step of yaml.parse(example.example).steps) {
        const input: JsonObject = Object.fromEntries(
          Object.entries<JsonValue>(step.input ?? {}).map(([key, value]) => {
            const ref =
              typeof value === 'string' &&
              /^\$\{\{ steps\.(\w+)\.output\.(\w+) \}\}$/.exec(value);
            return [key, ref ? outputs[ref[1]][ref[2]] : value];
          }),
        );
        const ctx = createMockActionContext({ input, workspacePath });
        await actions[step.action].handler(ctx);
        outputs[step.id] = Object.fromEntries(
          (ctx.output as jest.Mock).mock.calls,
        );
      }
      expect(outputs.policy).toMatchObject({
        passed: true,
        violations: [],
        overridden: false,
      });
    },
  );
});
