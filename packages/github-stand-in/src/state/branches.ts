import { isoSeconds } from './clock';
import { Signature } from './git';
import { Account, Repository } from './records';

export function signatureOf(account: Account, date = isoSeconds()): Signature {
  return {
    name: account.login,
    email: `${account.id}+${account.login}@users.noreply.github.com`,
    date,
  };
}

/**
 * What a ref expression names, as GitHub resolves `?ref=`: a commit sha, a
 * full ref, `heads/x` / `tags/x`, or a bare branch or tag name. `name` is the
 * full ref it matched, or the sha itself.
 */
export function resolveRef(
  repo: Repository,
  ref: string,
): { name: string; sha: string } | undefined {
  if (/^[0-9a-f]{40}$/.test(ref) && repo.git.commit(ref)) {
    return { name: ref, sha: ref };
  }
  const candidates = ref.startsWith('refs/')
    ? [ref]
    : [`refs/${ref}`, `refs/heads/${ref}`, `refs/tags/${ref}`];
  for (const candidate of candidates) {
    const sha = repo.refs.get(candidate);
    if (sha) {
      return { name: candidate, sha };
    }
  }
  return undefined;
}

/** The commit a ref expression names (see `resolveRef`). */
export function resolveCommitish(
  repo: Repository,
  ref: string,
): string | undefined {
  return resolveRef(repo, ref)?.sha;
}

export function listBranches(
  repo: Repository,
): { name: string; sha: string }[] {
  return [...repo.refs.entries()]
    .filter(([name]) => name.startsWith('refs/heads/'))
    .map(([name, sha]) => ({ name: name.slice('refs/heads/'.length), sha }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Files on a branch, path to UTF-8 content; undefined when the branch does not exist. */
export function branchFiles(
  repo: Repository,
  branch: string,
): Record<string, string> | undefined {
  const sha = repo.refs.get(`refs/heads/${branch}`);
  const commit = sha ? repo.git.commit(sha) : undefined;
  if (!commit) {
    return undefined;
  }
  return Object.fromEntries(
    repo.git
      .flatten(commit.tree)
      .filter(entry => entry.type === 'blob')
      .map(entry => [entry.path, repo.git.blob(entry.sha)!.toString('utf8')]),
  );
}

/**
 * Commits files on top of a branch (creating it from the default branch, or
 * as a root commit in an empty repository); `null` content deletes a path.
 */
export function commitFiles(
  repo: Repository,
  author: Account,
  input: {
    branch: string;
    files: Record<string, string | null>;
    message: string;
  },
): string {
  const refName = `refs/heads/${input.branch}`;
  const parent =
    repo.refs.get(refName) ?? repo.refs.get(`refs/heads/${repo.defaultBranch}`);
  const baseTree = parent ? repo.git.commit(parent)!.tree : undefined;
  const tree = repo.git.applyChanges(
    baseTree,
    Object.entries(input.files).map(([path, content]) => ({
      path,
      mode: '100644',
      type: 'blob',
      sha:
        content === null
          ? null
          : repo.git.writeBlob(Buffer.from(content, 'utf8')),
    })),
  );
  const signature = signatureOf(author);
  const sha = repo.git.writeCommit({
    tree,
    parents: parent ? [parent] : [],
    author: signature,
    committer: signature,
    message: input.message,
  });
  setRef(repo, refName, sha);
  return sha;
}

/**
 * Moves (or, with `undefined`, deletes) a ref and keeps what depends on it
 * current: the push time and the head and base shas of open pull requests.
 */
export function setRef(
  repo: Repository,
  refName: string,
  sha: string | undefined,
) {
  if (sha === undefined) {
    repo.refs.delete(refName);
    return;
  }
  repo.refs.set(refName, sha);
  repo.pushedAt = isoSeconds();
  const branch = refName.replace(/^refs\/heads\//, '');
  for (const pull of repo.pulls.filter(p => p.state === 'open')) {
    if (pull.head.ref === branch && pull.head.owner === repo.owner) {
      pull.head.sha = sha;
    }
    if (pull.base.ref === branch) {
      pull.base.sha = sha;
    }
  }
}
