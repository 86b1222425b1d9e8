#!/usr/bin/env bash
# Builds the till and opens it on the demo store (an encrypted store with a demo catalog and
# members, created on first use). Installs missing Debian packages first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh build
cmake --preset default
cmake --build --preset default
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" = "" ]; then
  echo "No display found: run this from a desktop session (or set QT_QPA_PLATFORM)." >&2
  exit 1
fi
exec build/default/app/till/patron --demo "$@"
