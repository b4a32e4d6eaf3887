#!/usr/bin/env bash
# Installs the Debian packages the portal uses at run time and in tests, when missing:
# Chromium for browser tests, mkdocs for TechDocs, and the ecosystem checkers iac:validate runs.
set -euo pipefail

packages=(chromium mkdocs mkdocs-material shellcheck yamllint nginx docker-compose prometheus ansible ansible-lint)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ "$(id -u)" -ne 0 ]] || ! command -v apt-get >/dev/null; then
  echo "apt-packages: missing ${missing[*]}; install them with your package manager" >&2
  exit 0
fi
echo "apt-packages: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# nginx and prometheus must not start as services: the portal only runs their config checkers.
printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
trap 'rm -f /usr/sbin/policy-rc.d' EXIT
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
