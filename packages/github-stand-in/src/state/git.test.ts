import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { GitObjects } from './git';

const files: Record<string, string> = {
  'README.md': '# infra\n',
  'modules/networking/main.tf': 'resource "aws_vpc" "this" {}\n',
  'modules/networking-extra.tf': '# sorts between "modules" and "modules/"\n',
  'envs/dev/main.tf': 'module "net" {}\n',
};

function standInTree(objects: GitObjects) {
  return objects.applyChanges(
    undefined,
    Object.entries(files).map(([path, content]) => ({
      path,
      mode: '100644' as const,
      type: 'blob' as const,
      sha: objects.writeBlob(Buffer.from(content)),
    })),
  );
}

describe('GitObjects', () => {
  it('computes the same tree and commit ids as git', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stand-in-git-'));
    try {
      const git = (...args: string[]) =>
        execFileSync('git', args, {
          cwd: dir,
          encoding: 'utf8',
          env: {
            ...process.env,
            GIT_AUTHOR_NAME: 'portal-bot',
            GIT_AUTHOR_EMAIL: 'bot@example.com',
            GIT_AUTHOR_DATE: '2024-05-01T12:00:00Z',
            GIT_COMMITTER_NAME: 'portal-bot',
            GIT_COMMITTER_EMAIL: 'bot@example.com',
            GIT_COMMITTER_DATE: '2024-05-01T12:00:00Z',
          },
        }).trim();
      git('init', '-q');
      for (const [path, content] of Object.entries(files)) {
        mkdirSync(join(dir, dirname(path)), { recursive: true });
        writeFileSync(join(dir, path), content);
      }
      git('add', '.');
      const gitTree = git('write-tree');
      const gitCommit = git('commit-tree', gitTree, '-m', 'Render stack');

      const objects = new GitObjects();
      const tree = standInTree(objects);
      const signature = {
        name: 'portal-bot',
        email: 'bot@example.com',
        date: '2024-05-01T12:00:00Z',
      };
      const commit = objects.writeCommit({
        tree,
        parents: [],
        author: signature,
        committer: signature,
        // git commit-tree -m ends the message with a newline.
        message: 'Render stack\n',
      });
      expect(tree).toBe(gitTree);
      expect(commit).toBe(gitCommit);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('deletes paths, dropping trees left empty', () => {
    const objects = new GitObjects();
    const base = standInTree(objects);
    const next = objects.applyChanges(base, [
      { path: 'envs/dev/main.tf', mode: '100644', type: 'blob', sha: null },
    ]);
    expect(objects.flatten(next).map(e => e.path)).toEqual([
      'README.md',
      'modules',
      // git order: `networking-extra.tf` sorts before `networking/`.
      'modules/networking-extra.tf',
      'modules/networking',
      'modules/networking/main.tf',
    ]);
  });

  it('follows parents to decide fast-forwards', () => {
    const objects = new GitObjects();
    const tree = standInTree(objects);
    const signature = {
      name: 'a',
      email: 'a@example.com',
      date: '2024-05-01T12:00:00Z',
    };
    const first = objects.writeCommit({
      tree,
      parents: [],
      author: signature,
      committer: signature,
      message: '1',
    });
    const second = objects.writeCommit({
      tree,
      parents: [first],
      author: signature,
      committer: signature,
      message: '2',
    });
    expect(objects.isAncestor(first, second)).toBe(true);
    expect(objects.isAncestor(second, first)).toBe(false);
  });
});
