# `cpack` in a build directory makes one Debian package of everything installed: the library,
# its development files, the test kit (OhMqtt::Test), the tools and the explorer. scripts/check-package.sh builds and checks
# it; configure with CMAKE_INSTALL_PREFIX=/usr for it.
set(OHMQTT_PACKAGE_MAINTAINER "OhMqtt maintainers <maintainers@ohmqtt.invalid>"
    CACHE STRING "The Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ohmqtt)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Qt 6 MQTT 5.0 and 3.1.1 client library, tools and explorer")
# The extended description, in lines of Debian's usual width.
set(CPACK_PACKAGE_DESCRIPTION [[
OhMqtt is an MQTT 5.0 and 3.1.1 client library for Qt 6: libOhMqtt, its
headers, CMake package and pkg-config file; libOhMqttTest, a test kit for
Qt Test suites of applications that use it. With ohmqtt, a command-line
publisher and subscriber; ohmqtt-demo, a publisher of sample traffic; and
ohmqtt-explorer, a desktop MQTT explorer.]])
set(CPACK_PACKAGE_CONTACT "${OHMQTT_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${OHMQTT_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # ohmqtt_<version>_<arch>.deb
# dpkg-shlibdeps finds the Qt and system libraries the binaries link; what Qt loads as plugins
# it cannot see: the SQLite driver for session databases; for the explorer, the platform plugins
# and the SVG plugins that draw its icon.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-qpa-plugins, libqt6svg6")
# For find_package(OhMqtt) and pkg-config: the Qt development files the public headers use.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-base-dev")
# A shlibs file, so that what is built against libOhMqtt.so.0 depends on this package or a later
# one (docs/abi.md: a release is compatible with the earlier ones of its major version); and
# ldconfig after installing and removing.
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY ">=")

include(CPack)
