# Installers. The Debian packages (ioc-console, ioc-server) are not made by CPack: `./ioc package`
# assembles them with Debian's own tools from packaging/linux/ (make-debs.sh), so that the same
# packaging applies to an older commit's build for the upgrade check (docs/deployment.md).
# CPack remains for the Windows installer (`cpack -G NSIS`).
set(CPACK_PACKAGE_NAME "ioc-console")
set(CPACK_PACKAGE_VENDOR "IOC Quảng Trị")
set(CPACK_PACKAGE_CONTACT "ioc@tuongtac.quangtri.gov.vn")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "IOC Console")
set(CPACK_NSIS_PACKAGE_NAME "IOC Console")
include(CPack)
