import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { InputError } from '@backstage/errors';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  exampleValues,
  stacksFixture,
} from '../lib/stack/__testUtils__/stacksFixture';
import { createIacRenderAction } from './render';

describe('iac:render', () => {
  const mockDir = createMockDirectory();
  const stacksDir = mockDir.resolve('stacks');
  const workspacePath = mockDir.resolve('workspace');
  const action = createIacRenderAction({
    stacksDir,
  });

  beforeEach(() => {
    mockDir.setContent({ stacks: stacksFixture(), workspace: {} });
  });

  const context = (input: Record<string, unknown>, extra: object = {}) =>
    createMockActionContext({
      input: {
        stack: 'billpay-infrastructure',
        values: exampleValues,
        environments: ['prod', 'dev'],
        ...input,
      },
      workspacePath,
      ...extra,
    });

  const workspaceFiles = () =>
    mockDir.content({ path: 'workspace', shouldReadAsText: true });

  it('writes the rendered stack into the workspace and outputs files, manifest and cost', async () => {
    const ctx = context({ targetPath: 'infra' });
    await action.handler(ctx);

    const files = [
      '.github/workflows/iac-apply.yml',
      'README.md',
      'environments/dev/main.tf',
      'environments/prod/main.tf',
      'logo.png',
      'modules/networking/main.tf',
      'modules/networking/outputs.tf',
      'modules/networking/variables.tf',
      'scripts/plan.sh',
    ];
    expect(ctx.output).toHaveBeenCalledWith('files', files);
    expect(ctx.output).toHaveBeenCalledWith('fileCount', 9);
    expect(ctx.output).toHaveBeenCalledWith('manifest', [
      expect.objectContaining({
        name: 'billpay-dev-vpc',
        environment: 'dev',
        kind: 'Resource',
      }),
      expect.objectContaining({
        name: 'billpay-prod-vpc',
        environment: 'prod',
        kind: 'Resource',
      }),
    ]);
    expect(ctx.output).toHaveBeenCalledWith(
      'cost',
      expect.objectContaining({ currency: 'USD', total: 106.44 }),
    );
    const written = workspaceFiles() as { infra: Record<string, unknown> };
    expect(Object.keys(written)).toEqual(['infra']);
    expect(written.infra).toMatchObject({
      environments: {
        dev: { 'main.tf': expect.any(String) },
        prod: { 'main.tf': expect.any(String) },
      },
      modules: { networking: { 'main.tf': expect.any(String) } },
    });
  });

  it('does the same in a dry run, where the workspace is a throwaway folder', async () => {
    const ctx = context({}, { isDryRun: true });
    await action.handler({ ...ctx, isDryRun: true });
    expect(ctx.output).toHaveBeenCalledWith('fileCount', 9);
    expect(workspaceFiles()).toHaveProperty(['README.md']);
  });

  it('never logs form values', async () => {
    const logger = mockServices.logger.mock();
    const secret = 'S3cr3t-Value-That-Must-Not-Leak';
    await action.handler(
      context({ values: { ...exampleValues, owner: secret } }, { logger }),
    );
    const logged = JSON.stringify([
      ...logger.info.mock.calls,
      ...logger.warn.mock.calls,
      ...logger.debug.mock.calls,
      ...logger.error.mock.calls,
    ]);
    expect(logged).toContain(
      'Rendered stack billpay-infrastructure for dev, prod: 9 files',
    );
    expect(logged).not.toContain(secret);
  });

  it.each([
    [
      'a stack path',
      { stack: '../billpay-infrastructure' },
      'stack must be the name of a stack',
    ],
    [
      'a stack URL',
      { stack: 'https://example.com/stack' },
      'stack must be the name of a stack',
    ],
    [
      'an unknown stack',
      { stack: 'shared' },
      'Stack "shared": stack.yaml is not a regular file',
    ],
    [
      'no environments',
      { environments: [] },
      'environments must be a non-empty list of dev, staging, prod',
    ],
    [
      'an unknown environment',
      { environments: ['qa'] },
      'environments must be a non-empty list',
    ],
    [
      'a repeated environment',
      { environments: ['dev', 'dev'] },
      'environments must not name an environment twice',
    ],
    [
      'values that are not an object',
      { values: ['x'] },
      'values must be an object of form values',
    ],
    [
      'an absolute target path',
      { targetPath: '/tmp' },
      'targetPath must be a relative path',
    ],
    [
      'a target path going up',
      { targetPath: '../x' },
      'targetPath must be a relative path',
    ],
  ])('refuses %s', async (_name, input, message) => {
    const run = action.handler(context(input));
    await expect(run).rejects.toThrow(InputError);
    await expect(run).rejects.toThrow(message);
    expect(workspaceFiles()).toEqual({});
  });

  it('writes nothing when any file of the stack fails to render', async () => {
    mockDir.addContent({
      'stacks/billpay-infrastructure/skeleton/zz-last.txt.njk':
        '{{ values.missing | yaml }}',
    });
    await expect(action.handler(context({}))).rejects.toThrow(
      'skeleton/zz-last.txt.njk:1: the yaml filter got an undefined value',
    );
    expect(workspaceFiles()).toEqual({});
  });
});
