#!/usr/bin/env bash
# Builds the Debian package in a build directory of its own (build/package: Release, prefix /usr,
# only what is packaged), checks its control fields and contents, and runs the packaged tool from
# the unpacked tree. With OHMQTT_CI_INSTALL_DEB=1, as root, it also installs the package with
# apt-get, uses it (ohmqtt --version, a pkg-config build) and purges it again.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/package
export CCACHE_BASEDIR="$PWD"

echo "== building $build"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DOHMQTT_WERROR=ON -DOHMQTT_BUILD_TESTS=OFF -DOHMQTT_BUILD_BENCH=OFF >"$build.configure.log" 2>&1 ||
    { cat "$build.configure.log"; exit 1; }
cmake --build "$build"
rm -f "$build"/ohmqtt_*.deb
(cd "$build" && cpack -G DEB >cpack.log 2>&1) || { cat "$build/cpack.log"; exit 1; }
deb="$(ls "$build"/ohmqtt_*.deb)"
version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"
echo "== $deb"

workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT
dpkg-deb -I "$deb" | tee "$workdir/info"
dpkg-deb -c "$deb" >"$workdir/contents"
require() { # require <file> <extended regex> <what>
    grep -qE "$2" "$1" || { echo "the package lacks $3 (no match for /$2/)" >&2; exit 1; }
}
require "$workdir/info" "^ Package: ohmqtt$" "its name"
require "$workdir/info" "^ Version: $version$" "the project's version"
require "$workdir/info" "^ Maintainer: .+<.+@.+>$" "a maintainer"
require "$workdir/info" "^ Section: " "a section"
require "$workdir/info" "^ Depends: .*libqt6network6.*" "the Qt libraries found by dpkg-shlibdeps"
require "$workdir/info" "^ Depends: .*libqt6sql6-sqlite" "the SQLite driver"
multiarch="$(dpkg-architecture -qDEB_HOST_MULTIARCH)"
for file in "usr/lib/$multiarch/libOhMqtt.so.$version" "usr/lib/$multiarch/libOhMqtt.so" \
    "usr/lib/$multiarch/cmake/OhMqtt/OhMqttConfig.cmake" \
    "usr/lib/$multiarch/cmake/OhMqtt/OhMqttConfigVersion.cmake" \
    "usr/lib/$multiarch/cmake/OhMqtt/OhMqttTargets.cmake" \
    "usr/lib/$multiarch/pkgconfig/ohmqtt.pc" "usr/include/OhMqtt/mqttclient.h" \
    "usr/include/OhMqtt/ohmqtt_export.h" "usr/bin/ohmqtt" "usr/bin/ohmqtt-explorer" \
    "usr/lib/$multiarch/libOhMqttTest.so.$version" "usr/lib/$multiarch/libOhMqttTest.so" \
    "usr/lib/$multiarch/cmake/OhMqtt/OhMqttTest.cmake" \
    "usr/lib/$multiarch/cmake/OhMqtt/OhMqttTestTargets.cmake" \
    "usr/include/OhMqttTest/mqtttestbroker.h" "usr/include/OhMqttTest/ohmqtttest_export.h"; do
    require "$workdir/contents" " \./$file( -> .*)?$" "$file"
done
echo "== contents: $(wc -l <"$workdir/contents") entries, the files and symlinks:"
grep -v '^d' "$workdir/contents" | awk '{ $1 = $2 = $3 = $4 = $5 = ""; print }' | sed 's/^ *//'

echo "== the unpacked tool"
dpkg-deb -x "$deb" "$workdir/root"
require "$workdir/root/usr/lib/$multiarch/pkgconfig/ohmqtt.pc" "^prefix=/usr$" "a .pc for /usr"
for file in usr/bin/ohmqtt usr/bin/ohmqtt-explorer "usr/lib/$multiarch/libOhMqtt.so.$version" \
    "usr/lib/$multiarch/libOhMqttTest.so.$version"; do
    ! readelf -d "$workdir/root/$file" | grep -E 'RPATH|RUNPATH' ||
        { echo "$file has an RPATH; a /usr install needs none" >&2; exit 1; }
done
LD_LIBRARY_PATH="$workdir/root/usr/lib/$multiarch" ldd "$workdir/root/usr/bin/ohmqtt" |
    grep -F "$workdir/root/usr/lib/$multiarch/libOhMqtt.so.${version%%.*}"
LD_LIBRARY_PATH="$workdir/root/usr/lib/$multiarch" "$workdir/root/usr/bin/ohmqtt" --version

if [ "${OHMQTT_CI_INSTALL_DEB:-}" != 1 ]; then
    echo "== not installed (OHMQTT_CI_INSTALL_DEB=1, as root, installs and removes it)"
    exit 0
fi
[ "$(id -u)" -eq 0 ] || { echo "OHMQTT_CI_INSTALL_DEB=1 needs root" >&2; exit 1; }
if dpkg-query -W -f='${Status}' ohmqtt 2>/dev/null | grep -q "install ok installed"; then
    echo "ohmqtt is installed already; not replacing it" >&2
    exit 1
fi
echo "== apt-get install ./$deb"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq "./$deb" >"$workdir/apt.log" 2>&1 || { cat "$workdir/apt.log"; exit 1; }
trap 'apt-get purge -y -qq ohmqtt >/dev/null; rm -rf "$workdir"' EXIT
[ "$(command -v ohmqtt)" = /usr/bin/ohmqtt ] || { echo "ohmqtt is not /usr/bin/ohmqtt" >&2; exit 1; }
ohmqtt --version
printf '#include <OhMqtt/mqtttopic.h>\nint main() { return OhMqtt::isValidTopic(u"a/b") ? 0 : 1; }\n' \
    >"$workdir/pc.cpp"
# shellcheck disable=SC2046 # pkg-config's output is a list of flags
c++ -std=c++20 -Werror "$workdir/pc.cpp" -o "$workdir/pc" $(pkg-config --cflags --libs ohmqtt)
"$workdir/pc"
echo "== installed and used; purged on exit"
