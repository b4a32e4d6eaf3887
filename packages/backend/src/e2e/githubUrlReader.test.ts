// Backstage's GitHub URL reader (what TechDocs and the catalog read repositories with) against the
// GitHub stand-in: it reads a branch's tree, searches it and reads a file, with every exchange
// checked against GitHub's OpenAPI description.
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { UrlReaderService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { GitHubStandIn, startGitHubStandIn } from '@internal/github-stand-in';

jest.setTimeout(60_000);

const OWNER = 'acme';
const REPO = 'ledger-infra';
const BRANCH = 'docs-preview';
const FILES = {
  'mkdocs.yml': 'site_name: BillPay ledger\n',
  'docs/index.md': '# BillPay ledger\n',
  'docs/runbook.md': '# Runbook\n',
  'live/dev/env.hcl': 'locals {}\n',
};

let standIn: GitHubStandIn;
let reader: UrlReaderService;
let branchSha: string;
const repoUrl = `https://github.com/${OWNER}/${REPO}`;

beforeAll(async () => {
  standIn = await startGitHubStandIn({ log: () => {} });
  standIn.commitFiles(OWNER, REPO, {
    branch: 'main',
    files: { 'README.md': '# ledger-infra\n' },
  });
  branchSha = standIn.commitFiles(OWNER, REPO, {
    branch: BRANCH,
    files: FILES,
  });
  reader = UrlReaders.default({
    logger: mockServices.logger.mock(),
    config: new ConfigReader({
      integrations: {
        github: [
          {
            host: 'github.com',
            apiBaseUrl: standIn.apiBaseUrl,
            token: 'e2e-token',
          },
        ],
      },
    }),
  });
});

afterAll(() => standIn.close());

function expectNoViolations() {
  expect(standIn.violations).toEqual([]);
}

async function contentsOf(
  files: { path: string; content: () => Promise<Buffer> }[],
) {
  const entries = await Promise.all(
    files.map(async f => [f.path, (await f.content()).toString('utf8')]),
  );
  return Object.fromEntries(entries);
}

it('reads the tree of a branch through its commit status and tarball, as TechDocs does', async () => {
  const tree = await reader.readTree(`${repoUrl}/tree/${BRANCH}/`);
  expect(tree.etag).toBe(branchSha);
  expect(await contentsOf(await tree.files())).toEqual({
    ...FILES,
    'README.md': '# ledger-infra\n',
  });

  const docs = await reader.readTree(`${repoUrl}/tree/${BRANCH}/docs`);
  expect(await contentsOf(await docs.files())).toEqual({
    'index.md': '# BillPay ledger\n',
    'runbook.md': '# Runbook\n',
  });

  // Unchanged since the last build: TechDocs keeps what it built.
  await expect(
    reader.readTree(`${repoUrl}/tree/${BRANCH}/`, { etag: branchSha }),
  ).rejects.toMatchObject({ name: 'NotModifiedError' });

  const operations = standIn.requestLog.map(
    e => `${e.operationId} ${e.status}`,
  );
  expect(operations).toContain('repos/get-combined-status-for-ref 200');
  expect(operations).toContain('repos/download-tarball-archive 302');
  expectNoViolations();
});

it('reads the default branch when the URL names none', async () => {
  const tree = await reader.readTree(repoUrl);
  expect(await contentsOf(await tree.files())).toEqual({
    'README.md': '# ledger-infra\n',
  });
  expectNoViolations();
});

it('searches a branch with a glob and reads a single file', async () => {
  const found = await reader.search(`${repoUrl}/blob/${BRANCH}/docs/*.md`);
  expect(found.etag).toBe(branchSha);
  expect(
    Object.fromEntries(
      await Promise.all(
        found.files.map(async f => [f.url, (await f.content()).toString()]),
      ),
    ),
  ).toEqual({
    [`${repoUrl}/blob/${BRANCH}/docs/index.md`]: '# BillPay ledger\n',
    [`${repoUrl}/blob/${BRANCH}/docs/runbook.md`]: '# Runbook\n',
  });

  const file = await reader.readUrl(`${repoUrl}/blob/${BRANCH}/mkdocs.yml`);
  expect((await file.buffer()).toString()).toBe('site_name: BillPay ledger\n');
  expectNoViolations();
});

it('takes only the first segment of a branch name with a slash as the branch (backstage/backstage#2815)', async () => {
  standIn.commitFiles(OWNER, REPO, { branch: 'iac/ledger', files: FILES });
  // The URL is read as branch "iac", path "ledger"; GitHub has no commit "iac" and answers 404.
  await expect(
    reader.readTree(`${repoUrl}/tree/iac/ledger/`),
  ).rejects.toMatchObject({ name: 'NotFoundError' });
  expectNoViolations();
});
