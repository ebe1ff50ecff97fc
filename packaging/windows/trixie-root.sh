# Sourced by packaging/windows/toolchain.sh and the Qt 6.8 leg (`./ioc test --qt68`): one Debian 13
# (trixie) root, made with debootstrap once and kept in IOC_TRIXIE_ROOT (default
# ~/.cache/ioc-trixie/root). It has Qt 6.8.2 (host tools for the Windows cross build, and a Linux
# build of the project on 6.8), MinGW-w64, Wine and NSIS. Its binaries do not run on the host.
#
# Needs root (debootstrap, chroot, mount). The caller sets LOG (a file) and calls
# trixie_umount_all on exit.

TRIXIE_ROOT="${IOC_TRIXIE_ROOT:-$HOME/.cache/ioc-trixie/root}"
TRIXIE_MOUNTS=()

trixie_log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$LOG" >&2; }
trixie_fail() {
    trixie_log "FAILED: $*"
    exit 1
}

trixie_umount_all() {
    local i
    for ((i = ${#TRIXIE_MOUNTS[@]} - 1; i >= 0; i--)); do umount -l "${TRIXIE_MOUNTS[$i]}" 2>/dev/null || true; done
    TRIXIE_MOUNTS=()
}

# trixie_bind HOST_DIR DIR_IN_ROOT [ro]
trixie_bind() {
    mkdir -p "$TRIXIE_ROOT$2"
    mountpoint -q "$TRIXIE_ROOT$2" && return 0
    mount --bind "$1" "$TRIXIE_ROOT$2"
    TRIXIE_MOUNTS+=("$TRIXIE_ROOT$2")
    if [ "${3:-}" = ro ]; then
        mount -o remount,bind,ro "$TRIXIE_ROOT$2"
    fi
}

# Runs a command in the root with a clean environment; extra VAR=value words may come first.
trixie_run() {
    chroot "$TRIXIE_ROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

# Makes the root when it does not exist, and mounts /proc, /sys, /dev and /dev/pts in it.
trixie_root_ready() {
    if [ ! -f "$TRIXIE_ROOT/.ioc-root-complete" ]; then
        trixie_log "debootstrap --variant=minbase trixie into $TRIXIE_ROOT (once)"
        rm -rf "$TRIXIE_ROOT"
        mkdir -p "$TRIXIE_ROOT"
        debootstrap --variant=minbase trixie "$TRIXIE_ROOT" http://deb.debian.org/debian >>"$LOG" 2>&1 ||
            trixie_fail "debootstrap trixie (see $LOG)"
        rm -f "$TRIXIE_ROOT/etc/apt/sources.list"
        cat >"$TRIXIE_ROOT/etc/apt/sources.list.d/debian.sources" <<'SRC'
Types: deb deb-src
URIs: http://deb.debian.org/debian
Suites: trixie trixie-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb deb-src
URIs: http://deb.debian.org/debian-security
Suites: trixie-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
        [ -f "$TRIXIE_ROOT/etc/hosts" ] ||
            printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$TRIXIE_ROOT/etc/hosts"
        # No service starts inside a chroot.
        printf '#!/bin/sh\nexit 101\n' >"$TRIXIE_ROOT/usr/sbin/policy-rc.d"
        chmod 0755 "$TRIXIE_ROOT/usr/sbin/policy-rc.d"
        touch "$TRIXIE_ROOT/.ioc-root-complete"
    fi
    # Debian 12's sources as well, for the few whose Debian 13 sources the archive no longer
    # holds (apt-get source only; no Debian 12 binary is ever installed here).
    if [ ! -f "$TRIXIE_ROOT/etc/apt/sources.list.d/bookworm-sources.sources" ]; then
        cat >"$TRIXIE_ROOT/etc/apt/sources.list.d/bookworm-sources.sources" <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    fi
    local m
    for m in proc sys dev dev/pts; do
        trixie_bind "/$m" "/$m"
    done
    cp /etc/resolv.conf "$TRIXIE_ROOT/etc/resolv.conf"
}

# trixie_packages NAME PACKAGE...: installs the packages once per distinct list (a stamp named
# after the list's checksum), updating the package lists first.
trixie_packages() {
    local name="$1"
    shift
    local stamp
    stamp="$TRIXIE_ROOT/.ioc-packages-$name-$(printf '%s\n' "$@" | sort | md5sum | cut -c1-12)"
    [ -f "$stamp" ] && return 0
    trixie_log "apt-get install in the trixie root: $name ($# packages)"
    local attempt
    for attempt in 1 2 3; do
        if trixie_run apt-get update -qq >>"$LOG" 2>&1 &&
            trixie_run apt-get install -y -qq --no-install-recommends "$@" >>"$LOG" 2>&1; then
            rm -f "$TRIXIE_ROOT/.ioc-packages-$name-"*
            touch "$stamp"
            return 0
        fi
        trixie_log "apt-get failed (attempt $attempt), retrying in $((attempt * 10)) s"
        sleep $((attempt * 10))
    done
    trixie_fail "apt-get install $name (see $LOG)"
}
