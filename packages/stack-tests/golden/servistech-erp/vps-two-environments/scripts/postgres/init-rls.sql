-- Row-level security per tenant and the audit trail of the financial tables of the Servistech ERP.
--
-- Runs once when the database is created (docker-entrypoint-initdb.d) and again after every migration
-- (`./deploy.sh migrate` calls app.apply_security()), because migrations create the tables after this
-- file first runs. Every statement is idempotent.
--
-- How the API uses it: connect as the application role (never the owner, which bypasses the policies)
-- and, inside each transaction, run  SELECT set_config('app.tenant_id', '<tenant>', true);
-- The "true" makes the setting transaction-local, which PgBouncer's transaction pooling requires.
-- Without a tenant set, the policies match no row.

BEGIN;

CREATE SCHEMA IF NOT EXISTS app;
CREATE SCHEMA IF NOT EXISTS audit;

-- What the portal form chose: tables, tenant column and application role. Kept as data so the
-- functions below stay the same whatever the names are.
CREATE TABLE IF NOT EXISTS app.security_settings (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    settings  jsonb NOT NULL
);

INSERT INTO app.security_settings (settings)
VALUES ($settings$ {"schema":"public","ownerRole":"servistech","appRole":"erp_app","tenantColumn":"tenant_id","tenantTables":["customers","products","invoices","invoice_items","payments","accounts_receivable","accounts_payable","commissions","cash_movements"],"financialTables":["invoices","payments","accounts_receivable","accounts_payable","commissions","cash_movements"]} $settings$::jsonb)
ON CONFLICT (singleton) DO UPDATE SET settings = EXCLUDED.settings;

-- The tenant of the current transaction, or NULL when none was set.
CREATE OR REPLACE FUNCTION app.current_tenant() RETURNS text
LANGUAGE sql STABLE
AS $fn$ SELECT nullif(current_setting('app.tenant_id', true), '') $fn$;

-- Audit trail: one row per insert, update or delete on a financial table, with the old and new row.
CREATE TABLE IF NOT EXISTS audit.log (
    id          bigserial PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    tenant_id   text,
    table_name  text NOT NULL,
    operation   text NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
    old_row     jsonb,
    new_row     jsonb,
    db_user     text NOT NULL DEFAULT session_user,
    app_user    text DEFAULT nullif(current_setting('app.user_id', true), ''),
    tx_id       bigint NOT NULL DEFAULT txid_current()
);
CREATE INDEX IF NOT EXISTS log_table_time_idx ON audit.log (table_name, occurred_at);
CREATE INDEX IF NOT EXISTS log_tenant_time_idx ON audit.log (tenant_id, occurred_at);
REVOKE ALL ON audit.log FROM PUBLIC;

-- Runs with the rights of its owner, so the application role can write audit rows without being able
-- to read, change or delete them.
CREATE OR REPLACE FUNCTION audit.log_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
    -- session_user, not current_user: inside this function current_user is the function's owner.
    INSERT INTO audit.log (db_user, tenant_id, table_name, operation, old_row, new_row)
    VALUES (
        session_user,
        nullif(current_setting('app.tenant_id', true), ''),
        TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME,
        TG_OP,
        CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END,
        CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END
    );
    RETURN NULL;
END
$fn$;
REVOKE ALL ON FUNCTION audit.log_change() FROM PUBLIC;

-- Audit rows are append-only, for the owner too.
CREATE OR REPLACE FUNCTION audit.refuse_change() RETURNS trigger
LANGUAGE plpgsql
AS $fn$
BEGIN
    RAISE EXCEPTION 'audit.log is append-only';
END
$fn$;
DROP TRIGGER IF EXISTS log_append_only ON audit.log;
CREATE TRIGGER log_append_only BEFORE UPDATE OR DELETE ON audit.log
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();

-- Applies the settings: creates the application role, turns row-level security on for every per-tenant
-- table that exists, grants the application role its rights, and attaches the audit trigger to every
-- financial table that exists. Tables that do not exist yet are skipped with a notice.
CREATE OR REPLACE FUNCTION app.apply_security() RETURNS void
LANGUAGE plpgsql
AS $fn$
DECLARE
    cfg        jsonb;
    tbl        text;
    rel        regclass;
    col        text;
    col_type   text;
    app_role   text;
    tenant_val text;
BEGIN
    SELECT settings INTO STRICT cfg FROM app.security_settings;
    app_role := cfg ->> 'appRole';
    col := cfg ->> 'tenantColumn';

    IF app_role = cfg ->> 'ownerRole' THEN
        RAISE EXCEPTION 'the application role must differ from the owner role, or row-level security is bypassed';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app_role) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN NOSUPERUSER NOBYPASSRLS', app_role);
    END IF;
    EXECUTE format('ALTER ROLE %I NOSUPERUSER NOBYPASSRLS', app_role);

    EXECUTE format('GRANT USAGE ON SCHEMA %I, app TO %I', cfg ->> 'schema', app_role);
    EXECUTE format('GRANT EXECUTE ON FUNCTION app.current_tenant() TO %I', app_role);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', cfg ->> 'schema', app_role);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', cfg ->> 'schema', app_role);

    FOR tbl IN SELECT jsonb_array_elements_text(cfg -> 'tenantTables') LOOP
        rel := to_regclass(format('%I.%I', cfg ->> 'schema', tbl));
        IF rel IS NULL THEN
            RAISE NOTICE 'row-level security: table %.% does not exist yet, skipped', cfg ->> 'schema', tbl;
            CONTINUE;
        END IF;

        SELECT format_type(a.atttypid, a.atttypmod) INTO col_type
        FROM pg_attribute a
        WHERE a.attrelid = rel AND a.attname = col AND NOT a.attisdropped;
        IF col_type IS NULL THEN
            RAISE EXCEPTION 'table % has no column %', rel, col;
        END IF;

        -- The setting is cast to the column's own type, so indexes on the tenant column are used.
        tenant_val := format('(nullif(current_setting(%L, true), %L))::%s', 'app.tenant_id', '', col_type);
        EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', rel);
        EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %s', rel);
        EXECUTE format('CREATE POLICY tenant_isolation ON %s AS PERMISSIVE FOR ALL TO PUBLIC USING (%I = %s) WITH CHECK (%I = %s)',
                       rel, col, tenant_val, col, tenant_val);
    END LOOP;

    FOR tbl IN SELECT jsonb_array_elements_text(cfg -> 'financialTables') LOOP
        rel := to_regclass(format('%I.%I', cfg ->> 'schema', tbl));
        IF rel IS NULL THEN
            RAISE NOTICE 'audit: table %.% does not exist yet, skipped', cfg ->> 'schema', tbl;
            CONTINUE;
        END IF;
        EXECUTE format('DROP TRIGGER IF EXISTS audit_changes ON %s', rel);
        EXECUTE format('CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON %s FOR EACH ROW EXECUTE FUNCTION audit.log_change()', rel);
    END LOOP;
END
$fn$;

SELECT app.apply_security();

COMMIT;
