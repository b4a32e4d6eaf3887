import { Octokit } from '@octokit/rest';
import { startGitHubStandIn } from './server';
import { failOnViolations } from './testing/violations';
import { GitHubStandIn } from './types';

jest.setTimeout(30_000);

const owner = 'acme';
const repo = 'faulty';

describe('GitHub stand-in: injected faults', () => {
  let standIn: GitHubStandIn;
  let octokit: Octokit;
  let mainSha: string;

  const createTree = () =>
    octokit.git.createTree({
      owner,
      repo,
      tree: [{ path: 'a.txt', mode: '100644', type: 'blob', content: 'a' }],
    });

  beforeAll(async () => {
    standIn = await startGitHubStandIn({ log: () => {} });
    octokit = new Octokit({ baseUrl: standIn.apiBaseUrl, auth: 'x' });
    await octokit.repos.createInOrg({
      org: owner,
      name: repo,
      auto_init: true,
    });
    mainSha = standIn.listBranches(owner, repo)[0].sha;
  });

  afterAll(() => standIn.close());

  afterEach(() => {
    standIn.clearFaults();
    failOnViolations(standIn);
  });

  it('answers with the injected status once, then normally', async () => {
    standIn.injectFault({
      method: 'POST',
      route: '/repos/{owner}/{repo}/git/trees',
      status: 500,
    });
    await expect(createTree()).rejects.toMatchObject({ status: 500 });
    await expect(createTree()).resolves.toMatchObject({ status: 201 });
  });

  it('matches by operation id and plays faults in the order they were added', async () => {
    standIn.injectFault({ route: 'git/create-tree', status: 502, times: 2 });
    standIn.injectFault({ route: 'git/create-tree', status: 403 });
    expect(standIn.pendingFaults()).toHaveLength(2);
    await expect(createTree()).rejects.toMatchObject({ status: 502 });
    await expect(createTree()).rejects.toMatchObject({ status: 502 });
    await expect(createTree()).rejects.toMatchObject({ status: 403 });
    await expect(createTree()).resolves.toMatchObject({ status: 201 });
  });

  it('leaves requests of another method or route alone', async () => {
    standIn.injectFault({
      method: 'GET',
      route: '/repos/{owner}/{repo}/git/trees',
      status: 500,
    });
    await expect(createTree()).resolves.toMatchObject({ status: 201 });
    await expect(octokit.repos.get({ owner, repo })).resolves.toMatchObject({
      status: 200,
    });
    expect(standIn.pendingFaults()).toHaveLength(1);
  });

  it('plays a secondary rate limit as GitHub sends it', async () => {
    standIn.injectFault({ route: 'repos/get', kind: 'secondary-rate-limit' });
    const error = await octokit.repos.get({ owner, repo }).catch(e => e);
    expect(error.status).toBe(403);
    expect(error.response.headers['retry-after']).toBe('1');
    expect(error.response.data.message).toContain(
      'You have exceeded a secondary rate limit',
    );
    expect(
      Number(error.response.headers['x-ratelimit-remaining']),
    ).toBeGreaterThan(0);
  });

  it('plays "Reference already exists" on a ref that does not exist', async () => {
    standIn.injectFault({ route: 'git/create-ref', kind: 'reference-exists' });
    const create = () =>
      octokit.git.createRef({
        owner,
        repo,
        ref: 'refs/heads/new',
        sha: mainSha,
      });
    await expect(create()).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Reference already exists'),
    });
    await expect(create()).resolves.toMatchObject({ status: 201 });
  });

  it('delays a slow request and then answers it normally', async () => {
    standIn.injectFault({ route: 'repos/get', kind: 'slow', delayMs: 300 });
    const started = Date.now();
    await expect(octokit.repos.get({ owner, repo })).resolves.toMatchObject({
      status: 200,
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it('holds a timed-out request open without answering', async () => {
    standIn.injectFault({ route: 'repos/get', kind: 'timeout' });
    await expect(
      octokit.repos.get({
        owner,
        repo,
        request: { signal: AbortSignal.timeout(300) },
      }),
    ).rejects.toThrow();
    expect(standIn.requestLog.at(-1)).toMatchObject({
      operationId: 'repos/get',
      status: 0,
    });
    await expect(octokit.repos.get({ owner, repo })).resolves.toMatchObject({
      status: 200,
    });
  });

  it('refuses faults it cannot play', () => {
    expect(() => standIn.injectFault({})).toThrow(/kind or a status/);
    expect(() => standIn.injectFault({ status: 418 as 500 })).toThrow();
    expect(() => standIn.injectFault({ kind: 'nap' as 'slow' })).toThrow(
      /unknown fault kind/,
    );
    expect(() => standIn.injectFault({ status: 500, times: 0 })).toThrow(
      /times/,
    );
  });
});

describe('GitHub stand-in: shutdown and latency', () => {
  it('closes while a request is held open by a timeout fault', async () => {
    const standIn = await startGitHubStandIn({ log: () => {} });
    standIn.injectFault({ kind: 'timeout' });
    const held = fetch(`${standIn.apiBaseUrl}/user`, {
      headers: { authorization: 'token x' },
    });
    while (standIn.requestLog.length === 0) {
      await new Promise(resolve => setTimeout(resolve, 10));
    }
    await standIn.close();
    await expect(held).rejects.toThrow();
  });

  it('adds the configured latency to every API request', async () => {
    const standIn = await startGitHubStandIn({ log: () => {}, latencyMs: 150 });
    const octokit = new Octokit({ baseUrl: standIn.apiBaseUrl, auth: 'x' });
    const started = Date.now();
    await octokit.users.getAuthenticated();
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    await standIn.close();
  });
});
