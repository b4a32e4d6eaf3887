import path from 'node:path';
import { Checker, CheckerFinding } from '../types';
import { ansibleProject, playbooks } from './ansible';

/** Playbooks, and the roles they use, pass ansible-lint (offline, with its default profile). */
export const ansibleLintChecker: Checker = {
  id: 'ansible-lint',
  title: 'Ansible (ansible-lint)',
  select: playbooks,
  async check(files, ctx) {
    if (!ctx.which('ansible-lint'))
      return { skipped: 'ansible-lint is not installed' };
    const findings: CheckerFinding[] = [];
    const byProject = new Map<string, string[]>();
    for (const file of files) {
      const { project, playbook } = ansibleProject(file, ctx);
      byProject.set(project, [...(byProject.get(project) ?? []), playbook]);
    }
    for (const [project, projectPlaybooks] of byProject) {
      const { stdout, stderr, exitCode } = await ctx.run(
        'ansible-lint',
        ['--offline', '--parseable', '--nocolor', ...projectPlaybooks],
        { cwd: project },
      );
      const before = findings.length;
      for (const match of stdout.matchAll(/^(.+?):(\d+)(?::\d+)?: (.*)$/gm)) {
        findings.push({
          file: path.posix.normalize(path.posix.join(project, match[1])),
          line: Number(match[2]),
          message: match[3],
        });
      }
      if (exitCode !== 0 && findings.length === before) {
        findings.push({
          file: project,
          message: `ansible-lint failed: ${stderr.trim().split('\n').pop()}`,
        });
      }
    }
    return findings;
  },
};
