#!/usr/bin/env bash
# Proves the packages in a clean Debian 12: a minbase root made by debootstrap (cached as a
# tarball), bookworm-backports enabled, the packages installed with apt as an administrator
# would, the server started from its unit's ExecStart with the packaged settings, the first
# administrator made with ioc-admin, the console signed in under Xvfb, then remove and purge.
# Prints the figures as "package.<name> <value>" lines.
#
#   check-debs.sh --debs DIR --cache DIR --work DIR [--upgrade-from DIR]
#
# With --upgrade-from (a folder with the 0.0.1 packages of packaging/linux/upgrade-from's commit),
# first an upgrade in a root of its own: the old packages installed, data and a console profile
# made with them, then the current packages installed over them, and both checked intact and
# migrated.
set -euo pipefail

DEBS="" CACHE="" WORK="" OLD_DEBS=""
while [ $# -gt 0 ]; do
    case "$1" in
        --debs) DEBS="$(cd "$2" && pwd)"; shift 2 ;;
        --cache) CACHE="$2"; shift 2 ;;
        --work) WORK="$2"; shift 2 ;;
        --upgrade-from) OLD_DEBS="$(cd "$2" && pwd)"; shift 2 ;;
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
umount_all() {
    local i
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do umount -l "${MOUNTS[$i]}" 2>/dev/null || true; done
    MOUNTS=()
}
stop_server() {
    if [ -n "$SERVER_PID" ]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
        SERVER_PID=""
    fi
}
cleanup() {
    stop_server
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
    umount_all
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
# A fresh root from the tarball, with /proc, /sys and /dev, name resolution and no services.
fresh_root() {
    umount_all
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
}

# --- pieces ---------------------------------------------------------------------------------
# apt-get install of the packages in a folder, as an administrator would (apt resolves the
# dependencies for real). With "timed": the dependencies first into apt's cache, then the install timed.
install_debs() { # <folder> [timed]
    local into
    into="/tmp/debs-$(basename "$1")"
    mkdir -p "$ROOT$into"
    cp "$1"/ioc-console_*.deb "$1"/ioc-server_*.deb "$ROOT$into/"
    local install="cd $into && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Dpkg::Options::=--force-confold ./ioc-console_*.deb ./ioc-server_*.deb"
    if [ "${2:-}" = timed ]; then
        in_root sh -c "$install --download-only" >/dev/null
        local start
        start=$(now_ms)
        in_root sh -c "$install" >"$WORK/install.log" 2>&1 || { tail -30 "$WORK/install.log" >&2; fail "apt-get install"; }
        figure install_s "$(awk -v ms=$(($(now_ms) - start)) 'BEGIN { printf "%.1f", ms / 1000 }')"
    else
        in_root sh -c "$install" >"$WORK/install.log" 2>&1 || { tail -30 "$WORK/install.log" >&2; fail "apt-get install"; }
    fi
    in_root dpkg-query -W -f='${Package} ${Version}\n' libsqlcipher1 ioc-console ioc-server >&2
}

TLS="$WORK/tls"
make_certificate() {
    rm -rf "$TLS"
    mkdir -p "$TLS"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj "/CN=IOC check CA" \
        -keyout "$TLS/ca.key" -out "$TLS/ca.pem" 2>/dev/null
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=localhost" \
        -keyout "$TLS/server.key" -out "$TLS/server.csr" 2>/dev/null
    printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' >"$TLS/ext"
    openssl x509 -req -in "$TLS/server.csr" -CA "$TLS/ca.pem" -CAkey "$TLS/ca.key" -CAcreateserial -days 2 \
        -extfile "$TLS/ext" -out "$TLS/server.crt" 2>/dev/null
}
install_certificate() {
    install -m 0644 "$TLS/server.crt" "$ROOT/etc/ioc-server/tls/server.crt"
    install -m 0640 -g "$(in_root getent group ioc-server | cut -d: -f3)" "$TLS/server.key" \
        "$ROOT/etc/ioc-server/tls/server.key"
    install -m 0644 "$TLS/ca.pem" "$ROOT/usr/local/share/ioc-ca.pem"
}

as_service_user() { chroot --userspec=ioc-server:ioc-server "$ROOT" env -i PATH=/usr/bin:/bin HOME=/var/lib/ioc-server "$@"; }

# Starts the server as the service user; waits until it listens and /v1/health says ok.
start_server() { # <command…>
    log "starting: $* (as ioc-server)"
    # A plain command in the background, not a function: $! is then the server itself (chroot
    # and env exec it), which stop_server's signal must reach.
    chroot --userspec=ioc-server:ioc-server "$ROOT" env -i PATH=/usr/bin:/bin HOME=/var/lib/ioc-server "$@" \
        >"$WORK/server.log" 2>&1 &
    SERVER_PID=$!
    local health=""
    for _ in $(seq 1 240); do
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; fail "ioc-server exited"; }
        if grep -q '^listening on' "$WORK/server.log"; then
            PORT="$(sed -n 's/^listening on https:\/\/[^:]*:\([0-9]*\).*/\1/p' "$WORK/server.log" | head -n 1)"
            health="$(curl -sS --cacert "$TLS/ca.pem" "https://localhost:$PORT/v1/health" 2>/dev/null || true)"
            echo "$health" | grep -q '"status": *"ok"' && break
        fi
        sleep 0.5
    done
    echo "$health" | grep -q '"status": *"ok"' || { cat "$WORK/server.log" >&2; fail "no healthy answer on /v1/health: $health"; }
    log "health: $health"
}

# The unit's own ExecStart, split as systemd splits it (it holds no quotes).
unit_exec_start() {
    local line
    line="$(sed -n 's/^ExecStart=//p' "$ROOT/lib/systemd/system/ioc-server.service")"
    [ -n "$line" ] || fail "the unit has no ExecStart"
    echo "$line"
}

start_xvfb() {
    [ -n "$XVFB_PID" ] && return 0
    DISPLAY_NUMBER=:$((90 + RANDOM % 9))
    Xvfb "$DISPLAY_NUMBER" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB_PID=$!
    sleep 1
}
share_display() {
    mkdir -p "$ROOT/tmp/.X11-unix"
    mount --bind /tmp/.X11-unix "$ROOT/tmp/.X11-unix"
    MOUNTS+=("$ROOT/tmp/.X11-unix")
    install -d -m 0700 "$ROOT/tmp/xdg-runtime"
}
console() { in_root env DISPLAY="$DISPLAY_NUMBER" XDG_RUNTIME_DIR=/tmp/xdg-runtime ioc-console "$@"; }

# Signs the console in with a passphrase-keyed profile (no keyring in a chroot), lets it sync
# and save its screenshots into <shots>, then it quits.
console_sign_in() { # <user> <password file> <profile> <shots>
    console --server "https://localhost:$PORT" --user "$1" --password-file "$2" --ca /usr/local/share/ioc-ca.pem \
        --profile "$3" --profile-passphrase-file /tmp/passphrase --screenshot-dir "$4" >"$WORK/console.log" 2>&1 ||
        { cat "$WORK/console.log" >&2; fail "ioc-console sign-in as $1"; }
}

replica_stats() { # <profile>: the replica's counts, as ioc-admin db stats prints them
    in_root ioc-admin db stats --profile "$1" --passphrase-file /tmp/passphrase | grep -E '^(reports|areas|agencies):'
}
replica_schema() { # <profile>
    in_root ioc-admin db stats --profile "$1" --passphrase-file /tmp/passphrase | sed -n 's/^schema_version: //p'
}

make_certificate
start_xvfb

# --- upgrade from packaging/linux/upgrade-from's commit ---------------------------------------
if [ -n "$OLD_DEBS" ]; then
    log "upgrade: the old packages ($(basename "$(ls "$OLD_DEBS"/ioc-server_*.deb)"))"
    fresh_root
    in_root apt-get update -qq >/dev/null
    install_debs "$OLD_DEBS"
    install_certificate
    share_display
    printf 'profile passphrase for the check\n' >"$ROOT/tmp/passphrase"
    printf 'demo\n' >"$ROOT/tmp/demo-password"
    chmod 0644 "$ROOT/tmp/demo-password"
    # The old server may not read a settings file: its options, as the settings say them.
    start_server /usr/bin/ioc-server --listen 127.0.0.1:8443 --tls-cert /etc/ioc-server/tls/server.crt \
        --tls-key /etc/ioc-server/tls/server.key --data /var/lib/ioc-server \
        --audit-key-file /etc/ioc-server/keys/audit.key --demo --demo-reports 300
    console_sign_in truc1 /tmp/demo-password /root/upgrade-profile /tmp/upgrade-shots-old
    before="$(replica_stats /root/upgrade-profile)"
    schema_before="$(replica_schema /root/upgrade-profile)"
    log "before the upgrade: $(echo "$before" | tr '\n' ' ')"
    echo "$before" | grep -q '^reports: [1-9]' || fail "the old console synced no reports"
    stop_server
    # The demo's data is served only with demo = true; the administrator's edit of the conffile
    # stays through the upgrade.
    printf '\n# Added for the upgrade check: this server holds the demo data.\ndemo = true\n' \
        >>"$ROOT/etc/ioc-server/ioc-server.conf"
    log "upgrade: the current packages over them"
    install_debs "$DEBS"
    grep -q '^demo = true' "$ROOT/etc/ioc-server/ioc-server.conf" || fail "the upgrade lost the settings file's edit"
    # shellcheck disable=SC2046
    start_server $(unit_exec_start)
    as_service_user ioc-admin audit verify --data /var/lib/ioc-server \
        --audit-key-file /etc/ioc-server/keys/audit.key >&2 || fail "the audit trail does not verify after the upgrade"
    console_sign_in truc1 /tmp/demo-password /root/upgrade-profile /tmp/upgrade-shots-new
    after="$(replica_stats /root/upgrade-profile)"
    schema_after="$(replica_schema /root/upgrade-profile)"
    log "replica schema $schema_before -> $schema_after; server: $(grep 'database: migrated' "$WORK/server.log")"
    [ -n "$schema_before" ] && [ "$schema_after" -gt "$schema_before" ] || fail "the console did not migrate its replica ($schema_before -> $schema_after)"
    grep -q '^database: migrated from schema [0-9]* to [0-9]*$' "$WORK/server.log" ||
        fail "the server did not say it migrated its database"
    log "after the upgrade: $(echo "$after" | tr '\n' ' ')"
    [ "$before" = "$after" ] || fail "the profile changed in the upgrade: before \"$before\", after \"$after\""
    in_root ioc-admin db check --profile /root/upgrade-profile --passphrase-file /tmp/passphrase >&2 ||
        fail "the upgraded profile does not pass db check"
    mkdir -p "$WORK/screenshots-upgrade"
    cp "$ROOT"/tmp/upgrade-shots-new/main-window.png "$WORK/screenshots-upgrade/" || fail "no screenshot after the upgrade"
    stop_server
    log "upgrade passed"
fi

# --- install as an administrator would ------------------------------------------------------
fresh_root
log "apt-get update; the dependencies into apt's cache"
in_root apt-get update -qq >/dev/null
install_debs "$DEBS" timed
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

# --- the unit, judged by systemd's own analyser (systemd does not run in a chroot; its
# analyser does). Installed after the timed install: the packages do not need it.
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends systemd man-db \
    >"$WORK/systemd.log" 2>&1 || { tail -20 "$WORK/systemd.log" >&2; fail "apt-get install systemd man-db"; }
in_root systemd-analyze verify /lib/systemd/system/ioc-server.service >&2 ||
    fail "systemd-analyze verify ioc-server.service"
exposure="$(in_root systemd-analyze security --offline=yes /lib/systemd/system/ioc-server.service 2>&1 |
    sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p')"
[ -n "$exposure" ] || fail "systemd-analyze security gave no overall exposure"
figure unit_exposure "$exposure"
awk -v e="$exposure" 'BEGIN { exit !(e < 5.0) }' || fail "the unit's exposure $exposure is not below 5.0"

# --- the server, from the unit's own ExecStart, with the packaged settings --------------------
install_certificate
# shellcheck disable=SC2046
start_server $(unit_exec_start)

# --- the first administrator and a duty officer, with ioc-admin ------------------------------
printf 'Check-Passw0rd-2026\n' >"$ROOT/tmp/password"
chmod 0644 "$ROOT/tmp/password"
for account in "admin admin" "truc1 duty_officer"; do
    set -- $account
    as_service_user ioc-admin server user add --data /var/lib/ioc-server --audit-key-file /etc/ioc-server/keys/audit.key \
        --username "$1" --display-name "Kiểm tra $1" --role "$2" --password-file /tmp/password >&2 ||
        fail "ioc-admin server user add $1"
done

# --- the console, signed in under Xvfb with a fresh profile -----------------------------------
share_display
printf 'profile passphrase for the check\n' >"$ROOT/tmp/passphrase"
start=$(now_ms)
console --screenshot-dir /tmp/first-window >/dev/null 2>&1 || fail "ioc-console did not show its window"
figure console_first_window_ms $(($(now_ms) - start))
console_sign_in truc1 /tmp/password /root/profile /tmp/shots
rm -rf "$WORK/screenshots"
mkdir -p "$WORK/screenshots"
cp "$ROOT"/tmp/shots/*.png "$WORK/screenshots/" || fail "no screenshot"
log "screenshots: $(ls "$WORK/screenshots" | tr '\n' ' ')"
stop_server

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
