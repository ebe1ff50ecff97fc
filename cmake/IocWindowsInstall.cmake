# What a Windows installation holds besides the two programs (included by IocPackaging on
# Windows; docs/windows.md): everything in bin/, beside ioc-console.exe and ioc-admin.exe, where
# Windows looks for DLLs and Qt for its plugins.
#   - the DLLs the programs and the plugins load (Qt's, the libraries', MinGW's runtime),
#     found by reading their import tables with MinGW's objdump (cmake/IocWindowsRuntime.cmake);
#   - the Qt plugins the console uses, and no others: no SQL driver at all (the replica is
#     opened by the project's own SQLCipher driver, linked in), so never qsqlite;
#   - the Vietnamese spelling dictionary (bin/hunspell/);
#   - the documents' face, Noto Serif (bin/fonts/), which Windows lacks.
# The DLLs come from the toolchain's prefix (IOC_WINDOWS_PREFIX, cmake/IocBuildSettings.cmake) and
# MinGW's runtime folders.

set(IOC_WINDOWS_DLL_DIR "${IOC_WINDOWS_PREFIX}/bin")
set(IOC_WINDOWS_PLUGIN_DIR "${IOC_WINDOWS_PREFIX}/${QT6_INSTALL_PLUGINS}")

set(IOC_WINDOWS_RUNTIME_DIRS "${IOC_WINDOWS_DLL_DIR}")
foreach(_ioc_dll libstdc++-6.dll libwinpthread-1.dll)
    execute_process(COMMAND "${CMAKE_CXX_COMPILER}" -print-file-name=${_ioc_dll}
        OUTPUT_VARIABLE _ioc_path OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT IS_ABSOLUTE "${_ioc_path}")
        message(FATAL_ERROR "MinGW's ${_ioc_dll} was not found (${CMAKE_CXX_COMPILER} -print-file-name)")
    endif()
    get_filename_component(_ioc_dir "${_ioc_path}" DIRECTORY)
    list(APPEND IOC_WINDOWS_RUNTIME_DIRS "${_ioc_dir}")
endforeach()

# Plugin folder and file names (Qt 6.8). A missing required one fails the installation, so a
# toolchain without it is noticed at packaging time, not on a workstation; the optional ones
# come from modules a toolchain may lack (docs/windows.md) and are installed when it has them.
set(IOC_WINDOWS_PLUGINS
    platforms/qwindows.dll
    styles/qmodernwindowsstyle.dll
    imageformats/qjpeg.dll
    imageformats/qgif.dll
    imageformats/qico.dll
    tls/qschannelbackend.dll
    tls/qcertonlybackend.dll
    networkinformation/qnetworklistmanager.dll)
set(IOC_WINDOWS_OPTIONAL_PLUGINS
    iconengines/qsvgicon.dll
    imageformats/qsvg.dll
    imageformats/qwebp.dll
    imageformats/qtiff.dll
    multimedia/windowsmediaplugin.dll)
foreach(_ioc_plugin IN LISTS IOC_WINDOWS_OPTIONAL_PLUGINS)
    if(EXISTS "${IOC_WINDOWS_PLUGIN_DIR}/${_ioc_plugin}")
        list(APPEND IOC_WINDOWS_PLUGINS "${_ioc_plugin}")
    endif()
endforeach()
set(_ioc_plugin_files "")
foreach(_ioc_plugin IN LISTS IOC_WINDOWS_PLUGINS)
    get_filename_component(_ioc_plugin_folder "${_ioc_plugin}" DIRECTORY)
    install(FILES "${IOC_WINDOWS_PLUGIN_DIR}/${_ioc_plugin}" DESTINATION "bin/${_ioc_plugin_folder}")
    list(APPEND _ioc_plugin_files "${IOC_WINDOWS_PLUGIN_DIR}/${_ioc_plugin}")
endforeach()

install(FILES ${IOC_WINDOWS_DICTIONARY} DESTINATION bin/hunspell)
# The documents' face (Noto Serif, SIL Open Font License) and its licence.
install(FILES ${IOC_WINDOWS_FONTS} DESTINATION bin/fonts)
set(_ioc_font_copyright "/usr/share/doc/fonts-noto-core/copyright")
if(NOT EXISTS "${_ioc_font_copyright}")
    message(FATAL_ERROR "${_ioc_font_copyright} is missing: the fonts' licence must go with them")
endif()
install(FILES "${_ioc_font_copyright}" DESTINATION bin/fonts RENAME COPYRIGHT.txt)

# The DLLs the programs and the plugins load (cmake/IocWindowsRuntime.cmake), stripped when the
# installation strips (CPack does).
install(CODE "
    set(IOC_OBJDUMP \"${CMAKE_OBJDUMP}\")
    set(IOC_ROOTS \"$<TARGET_FILE:ioc-console>\" \"$<TARGET_FILE:ioc-admin>\" ${_ioc_plugin_files})
    set(IOC_DLL_DIRS ${IOC_WINDOWS_RUNTIME_DIRS})
    set(IOC_STRIP \"\")
    if(CMAKE_INSTALL_DO_STRIP)
        set(IOC_STRIP \"${CMAKE_STRIP}\")
    endif()
    include(\"${PROJECT_SOURCE_DIR}/cmake/IocWindowsRuntime.cmake\")
")

# The programs' Windows resources (packaging/windows/version.rc.in): version information, and for
# the console its icon, made from resources/icons/ioc.svg at configure time (rsvg-convert,
# icotool), which the installer shows too.
find_program(IOC_RSVG_CONVERT rsvg-convert REQUIRED)
find_program(IOC_ICOTOOL icotool REQUIRED)
set(IOC_WINDOWS_ICON "${PROJECT_BINARY_DIR}/windows/ioc.ico")
set(_ioc_icon_pngs "")
file(MAKE_DIRECTORY "${PROJECT_BINARY_DIR}/windows")
foreach(_ioc_size 16 24 32 48 64 128 256)
    set(_ioc_png "${PROJECT_BINARY_DIR}/windows/ioc-${_ioc_size}.png")
    execute_process(COMMAND "${IOC_RSVG_CONVERT}" --width ${_ioc_size} --height ${_ioc_size} --keep-aspect-ratio
        -o "${_ioc_png}" "${PROJECT_SOURCE_DIR}/resources/icons/ioc.svg" COMMAND_ERROR_IS_FATAL ANY)
    list(APPEND _ioc_icon_pngs "${_ioc_png}")
endforeach()
# The 256-pixel image stays PNG inside the icon (-r), as Windows expects.
list(POP_BACK _ioc_icon_pngs _ioc_png_256)
execute_process(COMMAND "${IOC_ICOTOOL}" -c -o "${IOC_WINDOWS_ICON}" ${_ioc_icon_pngs} -r "${_ioc_png_256}"
    COMMAND_ERROR_IS_FATAL ANY)

function(ioc_windows_resources target description)
    cmake_parse_arguments(ARG "WITH_ICON" "" "" ${ARGN})
    set(IOC_RC_NAME "${target}")
    set(IOC_RC_DESCRIPTION "${description}")
    set(IOC_RC_ICON "")
    if(ARG_WITH_ICON)
        set(IOC_RC_ICON "IDI_ICON1 ICON \"${IOC_WINDOWS_ICON}\"")
    endif()
    configure_file("${PROJECT_SOURCE_DIR}/packaging/windows/version.rc.in"
        "${PROJECT_BINARY_DIR}/windows/${target}.rc" @ONLY)
    target_sources(${target} PRIVATE "${PROJECT_BINARY_DIR}/windows/${target}.rc")
endfunction()
ioc_windows_resources(ioc-console "Bảng điều khiển IOC: phản ánh hiện trường" WITH_ICON)
ioc_windows_resources(ioc-admin "Công cụ dòng lệnh IOC (ioc-admin)")
