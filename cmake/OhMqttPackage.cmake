# What find_package(OhMqtt) and pkg-config need, installed beside the library (lib/ installs the
# library, its headers and the export set OhMqttTargets).
#
# Install components: Runtime (the shared library), Development (headers, CMake package,
# pkg-config file), Tools, Explorer. An add-on library (the QML module, the test kit) joins
# find_package(OhMqtt COMPONENTS <Name>) by installing, into OHMQTT_CMAKE_DIR, its export set as
# OhMqtt<Name>Targets.cmake and a file OhMqtt<Name>.cmake that calls find_dependency() for its Qt
# modules and includes those targets; OhMqttConfig.cmake includes it when the component is asked
# for.
include(CMakePackageConfigHelpers)

set(OHMQTT_QT_MINIMUM 6.4)
set(OHMQTT_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/OhMqtt)

configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/OhMqttConfig.cmake.in
    ${PROJECT_BINARY_DIR}/cmake/OhMqttConfig.cmake
    INSTALL_DESTINATION ${OHMQTT_CMAKE_DIR})
# docs/abi.md: releases of one major version are binary compatible; 0 is no exception.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/cmake/OhMqttConfigVersion.cmake
    COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/cmake/OhMqttConfig.cmake
              ${PROJECT_BINARY_DIR}/cmake/OhMqttConfigVersion.cmake
        DESTINATION ${OHMQTT_CMAKE_DIR} COMPONENT Development)

# A .pc file holds absolute paths, so it is written when installing, for the prefix installed to
# (CMAKE_INSTALL_PREFIX, or cmake --install --prefix); DESTDIR stays out of it.
set(pc_file ${PROJECT_BINARY_DIR}/pkgconfig/ohmqtt.pc)
install(CODE "
    set(PROJECT_DESCRIPTION [[${PROJECT_DESCRIPTION}]])
    set(PROJECT_VERSION ${PROJECT_VERSION})
    set(OHMQTT_QT_MINIMUM ${OHMQTT_QT_MINIMUM})
    set(prefix \"\${CMAKE_INSTALL_PREFIX}\")
    set(libdir \"\${prefix}/${CMAKE_INSTALL_LIBDIR}\")
    set(includedir \"\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}\")
    configure_file([[${CMAKE_CURRENT_LIST_DIR}/ohmqtt.pc.in]] [[${pc_file}]] @ONLY)
    " COMPONENT Development)
install(FILES ${pc_file} DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT Development)
