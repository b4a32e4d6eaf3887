import { Octokit } from '@octokit/rest';
import { startGitHubStandIn } from './server';
import { GitHubStandIn } from './types';

jest.setTimeout(30_000);

/** Requests GitHub would refuse are refused, and recorded as violations. */
describe('GitHub stand-in: requests outside the OpenAPI description', () => {
  let standIn: GitHubStandIn;
  let octokit: Octokit;
  const messages: string[] = [];

  beforeAll(async () => {
    standIn = await startGitHubStandIn({
      log: message => messages.push(message),
    });
    octokit = new Octokit({ baseUrl: standIn.apiBaseUrl, auth: 'x' });
    await octokit.repos.createInOrg({
      org: 'acme',
      name: 'infra',
      auto_init: true,
    });
  });

  afterAll(() => standIn.close());

  beforeEach(() => {
    standIn.violations.length = 0;
    messages.length = 0;
  });

  it('rejects a tree entry with an invalid mode with 422 and records it', async () => {
    const error = await octokit.git
      .createTree({
        owner: 'acme',
        repo: 'infra',
        tree: [
          {
            path: 'a.txt',
            mode: '100645' as '100644',
            type: 'blob',
            content: 'a',
          },
        ],
      })
      .catch(e => e);
    expect(error.status).toBe(422);
    expect(error.response.data.message).toContain('Invalid request');
    expect(error.response.data.message).toContain('body/tree/0/mode');
    expect(standIn.violations).toEqual([
      {
        kind: 'request',
        method: 'POST',
        path: '/repos/acme/infra/git/trees',
        operationId: 'git/create-tree',
        status: 422,
        messages: [
          expect.stringContaining('must be equal to one of the allowed values'),
        ],
      },
    ]);
    expect(messages).toEqual([
      expect.stringContaining(
        'request violation: POST /repos/acme/infra/git/trees',
      ),
    ]);
  });

  it('rejects a missing required field and a badly typed path parameter', async () => {
    await expect(
      octokit.request('POST /repos/{owner}/{repo}/git/refs', {
        owner: 'acme',
        repo: 'infra',
        ref: 'refs/heads/x',
      } as never),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
        owner: 'acme',
        repo: 'infra',
        run_id: 'abc' as unknown as number,
      }),
    ).rejects.toMatchObject({ status: 422 });
    expect(standIn.violations.map(v => v.messages[0])).toEqual([
      "body must have required property 'sha'",
      'path/run_id must be integer',
    ]);
  });

  it('answers 404 for a route GitHub does not have, and records it', async () => {
    await expect(
      octokit.request('GET /repos/{owner}/{repo}/no-such-thing', {
        owner: 'acme',
        repo: 'infra',
      }),
    ).rejects.toMatchObject({
      status: 404,
    });
    expect(standIn.violations).toMatchObject([
      { kind: 'unknown-route', path: '/repos/acme/infra/no-such-thing' },
    ]);
  });

  it('records documented operations the stand-in does not serve', async () => {
    await expect(
      octokit.repos.listReleases({ owner: 'acme', repo: 'infra' }),
    ).rejects.toMatchObject({ status: 404 });
    expect(standIn.violations).toMatchObject([
      { kind: 'not-implemented', operationId: 'repos/list-releases' },
    ]);
  });

  it('rejects a body that is not JSON', async () => {
    const response = await fetch(`${standIn.apiBaseUrl}/user/repos`, {
      method: 'POST',
      headers: { authorization: 'token x', 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      message: 'Problems parsing JSON',
    });
    expect(standIn.violations).toMatchObject([
      { kind: 'request', status: 400 },
    ]);
  });

  it('does not count real 404s of existing routes as violations', async () => {
    await expect(
      octokit.git.getRef({ owner: 'acme', repo: 'infra', ref: 'heads/none' }),
    ).rejects.toMatchObject({
      status: 404,
    });
    expect(standIn.violations).toEqual([]);
  });
});
