# One helper declares a QtTest program: tests/<layer>/test<class>.cpp, class Test<Class>.
#
#   ioc_add_test(<layer>/<name> LIBS <targets...> [SOURCES <extra...>] [LABELS <labels...>]
#                [TIMEOUT <seconds>] [ENVIRONMENT <VAR=value...>] [WRAPPER <command...>])
#
# WRAPPER runs the test program through another command (e.g. a script that provides a D-Bus
# session with a keyring). Without one, a cross build runs it through CMAKE_CROSSCOMPILING_EMULATOR.
#
# Every test links ioc_testsupport (which links every Qt module a test may need), so all
# test programs compile with the same definitions and reuse one precompiled header
# (ioc_test_pch, declared in tests/ so QT_TESTCASE_BUILDDIR is the same everywhere).

function(ioc_add_test path)
    cmake_parse_arguments(ARG "" "TIMEOUT" "LIBS;SOURCES;LABELS;ENVIRONMENT;WRAPPER" ${ARGN})
    get_filename_component(layer "${path}" DIRECTORY)
    get_filename_component(name "${path}" NAME)
    set(target "${layer}_${name}")
    add_executable(${target} "${PROJECT_SOURCE_DIR}/tests/${path}.cpp" ${ARG_SOURCES})
    set_target_properties(${target} PROPERTIES
        OUTPUT_NAME "${name}"
        RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/tests/${layer}")
    target_link_libraries(${target} PRIVATE ioc_testsupport ${ARG_LIBS})
    target_precompile_headers(${target} REUSE_FROM ioc_test_pch)
    if(ARG_WRAPPER)
        add_test(NAME "${layer}/${name}" COMMAND ${ARG_WRAPPER} $<TARGET_FILE:${target}>)
    else()
        # The target's name, so that a cross build's CMAKE_CROSSCOMPILING_EMULATOR (Wine for the
        # Windows build, packaging/windows/wine-run.sh) runs it.
        add_test(NAME "${layer}/${name}" COMMAND ${target})
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    if(CMAKE_CROSSCOMPILING_EMULATOR)
        # Under Wine each process starts several times slower (sync/testcrashpoints, which starts
        # ioc-admin hundreds of times, takes 14 minutes there, half a minute to 3 minutes on Linux).
        math(EXPR ARG_TIMEOUT "${ARG_TIMEOUT} * 2")
    endif()
    set_tests_properties("${layer}/${name}" PROPERTIES
        LABELS "${layer};${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;IOC_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data;${ARG_ENVIRONMENT}")
endfunction()
