#!/usr/bin/env bash
# Backs up the ERP database and uploads it to S3:
#   daily  (2:00)          -> s3://$BACKUP_BUCKET/daily/   kept 30 days; on the 1st also -> monthly/ (Glacier, 12 months)
#   weekly (Sunday, 3:00)  -> s3://$BACKUP_BUCKET/weekly/  kept 12 weeks; adds roles (pg_dumpall --globals-only)
# The bucket's lifecycle rules expire old copies; cleanup-backups.sh prunes the local copies.
set -euo pipefail
JOB_NAME=backup-database
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"

kind="${1:-daily}"
case "$kind" in
  daily | weekly) ;;
  *) die "usage: $0 daily|weekly" ;;
esac

require_env PGHOST PGUSER PGPASSWORD PGDATABASE BACKUP_BUCKET
stamp="$(date +%Y%m%dT%H%M%S)"
dir="${BACKUP_DIR:-/backups}/${kind}"
mkdir -p "$dir"
dump="${dir}/${PGDATABASE}-${kind}-${stamp}.dump"

trap 'die "backup ${kind} stopped before it finished"' ERR

log "dumping ${PGDATABASE} (${kind})"
pg_dump --format=custom --compress=9 --file="$dump" "$PGDATABASE"
pg_restore --list "$dump" >/dev/null

upload() {
  local file="$1" prefix="$2" class="$3"
  aws s3 cp "$file" "s3://${BACKUP_BUCKET}/${prefix}/$(basename "$file")" \
    --storage-class "$class" --only-show-errors
  log "uploaded $(basename "$file") to ${prefix}/ (${class})"
}

upload "$dump" "$kind" STANDARD

if [[ "$kind" == weekly ]]; then
  globals="${dir}/globals-${stamp}.sql.gz"
  pg_dumpall --globals-only --no-role-passwords | gzip -9 > "$globals"
  upload "$globals" weekly STANDARD
fi

if [[ "$kind" == daily && "$(date +%d)" == "01" ]]; then
  upload "$dump" monthly GLACIER
fi

trap - ERR
size="$(du -h "$dump" | cut -f1)"
log "backup ${kind} finished (${size})"
notify ":floppy_disk: backup ${kind} of ${PGDATABASE} finished (${size})"
