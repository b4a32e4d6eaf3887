// The backend starts on its embedded defaults (SQLite) and on PostgreSQL, serves the portal's
// catalog and templates, and stops cleanly.
import { spawnSync } from 'node:child_process';
import { Client } from 'pg';
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'yaml';
import {
  REPO_ROOT,
  guestToken,
  startBackendProcess,
  waitForEntities,
} from './backendProcess';

jest.setTimeout(240_000);

const PG = { host: '127.0.0.1', port: 5432, user: 'postgres' };

/** Every entity the repository's catalog/ folder declares, as kind:name. */
function declaredCatalogEntities(): string[] {
  const refs: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.yaml')) {
        for (const doc of yaml.parseAllDocuments(fs.readFileSync(full, 'utf8'))) {
          const entity = doc.toJS();
          if (entity?.kind) refs.push(`${entity.kind}:${entity.metadata.name}`);
        }
      }
    }
  };
  walk(path.join(REPO_ROOT, 'catalog'));
  return refs;
}

function declaredTemplates(): string[] {
  return fs
    .readdirSync(path.join(REPO_ROOT, 'templates'))
    .filter(name => fs.existsSync(path.join(REPO_ROOT, 'templates', name, 'template.yaml')))
    .map(name => yaml.parse(fs.readFileSync(path.join(REPO_ROOT, 'templates', name, 'template.yaml'), 'utf8')).metadata.name);
}

async function expectPortalServed(baseUrl: string) {
  const token = await guestToken(baseUrl);
  const expected = [
    ...declaredCatalogEntities(),
    ...declaredTemplates().map(name => `Template:${name}`),
  ];
  const entities = await waitForEntities(baseUrl, token, list => {
    const refs = new Set(list.map(e => `${e.kind}:${e.metadata.name}`));
    return expected.every(ref => refs.has(ref));
  });
  const refs = entities.map(e => `${e.kind}:${e.metadata.name}`);
  expect(refs).toEqual(expect.arrayContaining(expected));
  // None of create-app's example entities.
  expect(refs).not.toContain('Component:example-website');
  expect(declaredTemplates().length).toBeGreaterThan(0);
}

describe('backend startup', () => {
  it('serves the catalog and templates on SQLite and stops cleanly', async () => {
    const backend = await startBackendProcess({ port: 7107, configs: ['app-config.yaml'] });
    try {
      await expectPortalServed(backend.baseUrl);
    } finally {
      expect(await backend.stop()).toBe(0);
    }
  });

  it('serves the catalog and templates on PostgreSQL and stops cleanly', async () => {
    const database = `iac_portal_e2e_${process.pid}_${Date.now()}`;
    const admin = new Client({ ...PG, database: 'postgres' });
    await admin.connect();
    // Backstage creates one database per plugin, prefixed; a fresh prefix isolates this run.
    const prefix = `${database}_`;
    try {
      const backend = await startBackendProcess({
        port: 7108,
        configs: ['app-config.yaml', 'app-config.production.yaml'],
        cwd: 'root',
        env: {
          POSTGRES_HOST: PG.host,
          POSTGRES_PORT: String(PG.port),
          POSTGRES_USER: PG.user,
          POSTGRES_PASSWORD: 'unused-with-trust-auth',
          APP_BASE_URL: 'http://localhost:7108',
          BACKEND_BASE_URL: 'http://localhost:7108',
          BACKEND_SECRET: 'e2e-backend-secret',
          GITHUB_TOKEN: 'e2e-token',
          AUTH_GITHUB_CLIENT_ID: 'e2e-client',
          AUTH_GITHUB_CLIENT_SECRET: 'e2e-secret',
          APP_CONFIG_backend_database_prefix: prefix,
          // Guest sign-in is a development convenience; the test enables it explicitly.
          APP_CONFIG_auth_providers_guest_dangerouslyAllowOutsideDevelopment: 'true',
        },
      });
      try {
        await expectPortalServed(backend.baseUrl);
        const { rows } = await admin.query(
          'SELECT datname FROM pg_database WHERE datname LIKE $1',
          [`${prefix}%`],
        );
        expect(rows.map(r => r.datname)).toEqual(
          expect.arrayContaining([`${prefix}catalog`, `${prefix}scaffolder`]),
        );
      } finally {
        expect(await backend.stop()).toBe(0);
      }
    } finally {
      const { rows } = await admin.query(
        'SELECT datname FROM pg_database WHERE datname LIKE $1',
        [`${prefix}%`],
      );
      for (const { datname } of rows) {
        await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
      await admin.end();
    }
  });
});

describe('backend startup with a wrong production configuration', () => {
  it('stops with one message naming the missing variable', async () => {
    const result = spawnSync(
      process.execPath,
      [
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
        path.join(REPO_ROOT, 'packages/backend/src/index.ts'),
        '--config',
        'app-config.yaml',
        '--config',
        'app-config.production.yaml',
      ],
      {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      "The portal backend cannot start: configuration key 'backend.database.connection.host' is missing (set POSTGRES_HOST)",
    );
  });
});
