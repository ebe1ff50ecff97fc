#!/usr/bin/env bash
# The Windows installer tried as an administrator would, under Wine in the Debian 13 root
# (`./ioc windows --check`, packaging/windows/project.sh check-installer):
#   1. installed silently (/S) into Program Files;
#   2. its files checked against what a workstation needs (packaging/windows/installed-files.txt)
#      and what it must never hold (a SQLite driver, test programs, OpenSSL's TLS library);
#   3. ioc-admin and the console run from there (--version), and the console's first window
#      photographed under Xvfb;
#   4. uninstalled silently: the folder, the Start menu entry and the uninstall key are gone.
# Prints windows.installed_mb.
#
#   check-installer.sh <release build dir>
set -euo pipefail

RELEASE="$1"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
: "${WINEPREFIX:=/root/.wine-ioc}"
export WINEPREFIX WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
INSTALL_DIR="$WINEPREFIX/drive_c/Program Files/IOC Console"
KEY='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\IOC Console'
SHOTS="$RELEASE/screenshots"

say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
fail() {
    say "FAILED: $*"
    exit 1
}

installer="$(find "$RELEASE/packages" -maxdepth 1 -name 'ioc-console-*-windows-x64.exe' | head -n 1)"
[ -n "$installer" ] || fail "no installer in $RELEASE/packages (run the release step first)"
version="$(basename "$installer" | sed -E 's/^ioc-console-(.*)-windows-x64\.exe$/\1/')"

# A workstation that never had it.
if [ -d "$INSTALL_DIR" ]; then
    wine "$INSTALL_DIR/Uninstall.exe" /S "_?=C:\\Program Files\\IOC Console" >/dev/null 2>&1 || true
    rm -rf "$INSTALL_DIR"
fi
wine reg delete "$KEY" /f >/dev/null 2>&1 || true

say "installing $(basename "$installer") silently"
wine "$installer" /S || fail "the installer exited with $?"
wineserver -w
[ -f "$INSTALL_DIR/bin/ioc-console.exe" ] || fail "no bin/ioc-console.exe in $INSTALL_DIR"

say "checking the installed files"
missing=0
while read -r path; do
    case "$path" in '' | '#'*) continue ;; esac
    if [ ! -e "$INSTALL_DIR/$path" ]; then
        say "missing: $path"
        missing=1
    fi
done <"$HERE/installed-files.txt"
[ $missing -eq 0 ] || fail "files a workstation needs are missing"
forbidden="$(cd "$INSTALL_DIR" && find . -type f \( -iname '*qsqlite*' -o -ipath '*sqldrivers*' -o -iname 'test*.exe' \
    -o -iname 'libssl*' -o -iname 'ioc-server*' -o -iname '*.a' \) | sort)"
[ -z "$forbidden" ] || fail "files that must not be installed: $forbidden"
# Every DLL a program or plugin imports is either installed or Windows' own.
runtime="$(x86_64-w64-mingw32-objdump -p "$INSTALL_DIR"/bin/*.exe "$INSTALL_DIR"/bin/*.dll \
    "$INSTALL_DIR"/bin/*/*.dll | sed -n 's/^\s*DLL Name: //p' | sort -u)"
for dll in $runtime; do
    [ -n "$(find "$INSTALL_DIR/bin" -maxdepth 1 -iname "$dll")" ] && continue
    [ -n "$(find "$WINEPREFIX/drive_c/windows/system32" -maxdepth 1 -iname "$dll")" ] && continue
    case "$dll" in api-ms-win-* | ext-ms-*) continue ;; esac
    fail "$dll is imported but neither installed nor part of Windows"
done
installed_kb="$(du -sk "$INSTALL_DIR" | cut -f1)"
printf 'windows.installed_mb %s\n' "$(awk -v k="$installed_kb" 'BEGIN { printf "%.1f", k / 1024 }')"

say "running the installed programs"
admin_version="$(wine "$INSTALL_DIR/bin/ioc-admin.exe" --version 2>/dev/null | tr -d '\r')"
grep -q "$version" <<<"$admin_version" || fail "ioc-admin --version said: $admin_version"
say "ioc-admin --version: $admin_version"
console_version="$(QT_COMMAND_LINE_PARSER_NO_GUI_MESSAGE_BOXES=1 wine "$INSTALL_DIR/bin/ioc-console.exe" --version \
    2>/dev/null | tr -d '\r')"
grep -q "$version" <<<"$console_version" || fail "ioc-console --version said: $console_version"
say "ioc-console --version: $console_version"

say "the console's first window under Xvfb"
mkdir -p "$SHOTS"
rm -f "$SHOTS/windows-console.png"
display=:57
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
DISPLAY="$display" wine "$INSTALL_DIR/bin/ioc-console.exe" >"$RELEASE/console-under-wine.log" 2>&1 &
console=$!
shot=0
for _ in $(seq 1 60); do
    sleep 1
    kill -0 "$console" 2>/dev/null || break
    # A window is up once anything but the black background is on the screen.
    if DISPLAY="$display" import -window root "$SHOTS/windows-console.png" 2>/dev/null &&
        [ "$(convert "$SHOTS/windows-console.png" -format '%[fx:maxima.r+maxima.g+maxima.b]' info:)" != 0 ]; then
        sleep 3 # let it finish drawing
        DISPLAY="$display" import -window root "$SHOTS/windows-console.png"
        shot=1
        break
    fi
done
alive=0
kill -0 "$console" 2>/dev/null && alive=1
wineserver -k 2>/dev/null || true
kill "$xvfb" 2>/dev/null || true
[ $alive -eq 1 ] || fail "the console ended under Wine (see $RELEASE/console-under-wine.log)"
[ $shot -eq 1 ] || fail "the console showed no window within 60 s"
say "screenshot: $SHOTS/windows-console.png"

say "uninstalling silently"
# _?= runs the uninstaller in place and waits for it (otherwise it copies itself away and returns).
wine "$INSTALL_DIR/Uninstall.exe" /S "_?=C:\\Program Files\\IOC Console" || fail "the uninstaller exited with $?"
wineserver -w
left="$(cd "$INSTALL_DIR" 2>/dev/null && find . -type f ! -name Uninstall.exe | sort || true)"
[ -z "$left" ] || fail "files left after uninstalling: $left"
if wine reg query "$KEY" >/dev/null 2>&1; then
    fail "the uninstall key is still in the registry"
fi
if find "$WINEPREFIX/drive_c" -ipath '*Start Menu*' -iname 'IOC Console*' | grep -q .; then
    fail "the Start menu entry is still there"
fi
rm -rf "$INSTALL_DIR" # the uninstaller run in place (_?=) leaves itself
say "the installer installed, ran and uninstalled cleanly"
