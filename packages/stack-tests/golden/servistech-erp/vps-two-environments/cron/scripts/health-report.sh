#!/usr/bin/env bash
# Daily health report (9:00): API, WebSocket server and database reachability, disk use of the backup
# volume, and the age of the newest daily backup in S3, posted to Slack.
set -euo pipefail
JOB_NAME=health-report
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"

status=ok
lines=()

check_http() {
  local label="$1" url="$2"
  if curl -fsS -m 10 "$url" >/dev/null; then
    lines+=("${label}: up")
  else
    lines+=("${label}: DOWN (${url})")
    status=degraded
  fi
}

check_http "API" "${API_INTERNAL_URL:-http://api:3001}/health"
check_http "WebSocket" "${WEBSOCKET_INTERNAL_URL:-http://websocket:3002}/health"

if pg_isready -q -h "${PGHOST:-postgres}" -p "${PGPORT:-5432}"; then
  lines+=("PostgreSQL: accepting connections")
else
  lines+=("PostgreSQL: NOT accepting connections")
  status=degraded
fi

disk="$(df -P "${BACKUP_DIR:-/backups}" | awk 'NR == 2 { print $5 }')"
lines+=("Backup volume used: ${disk}")

if [[ -n "${BACKUP_BUCKET:-}" ]]; then
  newest="$(aws s3api list-objects-v2 --bucket "$BACKUP_BUCKET" --prefix daily/ \
    --query 'sort_by(Contents, &LastModified)[-1].LastModified' --output text 2>/dev/null || echo unknown)"
  lines+=("Newest daily backup: ${newest}")
  if [[ "$newest" == unknown || "$newest" == None ]]; then
    status=degraded
  elif (($(date -u +%s) - $(date -u -d "$newest" +%s) > 36 * 3600)); then
    lines+=("Newest daily backup is older than 36 hours")
    status=degraded
  fi
fi

report="Health report: ${status}"
for line in "${lines[@]}"; do
  report+=$'\n'"- ${line}"
done
log "$report"
notify "$report"
