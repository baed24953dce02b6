#!/usr/bin/env bash
# Takes the screenshots in docs/screenshots/: a local mosquitto, ohmqtt-demo feeding it, then
# ohmqtt-explorer --screenshots and ohmqtt-dashboard --screenshot (its example layout), under
# Xvfb when there is no display.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh dev
source scripts/local-broker.sh # stops what it starts on exit
start_local_broker
start_demo --interval 250
run() {
    if [ -n "${DISPLAY:-}" ]; then
        "$@"
    else
        xvfb-run -a -s "-screen 0 1600x1000x24" "$@"
    fi
}
if [ -x build/dev/bin/ohmqtt-explorer ]; then
    run build/dev/bin/ohmqtt-explorer --url "mqtt://127.0.0.1:$port" --screenshots docs/screenshots
fi
run build/dev/bin/ohmqtt-dashboard --url "mqtt://127.0.0.1:$port" \
    --screenshot docs/screenshots/dashboard.png
ls -l docs/screenshots
