// A full scaffolder run through the real backend API: render, validate, pull request, workflow
// run and catalog tracking against the GitHub stand-in, then hostile values in every field.
import { parse as parseHcl } from '@cdktf/hcl2json';
import { GitHubStandIn, startGitHubStandIn } from '@internal/github-stand-in';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'yaml';
import {
  BackendProcess,
  REPO_ROOT,
  guestToken,
  startBackendProcess,
} from './backendProcess';
import { getEntity, runTask } from './scaffolderTask';

jest.setTimeout(300_000);

const FIXTURE = path.join(__dirname, 'fixtures/iac-smoke');
const OWNER = 'acme';

let standIn: GitHubStandIn;
let backend: BackendProcess;
let token: string;
let workDir: string;

beforeAll(async () => {
  standIn = await startGitHubStandIn({
    workflowTiming: { queuedMs: 200, inProgressMs: 500 },
    log: () => {},
  });
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'iac-e2e-'));
  // The trusted stacks folder: the portal's own stacks plus the test stack.
  const stacksDir = path.join(workDir, 'stacks');
  fs.cpSync(path.join(REPO_ROOT, 'templates'), stacksDir, { recursive: true });
  fs.cpSync(FIXTURE, path.join(stacksDir, 'iac-smoke'), { recursive: true });
  const config = {
    integrations: {
      github: [{ host: 'github.com', apiBaseUrl: standIn.apiBaseUrl, token: 'e2e-token' }],
    },
    iac: { stacksDir, workflow: { pollIntervalSeconds: 0.2, maxPollIntervalSeconds: 0.5 } },
    catalog: {
      locations: [
        { type: 'file', target: path.join(REPO_ROOT, 'catalog/all.yaml') },
        {
          type: 'file',
          target: path.join(REPO_ROOT, 'templates/*/template.yaml'),
          rules: [{ allow: ['Template'] }],
        },
        {
          type: 'file',
          target: path.join(FIXTURE, 'template.yaml'),
          rules: [{ allow: ['Template'] }],
        },
      ],
    },
  };
  fs.writeFileSync(path.join(workDir, 'app-config.e2e.yaml'), yaml.stringify(config));
  backend = await startBackendProcess({
    port: 7109,
    configs: ['app-config.yaml', path.join(workDir, 'app-config.e2e.yaml')],
  });
  token = await guestToken(backend.baseUrl);
  await waitForTemplate('iac-smoke');
});

afterAll(async () => {
  await backend?.stop();
  await standIn?.close();
  fs.rmSync(workDir, { recursive: true, force: true });
});

async function waitForTemplate(name: string) {
  const deadline = Date.now() + 60_000;
  while (!(await getEntity(backend.baseUrl, token, `template:default/${name}`))) {
    if (Date.now() > deadline) throw new Error(`Template ${name} never reached the catalog`);
    await new Promise(r => setTimeout(r, 500));
  }
}

function smokeValues(name: string, extra: Record<string, unknown> = {}) {
  return {
    name,
    owner: 'group:default/platform-team',
    description: 'Static site of the smoke stack',
    note: 'plain note',
    environments: ['dev', 'prod'],
    repoUrl: `github.com?owner=${OWNER}&repo=${name}`,
    createRepository: true,
    ...extra,
  };
}

function expectNoViolations() {
  expect(standIn.violations).toEqual([]);
}

describe('a full scaffolder run of a template using all five actions', () => {
  it('commits every rendered file in one commit, opens the PR, follows the run and tracks the stack', async () => {
    standIn.setWorkflowOutcome({
      owner: OWNER,
      repo: 'smoke-one',
      workflowId: 'iac-apply.yml',
      conclusion: 'success',
      outputs: { bucket: { bucket_arn: { value: 'arn:aws:s3:::smoke-one-dev-site' } } },
    });
    const task = await runTask(backend.baseUrl, token, 'template:default/iac-smoke', smokeValues('smoke-one'));
    expect([task.status, task.log.filter(l => /Error\b/.test(l))]).toEqual(['completed', []]);

    // One commit on top of the repository's initial commit holds every rendered file.
    const tree = standIn.getBranchTree(OWNER, 'smoke-one', 'iac/smoke-one')!;
    const generated: string[] = JSON.parse(tree['.iac-portal/generated-files.json']);
    expect(generated).toEqual(
      expect.arrayContaining([
        'live/dev/bucket/terragrunt.hcl',
        'live/prod/bucket/terragrunt.hcl',
        'modules/bucket/main.tf',
        'config/settings.yaml',
        'scripts/describe.sh',
        '.github/workflows/iac-apply.yml',
      ]),
    );
    for (const file of generated) expect(tree[file]).toBeDefined();
    const commits = standIn.requestLog.filter(
      r => r.operationId === 'git/create-commit' && r.path.includes('/smoke-one/'),
    );
    expect(commits).toHaveLength(1);

    const pulls = standIn.listPulls(OWNER, 'smoke-one');
    expect(pulls).toHaveLength(1);
    expect(pulls[0].body).toContain('| Site bucket (dev) | s3-bucket | bucket |');
    const [run] = standIn.listRuns(OWNER, 'smoke-one');
    expect(run).toMatchObject({ status: 'completed', conclusion: 'success', head_branch: 'iac/smoke-one' });
    expect(task.output.links.map((l: any) => l.url ?? l.entityRef)).toEqual([
      pulls[0].html_url,
      run.html_url,
      'system:default/smoke-one',
    ]);

    const system = await getEntity(backend.baseUrl, token, 'system:default/smoke-one');
    expect(system.spec).toMatchObject({ owner: 'group:default/platform-team', domain: 'domain:default/payments' });
    const parts = system.relations.filter((r: any) => r.type === 'hasPart').map((r: any) => r.targetRef);
    expect(parts.sort()).toEqual(['resource:default/smoke-one-dev-site', 'resource:default/smoke-one-prod-site']);
    const dev = await getEntity(backend.baseUrl, token, 'resource:default/smoke-one-dev-site');
    expect(dev.metadata.annotations).toMatchObject({
      'iac-portal.io/status': 'applied',
      'iac-portal.io/output-arn': 'arn:aws:s3:::smoke-one-dev-site',
      'iac-portal.io/workflow-run': run.html_url,
    });
    expectNoViolations();
  });

  it('running the same task again updates the same branch and pull request', async () => {
    standIn.setWorkflowOutcome({ owner: OWNER, repo: 'smoke-two', workflowId: 'iac-apply.yml', conclusion: 'success' });
    const first = await runTask(backend.baseUrl, token, 'template:default/iac-smoke', smokeValues('smoke-two'));
    expect(first.status).toBe('completed');
    const second = await runTask(
      backend.baseUrl,
      token,
      'template:default/iac-smoke',
      smokeValues('smoke-two', { createRepository: false, description: 'Second version' }),
    );
    expect(second.status).toBe('completed');
    expect(standIn.listPulls(OWNER, 'smoke-two')).toHaveLength(1);
    expect(standIn.listBranches(OWNER, 'smoke-two').map(b => b.name).sort()).toEqual(['iac/smoke-two', 'main']);
    const tree = standIn.getBranchTree(OWNER, 'smoke-two', 'iac/smoke-two')!;
    expect(yaml.parse(tree['config/settings.yaml']).description).toBe('Second version');
    expectNoViolations();
  });

  it('fails the task with the workflow conclusion and its log link when the run fails', async () => {
    standIn.setWorkflowOutcome({ owner: OWNER, repo: 'smoke-red', workflowId: 'iac-apply.yml', conclusion: 'failure' });
    const task = await runTask(backend.baseUrl, token, 'template:default/iac-smoke', smokeValues('smoke-red'));
    expect(task.status).toBe('failed');
    expect(task.log.join('\n')).toMatch(/concluded with 'failure'; failed jobs: apply \(http/);
    expectNoViolations();
  });

  it('refuses a value the form does not allow before anything is written', async () => {
    await expect(
      runTask(backend.baseUrl, token, 'template:default/iac-smoke', smokeValues('../evil')),
    ).rejects.toThrow(/refused: 400.*name/s);
    expect(standIn.getRepo(OWNER, '../evil')).toBeUndefined();
  });
});

describe('secrets', () => {
  it('never land in rendered files, logs or task output', async () => {
    const secret = 'ghp_e2eSecretValue0123456789abcdefABCDEF';
    const name = 'smoke-secret';
    standIn.setWorkflowOutcome({ owner: OWNER, repo: name, workflowId: 'iac-apply.yml', conclusion: 'success' });
    const task = await runTask(backend.baseUrl, token, 'template:default/iac-smoke', smokeValues(name), {
      secrets: { githubToken: secret },
    });
    expect(task.status).toBe('completed');
    const tree = standIn.getBranchTree(OWNER, name, `iac/${name}`)!;
    const everything = [
      ...Object.values(tree),
      ...standIn.listPulls(OWNER, name).map(p => `${p.title}\n${p.body}`),
      JSON.stringify(task.rawEvents),
      JSON.stringify(task.output),
      backend.output(),
    ].join('\n');
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain(secret.slice(4, 20));
    expectNoViolations();
  });
});

describe('hostile values in every free-text field', () => {
  const hostile = [
    'quote " and \\ backslash',
    '${file("/etc/passwd")} and %{ if true }x%{ endif }',
    'line one\nline two\r\n\ttabbed',
    '../../etc/passwd',
    '&anchor *anchor\n--- !!python/object:os.system ["id"]\n# comment',
    '$(id) `id` ; rm -rf / && echo pwned | cat > /tmp/x',
    "it's <script>alert(1)</script> [link](javascript:alert(1)) **bold** # heading",
    'unicode ü 漢字 🚀 \u202e reversed \u0000 nul',
  ];

  it('renders each as an inert literal that every output format parses back', async () => {
    const name = 'smoke-hostile';
    standIn.setWorkflowOutcome({ owner: OWNER, repo: name, workflowId: 'iac-apply.yml', conclusion: 'success' });
    const description = hostile.join(' | ').replaceAll('\u0000', '');
    const note = hostile.slice().reverse().join('\n').replaceAll('\u0000', '');
    const task = await runTask(
      backend.baseUrl,
      token,
      'template:default/iac-smoke',
      smokeValues(name, { description, note }),
    );
    expect([task.status, task.log.filter(l => /Error\b/.test(l))]).toEqual(['completed', []]);
    const tree = standIn.getBranchTree(OWNER, name, `iac/${name}`)!;

    const hcl = await parseHcl('terragrunt.hcl', tree['live/dev/bucket/terragrunt.hcl']);
    // hcl2json answers in HCL's JSON syntax, where strings are templates too: `$${` and `%%{`
    // are the escaped, literal forms. Undoing them gives the value OpenTofu would see.
    const literal = (value: string) => value.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
    expect(literal(hcl.inputs.description)).toBe(description);
    expect(literal(hcl.inputs.tags.note)).toBe(note);
    expect(hcl.inputs.description).not.toMatch(/(^|[^$])\$\{/);

    const settings = yaml.parse(tree['config/settings.yaml']);
    expect(settings).toEqual({ name, description, note });
    expect(JSON.parse(tree['config/settings.json'])).toEqual({ name, description, note });

    const printed = spawnSync('bash', ['-c', tree['scripts/describe.sh']], { encoding: 'utf8' });
    expect(printed.stdout).toBe(`${description}\n${note}`);

    const markdown = tree['docs/index.md'];
    expect(markdown).not.toMatch(/<script>|\]\(javascript:|^#+ heading/m);

    const catalogInfo = yaml.parse(tree['catalog-info.yaml']);
    expect(catalogInfo.metadata.description).toBe(description);
    // Nothing left the repository folder: every path is inside it.
    expect(Object.keys(tree).every(p => !p.startsWith('/') && !p.split('/').includes('..'))).toBe(true);
    expectNoViolations();
  });
});
