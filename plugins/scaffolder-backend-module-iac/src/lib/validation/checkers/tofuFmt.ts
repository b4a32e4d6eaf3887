import { Checker, CheckerFinding } from '../types';

// The first changed line of a file in a unified diff: the hunk start plus its leading context.
function firstChangedLines(diff: string): Map<string, number> {
  const lines = new Map<string, number>();
  let file: string | undefined;
  let line = 0;
  let inHunk = false;
  for (const text of diff.split('\n')) {
    if (text.startsWith('--- old/')) {
      file = text.slice('--- old/'.length);
      inHunk = false;
    } else if (text.startsWith('@@')) {
      line = Number(/^@@ -(\d+)/.exec(text)?.[1] ?? 1);
      inHunk = true;
    } else if (file && inHunk && !lines.has(file)) {
      if (text.startsWith('-') || text.startsWith('+')) lines.set(file, line);
      else line++;
    }
  }
  return lines;
}

/** OpenTofu files are formatted as `tofu fmt` (or `terraform fmt`) writes them. */
export const tofuFmtChecker: Checker = {
  id: 'tofu-fmt',
  title: 'OpenTofu formatting',
  select: ctx => ctx.files.filter(f => /\.(tf|tfvars)$/.test(f)),
  async check(files, ctx) {
    const command = ['tofu', 'terraform'].find(c => ctx.which(c));
    if (!command) return { skipped: 'neither tofu nor terraform is installed' };
    // fmt stops at the first file that does not parse; the HCL syntax check reports those.
    const parsed: string[] = [];
    for (const file of files) {
      if ((await ctx.parseHcl(file)).body) parsed.push(file);
    }
    if (!parsed.length) return [];
    const result = await ctx.run(command, [
      'fmt',
      '-check',
      '-diff',
      '-no-color',
      ...parsed,
    ]);
    if (result.exitCode === 0) return [];
    const changed = firstChangedLines(result.stdout);
    const findings: CheckerFinding[] = [...changed].map(([file, line]) => ({
      file,
      line,
      message: `not formatted as \`${command} fmt\` writes it`,
    }));
    return findings.length
      ? findings
      : [
          {
            file: '.',
            message: `${command} fmt failed: ${
              result.stderr.trim().split('\n')[0]
            }`,
          },
        ];
  },
};
