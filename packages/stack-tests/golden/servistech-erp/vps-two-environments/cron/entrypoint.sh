#!/usr/bin/env bash
# Entry point of the cron container. crond starts jobs with an empty environment, so the container's
# settings (.env, TZ, database and API addresses) are saved once to a root-only file the jobs load.
set -euo pipefail

umask 077
export -p > /opt/cron/environment.sh

exec "$@"
