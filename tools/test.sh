#!/usr/bin/env bash
# Builds Patron with the test preset and runs every test. Installs missing Debian packages first.
# Prints how long each stage took.
set -euo pipefail
cd "$(dirname "$0")/.."
t0=$(date +%s)
stage() { echo "== [$(( $(date +%s) - t0 )) s] $*"; }

stage "dependencies"
bash packaging/install-deps.sh all
stage "configure"
cmake --preset test
stage "build"
cmake --build --preset test
stage "test"
ctest --preset test
stage "done"
