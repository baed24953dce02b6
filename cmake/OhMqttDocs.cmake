# The `docs` target: the API reference from the public headers with Doxygen, when it is found.
# With OHMQTT_WERROR (the dev preset, CI) a Doxygen warning, such as an undocumented public
# class or member, fails the target after listing every warning.
find_package(Doxygen QUIET)
if(NOT DOXYGEN_FOUND)
    return()
endif()

set(OHMQTT_DOCS_OUTPUT ${PROJECT_BINARY_DIR}/docs)
if(OHMQTT_WERROR)
    set(OHMQTT_DOCS_WARN_AS_ERROR FAIL_ON_WARNINGS)
else()
    set(OHMQTT_DOCS_WARN_AS_ERROR NO)
endif()
configure_file(${PROJECT_SOURCE_DIR}/docs/Doxyfile.in ${OHMQTT_DOCS_OUTPUT}/Doxyfile @ONLY)
# Runs every time (a second or two): a failed run must not leave an output that looks current.
add_custom_target(docs
    COMMAND Doxygen::doxygen ${OHMQTT_DOCS_OUTPUT}/Doxyfile
    COMMAND ${CMAKE_COMMAND} -E echo "API reference: ${OHMQTT_DOCS_OUTPUT}/html/index.html"
    VERBATIM)
