import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';

// `nginx -t` opens every file the configuration names, creates its temporary folders, binds its
// listening sockets and resolves its upstream hosts. A generated configuration names files, ports
// and hosts of the machine it will run on, and the portal's backend does not run as root; so the
// configuration is tested on a copy in which:
// - certificates point at a throwaway self-signed pair, and Diffie-Hellman parameters are dropped;
// - logs, the pid file and the temporary folders are in the temporary folder;
// - the `user` directive (an account of the target machine) is commented out;
// - each listen address becomes a free port of 127.0.0.1.
// Every change stays on its line, so problems are reported at the line of the original file.

const CERTIFICATE =
  /^(\s*(?:ssl_certificate|ssl_trusted_certificate|ssl_client_certificate|proxy_ssl_certificate|proxy_ssl_trusted_certificate)\s+)[^;]+;/gm;
const CERTIFICATE_KEY =
  /^(\s*(?:ssl_certificate_key|proxy_ssl_certificate_key)\s+)[^;]+;/gm;
const LOG =
  /^(\s*(?:access_log|error_log)\s+)(?!off\b|stderr\b|syslog:)[^\s;]+/gm;
const PID = /^(\s*pid\s+)[^;]+;/gm;
const COMMENTED_OUT = /^(\s*)((?:user|ssl_dhparam)\s+[^;]+;)/gm;
const TEMP_PATH_NAMES = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'];
const TEMP_PATH =
  /^(\s*(client_body|proxy|fastcgi|uwsgi|scgi)_temp_path\s+)[^\s;]+/gm;
const HTTP_BLOCK = /^(\s*http\s*\{)/m;
const LISTEN = /^(\s*listen\s+)([^\s;]+)/gm;

export interface Certificate {
  cert: string;
  key: string;
}

/** Asks the system for a free port of 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function replaceAsync(
  text: string,
  pattern: RegExp,
  replace: (...match: string[]) => Promise<string>,
): Promise<string> {
  const replacements = await Promise.all(
    [...text.matchAll(pattern)].map(m => replace(...m)),
  );
  let i = 0;
  return text.replace(pattern, () => replacements[i++]);
}

/**
 * Copies the folder of an nginx configuration to `copy` (leaving out links, so nginx reads
 * nothing from outside the validated folder) and rewrites the copy as described above.
 * `certificate` makes the throwaway pair when a file names a certificate; undefined means it
 * cannot be made.
 */
export async function prepareNginxCopy(
  from: string,
  copy: string,
  tmp: string,
  certificate: () => Promise<Certificate | undefined>,
): Promise<void> {
  await fs.cp(from, copy, {
    recursive: true,
    filter: async source => !(await fs.lstat(source)).isSymbolicLink(),
  });
  const ports = new Map<string, Promise<number>>();
  const portFor = (address: string) => {
    if (!ports.has(address)) ports.set(address, freePort());
    return ports.get(address)!;
  };
  const entries = await fs.readdir(copy, {
    withFileTypes: true,
    recursive: true,
  });
  const files = entries
    .filter(e => e.isFile())
    .map(e => path.join(e.parentPath, e.name));
  const texts = await Promise.all(files.map(f => fs.readFile(f, 'utf8')));
  const missingTempPaths = TEMP_PATH_NAMES.filter(
    name =>
      !texts.some(t => new RegExp(`^\\s*${name}_temp_path\\s`, 'm').test(t)),
  );

  for (const [i, file] of files.entries()) {
    const text = texts[i];
    let next = text
      .replace(
        LOG,
        (_m, head: string) => `${head}${path.join(tmp, 'nginx.log')}`,
      )
      .replace(
        PID,
        (_m, head: string) => `${head}${path.join(tmp, 'nginx.pid')};`,
      )
      .replace(COMMENTED_OUT, '$1# $2')
      .replace(
        TEMP_PATH,
        (_m, head: string, name: string) => `${head}${path.join(tmp, name)}`,
      )
      .replace(HTTP_BLOCK, head =>
        [
          head,
          ...missingTempPaths.map(n => `${n}_temp_path ${path.join(tmp, n)};`),
        ].join(' '),
      );
    next = await replaceAsync(next, LISTEN, async (_m, head, address) =>
      address.startsWith('unix:')
        ? `${head}${address}`
        : `${head}127.0.0.1:${await portFor(address)}`,
    );
    if (next.search(CERTIFICATE) >= 0 || next.search(CERTIFICATE_KEY) >= 0) {
      const pair = await certificate();
      if (!pair) throw new Error('openssl is not installed');
      next = next
        .replace(CERTIFICATE, (_m, head: string) => `${head}${pair.cert};`)
        .replace(CERTIFICATE_KEY, (_m, head: string) => `${head}${pair.key};`);
    }
    if (next !== text) await fs.writeFile(file, next);
  }
}
