#!/usr/bin/env bash
# `./ioc windows [--check] [ctest args]` (docs/windows.md): the console and ioc-admin cross-built
# for Windows against the toolchain of `./ioc windows-toolchain`, inside the Debian 13 root:
#   1. the build machine's ioc-server and ioc-admin (Linux, Qt 6.8, in build-qt68/), which the
#      tests start through the host launcher;
#   2. a test build (build-windows/, warnings as errors) and its tests under Wine;
#   3. a release build (build-windows-release/) and its installer (NSIS) and ZIP, in
#      build-windows-release/packages/;
#   4. with --check, the installer installed silently under Wine, its files checked, both
#      programs run from where it put them, the console's window photographed under Xvfb, and
#      the uninstaller run.
# Prints "windows.<figure> <value>" lines. Arguments after --check go to ctest.
# `--only STEP` (host-programs, build, test, release, check-installer) runs one step, for work on
# the leg itself.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SOURCE_TREE="$(cd "$HERE/../.." && pwd)"
[ "$(id -u)" -eq 0 ] || { echo "windows: needs root (chroot, mount)" >&2; exit 1; }
[ -n "${IOC_PRIVATE_MOUNTS:-}" ] || exec env IOC_PRIVATE_MOUNTS=1 unshare --mount --propagation private "$0" "$@"

CHECK=0
ONLY=""
if [ "${1:-}" = --only ]; then
    ONLY="$2"
    shift 2
fi
if [ "${1:-}" = --check ]; then
    CHECK=1
    shift
fi
PREFIX="$("$HERE/toolchain.sh" --print-prefix)"
[ -f "$PREFIX/share/ioc/build-seconds" ] ||
    { echo "windows: the toolchain is not complete in $PREFIX: run ./ioc windows-toolchain" >&2; exit 1; }
mkdir -p "$SOURCE_TREE/build-windows"
LOG="$SOURCE_TREE/build-windows/root.log"

# shellcheck source=trixie-root.sh
. "$HERE/trixie-root.sh"
trap trixie_umount_all EXIT
# shellcheck source=root-packages.sh
. "$HERE/root-packages.sh"

trixie_root_ready
trixie_packages qt68 "${QT68_PACKAGES[@]}"
trixie_packages windows "${WINDOWS_PACKAGES[@]}"
trixie_bind "$SOURCE_TREE" /ioc
trixie_bind "$PREFIX" /opt/ioc-mingw ro
chmod 1777 "$TRIXIE_ROOT/tmp"

run_step() { # <step> [args]: packaging/windows/project.sh in the root
    trixie_run JOBS="${IOC_JOBS:-$(nproc)}" bash /ioc/packaging/windows/project.sh "$@"
}

if [ -n "$ONLY" ]; then
    run_step "$ONLY" "$@"
    exit
fi
run_step host-programs
run_step build
run_step test "$@"
run_step release
if [ $CHECK -eq 1 ]; then
    run_step check-installer
fi
