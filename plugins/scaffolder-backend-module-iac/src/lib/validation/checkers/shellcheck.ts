import path from 'node:path';
import { Checker, CheckerFinding } from '../types';

const SHELL_SHEBANG =
  /^#!\s*(?:\/usr)?\/bin\/(?:env\s+)?(?:sh|bash|dash|ksh)\b/;

/** Shell scripts (`*.sh` and files with a shell shebang) pass shellcheck at warning level. */
export const shellcheckChecker: Checker = {
  id: 'shellcheck',
  title: 'Shell scripts (shellcheck)',
  async select(ctx) {
    const scripts: string[] = [];
    for (const file of ctx.files) {
      if (/\.(sh|bash)$/.test(file)) {
        scripts.push(file);
      } else if (!path.posix.basename(file).includes('.')) {
        // A file without an extension is a script when its shebang says so.
        if (SHELL_SHEBANG.test((await ctx.read(file)).slice(0, 100)))
          scripts.push(file);
      }
    }
    return scripts;
  },
  async check(files, ctx) {
    if (!ctx.which('shellcheck'))
      return { skipped: 'shellcheck is not installed' };
    const { stdout } = await ctx.run('shellcheck', [
      '--format=json1',
      '--severity=warning',
      '--',
      ...files,
    ]);
    const { comments = [] } = JSON.parse(stdout || '{}') as {
      comments?: Array<{
        file: string;
        line: number;
        level: string;
        code: number;
        message: string;
      }>;
    };
    return comments.map(
      (c): CheckerFinding => ({
        file: c.file,
        line: c.line,
        message: `${c.message} [SC${c.code}]`,
        severity: c.level === 'error' ? 'error' : 'warning',
      }),
    );
  },
};
