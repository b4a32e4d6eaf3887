#!/usr/bin/env bash
# Helpers shared by the cron scripts: the saved container environment, logging, required settings,
# Slack notifications and authenticated calls to the API's internal job endpoints.

if [[ -r /opt/cron/environment.sh ]]; then
  # shellcheck disable=SC1091
  source /opt/cron/environment.sh
fi

log() {
  printf '%s [%s] %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "${JOB_NAME:-cron}" "$*"
}

die() {
  log "ERROR: $*"
  notify ":red_circle: ${JOB_NAME:-cron} failed: $*"
  exit 1
}

require_env() {
  local name
  for name in "$@"; do
    if [[ -z "${!name:-}" ]]; then
      die "setting ${name} is empty (see .env.example)"
    fi
  done
}

# Posts a message to Slack when SLACK_WEBHOOK_URL is set; never fails the job.
notify() {
  if [[ -n "${SLACK_WEBHOOK_URL:-}" ]]; then
    jq -n --arg text "[${ENVIRONMENT_NAME:-erp}] $1" '{text: $text}' |
      curl -fsS -m 10 -H 'Content-Type: application/json' --data @- "$SLACK_WEBHOOK_URL" >/dev/null || true
  fi
}

# Calls an internal job endpoint of the API with retries: call_job <path> [json-body]
call_job() {
  local path="$1" body="${2:-\{\}}"
  require_env API_INTERNAL_URL INTERNAL_JOB_TOKEN
  curl -fsS -m 120 --retry 3 --retry-delay 20 --retry-all-errors \
    -X POST "${API_INTERNAL_URL}${path}" \
    -H "Authorization: Bearer ${INTERNAL_JOB_TOKEN}" \
    -H 'Content-Type: application/json' \
    --data "$body"
}
