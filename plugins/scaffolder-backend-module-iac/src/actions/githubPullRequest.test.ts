import { createMockDirectory } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { GENERATED_FILES_PATH } from '../lib/github/publishPullRequest';
import {
  StandInContext,
  fastGithubOptions,
  startStandInWithIntegration,
} from '../__testUtils__/githubStandIn';
import { createIacGithubPullRequestAction } from './githubPullRequest';

const REPO_URL = 'github.com?owner=acme&repo=billpay-infra';

function stackFiles(count: number): Record<string, string> {
  const files: Record<string, string> = {
    'README.md': '# BillPay infrastructure\n',
    'modules/networking/main.tf': 'resource "aws_vpc" "this" {}\n',
  };
  for (let i = 0; i < count - 2; i++) {
    files[`live/dev/module-${i}/terragrunt.hcl`] = `inputs = { index = ${i} }\n`;
  }
  return files;
}

jest.setTimeout(60_000);

describe('iac:github:pullRequest', () => {
  let context: StandInContext;
  const workspace = createMockDirectory();

  beforeEach(async () => {
    context = await startStandInWithIntegration();
  });
  afterEach(async () => {
    const violations = context.standIn.violations;
    await context.standIn.close();
    // Every request the action made was one GitHub's OpenAPI description allows.
    if (violations.length) throw new Error(`OpenAPI violations: ${JSON.stringify(violations)}`);
  });

  async function run(input: Record<string, unknown>, files: Record<string, string | Buffer>) {
    workspace.clear();
    workspace.setContent(files as any);
    const action = createIacGithubPullRequestAction({
      integrations: context.integrations,
      ...fastGithubOptions,
    });
    const ctx = createMockActionContext({
      input: {
        repoUrl: REPO_URL,
        branchName: 'iac/billpay',
        title: 'BillPay infrastructure: billpay',
        ...input,
      } as any,
      workspacePath: workspace.path,
    });
    await action.handler(ctx as any);
    const outputs = Object.fromEntries((ctx.output as jest.Mock).mock.calls);
    return outputs;
  }

  it('creates the repository and puts every file in one commit and one pull request', async () => {
    const files = stackFiles(25);
    const outputs = await run(
      {
        createRepository: true,
        labels: ['infrastructure', 'billpay'],
        manifest: [
          { name: 'billpay-dev-vpc', type: 'vpc', environment: 'dev', module: 'networking' },
          { name: 'billpay-prod-vpc', type: 'vpc', environment: 'prod', module: 'networking' },
        ],
        cost: { currency: 'USD', total: 300, environments: [{ name: 'dev', total: 100 }, { name: 'prod', total: 200 }] },
        validationSummary: 'All 3 checks passed',
        policySummary: '### Policy: all rules passed\n',
      },
      files,
    );
    const { standIn } = context;
    expect(standIn.getRepo('acme', 'billpay-infra')).toBeDefined();
    const tree = standIn.getBranchTree('acme', 'billpay-infra', 'iac/billpay')!;
    for (const [path, content] of Object.entries(files)) {
      expect(tree[path]).toBe(content);
    }
    expect(JSON.parse(tree[GENERATED_FILES_PATH])).toEqual(Object.keys(files).sort());

    const pulls = standIn.listPulls('acme', 'billpay-infra');
    expect(pulls).toHaveLength(1);
    expect(pulls[0].labels.map(l => l.name)).toEqual(['infrastructure', 'billpay']);
    expect(pulls[0].body).toContain('### dev (1)');
    expect(pulls[0].body).toContain('### prod (1)');
    expect(pulls[0].body).toContain('| **Total** | **300.00** |');
    expect(pulls[0].body).toContain('All 3 checks passed');
    expect(pulls[0].body).toContain('## Policy\n\n### Policy: all rules passed');
    expect(outputs.pullRequestUrl).toBe(pulls[0].html_url);
    expect(outputs.changedFiles).toBe(26);
    // One commit on top of the initial one.
    const commits = standIn.requestLog.filter(r => r.operationId === 'git/create-commit');
    expect(commits).toHaveLength(1);
  });

  it('makes the same number of API calls for 10 and for 300 files', async () => {
    const small = await run({ createRepository: true, branchName: 'iac/small' }, stackFiles(10));
    const large = await run({ createRepository: true, branchName: 'iac/large' }, stackFiles(300));
    // The second run finds the repository: no creation call, everything else identical.
    expect(large.apiCalls).toBe(small.apiCalls - 1);
    expect(large.apiCalls).toBeLessThanOrEqual(10);
  });

  it('updates the same branch and pull request on a second run, deleting files no longer rendered', async () => {
    const first = stackFiles(6);
    await run({ createRepository: true }, first);
    const second: Record<string, string> = { ...first, 'README.md': '# BillPay infrastructure v2\n' };
    delete second['live/dev/module-0/terragrunt.hcl'];
    const outputs = await run({}, second);

    const { standIn } = context;
    const tree = standIn.getBranchTree('acme', 'billpay-infra', 'iac/billpay')!;
    expect(tree['README.md']).toBe('# BillPay infrastructure v2\n');
    expect(tree['live/dev/module-0/terragrunt.hcl']).toBeUndefined();
    expect(outputs.changedFiles).toBe(2); // README and the generated-files list
    expect(outputs.deletedFiles).toBe(1);
    expect(outputs.createdPullRequest).toBe(false);
    expect(standIn.listPulls('acme', 'billpay-infra')).toHaveLength(1);
    expect(standIn.listBranches('acme', 'billpay-infra').map(b => b.name).sort()).toEqual([
      'iac/billpay',
      'main',
    ]);
  });

  it('sends a binary file as a blob and text inline', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    await run({ createRepository: true }, { 'README.md': 'hello\n', 'docs/logo.png': png });
    const blobs = context.standIn.requestLog.filter(r => r.operationId === 'git/create-blob');
    expect(blobs).toHaveLength(1);
  });

  it('refuses a bad branch name before any API call', async () => {
    await expect(run({ branchName: 'iac/../../etc' }, stackFiles(3))).rejects.toThrow(
      "branchName: 'iac/../../etc' is not a valid git branch name",
    );
    expect(context.standIn.requestLog).toEqual([]);
  });

  it('names the repository when it does not exist and was not to be created', async () => {
    await expect(run({}, stackFiles(3))).rejects.toThrow(
      'repoUrl: repository acme/billpay-infra does not exist',
    );
    expect(context.standIn.getRepo('acme', 'billpay-infra')).toBeUndefined();
  });

  describe('faults', () => {
    it.each([
      ['a 500 on the tree', { route: 'git/create-tree', status: 500 as const }],
      ['a 502 on the commit', { route: 'git/create-commit', status: 502 as const }],
      ['a secondary rate limit on the pull request', { route: 'pulls/create', kind: 'secondary-rate-limit' as const }],
      ['a timeout on the branch', { route: 'git/create-ref', kind: 'timeout' as const }],
      ['a lost branch creation answer', { route: 'git/create-ref', kind: 'reference-exists' as const }],
    ])('recovers from %s', async (_name, fault) => {
      await run({ createRepository: true, branchName: 'iac/seed' }, stackFiles(3));
      context.standIn.injectFault(fault);
      await run({}, stackFiles(5));
      expect(context.standIn.pendingFaults()).toEqual([]);
      expect(context.standIn.listPulls('acme', 'billpay-infra').filter(p => p.head.ref === 'iac/billpay')).toHaveLength(1);
    });

    it('fails cleanly when GitHub keeps failing, leaves no stray branch, and a re-run converges', async () => {
      await run({ createRepository: true, branchName: 'iac/seed' }, stackFiles(3));
      context.standIn.injectFault({ route: 'pulls/create', status: 502, times: 10 });
      await expect(run({}, stackFiles(5))).rejects.toThrow(
        /GitHub request for acme\/billpay-infra failed with status 502/,
      );
      expect(context.standIn.listBranches('acme', 'billpay-infra').map(b => b.name)).not.toContain('iac/billpay');
      context.standIn.clearFaults();

      await run({}, stackFiles(5));
      await run({}, stackFiles(5));
      const pulls = context.standIn.listPulls('acme', 'billpay-infra').filter(p => p.head.ref === 'iac/billpay');
      expect(pulls).toHaveLength(1);
    });
  });
});
