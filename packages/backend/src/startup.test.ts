import { ConfigReader } from '@backstage/config';
import { createServer } from 'node:net';
import { checkConfig } from './startup';

const base = {
  app: { baseUrl: 'http://localhost:3000' },
  backend: {
    baseUrl: 'http://localhost:7007',
    database: { client: 'better-sqlite3', connection: ':memory:' },
  },
};

function pgConfig(connection: Record<string, string | number>) {
  return new ConfigReader({
    ...base,
    backend: { ...base.backend, database: { client: 'pg', connection } },
  });
}

describe('checkConfig', () => {
  it('accepts the embedded defaults', async () => {
    await expect(checkConfig(new ConfigReader(base))).resolves.toEqual({
      databaseClient: 'better-sqlite3',
    });
  });

  it('names the key and the variable when a PostgreSQL setting is missing', async () => {
    await expect(checkConfig(pgConfig({ port: 5432, user: 'postgres' }))).rejects.toThrow(
      "configuration key 'backend.database.connection.host' is missing (set POSTGRES_HOST)",
    );
  });

  it('names the host when PostgreSQL is unreachable', async () => {
    // A port that was just free: nothing listens on it.
    const server = createServer();
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    await new Promise(resolve => server.close(resolve));
    await expect(
      checkConfig(pgConfig({ host: '127.0.0.1', port, user: 'postgres' })),
    ).rejects.toThrow(`PostgreSQL at 127.0.0.1:${port} is unreachable (ECONNREFUSED)`);
  });

  it('refuses a port that is not a number', async () => {
    await expect(
      checkConfig(pgConfig({ host: 'db', port: 'five', user: 'postgres' })),
    ).rejects.toThrow("'backend.database.connection.port' must be a TCP port, got 'five'");
  });

  it('names the missing GitHub App key', async () => {
    const config = new ConfigReader({
      ...base,
      integrations: { github: [{ host: 'github.com', apps: [{ appId: 1, clientId: 'x' }] }] },
    });
    await expect(checkConfig(config)).rejects.toThrow(
      "configuration key 'integrations.github[0].apps[0].clientSecret' is missing",
    );
  });
});

describe('checkConfig on backend keys', () => {
  it('names the backend secret when it is missing', async () => {
    const config = new ConfigReader({
      ...base,
      backend: { ...base.backend, auth: { keys: [{}] } },
    });
    await expect(checkConfig(config)).rejects.toThrow(
      "configuration key 'backend.auth.keys[0].secret' is missing (set BACKEND_SECRET)",
    );
  });
});
