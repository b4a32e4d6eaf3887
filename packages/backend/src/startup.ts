// Checks the configuration a running portal depends on before any plugin starts, so a wrong
// production setup ends with one message naming the key or the host instead of a stack trace
// from deep inside a plugin.
import { ConfigSources } from '@backstage/config-loader';
import type { Config } from '@backstage/config';
import { Socket } from 'node:net';
import fs from 'node:fs';
import path from 'node:path';

/** What the backend wiring needs to know from the configuration. */
export interface StartupFacts {
  databaseClient: string;
}

const ENV_HINTS: Record<string, string> = {
  'backend.database.connection.host': 'POSTGRES_HOST',
  'backend.database.connection.port': 'POSTGRES_PORT',
  'backend.database.connection.user': 'POSTGRES_USER',
  'backend.database.connection.password': 'POSTGRES_PASSWORD',
  'backend.baseUrl': 'BACKEND_BASE_URL',
  'app.baseUrl': 'APP_BASE_URL',
  'backend.auth.keys[0].secret': 'BACKEND_SECRET',
};

function findRepoRoot(start: string): string {
  let dir = start;
  while (dir !== path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'app-config.yaml'))) return dir;
    dir = path.dirname(dir);
  }
  return start;
}

function missing(key: string): Error {
  const hint = ENV_HINTS[key] ? ` (set ${ENV_HINTS[key]})` : '';
  return new Error(`configuration key '${key}' is missing${hint}`);
}

function requireString(config: Config, key: string): string {
  const value = config.getOptional(key);
  if (value === undefined || value === null || value === '') throw missing(key);
  return String(value);
}

/** Resolves when a TCP connection to host:port opens within the timeout. */
export function probeTcp(
  host: string,
  port: number,
  timeoutMs = 5000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    const fail = (reason: string) => {
      socket.destroy();
      reject(new Error(reason));
    };
    socket.setTimeout(timeoutMs, () => fail(`timed out after ${timeoutMs} ms`));
    socket.once('error', err => fail((err as NodeJS.ErrnoException).code ?? err.message));
    socket.connect(port, host, () => {
      socket.end();
      resolve();
    });
  });
}

/** Checks a loaded configuration; throws an Error whose message is meant for a person. */
export async function checkConfig(config: Config): Promise<StartupFacts> {
  requireString(config, 'backend.baseUrl');
  requireString(config, 'app.baseUrl');
  const databaseClient = requireString(config, 'backend.database.client');

  if (databaseClient === 'pg') {
    // Read as a whole: the embedded defaults hold a connection string that production replaces
    // with an object, and key-by-key reads across those two layers would clash.
    const database = config.get<{ connection?: unknown }>('backend.database');
    const connection = database.connection;
    if (typeof connection !== 'string') {
      const fields = (connection ?? {}) as Record<string, unknown>;
      const field = (name: string) => {
        const value = fields[name];
        if (value === undefined || value === null || value === '') {
          throw missing(`backend.database.connection.${name}`);
        }
        return String(value);
      };
      const host = field('host');
      const portText = field('port');
      field('user');
      const port = Number(portText);
      if (!Number.isInteger(port) || port <= 0 || port > 65535) {
        throw new Error(
          `configuration key 'backend.database.connection.port' must be a TCP port, got '${portText}'`,
        );
      }
      try {
        await probeTcp(host, port);
      } catch (error) {
        throw new Error(
          `PostgreSQL at ${host}:${port} is unreachable (${(error as Error).message}); check POSTGRES_HOST and POSTGRES_PORT`,
        );
      }
    }
  }

  for (const [index, key] of (
    config.getOptionalConfigArray('backend.auth.keys') ?? []
  ).entries()) {
    if (!key.has('secret')) throw missing(`backend.auth.keys[${index}].secret`);
  }

  for (const [index, github] of (
    config.getOptionalConfigArray('integrations.github') ?? []
  ).entries()) {
    if (github.has('apps')) {
      for (const [appIndex, app] of github.getConfigArray('apps').entries()) {
        for (const key of ['appId', 'clientId', 'clientSecret', 'privateKey']) {
          if (!app.has(key)) {
            throw missing(`integrations.github[${index}].apps[${appIndex}].${key}`);
          }
        }
      }
    }
  }

  if (config.getOptionalString('auth.environment') === 'production') {
    const github = config.getOptionalConfig('auth.providers.github.production');
    if (github) {
      for (const key of ['clientId', 'clientSecret']) {
        if (!github.has(key)) {
          throw new Error(
            `configuration key 'auth.providers.github.production.${key}' is missing (set AUTH_GITHUB_${
              key === 'clientId' ? 'CLIENT_ID' : 'CLIENT_SECRET'
            })`,
          );
        }
      }
    }
  }

  return { databaseClient };
}

/** Loads the configuration the backend will load (same files and arguments) and checks it. */
export async function checkStartupConfig(): Promise<StartupFacts> {
  const source = ConfigSources.default({
    argv: process.argv,
    env: process.env,
    rootDir: findRepoRoot(process.cwd()),
  });
  const config = await ConfigSources.toConfig(source);
  try {
    return await checkConfig(config);
  } finally {
    config.close();
  }
}
