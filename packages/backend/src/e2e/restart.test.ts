// A backend on PostgreSQL is killed while a task follows a workflow run; once it is back, the
// task resumes and completes, with no task lost, no second pull request and no second run.
import { GitHubStandIn, startGitHubStandIn } from '@internal/github-stand-in';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import yaml from 'yaml';
import { BackendProcess, REPO_ROOT, guestToken, startBackendProcess } from './backendProcess';

jest.setTimeout(420_000);

const PG = { host: '127.0.0.1', port: 5432, user: 'postgres' };
const FIXTURE = path.join(__dirname, 'fixtures/iac-smoke');

let standIn: GitHubStandIn;
let workDir: string;
let backend: BackendProcess | undefined;
const prefix = `iac_portal_restart_${process.pid}_${Date.now()}_`;

async function startBackend(): Promise<BackendProcess> {
  return startBackendProcess({
    port: 7111,
    configs: ['app-config.yaml', path.join(workDir, 'app-config.e2e.yaml')],
  });
}

async function taskEvents(baseUrl: string, token: string, id: string): Promise<any[]> {
  const response = await fetch(`${baseUrl}/api/scaffolder/v2/tasks/${id}/events`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return response.json();
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 500));
  }
}

beforeAll(async () => {
  // The run stays in progress long enough to kill the backend while it is being followed.
  standIn = await startGitHubStandIn({ workflowTiming: { queuedMs: 1000, inProgressMs: 25_000 }, log: () => {} });
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'iac-restart-'));
  const stacksDir = path.join(workDir, 'stacks');
  fs.cpSync(path.join(REPO_ROOT, 'templates'), stacksDir, { recursive: true });
  fs.cpSync(FIXTURE, path.join(stacksDir, 'iac-smoke'), { recursive: true });
  const config = {
    backend: {
      database: {
        client: 'pg',
        connection: { host: PG.host, port: PG.port, user: PG.user, password: 'unused' },
        prefix,
      },
    },
    integrations: { github: [{ host: 'github.com', apiBaseUrl: standIn.apiBaseUrl, token: 'e2e-token' }] },
    iac: { stacksDir, workflow: { pollIntervalSeconds: 0.5, maxPollIntervalSeconds: 1 } },
    scaffolder: { taskRecovery: { enabled: true, staleTimeout: { seconds: 3 } } },
    catalog: {
      locations: [
        { type: 'file', target: path.join(REPO_ROOT, 'catalog/all.yaml') },
        { type: 'file', target: path.join(FIXTURE, 'template.yaml'), rules: [{ allow: ['Template'] }] },
      ],
    },
  };
  fs.writeFileSync(path.join(workDir, 'app-config.e2e.yaml'), yaml.stringify(config));
});

afterAll(async () => {
  await backend?.stop();
  await standIn?.close();
  fs.rmSync(workDir, { recursive: true, force: true });
  const admin = new Client({ ...PG, database: 'postgres' });
  await admin.connect();
  const { rows } = await admin.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${prefix}%`]);
  for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  await admin.end();
});

it('resumes a task interrupted while it follows a workflow run', async () => {
  const repo = 'smoke-restart';
  standIn.setWorkflowOutcome({ owner: 'acme', repo, workflowId: 'iac-apply.yml', conclusion: 'success' });

  let current = await startBackend();
  backend = current;
  let token = await guestToken(current.baseUrl);
  await waitFor('the template', async () => {
    const r = await fetch(`${current.baseUrl}/api/catalog/entities/by-name/template/default/iac-smoke`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return r.ok;
  }, 60_000);
  const created = await fetch(`${current.baseUrl}/api/scaffolder/v2/tasks`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      templateRef: 'template:default/iac-smoke',
      values: {
        name: repo,
        owner: 'group:default/platform-team',
        description: 'Restart test',
        note: 'interrupted on purpose',
        environments: ['dev'],
        repoUrl: `github.com?owner=acme&repo=${repo}`,
        createRepository: true,
      },
    }),
  });
  expect(created.status).toBe(201);
  const { id } = await created.json();

  const followed = await waitFor('the run to be followed or the task to end', async () => {
    const events = await taskEvents(current.baseUrl, token, id);
    const messages = events.map(e => String(e.body?.message ?? ''));
    if (events.some(e => e.type === 'completion')) return { messages, ended: true };
    return messages.some(m => / is in_progress: /.test(m)) ? { messages, ended: false } : undefined;
  }, 120_000);
  expect([followed.ended, followed.messages.filter(m => /Error\b/.test(m))]).toEqual([false, []]);
  await current.crash();

  current = await startBackend();
  backend = current;
  token = await guestToken(current.baseUrl);
  const task = await waitFor('the task to finish', async () => {
    const r = await fetch(`${current.baseUrl}/api/scaffolder/v2/tasks/${id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = await r.json();
    return ['completed', 'failed'].includes(body.status) ? body : undefined;
  }, 180_000);
  const log = (await taskEvents(current.baseUrl, token, id)).map(e => e.body?.message ?? '').join('\n');
  await current.stop();
  backend = undefined;

  expect([task.status, log]).toEqual(['completed', expect.stringContaining('concluded: success')]);
  expect(standIn.listPulls('acme', repo)).toHaveLength(1);
  expect(standIn.listRuns('acme', repo)).toHaveLength(1);
  expect(standIn.listBranches('acme', repo).map(b => b.name).sort()).toEqual(['iac/smoke-restart', 'main']);
  expect(standIn.violations).toEqual([]);
});
