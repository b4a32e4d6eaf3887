// Starts the real backend (packages/backend/src/index.ts) in a child process, the way the start
// command does, and waits until it serves requests. Used by the end-to-end tests.
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const BACKEND_DIR = resolvePackagePath('backend');
export const REPO_ROOT = path.resolve(BACKEND_DIR, '../..');

export interface BackendProcess {
  baseUrl: string;
  output: () => string;
  /** Sends SIGTERM and resolves with the exit code once the process is gone. */
  stop: () => Promise<number | null>;
  /** Kills the process without warning, as a crash or an evicted container would. */
  crash: () => Promise<void>;
  exited: Promise<number | null>;
}

export async function startBackendProcess(options: {
  port: number;
  configs: string[];
  env?: Record<string, string>;
  /** Development runs from packages/backend, production from the repository root. */
  cwd?: 'backend' | 'root';
  readyTimeoutMs?: number;
}): Promise<BackendProcess> {
  const args = [
    '--require',
    require.resolve('@backstage/cli/config/nodeTransform.cjs'),
    path.join(BACKEND_DIR, 'src/index.ts'),
    ...options.configs.flatMap(c => ['--config', path.resolve(REPO_ROOT, c)]),
  ];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: options.cwd === 'root' ? REPO_ROOT : BACKEND_DIR,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      TMPDIR: process.env.TMPDIR ?? '/tmp',
      XDG_CACHE_HOME: process.env.XDG_CACHE_HOME ?? '',
      NODE_ENV: 'development',
      APP_CONFIG_backend_listen_port: String(options.port),
      APP_CONFIG_backend_baseUrl: `http://localhost:${options.port}`,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', chunk => (log += chunk));
  child.stderr!.on('data', chunk => (log += chunk));
  const exited = new Promise<number | null>(resolve =>
    child.once('exit', code => resolve(code)),
  );

  const baseUrl = `http://localhost:${options.port}`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 90_000);
  let ready = false;
  while (!ready && Date.now() < deadline && child.exitCode === null) {
    try {
      const response = await fetch(`${baseUrl}/.backstage/health/v1/readiness`);
      ready = response.ok;
    } catch {
      // not listening yet
    }
    if (!ready) await new Promise(r => setTimeout(r, 500));
  }
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    return exited;
  };
  if (!ready) {
    await stop();
    throw new Error(`Backend did not become ready on ${baseUrl}:\n${log}`);
  }
  const crash = async () => {
    child.kill('SIGKILL');
    await exited;
  };
  return { baseUrl, output: () => log, stop, crash, exited };
}

/**
 * Signs in as guest the way the frontend does and returns the Backstage token. Sign-in looks the
 * guest up in the catalog for its groups, so it waits until the catalog knows them.
 */
export async function guestToken(baseUrl: string, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${baseUrl}/api/auth/guest/refresh`, {
      headers: { 'x-requested-with': 'XMLHttpRequest' },
    });
    if (!response.ok) {
      throw new Error(`Guest sign-in failed: ${response.status} ${await response.text()}`);
    }
    const { backstageIdentity } = await response.json();
    const groups = backstageIdentity.identity.ownershipEntityRefs.filter((r: string) =>
      r.startsWith('group:'),
    );
    if (groups.length > 0 || Date.now() > deadline) return backstageIdentity.token;
    await new Promise(r => setTimeout(r, 1000));
  }
}

/** Polls the catalog until `predicate` holds for its entities (the catalog ingests asynchronously). */
export async function waitForEntities(
  baseUrl: string,
  token: string,
  predicate: (entities: any[]) => boolean,
  timeoutMs = 60_000,
): Promise<any[]> {
  const deadline = Date.now() + timeoutMs;
  let entities: any[] = [];
  while (Date.now() < deadline) {
    const response = await fetch(`${baseUrl}/api/catalog/entities`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.ok) {
      entities = await response.json();
      if (predicate(entities)) return entities;
    }
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error(
    `Catalog did not reach the expected state; it holds ${entities
      .map(e => `${e.kind}:${e.metadata.name}`)
      .join(', ')}`,
  );
}
