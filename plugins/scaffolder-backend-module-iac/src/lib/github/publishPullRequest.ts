// Publishes a rendered tree as ONE commit on a branch and opens (or updates) its pull request in
// a constant number of API calls: text files travel inline in the tree request, only binary files
// need a blob each, and files equal to the branch's current content are not sent at all.
import type { LoggerService } from '@backstage/backend-plugin-api';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { IacOctokitClient, errorStatus } from './client';
import { gitBlobSha, isBinary } from './gitObjects';
import type { GithubRepo } from './repoUrl';

/** File the portal keeps in the repository with the paths it generated, to delete stale ones. */
export const GENERATED_FILES_PATH = '.iac-portal/generated-files.json';

export interface RenderedFile {
  content: Buffer;
  executable: boolean;
}

export interface PublishRequest {
  repo: GithubRepo;
  files: Map<string, RenderedFile>;
  branchName: string;
  baseBranch?: string;
  commitMessage: string;
  title: string;
  body: string;
  labels: string[];
  draft: boolean;
  createRepository: boolean;
  repoVisibility: 'private' | 'internal' | 'public';
  logger: LoggerService;
  /** Runs a side effect once per task, even when the task is resumed after a restart. */
  checkpoint: <T>(key: string, fn: () => Promise<T>) => Promise<T>;
}

export interface PublishResult {
  branchName: string;
  baseBranch: string;
  commitSha: string;
  changedFiles: number;
  deletedFiles: number;
  pullRequestNumber: number;
  pullRequestUrl: string;
  createdRepository: boolean;
  createdPullRequest: boolean;
}

type TreeEntry = {
  path: string;
  mode: '100644' | '100755';
  type: 'blob';
  sha?: string | null;
  content?: string;
};

export async function publishPullRequest(
  octokit: IacOctokitClient,
  request: PublishRequest,
): Promise<PublishResult> {
  const { repo, logger } = request;
  const { owner, repo: name } = repo;

  const { repository, created } = await ensureRepository(octokit, request);
  const baseBranch = request.baseBranch || repository.default_branch;

  const branchHead = await getBranchHead(octokit, repo, request.branchName);
  const branchExisted = branchHead !== undefined;
  const parentSha =
    branchHead ?? (await getBranchHead(octokit, repo, baseBranch));
  if (!parentSha) {
    throw new ConflictError(
      `baseBranch: branch '${baseBranch}' does not exist in ${owner}/${name}`,
    );
  }

  const { data: parentCommit } = await octokit.git.getCommit({
    owner,
    repo: name,
    commit_sha: parentSha,
  });
  const { data: parentTree } = await octokit.git.getTree({
    owner,
    repo: name,
    tree_sha: parentCommit.tree.sha,
    recursive: 'true',
  });
  const existing = new Map(
    parentTree.tree
      .filter(entry => entry.type === 'blob' && entry.path)
      .map(entry => [entry.path!, { sha: entry.sha!, mode: entry.mode! }]),
  );

  const previouslyGenerated = await readGeneratedList(
    octokit,
    repo,
    existing.get(GENERATED_FILES_PATH)?.sha,
  );
  const files = new Map(request.files);
  files.set(GENERATED_FILES_PATH, {
    content: Buffer.from(
      `${JSON.stringify([...request.files.keys()].sort(), null, 2)}\n`,
    ),
    executable: false,
  });

  const entries: TreeEntry[] = [];
  const binaries: Array<{ path: string; mode: TreeEntry['mode']; content: Buffer }> = [];
  for (const [path, file] of [...files.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const mode = file.executable ? '100755' : '100644';
    const current = existing.get(path);
    if (current && current.sha === gitBlobSha(file.content) && current.mode === mode) {
      continue;
    }
    if (isBinary(file.content)) {
      binaries.push({ path, mode, content: file.content });
    } else {
      entries.push({ path, mode, type: 'blob', content: file.content.toString('utf8') });
    }
  }
  const deleted = previouslyGenerated.filter(
    path => !files.has(path) && existing.has(path),
  );
  for (const path of deleted) {
    entries.push({ path, mode: '100644', type: 'blob', sha: null });
  }
  const changedFiles = entries.length + binaries.length - deleted.length;

  let commitSha = parentSha;
  let createdBranch = false;
  if (entries.length + binaries.length > 0) {
    const contentKey = gitBlobSha(
      Buffer.from(JSON.stringify([parentSha, entries, binaries.map(b => [b.path, gitBlobSha(b.content)])])),
    );
    const committed = await request.checkpoint(`commit-${contentKey}`, async () => {
      for (const binary of binaries) {
        const { data: blob } = await octokit.git.createBlob({
          owner,
          repo: name,
          content: binary.content.toString('base64'),
          encoding: 'base64',
        });
        entries.push({ path: binary.path, mode: binary.mode, type: 'blob', sha: blob.sha });
      }
      const { data: tree } = await octokit.git.createTree({
        owner,
        repo: name,
        base_tree: parentCommit.tree.sha,
        tree: entries,
      });
      const { data: commit } = await octokit.git.createCommit({
        owner,
        repo: name,
        message: request.commitMessage,
        tree: tree.sha,
        parents: [parentSha],
      });
      const madeBranch = await moveBranch(octokit, repo, request.branchName, commit.sha, branchExisted);
      return { sha: commit.sha, createdBranch: madeBranch };
    });
    commitSha = committed.sha;
    createdBranch = committed.createdBranch;
    logger.info(
      `Committed ${changedFiles} changed and ${deleted.length} deleted files to ${owner}/${name}@${request.branchName} as ${commitSha.slice(0, 7)}`,
    );
  } else if (!branchExisted) {
    throw new ConflictError(
      `The rendered files are identical to '${baseBranch}' in ${owner}/${name}: there is nothing to propose`,
    );
  } else {
    logger.info(`Branch ${request.branchName} already holds the rendered files`);
  }

  let pull;
  try {
    pull = await request.checkpoint(`pull-request-${request.branchName}`, () =>
      openOrUpdatePull(octokit, request, baseBranch),
    );
    if (request.labels.length > 0) {
      await octokit.issues.addLabels({
        owner,
        repo: name,
        issue_number: pull.number,
        labels: request.labels,
      });
    }
  } catch (error) {
    // A branch this run created must not outlive a pull request that could not be opened.
    if (createdBranch && !pull) {
      await deleteBranch(octokit, repo, request.branchName, logger);
    }
    throw error;
  }

  return {
    branchName: request.branchName,
    baseBranch,
    commitSha,
    changedFiles,
    deletedFiles: deleted.length,
    pullRequestNumber: pull.number,
    pullRequestUrl: pull.url,
    createdRepository: created,
    createdPullRequest: pull.created,
  };
}

async function ensureRepository(octokit: IacOctokitClient, request: PublishRequest) {
  const { owner, repo: name } = request.repo;
  try {
    const { data } = await octokit.repos.get({ owner, repo: name });
    return { repository: data, created: false };
  } catch (error) {
    if (errorStatus(error) !== 404) throw error;
  }
  if (!request.createRepository) {
    throw new NotFoundError(
      `repoUrl: repository ${owner}/${name} does not exist; choose an existing repository or ask for a new one`,
    );
  }
  const repository = await request.checkpoint(`create-repository-${owner}-${name}`, async () => {
    const options = {
      name,
      private: request.repoVisibility !== 'public',
      auto_init: true,
      description: request.title,
    };
    try {
      const { data } = await octokit.repos.createInOrg({
        org: owner,
        // "internal" exists on GitHub Enterprise Cloud and Server organisations.
        visibility: request.repoVisibility as 'private' | 'public',
        ...options,
      });
      return { default_branch: data.default_branch };
    } catch (error) {
      // The owner is a user, not an organisation: create it for the authenticated user.
      if (errorStatus(error) !== 404) throw error;
      const { data } = await octokit.repos.createForAuthenticatedUser(options);
      return { default_branch: data.default_branch };
    }
  });
  request.logger.info(`Created repository ${owner}/${name}`);
  return { repository, created: true };
}

async function getBranchHead(
  octokit: IacOctokitClient,
  repo: GithubRepo,
  branch: string,
): Promise<string | undefined> {
  try {
    const { data } = await octokit.git.getRef({
      owner: repo.owner,
      repo: repo.repo,
      ref: `heads/${branch}`,
    });
    return data.object.sha;
  } catch (error) {
    if (errorStatus(error) === 404) return undefined;
    // An empty repository answers 409: there is no branch to build on.
    if (errorStatus(error) === 409) {
      throw new ConflictError(
        `repoUrl: repository ${repo.owner}/${repo.repo} is empty; it needs an initial commit`,
      );
    }
    throw error;
  }
}

async function readGeneratedList(
  octokit: IacOctokitClient,
  repo: GithubRepo,
  sha: string | undefined,
): Promise<string[]> {
  if (!sha) return [];
  const { data } = await octokit.git.getBlob({
    owner: repo.owner,
    repo: repo.repo,
    file_sha: sha,
  });
  try {
    const list = JSON.parse(Buffer.from(data.content, 'base64').toString('utf8'));
    return Array.isArray(list) ? list.filter(p => typeof p === 'string') : [];
  } catch {
    return [];
  }
}

/** Points the branch at the commit; returns true when this call created the branch. */
async function moveBranch(
  octokit: IacOctokitClient,
  repo: GithubRepo,
  branch: string,
  sha: string,
  exists: boolean,
): Promise<boolean> {
  const update = () =>
    octokit.git.updateRef({
      owner: repo.owner,
      repo: repo.repo,
      ref: `heads/${branch}`,
      sha,
      force: false,
    });
  if (exists) {
    await update();
    return false;
  }
  const create = () =>
    octokit.git.createRef({
      owner: repo.owner,
      repo: repo.repo,
      ref: `refs/heads/${branch}`,
      sha,
    });
  try {
    await create();
    return true;
  } catch (error) {
    if (errorStatus(error) !== 422) throw error;
  }
  // 422: the branch appeared meanwhile (an earlier attempt whose answer was lost, or a parallel
  // run). Move it; if it is gone again by then, create it once more.
  try {
    await update();
    return false;
  } catch (error) {
    if (errorStatus(error) !== 422) throw error;
    await create();
    return true;
  }
}

async function openOrUpdatePull(
  octokit: IacOctokitClient,
  request: PublishRequest,
  baseBranch: string,
): Promise<{ number: number; url: string; created: boolean }> {
  const { owner, repo: name } = request.repo;
  const findOpen = async () => {
    const { data } = await octokit.pulls.list({
      owner,
      repo: name,
      head: `${owner}:${request.branchName}`,
      state: 'open',
      per_page: 1,
    });
    return data[0];
  };
  const update = async (number: number) => {
    const { data } = await octokit.pulls.update({
      owner,
      repo: name,
      pull_number: number,
      title: request.title,
      body: request.body,
    });
    return { number: data.number, url: data.html_url, created: false };
  };

  const open = await findOpen();
  if (open) return update(open.number);
  try {
    const { data } = await octokit.pulls.create({
      owner,
      repo: name,
      head: request.branchName,
      base: baseBranch,
      title: request.title,
      body: request.body,
      draft: request.draft,
    });
    return { number: data.number, url: data.html_url, created: true };
  } catch (error) {
    if (errorStatus(error) !== 422) throw error;
    const raced = await findOpen();
    if (!raced) throw error;
    return update(raced.number);
  }
}

async function deleteBranch(
  octokit: IacOctokitClient,
  repo: GithubRepo,
  branch: string,
  logger: LoggerService,
) {
  try {
    await octokit.git.deleteRef({ owner: repo.owner, repo: repo.repo, ref: `heads/${branch}` });
    logger.warn(`Deleted branch ${branch}: its pull request could not be opened`);
  } catch (error) {
    logger.error(`Could not delete branch ${branch} after a failed pull request: ${(error as Error).message}`);
  }
}
