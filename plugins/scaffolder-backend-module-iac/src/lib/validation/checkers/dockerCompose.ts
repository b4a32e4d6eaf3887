import path from 'node:path';
import { Checker, CheckerFinding } from '../types';
import { parseYamlWithLines } from '../yamlLocation';

const COMPOSE_FILE = /^(docker-)?compose\.ya?ml$/;

/** Each Compose file passes `docker-compose config -q`. */
export const dockerComposeChecker: Checker = {
  id: 'docker-compose',
  title: 'Docker Compose',
  select: ctx =>
    ctx.files.filter(f => COMPOSE_FILE.test(path.posix.basename(f))),
  async check(files, ctx) {
    if (!ctx.which('docker-compose'))
      return { skipped: 'docker-compose is not installed' };
    const findings: CheckerFinding[] = [];
    for (const file of files) {
      const name = path.posix.basename(file);
      const result = await ctx.run(
        'docker-compose',
        ['-f', name, 'config', '-q'],
        {
          cwd: path.posix.dirname(file),
        },
      );
      if (result.exitCode === 0) continue;
      const output = result.stderr.trim() || result.stdout.trim();
      // A YAML error names its line; a schema error names the setting (services.app.ports).
      const lines = [...output.matchAll(/line (\d+), column \d+/g)];
      if (lines.length) {
        const message = output
          .split('\n')
          .filter(l => !/^\s+in "/.test(l))
          .slice(-1)[0];
        findings.push({
          file,
          line: Number(lines[lines.length - 1][1]),
          message,
        });
        continue;
      }
      const problems = output
        .split('\n')
        .filter(l => l.trim() && !/is invalid because:$/.test(l));
      const [located] = parseYamlWithLines(await ctx.read(file)).documents;
      for (const message of problems.length ? problems : [output]) {
        const setting =
          /(?:for |^)((?:services|networks|volumes|secrets|configs)(?:\.[\w-]+)+)(?:: '([\w-]+)')?/.exec(
            message,
          );
        const keys = setting
          ? [...setting[1].split('.'), ...(setting[2] ? [setting[2]] : [])]
          : [];
        findings.push({
          file,
          line: keys.length ? located?.lineOf(keys) : undefined,
          message: message.trim(),
        });
      }
    }
    return findings;
  },
};
