// Two people, two decisions: a member of the platform team may create a stack with prod, anyone
// else gets a refusal that says why. Each person is the portal's guest sign-in pointed at a user
// of the catalog, so group membership comes from catalog/org as it would from a real sign-in.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'yaml';
import { REPO_ROOT, guestToken, startBackendProcess } from './backendProcess';
import { runTask } from './scaffolderTask';

jest.setTimeout(300_000);

const FIXTURE = path.join(__dirname, 'fixtures/iac-smoke');

async function renderAs(user: string, environments: string[]) {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'iac-permissions-'));
  const stacksDir = path.join(workDir, 'stacks');
  fs.cpSync(path.join(REPO_ROOT, 'templates/shared'), path.join(stacksDir, 'shared'), { recursive: true });
  fs.cpSync(FIXTURE, path.join(stacksDir, 'iac-smoke'), { recursive: true });
  const config = {
    auth: { providers: { guest: { userEntityRef: user } } },
    // No GitHub here: the task is only followed until it has rendered (or been refused).
    iac: { stacksDir },
    catalog: {
      locations: [
        { type: 'file', target: path.join(REPO_ROOT, 'catalog/all.yaml') },
        { type: 'file', target: path.join(FIXTURE, 'template.yaml'), rules: [{ allow: ['Template'] }] },
      ],
    },
  };
  fs.writeFileSync(path.join(workDir, 'app-config.e2e.yaml'), yaml.stringify(config));
  const backend = await startBackendProcess({
    port: 7112,
    configs: ['app-config.yaml', path.join(workDir, 'app-config.e2e.yaml')],
  });
  try {
    const token = await guestToken(backend.baseUrl);
    const deadline = Date.now() + 60_000;
    while (
      !(await fetch(`${backend.baseUrl}/api/catalog/entities/by-name/template/default/iac-smoke`, {
        headers: { authorization: `Bearer ${token}` },
      })).ok
    ) {
      if (Date.now() > deadline) throw new Error('template never reached the catalog');
      await new Promise(r => setTimeout(r, 500));
    }
    return await runTask(backend.baseUrl, token, 'template:default/iac-smoke', {
      name: 'perm-check',
      owner: 'group:default/platform-team',
      description: 'Permission check',
      note: 'n/a',
      environments,
      repoUrl: 'github.com?owner=acme&repo=perm-check',
      createRepository: true,
    });
  } finally {
    await backend.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

describe('creating a stack with a prod environment', () => {
  it('is refused, with the reason, to someone outside the platform team', async () => {
    const task = await renderAs('user:default/mateo.rojas', ['dev', 'prod']);
    expect(task.status).toBe('failed');
    expect(task.steps.render).toBe('failed');
    expect(task.log.join('\n')).toContain(
      'environments: you are not allowed to create a stack with a prod environment',
    );
  });

  it('is allowed to a member of the platform team (the render step passes)', async () => {
    const task = await renderAs('user:default/ana.garcia', ['dev', 'prod']);
    expect(task.steps.render).toBe('completed');
  });

  it('is allowed to anyone for dev and staging only', async () => {
    const task = await renderAs('user:default/mateo.rojas', ['dev', 'staging']);
    expect(task.steps.render).toBe('completed');
  });
});
