#!/bin/sh
# Runs a Windows program under Wine inside the Debian 13 root, with the Windows toolchain's DLLs
# and MinGW's runtime on its path: the CMAKE_CROSSCOMPILING_EMULATOR of the Windows test build
# (packaging/windows/project.sh), so ctest runs each test program through it.
#
#   wine-run.sh PROGRAM.exe [args]
#
# The exit status is the program's. Wine hands the environment on, so a test's ENVIRONMENT
# (IOC_TEST_DATA, IOC_SERVER, IOC_TEST_HOST_LAUNCHER…) reaches it; Unix paths in it resolve on
# drive Z:, which is the root's /.
set -eu
: "${WINEPREFIX:=/root/.wine-ioc}"
: "${WINEDEBUG:=-all}"
PREFIX="${IOC_MINGW_PREFIX:-/opt/ioc-mingw}"
runtime="$(dirname "$(x86_64-w64-mingw32-g++-posix -print-file-name=libstdc++-6.dll)")"
pthread="$(dirname "$(x86_64-w64-mingw32-g++-posix -print-file-name=libwinpthread-1.dll)")"
to_windows() { printf 'Z:%s' "$1" | tr / '\\'; }
WINEPATH="$(to_windows "$PREFIX/bin");$(to_windows "$runtime");$(to_windows "$pthread")"
# No Mono or Gecko installer prompts.
WINEDLLOVERRIDES="mscoree,mshtml="
export WINEPREFIX WINEDEBUG WINEPATH WINEDLLOVERRIDES
export QT_PLUGIN_PATH="Z:$PREFIX/plugins"
# Wine keeps the build machine's QT_* variables from Windows programs (they would be a Linux Qt's
# settings) and hands WINEQT_* on as QT_* instead: this is how a test's QT_QPA_PLATFORM=offscreen
# and the plugin path above reach it.
for variable in $(env | sed -n 's/^\(QT_[A-Za-z0-9_]*\)=.*/\1/p'); do
    eval "export WINE$variable=\"\$$variable\""
done
# QtTest on Windows logs to the debugger (OutputDebugString) when its output is not a console,
# and a pipe from ctest is not one: a test program writes its log to a file, shown afterwards.
case "$(basename "$1")" in
    test*.exe)
        # Its own output and Wine's go to a file as well: the console hosts (conhost.exe) Wine
        # starts for the console programs a test runs inherit the output, and one whose program
        # was killed stays until the Wine session ends; on ctest's pipe it would keep ctest waiting
        # for the end of the output until the timeout, although the test had ended.
        log="$(mktemp)"
        output="$(mktemp)"
        status=0
        wine "$@" -o "$(to_windows "$log"),txt" </dev/null >"$output" 2>&1 || status=$?
        cat "$output" "$log"
        rm -f "$log" "$output"
        exit $status
        ;;
esac
exec wine "$@"
