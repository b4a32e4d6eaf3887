import { InputError } from '@backstage/errors';
import fs from 'node:fs/promises';
import path from 'node:path';
import { OutputFile } from './outputFile';
import { isInside, resolveInside } from './paths';

async function lstatOrUndefined(target: string) {
  return fs.lstat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
}

// Creates the folders of `relative` under `root` one level at a time, refusing any existing
// symbolic link on the way: `mkdir -p` would follow a link left in the workspace by an earlier
// step and create folders wherever it points.
async function ensureFolder(root: string, relative: string): Promise<void> {
  let current = root;
  for (const segment of relative.split('/').filter(s => s && s !== '.')) {
    current = path.join(current, segment);
    const stat = await lstatOrUndefined(current);
    if (!stat) {
      await fs.mkdir(current);
    } else if (!stat.isDirectory()) {
      throw new InputError(
        `Cannot write into ${path.relative(
          root,
          current,
        )}: it exists in the workspace and is not a folder`,
      );
    }
  }
}

/**
 * Writes the files under `<workspacePath>/<targetPath>`. Every path
 * is checked to stay inside that folder, and existing links in the workspace are never followed.
 */
export async function writeFiles(
  workspacePath: string,
  targetPath: string,
  files: OutputFile[],
): Promise<void> {
  const workspace = await fs.realpath(workspacePath);
  const root = resolveInside(workspace, targetPath, 'targetPath');
  await ensureFolder(
    workspace,
    path.relative(workspace, root).split(path.sep).join('/'),
  );
  if (!isInside(workspace, await fs.realpath(root))) {
    throw new InputError(
      `targetPath "${targetPath}" leads outside the workspace`,
    );
  }
  for (const file of files) {
    const target = resolveInside(root, file.path, 'Output file');
    await ensureFolder(root, path.posix.dirname(file.path));
    const existing = await lstatOrUndefined(target);
    if (existing && !existing.isFile()) {
      throw new InputError(
        `Cannot write ${file.path}: it exists in the workspace and is not a regular file`,
      );
    }
    await fs.writeFile(target, file.content, { mode: file.mode });
    await fs.chmod(target, file.mode);
  }
}
