#!/usr/bin/env bash
# Starts the portal on its embedded defaults: frontend on http://localhost:3000, backend on
# http://localhost:7007, SQLite in memory, guest sign-in, the repository's templates and catalog.
# Without GITHUB_TOKEN, GitHub is the local sandbox on port 7017.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
cd "$REPO_ROOT"

install_dependencies
bash scripts/apt-packages.sh

# Absolute paths: the CLI resolves config files from each package's own folder.
configs=(--config "$REPO_ROOT/app-config.yaml")
if [[ -z "${GITHUB_TOKEN:-}" ]]; then
  echo "start: no GITHUB_TOKEN set: using the LOCAL GITHUB SANDBOX on http://127.0.0.1:7017 (nothing reaches GitHub)" >&2
  node --require @backstage/cli/config/nodeTransform.cjs packages/github-stand-in/src/cli.ts --port 7017 &
  sandbox_pid=$!
  trap 'kill "$sandbox_pid" 2>/dev/null || true' EXIT
  configs+=(--config "$REPO_ROOT/app-config.sandbox.yaml")
fi
[[ -f app-config.local.yaml ]] && configs+=(--config "$REPO_ROOT/app-config.local.yaml")

yarn backstage-cli repo start "${configs[@]}"
