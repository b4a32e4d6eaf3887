import path from 'node:path';
import { Checker, CheckerFinding } from '../types';

/** Each prometheus.yml (and the rule files it names) passes `promtool check config`. */
export const promtoolChecker: Checker = {
  id: 'promtool',
  title: 'Prometheus configuration',
  select: ctx =>
    ctx.files.filter(f => /^prometheus\.ya?ml$/.test(path.posix.basename(f))),
  async check(files, ctx) {
    if (!ctx.which('promtool')) return { skipped: 'promtool is not installed' };
    const findings: CheckerFinding[] = [];
    for (const file of files) {
      const result = await ctx.run(
        'promtool',
        ['check', 'config', path.posix.basename(file)],
        {
          cwd: path.posix.dirname(file),
        },
      );
      if (result.exitCode === 0) continue;
      const output = `${result.stderr}\n${result.stdout}`;
      const failures = [...output.matchAll(/FAILED: (.*)$/gm)].map(m => m[1]);
      for (const message of failures.length ? failures : [output.trim()]) {
        const line = /line (\d+)/.exec(message)?.[1];
        findings.push({ file, line: line ? Number(line) : undefined, message });
      }
    }
    return findings;
  },
};
