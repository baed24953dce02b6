#!/usr/bin/env bash
# Installs what is needed, builds with warnings as errors, and runs every test with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
bash scripts/build.sh dev
ctest --preset dev --output-on-failure -j2
