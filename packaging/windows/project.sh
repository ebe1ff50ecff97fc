#!/usr/bin/env bash
# The steps of `./ioc windows` (packaging/windows/windows.sh), inside the Debian 13 root with the
# source tree at /ioc and the Windows toolchain at /opt/ioc-mingw:
#
#   project.sh host-programs      the build machine's ioc-server and ioc-admin (Linux, build-qt68/)
#   project.sh build              the Windows test build (build-windows/)
#   project.sh test [ctest args]  its tests under Wine, build-machine programs through the launcher
#   project.sh release            the Windows release build and its installer and ZIP
#                                 (build-windows-release/packages/)
#   project.sh check-installer    the installer run silently under Wine, its files checked, both
#                                 programs run, the console signed in and photographed, an
#                                 upgrade over it, then uninstalled
#
# Environment: JOBS.
set -euo pipefail

STEP="$1"
shift
PREFIX=/opt/ioc-mingw
HOST_BUILD=/ioc/build-qt68
BUILD=/ioc/build-windows
RELEASE=/ioc/build-windows-release
JOBS="${JOBS:-2}"
export WINEPREFIX=/root/.wine-ioc WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="

say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
fail() {
    say "FAILED: $*"
    exit 1
}

# A cross build against the toolchain: Qt's toolchain file loads ours
# (packaging/windows/mingw-w64-x86_64.cmake); pkg-config sees only the toolchain's libraries.
cross_configure() { # <dir> [cmake args]
    local dir="$1"
    shift
    PKG_CONFIG_LIBDIR="$PREFIX/lib/pkgconfig" PKG_CONFIG_PATH="" IOC_MINGW_PREFIX="$PREFIX" \
        cmake -S /ioc -B "$dir" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$PREFIX/lib/cmake/Qt6/qt.toolchain.cmake" \
        -DIOC_WARNINGS_AS_ERRORS=ON -DIOC_BUILD_BENCHMARKS=OFF "$@"
}

# A Wine prefix of our own, made once: no crash dialog (a crashing test ends, it does not wait
# for a click).
wine_ready() {
    if [ ! -f "$WINEPREFIX/.ioc-ready" ]; then
        say "making the Wine prefix $WINEPREFIX (once)"
        wineboot --init >/dev/null 2>&1 || fail "wineboot --init"
        wine reg add 'HKCU\Software\Wine\WineDbg' /v ShowCrashDialog /t REG_DWORD /d 0 /f >/dev/null 2>&1
        wineserver -w
        touch "$WINEPREFIX/.ioc-ready"
    fi
}

host_programs() {
    if [ ! -f "$HOST_BUILD/build.ninja" ]; then
        cmake -S /ioc -B "$HOST_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DIOC_BUILD_TESTS=ON \
            -DIOC_WARNINGS_AS_ERRORS=ON -DIOC_TEST_BUILD=ON
    fi
    say "the build machine's ioc-server and ioc-admin (Qt 6.8, $HOST_BUILD)"
    cmake --build "$HOST_BUILD" -j "$JOBS" --target ioc-server ioc-admin
}

build() {
    say "the Windows test build ($BUILD)"
    cross_configure "$BUILD" -DCMAKE_BUILD_TYPE=Debug -DIOC_BUILD_TESTS=ON -DIOC_TEST_BUILD=ON \
        -DIOC_HOST_SERVER="$HOST_BUILD/bin/ioc-server" -DIOC_HOST_ADMIN="$HOST_BUILD/bin/ioc-admin" \
        -DCMAKE_CROSSCOMPILING_EMULATOR=/ioc/packaging/windows/wine-run.sh
    local started
    started=$(date +%s)
    cmake --build "$BUILD" -j "$JOBS"
    say "built in $(($(date +%s) - started)) s"
}

run_tests() {
    wine_ready
    # The build machine's programs (ioc-server, openssl, psql) are started through the launcher:
    # under Wine a test could start them but would get neither their output nor their exit code.
    local port_file log
    port_file="$(mktemp)"
    log="$BUILD/host-launcher.log"
    rm -f "$port_file"
    python3 /ioc/tests/support/hostlauncher.py --port-file "$port_file" --log "$log" \
        --drive "C=$WINEPREFIX/drive_c" &
    local launcher=$!
    local waited=0
    while [ ! -s "$port_file" ]; do
        sleep 0.2
        waited=$((waited + 1))
        [ $waited -lt 100 ] || fail "the host launcher did not start"
    done
    export IOC_TEST_HOST_LAUNCHER="http://127.0.0.1:$(cat "$port_file")"
    # One Wine session for the whole run, started here without ctest's pipes: the Wine server and
    # the services the first Windows program starts (services.exe, winedevice.exe, explorer.exe)
    # inherit that program's output, so the first test would keep ctest waiting on its pipe until
    # the timeout although it had ended.
    wineserver -p300 </dev/null >/dev/null 2>&1
    wine reg query 'HKCU\Software\Wine' </dev/null >/dev/null 2>&1 || true
    say "tests under Wine ($(wine --version)), build-machine programs through $IOC_TEST_HOST_LAUNCHER"
    local rc=0 output="$BUILD/ctest.log"
    ctest --test-dir "$BUILD" --output-on-failure -j "$JOBS" --timeout 900 "$@" 2>&1 | tee "$output" || rc=$?
    kill "$launcher" 2>/dev/null || true
    wineserver -k 2>/dev/null || true
    local summary
    summary="$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$output" | tail -n 1)"
    if [ -n "$summary" ]; then
        local failed total
        failed="$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$summary")"
        total="$(sed -E 's/.* failed out of ([0-9]+).*/\1/' <<<"$summary")"
        printf 'windows.tests_passed %s\nwindows.tests_total %s\n' "$((total - failed))" "$total"
    fi
    return $rc
}

release() {
    say "the Windows release build ($RELEASE)"
    cross_configure "$RELEASE" -DCMAKE_BUILD_TYPE=Release -DIOC_BUILD_TESTS=OFF
    cmake --build "$RELEASE" -j "$JOBS"
    rm -rf "$RELEASE/packages"
    (cd "$RELEASE" && cpack -G "NSIS;ZIP" -B "$RELEASE/packages") || fail "cpack"
    rm -rf "$RELEASE/packages/_CPack_Packages"
    local installer
    installer="$(find "$RELEASE/packages" -maxdepth 1 -name '*.exe' | head -n 1)"
    [ -n "$installer" ] || fail "cpack made no installer"
    say "installer: $installer"
    printf 'windows.installer_mb %s\n' "$(awk -v b="$(stat -c %s "$installer")" 'BEGIN { printf "%.1f", b / 1048576 }')"
}

check_installer() {
    # A Wine prefix of its own, made afresh by the check (a workstation that never had it).
    /ioc/packaging/windows/check-installer.sh "$RELEASE"
}

case "$STEP" in
    host-programs) host_programs ;;
    build) build ;;
    test) run_tests "$@" ;;
    release) release ;;
    check-installer) check_installer ;;
    *) fail "unknown step: $STEP" ;;
esac
