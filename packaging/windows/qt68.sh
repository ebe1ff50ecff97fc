#!/usr/bin/env bash
# `./ioc test --qt68`: the whole suite built and run with Qt 6.8 inside the Debian 13 root
# (packaging/windows/trixie-root.sh), whose binaries do not run on the host. The root gets the
# Debian 13 counterparts of `./ioc setup`'s packages (PostgreSQL, gnome-keyring and SQLCipher 4
# included), then `./ioc test` runs in it on the same source tree, building into build-qt68/.
# Arguments go to ctest.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SOURCE_TREE="$(cd "$HERE/../.." && pwd)"
[ "$(id -u)" -eq 0 ] || { echo "test --qt68: needs root (debootstrap, chroot, mount)" >&2; exit 1; }
# Mounts private to this run, gone when it ends: the toolchain and the Qt 6.8 leg share the root
# and may run at once.
[ -n "${IOC_PRIVATE_MOUNTS:-}" ] || exec env IOC_PRIVATE_MOUNTS=1 unshare --mount --propagation private "$0" "$@"
mkdir -p "$SOURCE_TREE/build-qt68"
LOG="$SOURCE_TREE/build-qt68/root.log"

# shellcheck source=trixie-root.sh
. "$HERE/trixie-root.sh"
trap trixie_umount_all EXIT

# shellcheck source=root-packages.sh
. "$HERE/root-packages.sh"

trixie_root_ready
trixie_packages qt68 "${QT68_PACKAGES[@]}"
trixie_bind "$SOURCE_TREE" /ioc
trixie_log "Qt $(chroot "$TRIXIE_ROOT" dpkg-query -W -f='${Version}' qt6-base-dev): ./ioc test in the Debian 13 root"
# The root's /tmp is the tests' scratch space (PostgreSQL clusters, keyrings, sockets).
chmod 1777 "$TRIXIE_ROOT/tmp"
trixie_run IOC_SETUP_DONE=1 IOC_TEST_BUILD_DIR=/ioc/build-qt68 IOC_JOBS="${IOC_JOBS:-$(nproc)}" \
    /ioc/ioc test "$@"
