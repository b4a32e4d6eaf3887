/*
 * Row-level security and audit trail of the Servistech ERP, checked on a real PostgreSQL.
 *
 * Renders the stack with an example's values through iac:render, applies the rendered
 * scripts/postgres/init-rls.sql to a fresh
 * database (erp_rls_<random>, dropped afterwards) the way the stack does (once before the tables exist,
 * once after the "migration"), then connects as the non-superuser application role and shows that
 * one tenant cannot read or write another tenant's rows and that changes to a financial table are
 * written to audit.log.
 *
 * Needs PostgreSQL on PGHOST:PGPORT (default 127.0.0.1:5432) reachable as PGUSER (default postgres)
 * with trust or PGPASSWORD authentication.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { parse as parseYaml } from 'yaml';
import { EXAMPLES_DIR, renderExample } from '../renderExample';

const exampleFile = join(EXAMPLES_DIR, 'servistech-erp', 'vps-two-environments.yaml');

const connection = {
  host: process.env.PGHOST ?? '127.0.0.1',
  port: Number(process.env.PGPORT ?? 5432),
  user: process.env.PGUSER ?? 'postgres',
  password: process.env.PGPASSWORD,
};

const suffix = randomBytes(4).toString('hex');
const databaseName = `erp_rls_${suffix}`;
// Roles are cluster-wide: a random name keeps parallel runs apart and is dropped at the end.
const appRole = `erp_app_rls_${suffix}`;

const tenantA = '11111111-1111-1111-1111-111111111111';
const tenantB = '22222222-2222-2222-2222-222222222222';

/** Renders the stack exactly as a task does and returns its init script. */
async function renderInitSql(input: any): Promise<string> {
  const rendered = await renderExample(input);
  try {
    return readFileSync(join(rendered.workspace, 'scripts', 'postgres', 'init-rls.sql'), 'utf8');
  } finally {
    rendered.cleanup();
  }
}

/** Runs fn in one transaction with the tenant set transaction-locally, as the API does. */
async function asTenant<T>(client: Client, tenant: string | null, fn: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    if (tenant) {
      await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenant]);
    }
    const result = await fn();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

describe('servistech-erp init-rls.sql', () => {
  let admin: Client;
  let owner: Client;
  let app: Client;
  let initSql: string;

  beforeAll(async () => {
    const example = parseYaml(readFileSync(exampleFile, 'utf8'));
    initSql = await renderInitSql({ ...example, values: { ...example.values, appDbRole: appRole } });

    admin = new Client({ ...connection, database: 'postgres' });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${databaseName}`);

    owner = new Client({ ...connection, database: databaseName });
    await owner.connect();

    // First run: the database is new and the migrations have not created the tables yet.
    await owner.query(initSql);

    // The "migration": a few of the ERP's tables, per tenant, with uuid and text tenant columns.
    await owner.query(`
      CREATE TABLE customers (id serial PRIMARY KEY, tenant_id uuid NOT NULL, name text NOT NULL);
      CREATE TABLE invoices (
        id serial PRIMARY KEY,
        tenant_id uuid NOT NULL,
        customer_id int NOT NULL REFERENCES customers (id),
        total numeric(14, 2) NOT NULL,
        status text NOT NULL DEFAULT 'open'
      );
      CREATE TABLE payments (id serial PRIMARY KEY, tenant_id uuid NOT NULL, invoice_id int NOT NULL REFERENCES invoices (id), amount numeric(14, 2) NOT NULL);
      CREATE TABLE exchange_rates (id serial PRIMARY KEY, source text NOT NULL, rate numeric(18, 6) NOT NULL);
    `);

    // Second run, as ./deploy.sh migrate does after the migrations.
    await owner.query('SELECT app.apply_security()');
    await owner.query(`ALTER ROLE ${appRole} LOGIN PASSWORD 'test-only'`);

    app = new Client({ ...connection, user: appRole, password: 'test-only', database: databaseName });
    await app.connect();

    const client = app;
    const seed = (tenant: string, name: string, total: string) =>
      asTenant(client, tenant, async () => {
        const customer = await client.query('INSERT INTO customers (tenant_id, name) VALUES ($1, $2) RETURNING id', [tenant, name]);
        const invoice = await client.query('INSERT INTO invoices (tenant_id, customer_id, total) VALUES ($1, $2, $3) RETURNING id', [
          tenant,
          customer.rows[0].id,
          total,
        ]);
        await client.query('INSERT INTO payments (tenant_id, invoice_id, amount) VALUES ($1, $2, $3)', [tenant, invoice.rows[0].id, total]);
      });
    await seed(tenantA, 'Comercial Andes', '150.00');
    await seed(tenantB, 'Distribuidora Caribe', '980.50');
  });

  afterAll(async () => {
    await app?.end();
    await owner?.end();
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
      await admin.query(`DROP ROLE IF EXISTS ${appRole}`);
      await admin.end();
    }
  });

  it('connects the application as a role that cannot bypass row-level security', async () => {
    const { rows } = await app.query('SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user');
    expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
  });

  it('shows each tenant only its own rows', async () => {
    const seenByA = await asTenant(app, tenantA, () => app.query('SELECT tenant_id, name FROM customers ORDER BY id'));
    expect(seenByA.rows).toEqual([{ tenant_id: tenantA, name: 'Comercial Andes' }]);

    const seenByB = await asTenant(app, tenantB, () => app.query('SELECT tenant_id, total FROM invoices ORDER BY id'));
    expect(seenByB.rows).toEqual([{ tenant_id: tenantB, total: '980.50' }]);

    const everyRow = await owner.query('SELECT count(*)::int AS n FROM invoices');
    expect(everyRow.rows[0].n).toBe(2);
  });

  it('does not let a tenant read, change or delete another tenant’s rows by id', async () => {
    const foreign = await owner.query('SELECT id FROM invoices WHERE tenant_id = $1', [tenantB]);
    const foreignId = foreign.rows[0].id;

    await asTenant(app, tenantA, async () => {
      expect((await app.query('SELECT * FROM invoices WHERE id = $1', [foreignId])).rowCount).toBe(0);
      expect((await app.query(`UPDATE invoices SET status = 'void' WHERE id = $1`, [foreignId])).rowCount).toBe(0);
      expect((await app.query('DELETE FROM payments WHERE invoice_id = $1', [foreignId])).rowCount).toBe(0);
    });

    const untouched = await owner.query('SELECT status FROM invoices WHERE id = $1', [foreignId]);
    expect(untouched.rows[0].status).toBe('open');
  });

  it('refuses rows written for another tenant', async () => {
    await expect(
      asTenant(app, tenantA, () => app.query(`INSERT INTO customers (tenant_id, name) VALUES ($1, 'Intruso')`, [tenantB])),
    ).rejects.toThrow(/row-level security/);
  });

  it('shows nothing when no tenant is set', async () => {
    const { rows } = await asTenant(app, null, () => app.query('SELECT count(*)::int AS n FROM invoices'));
    expect(rows[0].n).toBe(0);
  });

  it('leaves tables that are not per tenant readable by every tenant', async () => {
    await owner.query(`INSERT INTO exchange_rates (source, rate) VALUES ('bcv', 36.5)`);
    const { rows } = await asTenant(app, tenantA, () => app.query('SELECT source FROM exchange_rates'));
    expect(rows).toEqual([{ source: 'bcv' }]);
  });

  it('writes an audit row for every change to a financial table', async () => {
    const before = await owner.query(`SELECT count(*)::int AS n FROM audit.log WHERE table_name = 'public.invoices'`);

    await asTenant(app, tenantA, () => app.query(`UPDATE invoices SET status = 'paid' WHERE tenant_id = $1`, [tenantA]));

    const { rows } = await owner.query(
      `SELECT tenant_id, operation, db_user, old_row ->> 'status' AS old_status, new_row ->> 'status' AS new_status
         FROM audit.log WHERE table_name = 'public.invoices' ORDER BY id`,
    );
    expect(rows.length).toBe(before.rows[0].n + 1);
    expect(rows[rows.length - 1]).toEqual({
      tenant_id: tenantA,
      operation: 'UPDATE',
      db_user: appRole,
      old_status: 'open',
      new_status: 'paid',
    });

    // The inserts made while seeding were audited too (two invoices, two payments).
    const inserts = await owner.query(
      `SELECT count(*)::int AS n FROM audit.log WHERE operation = 'INSERT' AND table_name IN ('public.invoices', 'public.payments')`,
    );
    expect(inserts.rows[0].n).toBe(4);
  });

  it('keeps the audit log out of the application’s reach and append-only', async () => {
    await expect(asTenant(app, tenantA, () => app.query('SELECT * FROM audit.log'))).rejects.toThrow(/permission denied/);
    await expect(owner.query('DELETE FROM audit.log')).rejects.toThrow(/append-only/);
  });

  it('can be applied again without changing the outcome', async () => {
    await owner.query(initSql);
    const { rows } = await asTenant(app, tenantB, () => app.query('SELECT count(*)::int AS n FROM customers'));
    expect(rows[0].n).toBe(1);
  });
});
