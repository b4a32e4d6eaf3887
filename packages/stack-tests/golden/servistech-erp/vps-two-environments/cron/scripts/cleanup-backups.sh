#!/usr/bin/env bash
# Removes expired backups (every day at 4:00): local copies older than LOCAL_RETENTION_DAYS, and, as a
# safety net behind the bucket's lifecycle rules, S3 copies past their retention
# (daily 30 days, weekly 84 days, monthly 365 days).
set -euo pipefail
JOB_NAME=cleanup-backups
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"

require_env BACKUP_BUCKET
backup_dir="${BACKUP_DIR:-/backups}"
local_days="${LOCAL_RETENTION_DAYS:-7}"

removed_local="$(find "$backup_dir" -type f \( -name '*.dump' -o -name '*.sql.gz' \) -mtime +"$local_days" -print -delete | wc -l)"
log "removed ${removed_local} local backups older than ${local_days} days"

prune_prefix() {
  local prefix="$1" days="$2" cutoff keys key count=0
  cutoff="$(date -u -d "-${days} days" +%Y-%m-%dT%H:%M:%SZ)"
  keys="$(aws s3api list-objects-v2 --bucket "$BACKUP_BUCKET" --prefix "${prefix}/" \
    --query "Contents[?LastModified<'${cutoff}'].Key" --output text)"
  for key in $keys; do
    [[ "$key" == None ]] && continue
    aws s3api delete-object --bucket "$BACKUP_BUCKET" --key "$key" >/dev/null
    count=$((count + 1))
  done
  log "removed ${count} objects older than ${days} days from ${prefix}/"
}

prune_prefix daily 30
prune_prefix weekly 84
prune_prefix monthly 365
