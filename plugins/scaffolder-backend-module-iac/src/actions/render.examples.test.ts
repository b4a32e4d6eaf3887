import { createMockDirectory } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import yaml from 'yaml';
import { stacksFixture } from '../lib/stack/__testUtils__/stacksFixture';
import { createIacRenderAction } from './render';
import { examples } from './render.examples';

describe('iac:render examples', () => {
  const mockDir = createMockDirectory();
  const action = createIacRenderAction({
    stacksDir: mockDir.resolve('stacks'),
  });

  beforeEach(() => {
    mockDir.setContent({ stacks: stacksFixture(), workspace: {} });
  });

  it.each(examples.map(e => [e.description, e] as const))(
    '%s',
    async (_d, example) => {
      const { input } = yaml.parse(example.example).steps[0];
      const ctx = createMockActionContext({
        input,
        workspacePath: mockDir.resolve('workspace'),
      });
      await action.handler(ctx);

      const target = input.targetPath ?? '.';
      const [, files] = (ctx.output as jest.Mock).mock.calls.find(
        ([name]) => name === 'files',
      );
      expect(files).toContain('README.md');
      for (const environment of input.environments) {
        expect(files).toContain(`environments/${environment}/main.tf`);
      }
      const written = mockDir.content({
        path: `workspace/${target}`,
      }) as Record<string, unknown>;
      expect(written).toHaveProperty(['README.md']);
    },
  );
});
