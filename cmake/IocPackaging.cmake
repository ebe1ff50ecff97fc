# Packages: `cpack -G DEB` on Debian, `cpack -G NSIS` for Windows installers.
# Plugins are not found by shlibdeps, so the runtime plugin packages are named explicitly.
# Never libqt6sql6-sqlite: the project's own SQLCipher driver is its only SQLite driver.
set(CPACK_PACKAGE_NAME "ioc-console")
set(CPACK_PACKAGE_VENDOR "IOC")
set(CPACK_PACKAGE_CONTACT "ioc@localhost")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-translations-l10n")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_NSIS_DISPLAY_NAME "IOC Console")
set(CPACK_NSIS_PACKAGE_NAME "IOC Console")
include(CPack)
