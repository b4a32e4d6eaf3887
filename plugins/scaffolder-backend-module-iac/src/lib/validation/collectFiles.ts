import fs from 'node:fs/promises';
import path from 'node:path';

// Folders that are tool state or vendored code, not part of what was generated.
const IGNORED_FOLDERS = new Set([
  '.git',
  'node_modules',
  '.terraform',
  '.terragrunt-cache',
]);

/**
 * Lists the regular files under `root` (relative, `/`-separated, sorted). Symbolic links are not
 * followed, so nothing outside the validated folder is ever read.
 */
export async function collectFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string, relative: string) => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory() && !IGNORED_FOLDERS.has(entry.name)) {
        await walk(path.join(dir, entry.name), rel);
      } else if (entry.isFile()) {
        files.push(rel);
      }
    }
  };
  await walk(root, '');
  return files.sort();
}
