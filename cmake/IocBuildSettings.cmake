# One INTERFACE target carries every compile setting; every project target links it.
# No add_definitions() and no global CMAKE_CXX_FLAGS edits anywhere else.

add_library(ioc_build_settings INTERFACE)
add_library(ioc::build_settings ALIAS ioc_build_settings)

target_compile_features(ioc_build_settings INTERFACE cxx_std_20)

target_compile_definitions(ioc_build_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<CONFIG:Debug>:QT_FORCE_ASSERTS>
    # Test builds can crash on purpose at named points (core/crashpoint.h).
    $<$<BOOL:${IOC_TEST_BUILD}>:IOC_CRASH_POINTS>)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(ioc_build_settings INTERFACE
        -Wall -Wextra -Wpedantic
        -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-align -Wformat=2
        -Wimplicit-fallthrough -Wmissing-declarations -Winvalid-pch
        $<$<BOOL:${IOC_WARNINGS_AS_ERRORS}>:-Werror>)
elseif(MSVC)
    target_compile_options(ioc_build_settings INTERFACE /W4 /utf-8 /permissive-
        $<$<BOOL:${IOC_WARNINGS_AS_ERRORS}>:/WX>)
endif()

# ./ioc test --sanitize and ./ioc fuzz: one clang build serves both. IOC_SANITIZE instruments
# everything with AddressSanitizer (LeakSanitizer included) and UndefinedBehaviorSanitizer, any
# report fatal; IOC_FUZZ adds libFuzzer's coverage to the project's code and builds the fuzz
# targets of tests/fuzz.
if(IOC_SANITIZE)
    target_compile_options(ioc_build_settings INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(ioc_build_settings INTERFACE -fsanitize=address,undefined)
    # Tests with a time bound widen it: instrumented code runs 3 to 5 times slower.
    target_compile_definitions(ioc_build_settings INTERFACE IOC_SANITIZED)
endif()
if(IOC_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "IOC_FUZZ needs clang (libFuzzer): configure with CMAKE_CXX_COMPILER=clang++")
    endif()
    target_compile_options(ioc_build_settings INTERFACE -fsanitize=fuzzer-no-link)
endif()

# Precompiled Qt headers, one list per kind of target, so a 2-core build stays fast.
set(IOC_PCH_CORE <QtCore/QtCore>)
set(IOC_PCH_GUI <QtCore/QtCore> <QtGui/QtGui> <QtWidgets/QtWidgets>)

# ioc_add_library(<name> <folder-namespace> [PCH CORE|GUI])
# Declares a project library: static, linked to the build settings, its headers found as
# "<folder>/<file>.h" relative to app/ (or the project root for ui/).
function(ioc_add_library name)
    cmake_parse_arguments(ARG "" "PCH;INCLUDE_ROOT" "" ${ARGN})
    add_library(${name} STATIC)
    target_link_libraries(${name} PUBLIC ioc_build_settings)
    if(NOT ARG_INCLUDE_ROOT)
        set(ARG_INCLUDE_ROOT "${PROJECT_SOURCE_DIR}/app")
    endif()
    target_include_directories(${name} PUBLIC "${ARG_INCLUDE_ROOT}" "${PROJECT_BINARY_DIR}/generated")
    if(ARG_PCH STREQUAL "GUI")
        target_precompile_headers(${name} PRIVATE ${IOC_PCH_GUI})
    elseif(ARG_PCH STREQUAL "CORE" OR NOT ARG_PCH)
        target_precompile_headers(${name} PRIVATE ${IOC_PCH_CORE})
    endif()
endfunction()

# Windows: the toolchain's prefix (where Qt6::Core's DLL is, in bin/), whose DLLs, plugins and
# spelling dictionary the installation and the test programs take.
if(WIN32)
    get_target_property(_ioc_qtcore_dll Qt6::Core IMPORTED_LOCATION_RELEASE)
    if(NOT _ioc_qtcore_dll)
        get_target_property(_ioc_qtcore_dll Qt6::Core IMPORTED_LOCATION)
    endif()
    get_filename_component(IOC_WINDOWS_PREFIX "${_ioc_qtcore_dll}" DIRECTORY)
    get_filename_component(IOC_WINDOWS_PREFIX "${IOC_WINDOWS_PREFIX}" DIRECTORY)
    set(IOC_WINDOWS_DICTIONARY "${IOC_WINDOWS_PREFIX}/share/hunspell/vi_VN.aff"
        "${IOC_WINDOWS_PREFIX}/share/hunspell/vi_VN.dic")
    # The documents' face, which Windows does not have (app/reporting/render/documentfont.h): the
    # build machine's Noto Serif (Debian's fonts-noto-core), carried in fonts/ beside the programs.
    set(IOC_WINDOWS_FONT_DIR "/usr/share/fonts/truetype/noto" CACHE PATH "Where the Noto Serif fonts are")
    set(IOC_WINDOWS_FONTS "")
    foreach(_ioc_face Regular Bold Italic BoldItalic)
        set(_ioc_font "${IOC_WINDOWS_FONT_DIR}/NotoSerif-${_ioc_face}.ttf")
        if(NOT EXISTS "${_ioc_font}")
            message(FATAL_ERROR "${_ioc_font} is missing: install fonts-noto-core, or set IOC_WINDOWS_FONT_DIR")
        endif()
        list(APPEND IOC_WINDOWS_FONTS "${_ioc_font}")
    endforeach()
    file(COPY ${IOC_WINDOWS_FONTS} DESTINATION "${PROJECT_BINARY_DIR}/bin/fonts")
endif()

# Build information shown in the About box and by the command-line tools.
find_package(Git QUIET)
set(IOC_GIT_COMMIT "unknown")
if(GIT_FOUND AND EXISTS "${PROJECT_SOURCE_DIR}/.git")
    execute_process(COMMAND "${GIT_EXECUTABLE}" rev-parse --short=12 HEAD
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        OUTPUT_VARIABLE IOC_GIT_COMMIT OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    if(NOT IOC_GIT_COMMIT)
        set(IOC_GIT_COMMIT "unknown")
    endif()
endif()
configure_file("${PROJECT_SOURCE_DIR}/cmake/buildinfo.h.in" "${PROJECT_BINARY_DIR}/generated/buildinfo.h" @ONLY)
