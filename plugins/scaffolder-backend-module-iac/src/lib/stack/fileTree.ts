import { InputError } from '@backstage/errors';
import fs from 'node:fs/promises';
import path from 'node:path';

/** Orders by path, comparing code units (the same order on every machine and locale). */
export function byPath(a: { path: string }, b: { path: string }): number {
  if (a.path === b.path) return 0;
  return a.path < b.path ? -1 : 1;
}

/** A regular file found under a folder; `path` is relative with `/` separators. */
export interface TreeFile {
  path: string;
  absolutePath: string;
  mode: number;
}

/**
 * Lists every regular file under `root`, sorted. Symbolic links and special files are refused
 * (a link in a stack could point anywhere on the backend host); `label` names the folder in
 * errors, relative to the stack.
 */
export async function listTree(
  root: string,
  label: string,
): Promise<TreeFile[]> {
  const files: TreeFile[] = [];
  const walk = async (dir: string, relative: string) => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      const absolutePath = path.join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        throw new InputError(
          `${label}/${rel} is a symbolic link; stacks may not contain links`,
        );
      }
      if (entry.isDirectory()) {
        await walk(absolutePath, rel);
      } else if (entry.isFile()) {
        const { mode } = await fs.lstat(absolutePath);
        files.push({ path: rel, absolutePath, mode: mode & 0o777 });
      } else {
        throw new InputError(`${label}/${rel} is not a regular file`);
      }
    }
  };
  await walk(root, '');
  return files.sort(byPath);
}

/** Checks that `target` is a real folder (not a link) and answers its path. */
export async function requireFolder(
  target: string,
  label: string,
): Promise<string> {
  const stat = await fs.lstat(target).catch(() => undefined);
  if (!stat?.isDirectory()) {
    throw new InputError(
      `${label} is not a folder${
        stat?.isSymbolicLink() ? ' (it is a symbolic link)' : ''
      }`,
    );
  }
  return target;
}

/** Reads a regular file (not a link) as UTF-8. */
export async function readRegularFile(
  target: string,
  label: string,
): Promise<string> {
  const stat = await fs.lstat(target).catch(() => undefined);
  if (!stat?.isFile()) {
    throw new InputError(
      `${label} is not a regular file${
        stat?.isSymbolicLink() ? ' (it is a symbolic link)' : ''
      }`,
    );
  }
  return fs.readFile(target, 'utf8');
}
