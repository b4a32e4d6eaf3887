#!/usr/bin/env bash
# Asks the API to calculate the day's sales commissions (every day at 23:59).
set -euo pipefail
JOB_NAME=calculate-commissions
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"

day="$(date +%Y-%m-%d)"
body="$(jq -n --arg day "$day" '{date: $day}')"
if result="$(call_job /internal/jobs/commissions "$body")"; then
  log "commissions for ${day} calculated: ${result}"
else
  die "the API did not calculate the commissions for ${day}"
fi
