#!/bin/sh
# Runs a test program with its build-machine programs (the ioc-server, openssl, psql) started
# through tests/support/hostlauncher.py instead of QProcess: the path the Windows tests take under
# Wine (docs/windows.md), kept working by running it on Linux too.
set -eu
here=$(dirname "$0")
dir=$(mktemp -d)
python3 "$here/hostlauncher.py" --port-file "$dir/port" --log "$dir/started" &
launcher=$!
trap 'kill $launcher 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 100); do [ -s "$dir/port" ] && break; sleep 0.1; done
[ -s "$dir/port" ] || { echo "with-host-launcher: the launcher did not start" >&2; exit 1; }
IOC_TEST_HOST_LAUNCHER="http://127.0.0.1:$(cat "$dir/port")" "$@"
# It passed; and the programs it needed did come through the launcher.
[ -s "$dir/started" ] || { echo "with-host-launcher: nothing was started through the launcher" >&2; exit 1; }
echo "with-host-launcher: $(wc -l <"$dir/started") program(s) started through the launcher"
