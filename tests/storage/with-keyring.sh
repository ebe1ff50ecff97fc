#!/bin/sh
# Runs a command with a real Secret Service keyring: a private D-Bus session with an unlocked
# gnome-keyring-daemon (the same libsecret path a Linux workstation uses).
set -eu
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
home=$(mktemp -d)
export HOME="$home"
exec dbus-run-session -- sh -c '
    printf "%s" "keyring-test-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@"
