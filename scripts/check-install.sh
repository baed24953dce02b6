#!/usr/bin/env bash
# Uses an installed OhMqtt as a user would: installs a build (default build/dev) into a temporary
# prefix, builds examples/ against it as separate projects with find_package(OhMqtt), runs the
# console example against a local mosquitto and the testing example's Qt Test (the test kit,
# OhMqtt::Test), and compiles a tiny program with pkg-config. A broken export, a header missing
# from the install or a wrong .pc file fails here.
# Usage: scripts/check-install.sh [build directory]
set -euo pipefail
build="${1:-build/dev}"
cd "$(dirname "$0")/.."
source scripts/local-broker.sh # start_local_broker sets $port and $workdir; stopped on exit

start_local_broker
prefix="$workdir/prefix"

echo "== cmake --install $build --prefix $prefix"
cmake --install "$build" --prefix "$prefix" >"$workdir/install.log"
lib="$(find "$prefix" -name 'libOhMqtt.so.*.*.*')"
[ -n "$lib" ] && [ -L "${lib%.*.*}" ] && [ -L "${lib%.*.*.*}" ] ||
    { echo "libOhMqtt.so, its SONAME link and versioned file are not all installed" >&2; exit 1; }
"$prefix/bin/ohmqtt" --version # the installed tool finds the installed library by its RPATH

echo "== examples/ against the installed package"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S examples -B "$workdir/examples" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_CXX_FLAGS="-Wall -Wextra -Wpedantic -Werror" \
    "${launcher[@]}" >"$workdir/examples-configure.log"
found="$(sed -n 's/^OhMqtt_DIR:PATH=//p' "$workdir/examples/CMakeCache.txt")"
case "$found" in
"$prefix"/*) ;;
*) echo "find_package(OhMqtt) found $found, not the install in $prefix" >&2; exit 1 ;;
esac
cmake --build "$workdir/examples"

echo "== the console example: publish, receive its own message"
expected="received on ohmqtt/examples/console: hello from OhMqtt"
"$workdir/examples/console/ohmqtt-console-example" "mqtt://127.0.0.1:$port" |
    tee "$workdir/console.out"
grep -qxF "$expected" "$workdir/console.out" ||
    { echo "the console example did not print: $expected" >&2; exit 1; }

echo "== the QML example: loads the installed module and stays up"
rc=0
QT_QPA_PLATFORM=offscreen timeout 5 "$workdir/examples/qml/ohmqtt-qml-example" \
    "mqtt://127.0.0.1:$port" 2>"$workdir/qml-example.err" || rc=$?
if [ "$rc" != 124 ] || grep -q "Main.qml" "$workdir/qml-example.err"; then
    cat "$workdir/qml-example.err" >&2
    echo "the QML example exited ($rc) or warned instead of showing its window" >&2
    exit 1
fi

echo "== the testing example: a user's Qt Test with the installed test kit (OhMqtt::Test)"
# It starts its own mosquitto with MqttTestBroker; the RPATH of the build tree finds the kit.
QT_QPA_PLATFORM=offscreen "$workdir/examples/testing/tst_thermostat"

echo "== pkg-config --cflags --libs ohmqtt"
pc_dir="$(dirname "$(find "$prefix" -name ohmqtt.pc)")"
export PKG_CONFIG_PATH="$pc_dir"
pkg-config --cflags --libs ohmqtt
libdir="$(pkg-config --variable=libdir ohmqtt)"
case "$libdir" in
"$prefix"/*) ;;
*) echo "ohmqtt.pc names $libdir, not a directory of the install in $prefix" >&2; exit 1 ;;
esac
cat >"$workdir/pc.cpp" <<'CPP'
#include <OhMqtt/mqtttopic.h>
int main() { return OhMqtt::matchTopicFilter(u"sensors/+", u"sensors/kitchen") ? 0 : 1; }
CPP
# shellcheck disable=SC2046 # pkg-config's output is a list of flags
c++ -std=c++20 -Wall -Wextra -Werror "$workdir/pc.cpp" -o "$workdir/pc" \
    $(pkg-config --cflags --libs ohmqtt)
LD_LIBRARY_PATH="$libdir" "$workdir/pc"

echo "== the installed QML module: a Qt Quick Test round trip through the broker"
qmldir="$(find "$prefix" -path '*/qml/OhMqtt/qmldir')"
[ -n "$qmldir" ] || { echo "the QML module (qml/OhMqtt/qmldir) is not installed" >&2; exit 1; }
cat >"$workdir/tst_installed.qml" <<QML
import QtQuick
import QtTest
import OhMqtt

TestCase {
    name: "InstalledModule"
    MqttClient { id: client; address: "mqtt://127.0.0.1:$port" }
    MqttSubscription { id: sub; client: client; topicFilter: "ohmqtt/examples/qml"; qos: 1 }
    function test_roundTrip() {
        verify(client.connectToBroker())
        tryCompare(sub, "state", MqttSubscription.Subscribed, 5000)
        const handle = client.publish("ohmqtt/examples/qml", "from the installed module", Mqtt.QoS.Q1)
        tryCompare(handle, "acknowledged", true, 5000)
        tryCompare(sub, "messageCount", 1, 5000)
        compare(sub.lastMessage.payloadText, "from the installed module")
    }
}
QML
QT_QPA_PLATFORM=offscreen /usr/lib/qt6/bin/qmltestrunner -import "$(dirname "$(dirname "$qmldir")")" \
    -input "$workdir/tst_installed.qml"
echo "== the installed package works"
