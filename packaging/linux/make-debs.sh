#!/usr/bin/env bash
# Assembles the two Debian packages, ioc-console and ioc-server, from an optimised build and the
# files of this folder, with Debian's own tools (dpkg-shlibdeps for the libraries, dpkg-deb to
# build, lintian to check). The packaging is applied from here to any build, so that an older
# commit's build (packaging/linux/upgrade-from) is packaged the same way.
#
#   make-debs.sh --build DIR --version V --out DIR [--source DIR] [--commit SHA]
#
# DIR/bin must hold ioc-console, ioc-admin and ioc-server. Prints the paths of the packages.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SOURCE="$(cd "$HERE/../.." && pwd)"
BUILD="" VERSION="" OUT="" COMMIT="unknown"
while [ $# -gt 0 ]; do
    case "$1" in
        --build) BUILD="$2"; shift 2 ;;
        --version) VERSION="$2"; shift 2 ;;
        --out) OUT="$2"; shift 2 ;;
        --source) SOURCE="$2"; shift 2 ;;
        --commit) COMMIT="$2"; shift 2 ;;
        *) echo "make-debs: unknown option $1" >&2; exit 2 ;;
    esac
done
[ -n "$BUILD" ] && [ -n "$VERSION" ] && [ -n "$OUT" ] || { echo "make-debs: --build, --version and --out are required" >&2; exit 2; }
for tool in ioc-console ioc-admin ioc-server; do
    [ -x "$BUILD/bin/$tool" ] || { echo "make-debs: $BUILD/bin/$tool is missing: build it first" >&2; exit 1; }
done

ARCH="$(dpkg --print-architecture)"
DATE_ISO="$(date -u +%Y-%m-%d)"
DATE_RFC="$(date -u -R)"
MAINTAINER="IOC Quảng Trị <ioc@tuongtac.quangtri.gov.vn>"
STAGE="$OUT/stage"
rm -rf "$STAGE"
mkdir -p "$OUT" "$STAGE"
umask 022

install_binary() { # <from> <to>: stripped, as dh_strip does (debug symbols stay in the build)
    install -D -m 0755 "$1" "$2"
    strip --strip-unneeded --remove-section=.comment --remove-section=.note "$2"
}

man_page() { # <binary> <section> <include> <out.gz>: from --help and --version (help2man)
    install -d "$(dirname "$4")"
    env -u DISPLAY QT_QPA_PLATFORM=offscreen help2man --no-info --no-discard-stderr --version-string="$VERSION" --section="$2" --include="$3" "$1" | gzip -9n >"$4"
    chmod 0644 "$4"
}

common_docs() { # <package root> <package>
    local doc="$1/usr/share/doc/$2"
    install -D -m 0644 "$HERE/copyright" "$doc/copyright"
    printf '%s (%s) bookworm; urgency=medium\n\n  * Built from commit %s.\n\n -- %s  %s\n' \
        "$2" "$VERSION" "$COMMIT" "$MAINTAINER" "$DATE_RFC" | gzip -9n >"$doc/changelog.gz"
    chmod 0644 "$doc/changelog.gz"
    if [ -f "$HERE/lintian-overrides/$2" ]; then
        install -D -m 0644 "$HERE/lintian-overrides/$2" "$1/usr/share/lintian/overrides/$2"
    fi
}

# The libraries the package's executables link, as dpkg-shlibdeps finds them (it wants a
# debian/control beside it).
shlibs_of() { # <package root> <executables…>
    local root="$1" work
    shift
    work="$(mktemp -d)"
    mkdir -p "$work/debian"
    printf 'Source: ioc\n\nPackage: ioc\nArchitecture: any\n' >"$work/debian/control"
    (cd "$work" && dpkg-shlibdeps -O "${@/#/$root/}" 2>/dev/null) | sed -n 's/^shlibs:Depends=//p'
    rm -rf "$work"
}

finish_package() { # <package root> <package> <executables relative to root…>
    local root="$1" package="$2"
    shift 2
    local shlibs size
    shlibs="$(shlibs_of "$root" "$@")"
    size="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
    install -d -m 0755 "$root/DEBIAN"
    sed -e "s|@VERSION@|$VERSION|" -e "s|@ARCH@|$ARCH|" -e "s|@INSTALLED_SIZE@|$size|" -e "s|@SHLIBS@|$shlibs|" \
        "$HERE/$package.control.in" >"$root/DEBIAN/control"
    (cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum) \
        >"$root/DEBIAN/md5sums"
    chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"
    local deb="$OUT/${package}_${VERSION}_${ARCH}.deb"
    dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
    echo "$deb"
}

# --- ioc-console: the console and ioc-admin ------------------------------------------------
CONSOLE="$STAGE/ioc-console"
install_binary "$BUILD/bin/ioc-console" "$CONSOLE/usr/bin/ioc-console"
install_binary "$BUILD/bin/ioc-admin" "$CONSOLE/usr/bin/ioc-admin"
APP_ID=vn.gov.quangtri.IocConsole
install -D -m 0644 "$HERE/$APP_ID.desktop" "$CONSOLE/usr/share/applications/$APP_ID.desktop"
install -d "$CONSOLE/usr/share/metainfo"
sed -e "s|@VERSION@|$VERSION|" -e "s|@DATE@|$DATE_ISO|" "$HERE/$APP_ID.metainfo.xml" \
    >"$CONSOLE/usr/share/metainfo/$APP_ID.metainfo.xml"
chmod 0644 "$CONSOLE/usr/share/metainfo/$APP_ID.metainfo.xml"
install -D -m 0644 "$SOURCE/resources/icons/ioc.svg" "$CONSOLE/usr/share/icons/hicolor/scalable/apps/ioc-console.svg"
for size in 16 22 24 32 48 64 128 256; do
    icon="$CONSOLE/usr/share/icons/hicolor/${size}x${size}/apps/ioc-console.png"
    install -d "$(dirname "$icon")"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$SOURCE/resources/icons/ioc.svg" >"$icon"
    chmod 0644 "$icon"
done
man_page "$CONSOLE/usr/bin/ioc-console" 1 "$HERE/man/ioc-console.h2m" "$CONSOLE/usr/share/man/man1/ioc-console.1.gz"
man_page "$CONSOLE/usr/bin/ioc-admin" 1 "$HERE/man/ioc-admin.h2m" "$CONSOLE/usr/share/man/man1/ioc-admin.1.gz"
common_docs "$CONSOLE" ioc-console
finish_package "$CONSOLE" ioc-console usr/bin/ioc-console usr/bin/ioc-admin

# --- ioc-server ----------------------------------------------------------------------------
SERVER="$STAGE/ioc-server"
install_binary "$BUILD/bin/ioc-server" "$SERVER/usr/bin/ioc-server"
install -D -m 0644 "$HERE/ioc-server.service" "$SERVER/lib/systemd/system/ioc-server.service"
install -D -m 0644 "$HERE/ioc-server.conf" "$SERVER/etc/ioc-server/ioc-server.conf"
install -D -m 0644 "$HERE/ioc-server-low-port.conf" "$SERVER/usr/share/doc/ioc-server/examples/low-port.conf"
install -D -m 0644 "$HERE/haproxy.cfg" "$SERVER/usr/share/doc/ioc-server/examples/haproxy.cfg"
man_page "$SERVER/usr/bin/ioc-server" 8 "$HERE/man/ioc-server.h2m" "$SERVER/usr/share/man/man8/ioc-server.8.gz"
common_docs "$SERVER" ioc-server
install -d -m 0755 "$SERVER/DEBIAN"
for script in postinst prerm postrm config; do
    [ -f "$HERE/ioc-server.$script" ] && install -m 0755 "$HERE/ioc-server.$script" "$SERVER/DEBIAN/$script"
done
[ -f "$HERE/ioc-server.templates" ] && install -m 0644 "$HERE/ioc-server.templates" "$SERVER/DEBIAN/templates"
echo /etc/ioc-server/ioc-server.conf >"$SERVER/DEBIAN/conffiles"
chmod 0644 "$SERVER/DEBIAN/conffiles"
finish_package "$SERVER" ioc-server usr/bin/ioc-server
