#!/usr/bin/env bash
# Asks the API to refresh the Binance P2P exchange rate (every 30 minutes, 7:00-19:00, Monday to Saturday).
set -euo pipefail
JOB_NAME=update-binance
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"

if result="$(call_job /internal/jobs/exchange-rates/binance)"; then
  log "Binance rate updated: ${result}"
else
  die "the API did not update the Binance rate"
fi
