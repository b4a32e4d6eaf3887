import { gzipSync } from 'node:zlib';
import { createTar, TarEntry } from '../tar';
import { FlatEntry } from './git';
import { Repository } from './records';

function tarEntry(repo: Repository, top: string, entry: FlatEntry): TarEntry {
  const path = `${top}/${entry.path}`;
  switch (entry.mode) {
    case '100644':
      return {
        path,
        type: 'file',
        mode: 0o664,
        data: repo.git.blob(entry.sha),
      };
    case '100755':
      return {
        path,
        type: 'file',
        mode: 0o775,
        data: repo.git.blob(entry.sha),
      };
    case '120000':
      return {
        path,
        type: 'symlink',
        mode: 0o777,
        linkTarget: repo.git.blob(entry.sha)!.toString('utf8'),
      };
    default:
      // Trees, and submodules, which git archive leaves as empty directories.
      return { path: `${path}/`, type: 'directory', mode: 0o775 };
  }
}

/**
 * The repository at a commit as codeload serves `legacy.tar.gz`: what
 * `git archive --format=tar.gz --prefix=<owner>-<repo>-<short sha>/` writes,
 * file times set to the commit's.
 */
export function repositoryTarball(
  repo: Repository,
  commitSha: string,
): { fileName: string; data: Buffer } {
  const commit = repo.git.commit(commitSha)!;
  const top = `${repo.owner.login}-${repo.name}-${commitSha.slice(0, 7)}`;
  const tar = createTar(
    [
      { path: `${top}/`, type: 'directory', mode: 0o775 },
      ...repo.git.flatten(commit.tree).map(entry => tarEntry(repo, top, entry)),
    ],
    { mtime: new Date(commit.committer.date), comment: commitSha },
  );
  return { fileName: `${top}.tar.gz`, data: gzipSync(tar) };
}
