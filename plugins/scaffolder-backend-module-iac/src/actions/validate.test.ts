import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { InputError } from '@backstage/errors';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { JsonObject } from '@backstage/types';
import {
  exampleValues,
  stacksFixture,
} from '../lib/stack/__testUtils__/stacksFixture';
import {
  goodManifest,
  goodRepository,
} from '../lib/validation/__testUtils__/goodRepository';
import { createIacRenderAction } from './render';
import { createIacValidateAction } from './validate';

describe('iac:validate', () => {
  jest.setTimeout(120_000);
  const mockDir = createMockDirectory();
  const workspacePath = mockDir.resolve('workspace');
  const action = createIacValidateAction();

  const run = (input: JsonObject, extra: object = {}) => {
    const ctx = createMockActionContext({ input, workspacePath, ...extra });
    return { ctx, done: action.handler(ctx) };
  };
  const outputs = (ctx: { output: unknown }) =>
    Object.fromEntries((ctx.output as jest.Mock).mock.calls);

  beforeEach(() => {
    mockDir.setContent({ workspace: goodRepository() });
  });

  it('outputs a passing report for the good repository', async () => {
    const { ctx, done } = run({ manifest: goodManifest });
    await done;
    const out = outputs(ctx);
    expect(out).toMatchObject({ passed: true, findingCount: 0, findings: [] });
    expect(out.checks).toHaveLength(16);
    expect(out.summary).toMatch(/^### Validation: all checks passed\n/);
  });

  it('fails with every finding as file:line: message, after setting its outputs', async () => {
    mockDir.addContent({
      'workspace/modules/app/broken.tf': 'locals {\n  a = \n}\n',
      'workspace/environments/dev/extra.tf':
        'output "x" {\n  value = var.nope\n}\n',
    });
    const { ctx, done } = run({ checkers: ['hcl', 'opentofu'] });
    await expect(done).rejects.toThrow(InputError);
    await expect(done).rejects.toThrow(
      [
        'Validation found 2 problems:',
        '  environments/dev/extra.tf:2: var.nope is used but no variable "nope" is declared in environments/dev (opentofu)',
        '  modules/app/broken.tf:2: Invalid expression; Expected the start of an expression, but found an invalid expression token (hcl)',
      ].join('\n'),
    );
    expect(outputs(ctx)).toMatchObject({ passed: false, findingCount: 2 });
  });

  it('only reports when failOnFindings is false', async () => {
    mockDir.addContent({ 'workspace/infra/main.tf': 'x = \n' });
    const { ctx, done } = run({ path: 'infra', failOnFindings: false });
    await done;
    expect(outputs(ctx)).toMatchObject({
      passed: false,
      findingCount: 1,
      findings: [
        expect.objectContaining({ checker: 'hcl', file: 'main.tf', line: 1 }),
      ],
    });
    expect(outputs(ctx).summary).toContain('### Validation: 1 problem found');
  });

  it('logs counts, not the findings', async () => {
    const logger = mockServices.logger.mock();
    mockDir.addContent({ 'workspace/x.tf': 'secret = "S3cr3t" +\n' });
    await run({ checkers: ['hcl'], failOnFindings: false }, { logger }).done;
    expect(logger.info).toHaveBeenCalledWith(
      'Validated .: 0 checks passed, 1 failed, 0 skipped; 1 problems',
    );
    expect(JSON.stringify(logger.info.mock.calls)).not.toContain('S3cr3t');
  });

  it('reports command-line checks as skipped when their commands are not on the search path', async () => {
    const isolated = createIacValidateAction({
      searchPath: '',
    });
    const ctx = createMockActionContext({
      input: { checkers: ['shellcheck', 'nginx'] },
      workspacePath,
    });
    await isolated.handler(ctx);
    expect(outputs(ctx).checks).toEqual([
      {
        checker: 'shellcheck',
        status: 'skipped',
        files: 2,
        reason: 'shellcheck is not installed',
      },
      {
        checker: 'nginx',
        status: 'skipped',
        files: 1,
        reason: 'nginx is not installed',
      },
    ]);
  });

  it.each([
    [
      'a path outside the workspace',
      { path: '../x' },
      'path must be a relative path',
    ],
    ['an absolute path', { path: '/etc' }, 'path must be a relative path'],
    [
      'a path that is not a folder',
      { path: 'catalog-info.yaml' },
      "path: 'catalog-info.yaml' is not a folder of the workspace",
    ],
    [
      'an unknown checker',
      { checkers: ['hcl', 'terraform-validate'] },
      'checkers: unknown check terraform-validate (known: hcl, opentofu',
    ],
  ])('refuses %s', async (_name, input, message) => {
    const { done } = run(input);
    await expect(done).rejects.toThrow(InputError);
    await expect(done).rejects.toThrow(message);
  });

  it('accepts what iac:render generates, with its manifest', async () => {
    mockDir.setContent({ stacks: stacksFixture(), workspace: {} });
    const render = createIacRenderAction({
      stacksDir: mockDir.resolve('stacks'),
    });
    const renderCtx = createMockActionContext({
      input: {
        stack: 'billpay-infrastructure',
        values: { ...exampleValues, withBucket: true },
        environments: ['dev', 'staging', 'prod'],
      },
      workspacePath,
    });
    await render.handler(renderCtx);
    const { ctx, done } = run({ manifest: outputs(renderCtx).manifest });
    await done;
    expect(outputs(ctx)).toMatchObject({ passed: true, findingCount: 0 });
  });
});
