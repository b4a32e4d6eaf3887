import { Octokit } from '@octokit/rest';
import { startGitHubStandIn } from './server';
import { readZipExternally } from './testing/externalUnzip';
import { failOnViolations } from './testing/violations';
import { GitHubStandIn, StandInSnapshot } from './types';

jest.setTimeout(30_000);

/** The control routes let a test in another process drive the stand-in over HTTP. */
describe('GitHub stand-in: control routes', () => {
  let standIn: GitHubStandIn;
  let octokit: Octokit;
  const control = (method: string, path: string, body?: unknown) =>
    fetch(`${standIn.url}/_stand-in/${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeAll(async () => {
    standIn = await startGitHubStandIn({
      log: () => {},
      workflowTiming: { queuedMs: 0, inProgressMs: 0 },
    });
    octokit = new Octokit({ baseUrl: standIn.apiBaseUrl, auth: 'x' });
    await octokit.repos.createInOrg({
      org: 'acme',
      name: 'infra',
      auto_init: true,
    });
  });

  afterAll(() => standIn.close());

  afterEach(() => failOnViolations(standIn));

  it('queues, lists and clears faults', async () => {
    const added = await control('POST', 'faults', [
      { route: 'repos/get', status: 502 },
      { route: 'repos/get', kind: 'secondary-rate-limit', times: 2 },
    ]);
    expect(added.status).toBe(201);
    expect((await added.json()).pending).toHaveLength(2);
    await expect(
      octokit.repos.get({ owner: 'acme', repo: 'infra' }),
    ).rejects.toMatchObject({ status: 502 });

    expect((await control('DELETE', 'faults')).status).toBe(204);
    expect(await (await control('GET', 'faults')).json()).toEqual({
      pending: [],
    });
    await expect(
      octokit.repos.get({ owner: 'acme', repo: 'infra' }),
    ).resolves.toMatchObject({ status: 200 });

    const refused = await control('POST', 'faults', { status: 418 });
    expect(refused.status).toBe(400);
  });

  it('sets workflow outcomes, and reports state', async () => {
    const outputs = { networking: { vpc_id: { value: 'vpc-9' } } };
    const set = await control('POST', 'workflow-outcomes', {
      owner: 'acme',
      repo: 'infra',
      workflowId: 'iac-apply.yml',
      conclusion: 'success',
      outputs,
    });
    expect(set.status).toBe(204);
    await octokit.actions.createWorkflowDispatch({
      owner: 'acme',
      repo: 'infra',
      workflow_id: 'iac-apply.yml',
      ref: 'main',
      inputs: { environment: 'dev' },
    });
    const [run] = standIn.listRuns('acme', 'infra');
    const { data: artifacts } = await octokit.actions.listWorkflowRunArtifacts({
      owner: 'acme',
      repo: 'infra',
      run_id: run.id,
    });
    const zip = await octokit.actions.downloadArtifact({
      owner: 'acme',
      repo: 'infra',
      artifact_id: artifacts.artifacts[0].id,
      archive_format: 'zip',
    });
    expect(
      JSON.parse(readZipExternally(zip.data as ArrayBuffer)['outputs.json']),
    ).toEqual(outputs);

    const state = (await (
      await control('GET', 'state')
    ).json()) as StandInSnapshot;
    expect(state.repos).toEqual([
      expect.objectContaining({
        full_name: 'acme/infra',
        branches: [
          { name: 'main', sha: expect.stringMatching(/^[0-9a-f]{40}$/) },
        ],
        runs: [
          expect.objectContaining({
            id: run.id,
            status: 'completed',
            conclusion: 'success',
            inputs: { environment: 'dev' },
          }),
        ],
      }),
    ]);
    expect(state.violations).toEqual([]);
    expect(state.requestLog.length).toBeGreaterThan(0);

    const files = await control('GET', 'files/acme/infra?branch=main');
    expect(await files.json()).toEqual({ 'README.md': '# infra\n' });
    expect((await control('GET', 'files/acme/infra?branch=none')).status).toBe(
      404,
    );
  });

  it('refuses an outcome it cannot play', async () => {
    const refused = await control('POST', 'workflow-outcomes', {
      owner: 'acme',
      repo: 'infra',
      workflowId: 'x.yml',
      conclusion: 'cancelled',
    });
    expect(refused.status).toBe(400);
  });

  it('serves file downloads and a sandbox page for web links', async () => {
    const { data: file } = await octokit.repos.getContent({
      owner: 'acme',
      repo: 'infra',
      path: 'README.md',
    });
    const raw = await fetch((file as { download_url: string }).download_url);
    expect(await raw.text()).toBe('# infra\n');

    const page = await fetch(`${standIn.url}/acme/infra/pull/1`, {
      headers: { accept: 'text/html' },
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('LOCAL SANDBOX');
  });
});
