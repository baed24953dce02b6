#!/usr/bin/env bash
# Installs the Debian packages OhMqtt needs to build, test and run (bookworm). Idempotent.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache clang clang-format libclang-rt-dev
    qt6-base-dev qt6-websockets-dev libqt6sql6-sqlite libsqlite3-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-charts-dev libqt6opengl6-dev libqt6svg6 qtkeychain-qt6-dev dbus gnome-keyring libsecret-1-0 xvfb mosquitto mosquitto-clients openssl python3 git
    qt6-declarative-dev qt6-declarative-dev-tools qml6-module-qtqml qml6-module-qtqml-models
    qml6-module-qtqml-workerscript qml6-module-qtquick qml6-module-qtquick-window
    qml6-module-qtquick-controls qml6-module-qtquick-templates qml6-module-qtquick-layouts
    qml6-module-qttest
    doxygen pkg-config dpkg-dev # the docs target; scripts/check-install.sh, check-package.sh
    libmosquitto-dev libpaho-mqtt-dev libpaho-mqttpp-dev libbenchmark-dev # bench/: the peers
)

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
        missing+=("$package")
done

if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The Debian service would hold port 1883; tests and the demo start their own brokers.
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet mosquitto 2>/dev/null; then
    $sudo systemctl stop mosquitto || true
fi
