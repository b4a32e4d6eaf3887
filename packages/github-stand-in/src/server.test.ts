import { Octokit } from '@octokit/rest';
import { startGitHubStandIn } from './server';
import { failOnViolations } from './testing/violations';
import { GitHubStandIn } from './types';

jest.setTimeout(30_000);

describe('GitHub stand-in: repositories, git data, pull requests', () => {
  let standIn: GitHubStandIn;
  let octokit: Octokit;

  beforeAll(async () => {
    standIn = await startGitHubStandIn({ log: () => {} });
    octokit = new Octokit({ baseUrl: standIn.apiBaseUrl, auth: 'x' });
  });

  afterAll(() => standIn.close());

  afterEach(() => failOnViolations(standIn));

  it('serves the authenticated user and the rate limit', async () => {
    const user = await octokit.users.getAuthenticated();
    expect(user.data.login).toBe('portal-bot');
    expect(user.headers['x-ratelimit-limit']).toBe('5000');
    expect(Number(user.headers['x-ratelimit-remaining'])).toBeLessThan(5000);

    const limits = await octokit.rateLimit.get();
    expect(limits.data.resources.core.limit).toBe(5000);
  });

  it('creates repositories for the user and for any organisation', async () => {
    const mine = await octokit.repos.createForAuthenticatedUser({
      name: 'scratch',
      auto_init: true,
    });
    expect(mine.status).toBe(201);
    expect(mine.data.full_name).toBe('portal-bot/scratch');
    expect(mine.data.html_url).toBe(`${standIn.url}/portal-bot/scratch`);

    const org = await octokit.repos.createInOrg({
      org: 'acme',
      name: 'billpay-infra',
      description: 'BillPay infrastructure',
      private: true,
      auto_init: true,
    });
    expect(org.data.owner.login).toBe('acme');
    expect(org.data.owner.type).toBe('Organization');
    expect(org.data.default_branch).toBe('main');

    const fetched = await octokit.repos.get({
      owner: 'ACME',
      repo: 'billpay-infra',
    });
    expect(fetched.data.id).toBe(org.data.id);
    expect(standIn.getBranchTree('acme', 'billpay-infra', 'main')).toEqual({
      'README.md': '# billpay-infra\n\nBillPay infrastructure\n',
    });

    await expect(
      octokit.repos.createInOrg({ org: 'acme', name: 'billpay-infra' }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      octokit.repos.get({ owner: 'acme', repo: 'missing' }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });

  it('builds a branch from blobs, trees and commits, and opens a pull request', async () => {
    const owner = 'acme';
    const repo = 'billpay-infra';
    const { data: mainRef } = await octokit.git.getRef({
      owner,
      repo,
      ref: 'heads/main',
    });
    const { data: parent } = await octokit.git.getCommit({
      owner,
      repo,
      commit_sha: mainRef.object.sha,
    });

    const { data: blob } = await octokit.git.createBlob({
      owner,
      repo,
      content: Buffer.from('variable "region" {}\n').toString('base64'),
      encoding: 'base64',
    });
    expect(blob.sha).toMatch(/^[0-9a-f]{40}$/);
    const { data: tree } = await octokit.git.createTree({
      owner,
      repo,
      base_tree: parent.tree.sha,
      tree: [
        {
          path: 'modules/networking/variables.tf',
          mode: '100644',
          type: 'blob',
          sha: blob.sha,
        },
        {
          path: 'envs/dev/main.tf',
          mode: '100644',
          type: 'blob',
          content: 'module "net" {}\n',
        },
      ],
    });
    const { data: commit } = await octokit.git.createCommit({
      owner,
      repo,
      message: 'Render stack',
      tree: tree.sha,
      parents: [parent.sha],
    });
    expect(commit.parents[0].sha).toBe(parent.sha);

    const { data: ref } = await octokit.git.createRef({
      owner,
      repo,
      ref: 'refs/heads/iac/billpay',
      sha: commit.sha,
    });
    expect(ref.object.sha).toBe(commit.sha);
    await expect(
      octokit.git.createRef({
        owner,
        repo,
        ref: 'refs/heads/iac/billpay',
        sha: commit.sha,
      }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Reference already exists'),
    });

    const { data: recursive } = await octokit.git.getTree({
      owner,
      repo,
      tree_sha: tree.sha,
      recursive: '1',
    });
    expect(recursive.tree.map(e => e.path)).toEqual([
      'README.md',
      'envs',
      'envs/dev',
      'envs/dev/main.tf',
      'modules',
      'modules/networking',
      'modules/networking/variables.tf',
    ]);
    const { data: matching } = await octokit.git.listMatchingRefs({
      owner,
      repo,
      ref: 'heads/iac/',
    });
    expect(matching.map(r => r.ref)).toEqual(['refs/heads/iac/billpay']);

    const { data: file } = await octokit.repos.getContent({
      owner,
      repo,
      path: 'envs/dev/main.tf',
      ref: 'iac/billpay',
    });
    expect(
      Buffer.from((file as { content: string }).content, 'base64').toString(),
    ).toBe('module "net" {}\n');
    const raw = await octokit.repos.getContent({
      owner,
      repo,
      path: 'envs/dev/main.tf',
      ref: 'iac/billpay',
      mediaType: { format: 'raw' },
    });
    expect(raw.data).toBe('module "net" {}\n');
    const { data: dir } = await octokit.repos.getContent({
      owner,
      repo,
      path: 'envs',
      ref: 'iac/billpay',
    });
    expect(Array.isArray(dir) && dir.map(e => e.name)).toEqual(['dev']);

    const { data: pull } = await octokit.pulls.create({
      owner,
      repo,
      title: 'Add BillPay infrastructure',
      head: 'iac/billpay',
      base: 'main',
      body: 'Rendered by the portal',
    });
    expect(pull.number).toBe(1);
    expect(pull.head.sha).toBe(commit.sha);
    expect(pull.changed_files).toBe(2);
    await expect(
      octokit.pulls.create({
        owner,
        repo,
        title: 'again',
        head: 'acme:iac/billpay',
        base: 'main',
      }),
    ).rejects.toMatchObject({ status: 422 });

    const { data: listed } = await octokit.pulls.list({
      owner,
      repo,
      head: 'acme:iac/billpay',
      state: 'open',
    });
    expect(listed.map(p => p.number)).toEqual([pull.number]);
    const { data: bareHead } = await octokit.pulls.list({
      owner,
      repo,
      head: 'other-branch',
    });
    expect(bareHead.map(p => p.number)).toEqual([pull.number]); // ignored, as on GitHub
    const { data: none } = await octokit.pulls.list({
      owner,
      repo,
      head: 'acme:other',
      state: 'open',
    });
    expect(none).toEqual([]);

    const { data: labels } = await octokit.issues.addLabels({
      owner,
      repo,
      issue_number: pull.number,
      labels: ['iac', 'env:dev'],
    });
    expect(labels.map(l => l.name)).toEqual(['iac', 'env:dev']);
    const { data: comment } = await octokit.issues.createComment({
      owner,
      repo,
      issue_number: pull.number,
      body: 'Estimated cost: $120/month',
    });
    expect(comment.body).toBe('Estimated cost: $120/month');
    const { data: comments } = await octokit.issues.listComments({
      owner,
      repo,
      issue_number: pull.number,
    });
    expect(comments).toHaveLength(1);

    const { data: updated } = await octokit.pulls.update({
      owner,
      repo,
      pull_number: pull.number,
      title: 'Add BillPay infrastructure (dev)',
    });
    expect(updated.title).toBe('Add BillPay infrastructure (dev)');
    const { data: got } = await octokit.pulls.get({
      owner,
      repo,
      pull_number: pull.number,
    });
    expect(got.labels.map(l => l.name)).toEqual(['iac', 'env:dev']);
    expect(got.comments).toBe(1);
    expect(standIn.listPulls(owner, repo)).toHaveLength(1);
  });

  it('moves refs forward, refuses non-fast-forward updates unless forced, and deletes them', async () => {
    const owner = 'acme';
    const repo = 'billpay-infra';
    const { data: branch } = await octokit.git.getRef({
      owner,
      repo,
      ref: 'heads/iac/billpay',
    });
    const { data: tip } = await octokit.git.getCommit({
      owner,
      repo,
      commit_sha: branch.object.sha,
    });
    const { data: tree } = await octokit.git.createTree({
      owner,
      repo,
      base_tree: tip.tree.sha,
      tree: [
        { path: 'envs/dev/main.tf', mode: '100644', type: 'blob', sha: null },
      ],
    });
    const { data: next } = await octokit.git.createCommit({
      owner,
      repo,
      message: 'Drop dev',
      tree: tree.sha,
      parents: [tip.sha],
    });
    await octokit.git.updateRef({
      owner,
      repo,
      ref: 'heads/iac/billpay',
      sha: next.sha,
    });
    expect(
      Object.keys(standIn.getBranchTree(owner, repo, 'iac/billpay')!),
    ).toEqual(['README.md', 'modules/networking/variables.tf']);
    const [pull] = standIn.listPulls(owner, repo);
    expect(pull.head.sha).toBe(next.sha);

    await expect(
      octokit.git.updateRef({
        owner,
        repo,
        ref: 'heads/iac/billpay',
        sha: tip.parents[0].sha,
      }),
    ).rejects.toMatchObject({ status: 422 });
    await octokit.git.updateRef({
      owner,
      repo,
      ref: 'heads/iac/billpay',
      sha: tip.parents[0].sha,
      force: true,
    });

    await octokit.git.deleteRef({ owner, repo, ref: 'heads/iac/billpay' });
    await expect(
      octokit.git.getRef({ owner, repo, ref: 'heads/iac/billpay' }),
    ).rejects.toMatchObject({
      status: 404,
    });
    expect(standIn.listBranches(owner, repo).map(b => b.name)).toEqual([
      'main',
    ]);
  });

  it('hashes objects exactly as git does', async () => {
    const { data: blob } = await octokit.git.createBlob({
      owner: 'acme',
      repo: 'billpay-infra',
      content: 'hello\n',
    });
    // `printf 'hello\n' | git hash-object --stdin`
    expect(blob.sha).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  });

  it('requires a token and logs every request', async () => {
    const anonymous = new Octokit({ baseUrl: standIn.apiBaseUrl });
    await expect(anonymous.users.getAuthenticated()).rejects.toMatchObject({
      status: 401,
    });
    expect(standIn.requestLog.at(-1)).toEqual({
      method: 'GET',
      path: '/user',
      operationId: 'users/get-authenticated',
      status: 401,
    });
  });

  it('serves the same routes at the root as under /api/v3', async () => {
    const atRoot = new Octokit({ baseUrl: standIn.url, auth: 'x' });
    const { data } = await atRoot.repos.get({
      owner: 'acme',
      repo: 'billpay-infra',
    });
    expect(data.url).toBe(`${standIn.apiBaseUrl}/repos/acme/billpay-infra`);
  });

  it('paginates lists with link headers', async () => {
    for (const name of ['p1', 'p2', 'p3']) {
      await octokit.repos.createInOrg({ org: 'paged', name });
    }
    const first = await octokit.repos.listForOrg({ org: 'paged', per_page: 2 });
    expect(first.data).toHaveLength(2);
    expect(first.headers.link).toContain('rel="next"');
    const all = await octokit.paginate(octokit.repos.listForOrg, {
      org: 'paged',
      per_page: 2,
    });
    expect(all.map(r => r.name)).toEqual(['p1', 'p2', 'p3']);
  });
});
