// Starts a backend entry point in a child process the way the start command runs it in
// development (TypeScript loaded through the Backstage CLI's transform), and measures how long it
// takes to answer ready. The readiness probe polls every 50 ms so a start is timed to that
// resolution; its memory is read from /proc, and the entry runs behind
// memoryProbe.ts, which can report the memory left after a garbage collection.
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { BACKEND_DIR, PACKAGE_DIR, REPO_ROOT } from '../paths';
import { MEMORY_MARKER } from './memoryProbe';

export const BACKEND_ENTRY = path.join(BACKEND_DIR, 'src/index.ts');
export const MODULE_LOAD_COST_SCRIPT = path.join(
  PACKAGE_DIR,
  'src/backend/moduleLoadCost.ts',
);
const MEMORY_PROBE = path.join(PACKAGE_DIR, 'src/backend/memoryProbe.ts');
export const STOCK_BACKEND_ENTRY = path.join(
  PACKAGE_DIR,
  'src/backend/stockBackend.ts',
);
const READY_POLL_MS = 50;
const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 20_000;

export interface BackendProcess {
  baseUrl: string;
  /** From spawning the process to its first successful readiness answer. */
  readyMs: number;
  /** Resident memory of the process now, in MiB (VmRSS in /proc/<pid>/status). */
  rssMiB(): number;
  /** Memory after a garbage collection, in MiB, as process.memoryUsage() reports it. */
  memoryAfterGc(): Promise<
    Record<'heapUsed' | 'external' | 'arrayBuffers', number>
  >;
  stop(): Promise<void>;
}

/** A free loopback port, found by letting the system pick one. */
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

/** Arguments that run a TypeScript entry point with the Backstage CLI's transform. */
export function nodeArgs(entry: string): string[] {
  return [
    '--require',
    require.resolve('@backstage/cli/config/nodeTransform.cjs'),
    entry,
  ];
}

export async function startBackend(options: {
  entry: string;
  /** Config files, absolute or relative to the repository root. */
  configs: string[];
}): Promise<BackendProcess> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--expose-gc',
      ...nodeArgs(MEMORY_PROBE),
      ...options.configs.flatMap(c => ['--config', path.resolve(REPO_ROOT, c)]),
    ],
    {
      cwd: BACKEND_DIR,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        TMPDIR: process.env.TMPDIR ?? '/tmp',
        XDG_CACHE_HOME: process.env.XDG_CACHE_HOME ?? '',
        NODE_ENV: 'development',
        APP_CONFIG_backend_listen_host: '127.0.0.1',
        APP_CONFIG_backend_listen_port: String(port),
        APP_CONFIG_backend_baseUrl: baseUrl,
        BENCH_BACKEND_ENTRY: options.entry,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  child.stdout!.on('data', chunk => (log += chunk));
  child.stderr!.on('data', chunk => (log += chunk));
  const exited = new Promise<void>(resolve =>
    child.once('exit', () => resolve()),
  );

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const stopped = await Promise.race([
      exited.then(() => true),
      sleep(STOP_TIMEOUT_MS).then(() => false),
    ]);
    if (!stopped) {
      child.kill('SIGKILL');
      await exited;
    }
  };

  let readyMs: number | undefined;
  while (readyMs === undefined && child.exitCode === null) {
    if (performance.now() - started > READY_TIMEOUT_MS) break;
    const ok = await fetch(`${baseUrl}/.backstage/health/v1/readiness`)
      .then(r => r.ok)
      .catch(() => false);
    if (ok) readyMs = performance.now() - started;
    else await sleep(READY_POLL_MS);
  }
  if (readyMs === undefined) {
    await stop();
    throw new Error(
      `${options.entry} did not become ready on ${baseUrl}:\n${log}`,
    );
  }
  return {
    baseUrl,
    readyMs,
    rssMiB: () => {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kiB = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)![1]);
      return Math.round((kiB / 1024) * 10) / 10;
    },
    memoryAfterGc: async () => {
      const reported = log.split(MEMORY_MARKER).length;
      child.kill('SIGUSR2');
      for (
        let wait = 0;
        wait < 100 && log.split(MEMORY_MARKER).length === reported;
        wait++
      ) {
        await sleep(100);
      }
      const line = log.split(MEMORY_MARKER).pop()!.split('\n')[0];
      const usage = JSON.parse(line);
      const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
      return {
        heapUsed: mib(usage.heapUsed),
        external: mib(usage.external),
        arrayBuffers: mib(usage.arrayBuffers),
      };
    },
    stop,
  };
}
