import fs from 'node:fs/promises';
import path from 'node:path';
import { isInside } from '../../stack';
import { Checker, CheckerContext, CheckerFinding, Skipped } from '../types';
import { Certificate, prepareNginxCopy } from './nginxCopy';

const UNRESOLVED_HOST = /host not found in upstream "([^"]+)" in (.+):(\d+)/;
const PROBLEM =
  /\[(?:emerg|alert|crit|error)\] \d+#\d+: (.*?)(?: in (\S+):(\d+))?$/m;
const MAX_HOST_REPLACEMENTS = 20;

async function testConfig(
  file: string,
  ctx: CheckerContext,
): Promise<CheckerFinding[] | Skipped> {
  const tmp = await ctx.tempDir();
  const copy = path.join(tmp, 'conf');
  const folder = path.posix.dirname(file);
  let pair: Certificate | undefined;
  const certificate = async () => {
    if (!pair && ctx.which('openssl')) {
      const cert = path.join(tmp, 'cert.pem');
      const key = path.join(tmp, 'key.pem');
      await ctx.run(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-days',
          '1',
          '-subj',
          '/CN=localhost',
          '-keyout',
          key,
          '-out',
          cert,
        ],
        { cwd: tmp },
      );
      pair = { cert, key };
    }
    return pair;
  };
  try {
    await prepareNginxCopy(path.join(ctx.root, folder), copy, tmp, certificate);
  } catch (error) {
    return {
      skipped: `${file} names certificates and ${(error as Error).message}`,
    };
  }

  const conf = path.join(copy, path.posix.basename(file));
  for (let attempt = 0; ; attempt++) {
    const result = await ctx.run(
      'nginx',
      ['-t', '-q', '-e', 'stderr', '-p', `${copy}/`, '-c', conf],
      { cwd: tmp },
    );
    if (result.exitCode === 0) return [];
    const output = `${result.stderr}\n${result.stdout}`;
    // Upstream hosts are names of the target network; one that does not resolve here is
    // replaced by 127.0.0.1 (on its line, in the copy) and the test repeated.
    const host = UNRESOLVED_HOST.exec(output);
    if (host && attempt < MAX_HOST_REPLACEMENTS && isInside(copy, host[2])) {
      const [, name, hostFile, line] = host;
      const lines = (await fs.readFile(hostFile, 'utf8')).split('\n');
      const port = name.includes(':') ? `:${name.split(':').pop()}` : '';
      lines[Number(line) - 1] = lines[Number(line) - 1].replace(
        name,
        `127.0.0.1${port}`,
      );
      await fs.writeFile(hostFile, lines.join('\n'));
      continue;
    }
    const problem = PROBLEM.exec(output);
    if (!problem) {
      return [
        { file, message: `nginx -t failed: ${output.trim().split('\n')[0]}` },
      ];
    }
    const [, message, where, line] = problem;
    const inCopy = where && isInside(copy, where);
    return [
      {
        file: inCopy
          ? path.posix.join(
              folder,
              path.relative(copy, where).split(path.sep).join('/'),
            )
          : file,
        line: inCopy ? Number(line) : undefined,
        message,
      },
    ];
  }
}

/** Each nginx.conf passes `nginx -t`, tested on a prepared copy (see nginxCopy.ts). */
export const nginxChecker: Checker = {
  id: 'nginx',
  title: 'nginx configuration',
  select: ctx => ctx.files.filter(f => path.posix.basename(f) === 'nginx.conf'),
  async check(files, ctx) {
    if (!ctx.which('nginx')) return { skipped: 'nginx is not installed' };
    const findings: CheckerFinding[] = [];
    for (const file of files) {
      const result = await testConfig(file, ctx);
      if ('skipped' in result) return result;
      findings.push(...result);
    }
    return findings;
  },
};
