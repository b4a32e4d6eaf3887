#!/usr/bin/env bash
# Runs every test of the portal on a fresh machine: installs Node, the workspace dependencies
# and the Debian tools the tests use, then type check, lint, unit and integration tests (Jest)
# and browser tests (Playwright in Debian's Chromium). Ends with "tests: N passed, M failed".
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
cd "$REPO_ROOT"
set +e

reports="$REPO_ROOT/test-results"
rm -rf "$reports" && mkdir -p "$reports"
status=0
step() { echo; echo "==> $*"; }

step "Installing dependencies"
install_dependencies || exit 1
bash scripts/apt-packages.sh || exit 1

step "Type check"
yarn tsc || status=1

step "Lint"
yarn backstage-cli repo lint || status=1

step "Unit and integration tests (Jest)"
CI=true yarn backstage-cli repo test --json --outputFile="$reports/jest.json" || status=1

step "Browser tests (Playwright, Chromium)"
yarn workspace app build >"$reports/app-build.log" 2>&1 || { echo "app build failed, see $reports/app-build.log"; status=1; }
PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/playwright.json" yarn playwright test --reporter=list,json || status=1

node scripts/test-summary.js "$reports/jest.json" "$reports/playwright.json" || status=1
exit $status
