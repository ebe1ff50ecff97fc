# Installers. The Debian packages (ioc-console, ioc-server) are not made by CPack: `./ioc package`
# assembles them with Debian's own tools from packaging/linux/ (make-debs.sh), so that the same
# packaging applies to an older commit's build for the upgrade check (docs/deployment.md).
# CPack makes the Windows installer (NSIS) and ZIP (`./ioc windows`, docs/windows.md).
set(CPACK_PACKAGE_NAME "ioc-console")
set(CPACK_PACKAGE_VENDOR "IOC Quảng Trị")
set(CPACK_PACKAGE_CONTACT "ioc@tuongtac.quangtri.gov.vn")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")

if(WIN32)
    include(IocWindowsInstall)
    set(CPACK_PACKAGE_FILE_NAME "ioc-console-${PROJECT_VERSION}-windows-x64")
    set(CPACK_PACKAGE_INSTALL_DIRECTORY "IOC Console")
    set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "IOC Console")
    # Start menu: the console (ioc-admin is a command-line program, run from a terminal).
    set(CPACK_PACKAGE_EXECUTABLES "ioc-console;IOC Console")
    set(CPACK_STRIP_FILES ON)
    set(CPACK_NSIS_DISPLAY_NAME "IOC Console")
    set(CPACK_NSIS_PACKAGE_NAME "IOC Console ${PROJECT_VERSION}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\ioc-console.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
    # A new version replaces the old one in place; the profiles (in the user's AppData) stay.
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH OFF)
    # A 64-bit installer for a 64-bit program: into "Program Files", its uninstall key in the
    # registry's 64-bit view, and no 32-bit Windows layer needed to run it.
    set(CPACK_NSIS_DEFINES "Target amd64-unicode")
    set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
    if(IOC_WINDOWS_ICON)
        set(CPACK_NSIS_MUI_ICON "${IOC_WINDOWS_ICON}")
        set(CPACK_NSIS_MUI_UNIICON "${IOC_WINDOWS_ICON}")
    endif()
    set(CPACK_GENERATOR "NSIS;ZIP")
endif()
include(CPack)
