#!/usr/bin/env bash
# Takes the explorer's screenshots in docs/screenshots/: a local mosquitto, ohmqtt-demo feeding
# it, and ohmqtt-explorer --screenshots, under Xvfb when there is no display.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh dev
source scripts/local-broker.sh # stops what it starts on exit
start_local_broker
start_demo --interval 250
explorer=(build/dev/bin/ohmqtt-explorer --url "mqtt://127.0.0.1:$port" --screenshots docs/screenshots)
if [ -n "${DISPLAY:-}" ]; then
    "${explorer[@]}"
else
    xvfb-run -a -s "-screen 0 1600x1000x24" "${explorer[@]}"
fi
ls -l docs/screenshots
