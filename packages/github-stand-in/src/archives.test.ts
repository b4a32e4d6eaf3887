import { Octokit } from '@octokit/rest';
import { startGitHubStandIn } from './server';
import { readTarExternally } from './testing/externalTar';
import { failOnViolations } from './testing/violations';
import { GitHubStandIn } from './types';

jest.setTimeout(30_000);

/** What Backstage's GitHub URL reader (TechDocs, catalog) reads a repository through. */
describe('GitHub stand-in: combined commit status and repository archives', () => {
  const owner = 'acme';
  const repo = 'ledger-infra';
  let standIn: GitHubStandIn;
  let octokit: Octokit;
  let mainSha: string;
  let branchSha: string;
  const api = (path: string) =>
    fetch(`${standIn.apiBaseUrl}${path}`, {
      headers: { authorization: 'token x' },
      redirect: 'manual',
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
    branchSha = standIn.commitFiles(owner, repo, {
      branch: 'iac/ledger',
      files: {
        'mkdocs.yml': 'site_name: BillPay ledger\n',
        'docs/index.md': '# BillPay ledger\n',
      },
    });
  });

  afterAll(() => standIn.close());

  afterEach(() => failOnViolations(standIn));

  it('answers the combined status of a branch, a full ref or a sha: its commit and repository', async () => {
    for (const ref of ['iac/ledger', 'heads/iac/ledger', branchSha]) {
      const { data } = await octokit.repos.getCombinedStatusForRef({
        owner,
        repo,
        ref,
        per_page: 0,
      });
      expect(data).toMatchObject({
        state: 'pending',
        sha: branchSha,
        total_count: 0,
        statuses: [],
        commit_url: `${standIn.apiBaseUrl}/repos/${owner}/${repo}/commits/${branchSha}`,
      });
      expect(data.repository.full_name).toBe(`${owner}/${repo}`);
      expect(data.repository.archive_url).toBe(
        `${standIn.apiBaseUrl}/repos/${owner}/${repo}/{archive_format}{/ref}`,
      );
      expect(data.repository).not.toHaveProperty('default_branch');
    }
    await expect(
      octokit.repos.getCombinedStatusForRef({ owner, repo, ref: 'iac' }),
    ).rejects.toMatchObject({
      status: 404,
      response: { data: { message: 'No commit found for SHA: iac' } },
    });
  });

  it('redirects a tarball request to codeload with the resolved full ref, as GitHub does', async () => {
    const byBranch = await api(`/repos/${owner}/${repo}/tarball/iac/ledger`);
    expect(byBranch.status).toBe(302);
    expect(byBranch.headers.get('location')).toBe(
      `${standIn.url}/_stand-in/downloads/${owner}/${repo}/legacy.tar.gz/refs/heads/iac/ledger`,
    );
    const bySha = await api(`/repos/${owner}/${repo}/tarball/${mainSha}`);
    expect(bySha.headers.get('location')).toBe(
      `${standIn.url}/_stand-in/downloads/${owner}/${repo}/legacy.tar.gz/${mainSha}`,
    );
    expect((await api(`/repos/${owner}/${repo}/tarball/missing`)).status).toBe(
      404,
    );
  });

  it('serves the tree of the ref as git archive does: one top folder <owner>-<repo>-<short sha>', async () => {
    const response = await octokit.repos.downloadTarballArchive({
      owner,
      repo,
      ref: branchSha,
    });
    expect(response.url).toContain('/legacy.tar.gz/');
    expect(response.headers['content-type']).toBe('application/x-gzip');
    const top = `${owner}-${repo}-${branchSha.slice(0, 7)}`;
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename=${top}.tar.gz`,
    );

    const { comment, members } = readTarExternally(
      response.data as ArrayBuffer,
    );
    expect(comment).toBe(branchSha);
    expect(members.map(m => [m.name, m.data])).toEqual([
      [top, null],
      [`${top}/README.md`, `# ${repo}\n`],
      [`${top}/docs`, null],
      [`${top}/docs/index.md`, '# BillPay ledger\n'],
      [`${top}/mkdocs.yml`, 'site_name: BillPay ledger\n'],
    ]);
  });
});
