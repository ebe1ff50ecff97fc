#!/usr/bin/env bash
# The Windows installer tried as an administrator and a duty officer would, under Wine in the
# Debian 13 root (`./ioc windows --check`, packaging/windows/project.sh check-installer), on a
# fresh Wine prefix whose Windows user is "Nguyễn Văn A" (C:\users\Nguyễn Văn A):
#   1. installed silently (/S) into Program Files;
#   2. its files checked against what a workstation needs (packaging/windows/installed-files.txt)
#      and what it must never hold (a SQLite driver, test programs, OpenSSL's TLS library);
#   3. ioc-admin and the console run from there (--version);
#   4. the administrator's preset (%PROGRAMDATA%\IOC\ioc-console.ini: the server and its CA),
#      then the console started as from the Start menu under Xvfb, the user name and password
#      typed into its sign-in dialog (xdotool), and once it has signed in to a demo ioc-server
#      (the build machine's, on loopback) and loaded the queue, its window photographed;
#   5. installed again over itself, as an upgrade is: the user's profile, settings and the
#      preset must come through unchanged;
#   6. uninstalled silently: the folder, the Start menu entry and the uninstall key are gone, and
#      what remains is only the documented user data (profile, settings, the preset).
# Prints windows.installed_mb.
#
#   check-installer.sh <release build dir>
set -euo pipefail

RELEASE="$1"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# A workstation that never had it, used by someone with Vietnamese letters in their name: Wine
# names the Windows user (and C:\users\…) after $USER when it makes the prefix.
WINEPREFIX=/root/.wine-ioc-installer
export WINEPREFIX WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
export USER="Nguyễn Văn A" LOGNAME="Nguyễn Văn A"
INSTALL_DIR="$WINEPREFIX/drive_c/Program Files/IOC Console"
USER_DIR="$WINEPREFIX/drive_c/users/$USER"
PROGRAMDATA_DIR="$WINEPREFIX/drive_c/ProgramData/IOC"
HOST_SERVER=/ioc/build-qt68/bin/ioc-server
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

[ -x "$HOST_SERVER" ] || fail "no $HOST_SERVER (the host-programs step makes it)"
WORK="$(mktemp -d)"
SERVER_PID=""
XVFB_PID=""
cleanup() {
    wineserver -k 2>/dev/null || true
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

say "a fresh Wine prefix for the Windows user \"$USER\""
rm -rf "$WINEPREFIX"
wineboot --init >/dev/null 2>&1 || fail "wineboot --init"
wine reg add 'HKCU\Software\Wine\WineDbg' /v ShowCrashDialog /t REG_DWORD /d 0 /f >/dev/null 2>&1
wineserver -w
[ -d "$USER_DIR" ] || fail "Wine made no C:\\users\\$USER"

install_and_check() { # <what>: the installer run silently, then what it put in Program Files
    say "$1: $(basename "$installer") with /S"
    wine "$installer" /S || fail "the installer exited with $?"
    wineserver -w
    [ -f "$INSTALL_DIR/bin/ioc-console.exe" ] || fail "no bin/ioc-console.exe in $INSTALL_DIR"

    say "checking the installed files"
    local missing=0 path
    while read -r path; do
        case "$path" in '' | '#'*) continue ;; esac
        if [ ! -e "$INSTALL_DIR/$path" ]; then
            say "missing: $path"
            missing=1
        fi
    done <"$HERE/installed-files.txt"
    [ $missing -eq 0 ] || fail "files a workstation needs are missing"
    local forbidden
    forbidden="$(cd "$INSTALL_DIR" && find . -type f \( -iname '*qsqlite*' -o -ipath '*sqldrivers*' \
        -o -iname 'test*.exe' -o -iname 'libssl*' -o -iname 'ioc-server*' -o -iname '*.a' \) | sort)"
    [ -z "$forbidden" ] || fail "files that must not be installed: $forbidden"
    # Every DLL a program or plugin imports is either installed or Windows' own.
    local runtime dll
    runtime="$(x86_64-w64-mingw32-objdump -p "$INSTALL_DIR"/bin/*.exe "$INSTALL_DIR"/bin/*.dll \
        "$INSTALL_DIR"/bin/*/*.dll | sed -n 's/^\s*DLL Name: //p' | sort -u)"
    for dll in $runtime; do
        [ -n "$(find "$INSTALL_DIR/bin" -maxdepth 1 -iname "$dll")" ] && continue
        [ -n "$(find "$WINEPREFIX/drive_c/windows/system32" -maxdepth 1 -iname "$dll")" ] && continue
        case "$dll" in api-ms-win-* | ext-ms-*) continue ;; esac
        fail "$dll is imported but neither installed nor part of Windows"
    done

    say "running the installed programs"
    local admin_version console_version
    admin_version="$(wine "$INSTALL_DIR/bin/ioc-admin.exe" --version 2>/dev/null | tr -d '\r')"
    grep -q "$version" <<<"$admin_version" || fail "ioc-admin --version said: $admin_version"
    say "ioc-admin --version: $admin_version"
    console_version="$(wine "$INSTALL_DIR/bin/ioc-console.exe" --version 2>/dev/null | tr -d '\r')"
    grep -q "$version" <<<"$console_version" || fail "ioc-console --version said: $console_version"
    say "ioc-console --version: $console_version"
}

install_and_check "installing"
installed_kb="$(du -sk "$INSTALL_DIR" | cut -f1)"
printf 'windows.installed_mb %s\n' "$(awk -v k="$installed_kb" 'BEGIN { printf "%.1f", k / 1024 }')"

say "a demo ioc-server on loopback (the build machine's, $HOST_SERVER)"
(
    umask 077
    cd "$WORK"
    openssl req -x509 -newkey rsa:2048 -nodes -keyout ca-key.pem -out ca.pem \
        -days 2 -subj '/CN=IOC installer check CA (throwaway)' 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -keyout server-key.pem -out server.csr \
        -subj '/CN=localhost' 2>/dev/null
    printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' \
        >server.ext
    openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -out server.pem -days 2 \
        -extfile server.ext 2>/dev/null
) || fail "the throwaway certificates"
"$HOST_SERVER" --listen 127.0.0.1:0 --tls-cert "$WORK/server.pem" --tls-key "$WORK/server-key.pem" \
    --data "$WORK/server" --audit-key-file "$WORK/audit.key" --demo >"$WORK/server.out" 2>"$WORK/server.log" &
SERVER_PID=$!
url=""
for _ in $(seq 1 300); do
    url="$(sed -n 's/^listening on //p' "$WORK/server.out" | head -n 1)"
    [ -n "$url" ] && break
    kill -0 "$SERVER_PID" 2>/dev/null || fail "ioc-server ended: $(cat "$WORK/server.log")"
    sleep 0.2
done
[ -n "$url" ] || fail "ioc-server did not say where it listens"
say "ioc-server: $url"

say "the administrator's preset: %PROGRAMDATA%\\IOC\\ioc-console.ini"
mkdir -p "$PROGRAMDATA_DIR"
cp "$WORK/ca.pem" "$PROGRAMDATA_DIR/ioc-ca.pem"
printf '[server]\r\nurl=%s\r\ncaFile=C:\\\\ProgramData\\\\IOC\\\\ioc-ca.pem\r\n' "$url" >"$PROGRAMDATA_DIR/ioc-console.ini"

say "the console, signed in through its own sign-in dialog, under Xvfb"
mkdir -p "$SHOTS"
rm -f "$SHOTS/windows-console.png"
display=:57
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
sleep 1
(cd "$INSTALL_DIR/bin" && DISPLAY="$display" wine ioc-console.exe >"$RELEASE/console-under-wine.log" 2>&1) &
console=$!
settings="$USER_DIR/AppData/Roaming/IOC/ioc-console.ini"
# The sign-in dialog has the focus on the user name when the server is preset.
dialog=""
for _ in $(seq 1 60); do
    sleep 1
    kill -0 "$console" 2>/dev/null || fail "the console ended under Wine (see $RELEASE/console-under-wine.log)"
    dialog="$(DISPLAY="$display" xdotool search --name 'Đăng nhập máy chủ IOC' 2>/dev/null | head -n 1 || true)"
    [ -n "$dialog" ] && break
done
[ -n "$dialog" ] || fail "no sign-in dialog within 60 s"
sleep 2
DISPLAY="$display" import -window root "$SHOTS/windows-sign-in.png"
DISPLAY="$display" xdotool windowactivate --sync "$dialog" 2>/dev/null || true
DISPLAY="$display" xdotool type --delay 80 truc1
DISPLAY="$display" xdotool key Tab
DISPLAY="$display" xdotool type --delay 80 demo
DISPLAY="$display" xdotool key Return
# Signed in once the console kept the user in the user's settings; then the first sync.
signed_in=0
for _ in $(seq 1 120); do
    sleep 1
    kill -0 "$console" 2>/dev/null || fail "the console ended under Wine (see $RELEASE/console-under-wine.log)"
    if [ -f "$settings" ] && grep -q '^lastUser=truc1' "$settings"; then
        signed_in=1
        break
    fi
done
[ $signed_in -eq 1 ] || {
    DISPLAY="$display" import -window root "$SHOTS/windows-console.png"
    fail "the console did not sign in within 120 s (its window: $SHOTS/windows-console.png)"
}
sleep 20 # the queue, the map's pins and the detail of the first report
DISPLAY="$display" import -window root "$SHOTS/windows-console.png"
say "screenshots: $SHOTS/windows-sign-in.png, $SHOTS/windows-console.png"
profile="$(find "$USER_DIR/AppData/Local/IOC/ioc-console/profiles" -mindepth 1 -maxdepth 1 -type d | head -n 1)"
[ -n "$profile" ] || fail "no profile in %LOCALAPPDATA%\\IOC\\ioc-console\\profiles"
say "the profile: ${profile#"$WINEPREFIX/drive_c/"}"
wineserver -k 2>/dev/null || true
wait "$console" 2>/dev/null || true
kill "$XVFB_PID" 2>/dev/null || true
XVFB_PID=""

user_data() { # the documented user data, and a checksum of each file
    (cd "$WINEPREFIX/drive_c" && find "users/$USER/AppData/Local/IOC" "users/$USER/AppData/Roaming/IOC" \
        ProgramData/IOC -type f -print0 2>/dev/null | sort -z | xargs -0 sha256sum)
}
before="$(user_data)"
[ -n "$before" ] || fail "no user data after signing in"

install_and_check "upgrading (the installer again over the installation)"
after="$(user_data)"
[ "$before" = "$after" ] || fail "the upgrade changed the user data: $(diff <(echo "$before") <(echo "$after"))"
say "the profile, the settings and the preset came through the upgrade unchanged ($(wc -l <<<"$after") files)"

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
# Nothing of ours anywhere else on C: but the documented user data.
stray="$(cd "$WINEPREFIX/drive_c" && find . -ipath '*ioc*' ! -path "./users/$USER/AppData/Local/IOC*" \
    ! -path "./users/$USER/AppData/Roaming/IOC*" ! -path './ProgramData/IOC*' | sort)"
[ -z "$stray" ] || fail "left outside the documented user data: $stray"
[ "$(user_data)" = "$before" ] || fail "the uninstaller changed the user data"
say "the installer installed, ran, upgraded and uninstalled cleanly; the user data stays: $(wc -l <<<"$before") files"
