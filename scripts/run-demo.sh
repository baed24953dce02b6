#!/usr/bin/env bash
# The main job: installs, builds, starts a local mosquitto as the default broker, then opens the
# explorer on it (or, with the argument `dashboard`, ohmqtt-dashboard and its example layout)
# with the demo publisher feeding sample traffic when a display is available; without one, runs
# a visible subscribe/publish round trip through the ohmqtt command-line tool.
set -euo pipefail
app="${1:-explorer}"
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
bash scripts/build.sh dev
ohmqtt="$PWD/build/dev/bin/ohmqtt"
explorer="$PWD/build/dev/bin/ohmqtt-explorer"
dashboard="$PWD/build/dev/bin/ohmqtt-dashboard"

source scripts/local-broker.sh # stops what it starts on exit
start_local_broker

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${OHMQTT_HEADLESS:-}" ]; then
    start_demo
    if [ "$app" = dashboard ]; then
        echo "== ohmqtt-demo publishes sample traffic under demo/; the dashboard shows it"
        "$dashboard" --url "mqtt://127.0.0.1:$port"
    else
        echo "== ohmqtt-demo publishes sample traffic under demo/; the explorer opens on the broker"
        "$explorer" --url "mqtt://127.0.0.1:$port"
    fi
    exit 0
fi
echo "== no display: a headless round trip (set DISPLAY to open the explorer)"

subscribed=0
for version in 5 311; do
    echo "== MQTT $version: ohmqtt sub waits for 3 messages on demo/#"
    "$ohmqtt" sub -h 127.0.0.1 -p "$port" -V "$version" -t 'demo/#' -v -C 3 -W 10 \
        >"$workdir/received-$version.txt" &
    sub_pid=$!
    # Wait (bounded) until the broker has seen the subscription, then publish.
    for _ in $(seq 1 100); do
        [ "$(grep -c "SUBSCRIBE" "$workdir/mosquitto.log")" -gt "$subscribed" ] && break
        sleep 0.05
    done
    subscribed=$((subscribed + 1))
    for n in 1 2 3; do
        "$ohmqtt" pub -h 127.0.0.1 -p "$port" -V "$version" -t "demo/ohmqtt/$n" -m "hello $n over MQTT $version"
        echo "published demo/ohmqtt/$n"
    done
    wait "$sub_pid"
    echo "-- received:"
    cat "$workdir/received-$version.txt"
done
echo "== round trip complete"
