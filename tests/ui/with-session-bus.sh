#!/bin/sh
# Runs a command on a private D-Bus session bus (as a desktop session has one).
set -eu
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
exec dbus-run-session -- "$@"
