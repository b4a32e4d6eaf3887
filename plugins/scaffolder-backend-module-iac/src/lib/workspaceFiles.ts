import { InputError } from '@backstage/errors';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { RenderedFile } from './github/publishPullRequest';

/** Reads every file under a workspace folder, keyed by its path relative to that folder. */
export async function readWorkspaceFiles(
  workspacePath: string,
  sourcePath: string,
): Promise<Map<string, RenderedFile>> {
  const root = resolveSafeChildPath(workspacePath, sourcePath);
  const files = new Map<string, RenderedFile>();
  const walk = async (dir: string) => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name === '.git') continue;
        await walk(full);
      } else if (entry.isFile()) {
        const stat = await fs.stat(full);
        files.set(path.relative(root, full).split(path.sep).join('/'), {
          content: await fs.readFile(full),
          executable: (stat.mode & 0o111) !== 0,
        });
      } else {
        throw new InputError(
          `sourcePath: ${path.relative(workspacePath, full)} is not a regular file; links are not published`,
        );
      }
    }
  };
  try {
    await walk(root);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new InputError(`sourcePath: '${sourcePath}' does not exist in the workspace`);
    }
    throw error;
  }
  if (files.size === 0) {
    throw new InputError(`sourcePath: '${sourcePath}' holds no files to publish`);
  }
  return files;
}
