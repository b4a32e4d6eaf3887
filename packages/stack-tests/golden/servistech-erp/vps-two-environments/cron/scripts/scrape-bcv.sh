#!/usr/bin/env bash
# Asks the API to scrape the official BCV exchange rate (Monday to Saturday, 8:00 and 13:00).
set -euo pipefail
JOB_NAME=scrape-bcv
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"

if result="$(call_job /internal/jobs/exchange-rates/bcv)"; then
  log "BCV rate updated: ${result}"
else
  die "the API did not update the BCV rate"
fi
