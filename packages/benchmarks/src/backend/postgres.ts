// The local PostgreSQL a benchmark backend runs on, configured as app-config.production.yaml
// configures it (one database per plugin), under a prefix of its own so that its databases can
// be told apart from anyone else's and dropped afterwards.
import { Client } from 'pg';

const PG = { host: '127.0.0.1', port: 5432, user: 'postgres' };

/** A database prefix no other run uses. */
export function uniqueDatabasePrefix(name: string): string {
  return `iac_portal_${name}_${process.pid}_${Date.now()}_`;
}

/** The backend's database section: PostgreSQL with trust auth, the password is not checked. */
export function postgresDatabaseConfig(prefix: string) {
  return {
    client: 'pg',
    connection: { ...PG, password: 'unused' },
    prefix,
  };
}

/** The server's version, for the report. */
export async function postgresVersion(): Promise<string> {
  const client = new Client({ ...PG, database: 'postgres' });
  await client.connect();
  try {
    const { rows } = await client.query('SHOW server_version');
    // e.g. "15.20 (Debian 15.20-0+deb12u1)": the version is the first word.
    return rows[0].server_version.split(' ')[0];
  } finally {
    await client.end();
  }
}

/** Drops every database whose name starts with the prefix. */
export async function dropDatabases(prefix: string): Promise<void> {
  const client = new Client({ ...PG, database: 'postgres' });
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${prefix}%`],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}
