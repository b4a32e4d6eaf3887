import { Repository } from './records';

export interface Comparison {
  commits: number;
  changedFiles: number;
  additions: number;
  deletions: number;
}

function reachable(repo: Repository, from: string): Set<string> {
  const seen = new Set<string>();
  const pending = [from];
  while (pending.length > 0) {
    const sha = pending.pop()!;
    if (!seen.has(sha)) {
      seen.add(sha);
      pending.push(...(repo.git.commit(sha)?.parents ?? []));
    }
  }
  return seen;
}

function files(repo: Repository, commitSha: string): Map<string, string> {
  const commit = repo.git.commit(commitSha);
  if (!commit) {
    return new Map();
  }
  return new Map(
    repo.git
      .flatten(commit.tree)
      .filter(entry => entry.type === 'blob')
      .map(entry => [entry.path, entry.sha]),
  );
}

function lines(repo: Repository, blobSha: string | undefined): string[] {
  const data = blobSha ? repo.git.blob(blobSha) : undefined;
  return data && data.length > 0 ? data.toString('utf8').split('\n') : [];
}

/** Lines present on one side only, counted as a multiset: a cheap stand-in for a diff. */
function lineChanges(before: string[], after: string[]) {
  const counts = new Map<string, number>();
  before.forEach(line => counts.set(line, (counts.get(line) ?? 0) + 1));
  let additions = 0;
  for (const line of after) {
    const left = counts.get(line) ?? 0;
    if (left > 0) {
      counts.set(line, left - 1);
    } else {
      additions += 1;
    }
  }
  const deletions = [...counts.values()].reduce((sum, n) => sum + n, 0);
  return { additions, deletions };
}

/** What a pull request from `head` into `base` would bring, as GitHub counts it. */
export function compareCommits(
  repo: Repository,
  base: string,
  head: string,
): Comparison {
  const onBase = reachable(repo, base);
  const commits = [...reachable(repo, head)].filter(
    sha => !onBase.has(sha),
  ).length;
  const before = files(repo, base);
  const after = files(repo, head);
  let changedFiles = 0;
  let additions = 0;
  let deletions = 0;
  for (const path of new Set([...before.keys(), ...after.keys()])) {
    if (before.get(path) !== after.get(path)) {
      changedFiles += 1;
      const change = lineChanges(
        lines(repo, before.get(path)),
        lines(repo, after.get(path)),
      );
      additions += change.additions;
      deletions += change.deletions;
    }
  }
  return { commits, changedFiles, additions, deletions };
}
