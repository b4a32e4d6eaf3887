#!/usr/bin/env bash
# Deploys and operates the Servistech ERP on this server with Docker Compose.
#   ./deploy.sh                full deploy: check .env, build or pull, start, wait for health, migrate
#   ./deploy.sh stop           stop every service
#   ./deploy.sh restart [svc]  restart every service, or one
#   ./deploy.sh logs [svc]     follow the logs of every service, or one
#   ./deploy.sh update         pull newer images and recreate what changed
#   ./deploy.sh backup         run a daily backup now
#   ./deploy.sh migrate        apply database migrations, then re-apply row-level security and audit
#   ./deploy.sh shell [svc]    open a shell in a service (default: api)
#   ./deploy.sh status         list services and their health
set -euo pipefail

cd "$(dirname "$0")"

readonly DB_OWNER='servistech'
readonly DB_NAME='servistech_dev'
readonly REQUIRED_SETTINGS=(POSTGRES_PASSWORD APP_DB_PASSWORD REDIS_PASSWORD JWT_SECRET INTERNAL_JOB_TOKEN BACKUP_BUCKET)

if docker compose version >/dev/null 2>&1; then
  compose() { docker compose "$@"; }
elif command -v docker-compose >/dev/null 2>&1; then
  compose() { docker-compose "$@"; }
else
  echo "deploy.sh: Docker Compose is not installed" >&2
  exit 1
fi

info() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }

setting() {
  grep -E "^$1=" .env | tail -n 1 | cut -d= -f2- || true
}

check_env() {
  [[ -f .env ]] || fail ".env is missing: copy .env.example to .env and fill it in"
  local name
  for name in "${REQUIRED_SETTINGS[@]}"; do
    [[ -n "$(setting "$name")" ]] || fail "${name} is empty in .env"
  done
  [[ -f "${TLS_CERT_DIR:-./certs}/fullchain.pem" ]] || fail "no TLS certificate in ${TLS_CERT_DIR:-./certs} (fullchain.pem, privkey.pem)"
}

wait_healthy() {
  local service="$1" tries=60 id state
  info "waiting for ${service} to be healthy"
  while ((tries-- > 0)); do
    id="$(compose ps -q "$service" | head -n 1)"
    state="$(docker inspect -f '{{.State.Health.Status}}' "$id" 2>/dev/null || echo starting)"
    [[ "$state" == healthy ]] && return 0
    sleep 5
  done
  fail "${service} did not become healthy; see ./deploy.sh logs ${service}"
}

migrate() {
  info "applying migrations as the owner role (directly on PostgreSQL, not through PgBouncer)"
  # Passed by name (-e NAME), so the password never appears in a command line.
  MIGRATION_DATABASE_URL="postgresql://${DB_OWNER}:$(setting POSTGRES_PASSWORD)@postgres:5432/${DB_NAME}"
  export MIGRATION_DATABASE_URL
  # shellcheck disable=SC2016 # expanded by the container's shell, not here
  compose run --rm -e MIGRATION_DATABASE_URL api sh -c 'DATABASE_URL="$MIGRATION_DATABASE_URL" npx prisma migrate deploy'
  unset MIGRATION_DATABASE_URL
  info "re-applying row-level security and audit triggers"
  compose exec -T postgres psql -v ON_ERROR_STOP=1 -U "$DB_OWNER" -d "$DB_NAME" -c 'SELECT app.apply_security();'
}

deploy() {
  check_env
  info "building and pulling images"
  compose pull --ignore-pull-failures
  compose build
  info "starting the database first"
  compose up -d postgres pgbouncer redis
  wait_healthy postgres
  migrate
  info "starting every service"
  compose up -d --remove-orphans
  wait_healthy api
  wait_healthy nginx
  compose ps
}

command="${1:-deploy}"
shift || true

case "$command" in
  deploy) deploy ;;
  stop) compose stop ;;
  restart) compose restart "$@" ;;
  logs) compose logs -f --tail=200 "$@" ;;
  update)
    compose pull
    compose up -d --remove-orphans
    ;;
  backup) compose exec -T cron /opt/cron/scripts/backup-database.sh daily ;;
  migrate) migrate ;;
  shell) compose exec "${1:-api}" sh ;;
  status) compose ps ;;
  *)
    sed -n '2,12p' "$0"
    exit 2
    ;;
esac
