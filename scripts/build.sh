#!/usr/bin/env bash
# Configures and builds one CMake preset (default: dev) with ccache.
set -euo pipefail
preset="${1:-dev}"
cd "$(dirname "$0")/.."
export CCACHE_BASEDIR="$PWD"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
