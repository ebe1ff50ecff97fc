#!/bin/sh
# A throwaway PostgreSQL cluster for the test suite: `start DIR` makes and starts one (Unix socket
# in DIR, a free port, trust authentication, fsync off — it holds nothing worth keeping) and
# writes its URL to DIR/url; `stop DIR` stops it. PostgreSQL refuses to run as root, so as root
# it runs as the system user iocpg (made by `./ioc setup`).
set -eu
command=$1
dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u iocpg -- "$@"; else "$@"; fi
}
case "$command" in
start)
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown iocpg "$dir"; fi
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U ioc -E UTF8 --no-sync >"$dir/initdb.log"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-k $dir -p $port -c listen_addresses= -c fsync=off -c synchronous_commit=off -c max_connections=300" start \
        >/dev/null
    echo "postgresql://ioc@/postgres?host=$dir&port=$port" >"$dir/url"
    ;;
stop)
    if [ -d "$dir/data" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null || true; fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: pgcluster.sh start|stop DIR" >&2
    exit 2
    ;;
esac
