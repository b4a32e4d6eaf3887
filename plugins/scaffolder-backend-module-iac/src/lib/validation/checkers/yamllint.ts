import { Checker, CheckerFinding } from '../types';

/**
 * YAML files pass `yamllint -d relaxed`. Like yamllint itself, only its errors fail the check:
 * the relaxed configuration reports style matters as warnings.
 */
export const yamllintChecker: Checker = {
  id: 'yamllint',
  title: 'YAML (yamllint)',
  select: ctx => ctx.files.filter(f => /\.ya?ml$/.test(f)),
  async check(files, ctx) {
    if (!ctx.which('yamllint')) return { skipped: 'yamllint is not installed' };
    const { stdout } = await ctx.run('yamllint', [
      '-d',
      'relaxed',
      '-f',
      'parsable',
      '--',
      ...files,
    ]);
    const findings: CheckerFinding[] = [];
    for (const match of stdout.matchAll(
      /^(.+?):(\d+):\d+: \[error\] (.*)$/gm,
    )) {
      findings.push({
        file: match[1],
        line: Number(match[2]),
        message: match[3],
      });
    }
    return findings;
  },
};
