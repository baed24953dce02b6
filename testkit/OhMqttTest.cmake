# find_package(OhMqtt COMPONENTS Test): OhMqtt::Test, the test kit, and the Qt modules its public
# headers use. Included by OhMqttConfig.cmake, which has found OhMqtt::OhMqtt already.
include(CMakeFindDependencyMacro)
find_dependency(Qt6 6.4 COMPONENTS Core Network Test)
include("${CMAKE_CURRENT_LIST_DIR}/OhMqttTestTargets.cmake")
