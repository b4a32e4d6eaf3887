import { InputError } from '@backstage/errors';
import path from 'node:path';

/**
 * Checks that `value` is a relative path that stays where it is put: no absolute path, no `..`
 * segment, no NUL, no backslash; returns it normalised with `/` separators (`.` for the folder
 * itself). `field` names the input or stack field in the error.
 */
export function relativePath(value: string, field: string): string {
  const problem =
    (value.includes('\0') && 'contains a NUL character') ||
    (value.includes('\\') && 'contains a backslash') ||
    (path.posix.isAbsolute(value) && 'is absolute') ||
    (value.split('/').includes('..') && 'contains ".."');
  if (problem) {
    throw new InputError(
      `${field} must be a relative path inside its folder, but "${value}" ${problem}`,
    );
  }
  return path.posix.normalize(value || '.').replace(/\/$/, '') || '.';
}

/** True when `target` is `root` or inside it (both absolute and resolved). */
export function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return (
    relative === '' ||
    (!relative.startsWith('..') && !path.isAbsolute(relative))
  );
}

/** Resolves a checked relative path under `root`, and checks the result is still inside it. */
export function resolveInside(
  root: string,
  relative: string,
  field: string,
): string {
  const target = path.resolve(root, relativePath(relative, field));
  if (!isInside(root, target)) {
    throw new InputError(`${field} "${relative}" leads outside its folder`);
  }
  return target;
}
