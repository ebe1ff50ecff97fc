# CMake toolchain for a Windows x86-64 build with Debian's MinGW-w64 (the posix thread model,
# which C++'s std::thread needs), inside the Debian 13 root of packaging/windows/toolchain.sh.
# Libraries, headers and CMake packages are looked up only in MinGW's own tree and in the
# toolchain's prefix (IOC_MINGW_PREFIX, default /opt/ioc-mingw); programs on the build machine.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)

if(DEFINED ENV{IOC_MINGW_PREFIX})
    set(IOC_MINGW_PREFIX "$ENV{IOC_MINGW_PREFIX}")
else()
    set(IOC_MINGW_PREFIX /opt/ioc-mingw)
endif()
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32 "${IOC_MINGW_PREFIX}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
