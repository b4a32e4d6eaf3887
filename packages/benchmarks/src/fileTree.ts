import fs from 'node:fs';
import path from 'node:path';

/** Every file under `root`, as paths relative to it with `/` separators. */
export function listFiles(root: string, relative = ''): string[] {
  return fs
    .readdirSync(path.join(root, relative), { withFileTypes: true })
    .flatMap(entry => {
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(root, rel) : [rel];
    });
}
