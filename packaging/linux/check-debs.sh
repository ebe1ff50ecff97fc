#!/usr/bin/env bash
# Proves the packages in a clean Debian 12: a minbase root made by debootstrap (cached as a
# tarball), bookworm-backports enabled, the packages installed with apt as an administrator
# would, the server started from its unit's ExecStart with the packaged settings, the first
# administrator made with ioc-admin, the console signed in under Xvfb, then remove and purge.
# Prints the figures as "package.<name> <value>" lines.
#
#   check-debs.sh --debs DIR --cache DIR --work DIR
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DEBS="" CACHE="" WORK=""
while [ $# -gt 0 ]; do
    case "$1" in
        --debs) DEBS="$(cd "$2" && pwd)"; shift 2 ;;
        --cache) CACHE="$2"; shift 2 ;;
        --work) WORK="$2"; shift 2 ;;
        *) echo "check-debs: unknown option $1" >&2; exit 2 ;;
    esac
done
[ "$(id -u)" -eq 0 ] || { echo "check-debs: needs root (debootstrap, chroot)" >&2; exit 1; }
[ -n "$DEBS" ] && [ -n "$CACHE" ] && [ -n "$WORK" ] || { echo "check-debs: --debs, --cache and --work are required" >&2; exit 2; }

log() { printf '[package --check] %s\n' "$*" >&2; }
fail() { printf '[package --check] FAILED: %s\n' "$*" >&2; exit 1; }
figure() { printf 'package.%s %s\n' "$1" "$2"; }
now_ms() { date +%s%3N; }

ROOT="$WORK/root"
TARBALL="$CACHE/debian12-minbase-backports.tar.gz"
MOUNTS=()
SERVER_PID=""
XVFB_PID=""
cleanup() {
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
    local m
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do umount -l "${MOUNTS[$i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
in_root() { chroot "$ROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

# --- a clean Debian 12, made once -----------------------------------------------------------
mkdir -p "$CACHE" "$WORK"
if [ ! -f "$TARBALL" ]; then
    log "debootstrap --variant=minbase bookworm (once; cached in $TARBALL)"
    rm -rf "$WORK/bootstrap"
    debootstrap --variant=minbase bookworm "$WORK/bootstrap" http://deb.debian.org/debian >"$WORK/debootstrap.log" 2>&1 ||
        fail "debootstrap failed (see $WORK/debootstrap.log)"
    cat >"$WORK/bootstrap/etc/apt/sources.list.d/bookworm-backports.sources" <<'SRC'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    tar -C "$WORK/bootstrap" -czf "$TARBALL.part" . && mv "$TARBALL.part" "$TARBALL"
    rm -rf "$WORK/bootstrap"
fi
rm -rf "$ROOT"
mkdir -p "$ROOT"
tar -C "$ROOT" -xzf "$TARBALL"
for m in proc sys dev dev/pts; do
    mount --bind "/$m" "$ROOT/$m"
    MOUNTS+=("$ROOT/$m")
done
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
# debootstrap leaves no /etc/hosts; every installed system has one.
[ -f "$ROOT/etc/hosts" ] || printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$ROOT/etc/hosts"
# Services do not start inside a chroot (there is no systemd there): policy-rc.d says so.
printf '#!/bin/sh\nexit 101\n' >"$ROOT/usr/sbin/policy-rc.d"
chmod 0755 "$ROOT/usr/sbin/policy-rc.d"

# --- install as an administrator would ------------------------------------------------------
mkdir -p "$ROOT/tmp/debs"
cp "$DEBS"/ioc-console_*.deb "$DEBS"/ioc-server_*.deb "$ROOT/tmp/debs/"
log "apt-get update; the dependencies into apt's cache"
in_root apt-get update -qq >/dev/null
in_root sh -c 'cd /tmp/debs && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --download-only ./ioc-console_*.deb ./ioc-server_*.deb' >/dev/null
start=$(now_ms)
in_root sh -c 'cd /tmp/debs && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ./ioc-console_*.deb ./ioc-server_*.deb' \
    >"$WORK/install.log" 2>&1 || { tail -30 "$WORK/install.log" >&2; fail "apt-get install"; }
figure install_s "$(awk -v ms=$(($(now_ms) - start)) 'BEGIN { printf "%.1f", ms / 1000 }')"
in_root dpkg-query -W -f='${Package} ${Version}\n' libsqlcipher1 ioc-console ioc-server >&2
if [ "$(in_root dpkg-query -W -f='${Status}' libqt6sql6-sqlite 2>/dev/null || true)" = "install ok installed" ]; then
    fail "libqt6sql6-sqlite was installed"
fi
figure console_installed_mb "$(in_root dpkg-query -W -f='${Installed-Size}' ioc-console | awk '{ printf "%.1f", $1 / 1024 }')"
figure server_installed_mb "$(in_root dpkg-query -W -f='${Installed-Size}' ioc-server | awk '{ printf "%.1f", $1 / 1024 }')"

# What postinst made.
in_root getent passwd ioc-server >/dev/null || fail "postinst made no ioc-server user"
[ "$(in_root stat -c '%a %U' /var/lib/ioc-server)" = "700 ioc-server" ] || fail "/var/lib/ioc-server is not 0700 ioc-server"
[ "$(in_root stat -c '%a %U' /etc/ioc-server/keys)" = "700 ioc-server" ] || fail "/etc/ioc-server/keys is not 0700 ioc-server"
in_root ioc-admin --version
in_root ioc-console --version
in_root ioc-server --version

# --- the server, from the unit's own ExecStart, with the packaged settings --------------------
log "a test certificate for the server"
TLS="$WORK/tls"
rm -rf "$TLS"
mkdir -p "$TLS"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj "/CN=IOC check CA" \
    -keyout "$TLS/ca.key" -out "$TLS/ca.pem" 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=localhost" \
    -keyout "$TLS/server.key" -out "$TLS/server.csr" 2>/dev/null
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' >"$TLS/ext"
openssl x509 -req -in "$TLS/server.csr" -CA "$TLS/ca.pem" -CAkey "$TLS/ca.key" -CAcreateserial -days 2 \
    -extfile "$TLS/ext" -out "$TLS/server.crt" 2>/dev/null
install -m 0644 "$TLS/server.crt" "$ROOT/etc/ioc-server/tls/server.crt"
install -m 0640 -g "$(in_root getent group ioc-server | cut -d: -f3)" "$TLS/server.key" "$ROOT/etc/ioc-server/tls/server.key"
install -m 0644 "$TLS/ca.pem" "$ROOT/usr/local/share/ioc-ca.pem"

exec_start="$(sed -n 's/^ExecStart=//p' "$ROOT/lib/systemd/system/ioc-server.service")"
[ -n "$exec_start" ] || fail "the unit has no ExecStart"
log "starting: $exec_start (as ioc-server)"
# shellcheck disable=SC2086 # the unit's command line, split as systemd splits it (no quotes in it)
chroot --userspec=ioc-server:ioc-server "$ROOT" env -i PATH=/usr/bin:/bin HOME=/var/lib/ioc-server \
    $exec_start >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 60); do
    grep -q '^listening on' "$WORK/server.log" && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; fail "ioc-server exited"; }
    sleep 0.5
done
grep -q '^listening on' "$WORK/server.log" || { cat "$WORK/server.log" >&2; fail "ioc-server does not listen"; }
port="$(sed -n 's/^listening on https:\/\/[^:]*:\([0-9]*\).*/\1/p' "$WORK/server.log" | head -n 1)"
health="$(curl -sS --cacert "$TLS/ca.pem" "https://localhost:$port/v1/health")" || fail "no answer on /v1/health"
echo "$health" | grep -q '"status"' || fail "/v1/health answered: $health"
log "health: $health"

# --- the first administrator and a duty officer, with ioc-admin ------------------------------
printf 'Check-Passw0rd-2026\n' >"$ROOT/tmp/password"
chmod 0644 "$ROOT/tmp/password"
for account in "admin admin" "truc1 duty_officer"; do
    set -- $account
    chroot --userspec=ioc-server:ioc-server "$ROOT" env -i PATH=/usr/bin:/bin HOME=/var/lib/ioc-server \
        ioc-admin server user add --data /var/lib/ioc-server --audit-key-file /etc/ioc-server/keys/audit.key \
        --username "$1" --display-name "Kiểm tra $1" --role "$2" --password-file /tmp/password >&2 ||
        fail "ioc-admin server user add $1"
done

# --- the console, signed in under Xvfb with a fresh profile -----------------------------------
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
mkdir -p "$ROOT/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "$ROOT/tmp/.X11-unix"
MOUNTS+=("$ROOT/tmp/.X11-unix")
sleep 1
printf 'profile passphrase for the check\n' >"$ROOT/tmp/passphrase"
install -d -m 0700 "$ROOT/tmp/xdg-runtime"
start=$(now_ms)
in_root env DISPLAY="$display" XDG_RUNTIME_DIR=/tmp/xdg-runtime ioc-console --screenshot-dir /tmp/first-window >/dev/null 2>&1 ||
    fail "ioc-console did not show its window"
figure console_first_window_ms $(($(now_ms) - start))
in_root env DISPLAY="$display" XDG_RUNTIME_DIR=/tmp/xdg-runtime ioc-console --server "https://localhost:$port" --user truc1 \
    --password-file /tmp/password --ca /usr/local/share/ioc-ca.pem --profile-passphrase-file /tmp/passphrase \
    --screenshot-dir /tmp/shots >"$WORK/console.log" 2>&1 || { cat "$WORK/console.log" >&2; fail "ioc-console sign-in"; }
mkdir -p "$WORK/screenshots"
cp "$ROOT"/tmp/shots/*.png "$WORK/screenshots/" || fail "no screenshot"
log "screenshots: $(ls "$WORK/screenshots" | tr '\n' ' ')"
ls "$ROOT"/root/.local/share/IOC/ioc-console/profiles/ >/dev/null || fail "no profile under XDG data"
kill "$SERVER_PID"
wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""

# --- remove and purge: what stays is what docs/deployment.md says stays ---------------------
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq ioc-console ioc-server >"$WORK/purge.log" 2>&1 ||
    { cat "$WORK/purge.log" >&2; fail "apt-get purge"; }
# /etc/ioc-server with what is directly in it (the settings file must be gone), the data
# directory as one entry (what is inside is the server's).
kept="$( (cd "$ROOT" && { find etc/ioc-server -maxdepth 1; find var/lib/ioc-server -maxdepth 0; } 2>/dev/null |
    LC_ALL=C sort) | tr '\n' ' ')"
user="$(in_root getent passwd ioc-server | cut -d: -f1 || true)"
log "after purge: $kept user=$user"
expected="etc/ioc-server etc/ioc-server/keys etc/ioc-server/tls var/lib/ioc-server "
[ "$kept" = "$expected" ] || fail "after purge, kept \"$kept\"; docs/deployment.md says \"$expected\""
[ "$user" = ioc-server ] || fail "the ioc-server user should stay (Debian policy)"
log "passed"
