#!/bin/sh
# Runs once when the database is created (docker-entrypoint-initdb.d, after init-rls.sql): lets the
# application role log in with the password from APP_DB_PASSWORD, so no password is kept in SQL files.
set -eu

: "${APP_DB_PASSWORD:?APP_DB_PASSWORD must be set}"
app_role='erp_app'

psql -v ON_ERROR_STOP=1 -v app_role="$app_role" -v app_password="$APP_DB_PASSWORD" \
  --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
ALTER ROLE :"app_role" WITH LOGIN PASSWORD :'app_password';
SQL
