#!/usr/bin/env bash
# Builds the Windows cross toolchain once (`./ioc windows-toolchain`, docs/windows.md): Qt 6.8
# and the console's libraries cross-compiled with MinGW-w64 from Debian 13's own source packages,
# inside a Debian 13 root (packaging/windows/trixie-root.sh), into
# ~/.cache/ioc-mingw/<toolchain>/prefix. Idempotent and resumable: each part leaves a stamp when it
# is installed, and a later run starts at the first part without one. Logs to toolchain.log beside
# the prefix and prints the time; a changed TOOLCHAIN name builds a new toolchain beside the old.
#
#   toolchain.sh [--print-prefix]
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SOURCE_TREE="$(cd "$HERE/../.." && pwd)"
# Qt's version and a revision of this script's build recipe: change either for a new toolchain.
TOOLCHAIN="qt6.8.2-r2"
CACHE="${IOC_MINGW_CACHE:-$HOME/.cache/ioc-mingw}"
DIR="$CACHE/$TOOLCHAIN"
PREFIX="$DIR/prefix"
LOG="$DIR/toolchain.log"
JOBS="${IOC_JOBS:-$(nproc)}"

if [ "${1:-}" = --print-prefix ]; then
    echo "$PREFIX"
    exit 0
fi
[ "$(id -u)" -eq 0 ] || { echo "windows-toolchain: needs root (debootstrap, chroot, mount)" >&2; exit 1; }
# Mounts private to this run, gone when it ends: the toolchain and the Qt 6.8 leg share the root
# and may run at once.
[ -n "${IOC_PRIVATE_MOUNTS:-}" ] || exec env IOC_PRIVATE_MOUNTS=1 unshare --mount --propagation private "$0" "$@"

# shellcheck source=trixie-root.sh
. "$HERE/trixie-root.sh"
trap trixie_umount_all EXIT

# shellcheck source=root-packages.sh
. "$HERE/root-packages.sh"

# Source package of each part, in build order (dependencies first).
COMPONENTS=(zlib expat openssl sqlcipher hunspell libxlsxwriter exiv2 qrencode
    qt6-base qt6-positioning qt6-multimedia qtkeychain qt6-svg qt6-imageformats qt6-charts)
# Parts the project builds without (docs/windows.md): when no version of the source can be
# fetched from the archive, the run says so and goes on; a later run tries again.
OPTIONAL=" qt6-multimedia qt6-svg qt6-imageformats qt6-charts "
component_function() {
    case "$1" in
        qt6-base) echo qtbase ;;
        qt6-svg) echo qtsvg ;;
        qt6-imageformats) echo qtimageformats ;;
        qt6-positioning) echo qtpositioning ;;
        qt6-charts) echo qtcharts ;;
        qt6-multimedia) echo qtmultimedia ;;
        *) echo "$1" ;;
    esac
}

# apt-get source, newest version first (Debian 13's, then Debian 12's): the archive may not hold
# every version it lists (a point release's sources can answer 404 while the release's are there).
# When a version's .dsc or Debian part is missing but its upstream tarball is there, that tarball
# is unpacked as NAME-VERSION/ (without Debian's patches; the log says so). Fails (status 1) when
# no version can be had.
SOURCE_LISTS_FRESH=0
fetch_source() {
    local version
    if [ $SOURCE_LISTS_FRESH -eq 0 ]; then
        trixie_run apt-get update -qq >>"$LOG" 2>&1 || trixie_fail "apt-get update"
        SOURCE_LISTS_FRESH=1
    fi
    local versions
    versions="$(trixie_run apt-cache showsrc "$1" | sed -n 's/^Version: //p' | sort -u -r -V)"
    for version in $versions; do
        trixie_log "apt-get source $1=$version"
        if trixie_run sh -c "cd /src && apt-get source -qq $1=$version" >>"$LOG" 2>&1; then
            return 0
        fi
    done
    for version in $versions; do
        local upstream="${version#*:}" url
        upstream="${upstream%-*}"
        url="$(trixie_run sh -c "cd /tmp && apt-get source --print-uris -qq $1=$version" |
            sed -n "s/^'\\([^']*\\.orig\\.tar\\.[a-z0-9]*\\)'.*/\\1/p" | head -n 1)"
        [ -n "$url" ] || continue
        trixie_log "trying the upstream tarball of $1=$version alone: $url"
        if trixie_run /usr/lib/apt/apt-helper download-file "$url" "/src/$(basename "$url")" >>"$LOG" 2>&1; then
            mkdir -p "$CACHE/sources/$1-$upstream"
            tar -xf "$CACHE/sources/$(basename "$url")" -C "$CACHE/sources/$1-$upstream" --strip-components=1
            trixie_log "$1: built from upstream $upstream without Debian's patches (the archive has not its Debian part)"
            return 0
        fi
    done
    return 1
}

mkdir -p "$DIR" "$PREFIX" "$DIR/stamps" "$CACHE/sources" "$DIR/scratch"
START=$(date +%s)
trixie_log "Windows toolchain $TOOLCHAIN in $DIR (log: $LOG)"
trixie_root_ready
trixie_packages windows "${WINDOWS_PACKAGES[@]}"
trixie_bind "$CACHE/sources" /src
trixie_bind "$PREFIX" /opt/ioc-mingw
trixie_bind "$DIR/scratch" /build
trixie_bind "$SOURCE_TREE" /ioc

for source in "${COMPONENTS[@]}"; do
    stamp="$DIR/stamps/$source"
    [ -f "$stamp" ] && continue
    if ! find "$CACHE/sources" -mindepth 1 -maxdepth 1 -type d -name "$source-[0-9]*" | grep -q .; then
        if ! fetch_source "$source"; then
            if [[ "$OPTIONAL" == *" $source "* ]]; then
                trixie_log "NOT BUILT: $source (no version of its source in the archive); the project builds without it"
                continue
            fi
            trixie_fail "apt-get source $source: no version could be fetched"
        fi
    fi
    trixie_log "building $source"
    started=$(date +%s)
    if ! trixie_run JOBS="$JOBS" bash /ioc/packaging/windows/build-component.sh "$(component_function "$source")" \
        >>"$LOG" 2>&1; then
        if [[ "$OPTIONAL" == *" $source "* ]]; then
            trixie_log "NOT BUILT: $source did not build (see $LOG); the project builds without it"
            continue
        fi
        trixie_fail "$source did not build (see the end of $LOG)"
    fi
    seconds=$(($(date +%s) - started))
    echo "$seconds" >"$stamp"
    trixie_log "$source built in $((seconds / 60)) min $((seconds % 60)) s"
done

# The toolchain's build time, summed over its parts (also when it was built over several runs).
total=$(cat "$DIR"/stamps/* | awk '{ s += $1 } END { print s }')
echo "$total" >"$PREFIX/share/ioc/build-seconds"
trixie_log "toolchain ready: $PREFIX"
trixie_log "this run: $(($(date +%s) - START)) s; the parts' build time in all: $((total / 60)) min"
printf 'windows.toolchain_build_min %s\n' "$(awk -v s="$total" 'BEGIN { printf "%.1f", s / 60 }')"
