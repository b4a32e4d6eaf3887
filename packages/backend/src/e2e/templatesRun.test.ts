// Every template of the portal, run through the real scaffolder API with the values a person
// would submit: the pull request holds the rendered stack, the plan workflow concludes, and the
// stack's System and Resources are in the catalog with their relations.
import { GitHubStandIn, startGitHubStandIn } from '@internal/github-stand-in';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'yaml';
import { BackendProcess, REPO_ROOT, guestToken, startBackendProcess } from './backendProcess';
import { formValues } from './formValues';
import { getEntity, runTask } from './scaffolderTask';

jest.setTimeout(600_000);

const OWNER = 'acme';
const TEMPLATES_DIR = path.join(REPO_ROOT, 'templates');

/** What a person types where the form has no default. */
const ANSWERS: Record<string, Record<string, unknown>> = {
  'billpay-infrastructure': { name: 'payments-core' },
  'billpay-service': { name: 'billpay-backend' },
  'billpay-frontend': { name: 'billpay-frontend-a' },
  'inventory-sales': {
    name: 'shop',
    stateBucket: 'acme-tofu-state',
    appRepoUrl: 'https://github.com/acme/shop-app',
  },
  'order-processing': { name: 'orders', stateBucket: 'acme-tofu-state' },
  'servistech-erp': { name: 'servistech-erp', stateBucket: 'acme-tofu-state' },
};

const templates = fs
  .readdirSync(TEMPLATES_DIR)
  .filter(name => fs.existsSync(path.join(TEMPLATES_DIR, name, 'template.yaml')))
  .sort();

/** Each template with the answers above, plus the form choices that change what is rendered. */
const CASES = [
  ...templates.map(template => ({
    id: template,
    template,
    answers: ANSWERS[template],
    expectedUnits: [] as string[],
  })),
  {
    id: 'order-processing-eks',
    template: 'order-processing',
    answers: { ...ANSWERS['order-processing'], name: 'orders-eks', computePlatform: 'eks' },
    expectedUnits: ['live/dev/eks/terragrunt.hcl', 'live/dev/eks-ingress/terragrunt.hcl'],
  },
];

let standIn: GitHubStandIn;
let backend: BackendProcess;
let token: string;
let workDir: string;

beforeAll(async () => {
  standIn = await startGitHubStandIn({ workflowTiming: { queuedMs: 200, inProgressMs: 400 }, log: () => {} });
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'iac-templates-'));
  const config = {
    integrations: { github: [{ host: 'github.com', apiBaseUrl: standIn.apiBaseUrl, token: 'e2e-token' }] },
    iac: { workflow: { pollIntervalSeconds: 0.2, maxPollIntervalSeconds: 0.5 } },
  };
  fs.writeFileSync(path.join(workDir, 'app-config.e2e.yaml'), yaml.stringify(config));
  backend = await startBackendProcess({
    port: 7110,
    configs: ['app-config.yaml', path.join(workDir, 'app-config.e2e.yaml')],
  });
  token = await guestToken(backend.baseUrl);
  const deadline = Date.now() + 90_000;
  for (const name of templates) {
    while (!(await getEntity(backend.baseUrl, token, `template:default/${name}`))) {
      if (Date.now() > deadline) throw new Error(`Template ${name} never reached the catalog`);
      await new Promise(r => setTimeout(r, 500));
    }
  }
});

afterAll(async () => {
  await backend?.stop();
  await standIn?.close();
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe.each(CASES)('template $id', ({ id, template: name, answers, expectedUnits }) => {
  it('runs end to end against the GitHub stand-in', async () => {
    const template = yaml.parse(fs.readFileSync(path.join(TEMPLATES_DIR, name, 'template.yaml'), 'utf8'));
    const repo = `${id}-e2e`;
    const values = formValues(template, {
      owner: 'group:default/platform-team',
      repoUrl: `github.com?owner=${OWNER}&repo=${repo}`,
      createRepository: true,
      ...answers,
    });
    standIn.setWorkflowOutcome({ owner: OWNER, repo, workflowId: 'iac-apply.yml', conclusion: 'success' });

    const task = await runTask(backend.baseUrl, token, `template:default/${template.metadata.name}`, values);
    expect([task.status, task.log.filter(l => /Error\b/.test(l))]).toEqual(['completed', []]);

    const branch = standIn.listBranches(OWNER, repo).find(b => b.name !== 'main')!;
    const tree = standIn.getBranchTree(OWNER, repo, branch.name)!;
    const generated: string[] = JSON.parse(tree['.iac-portal/generated-files.json']);
    expect(generated).toContain('catalog-info.yaml');
    expect(generated).toContain('.github/workflows/iac-apply.yml');
    for (const file of generated) expect(tree[file]).toBeDefined();
    expect(generated).toEqual(expect.arrayContaining(expectedUnits));

    expect(standIn.listPulls(OWNER, repo)).toHaveLength(1);
    const [run] = standIn.listRuns(OWNER, repo);
    expect(run).toMatchObject({ status: 'completed', conclusion: 'success' });

    const systemRef = task.output.links.find((l: any) => l.entityRef)?.entityRef;
    const system = await getEntity(backend.baseUrl, token, systemRef);
    expect(system.kind).toBe('System');
    const parts = system.relations.filter((r: any) => r.type === 'hasPart');
    expect(parts.length).toBeGreaterThan(0);
    const resource = await getEntity(backend.baseUrl, token, parts[0].targetRef);
    expect(resource.relations.some((r: any) => r.type === 'partOf' && r.targetRef === systemRef)).toBe(true);
    expect(standIn.violations).toEqual([]);
  });
});
