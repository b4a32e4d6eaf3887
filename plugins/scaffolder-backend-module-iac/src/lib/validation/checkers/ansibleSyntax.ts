import path from 'node:path';
import { Checker, CheckerFinding } from '../types';
import { ansibleProject, playbooks } from './ansible';

/** Each playbook passes `ansible-playbook --syntax-check` (with its inventory when there is one). */
export const ansibleSyntaxChecker: Checker = {
  id: 'ansible-syntax',
  title: 'Ansible playbooks (syntax)',
  select: playbooks,
  async check(files, ctx) {
    if (!ctx.which('ansible-playbook'))
      return { skipped: 'ansible-playbook is not installed' };
    const findings: CheckerFinding[] = [];
    for (const file of files) {
      const { project, playbook, inventory } = ansibleProject(file, ctx);
      const args = [
        '--syntax-check',
        ...(inventory ? ['-i', inventory] : []),
        playbook,
      ];
      const result = await ctx.run('ansible-playbook', args, { cwd: project });
      if (result.exitCode === 0) continue;
      const output = `${result.stderr}\n${result.stdout}`;
      const message =
        /ERROR! (.*)/.exec(output)?.[1] ?? output.trim().split('\n')[0];
      const location = /The error appears to be in '([^']+)': line (\d+)/.exec(
        output,
      );
      findings.push({
        file: location ? path.posix.relative(ctx.root, location[1]) : file,
        line: location ? Number(location[2]) : undefined,
        message,
      });
    }
    return findings;
  },
};
