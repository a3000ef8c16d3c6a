#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests, on a unix socket in a folder of its own.
#   scripts/postgres-test-server.sh start DIR [durable]   initdb + start; prints the admin URL
#     (durable: fsync on, as a real server; the benchmark uses it)
#   scripts/postgres-test-server.sh stop DIR    stops it (the caller removes DIR)
# As root (CI's chroot) the server runs as the `postgres` user, which initdb requires; as a
# normal user it runs as that user, so no sudo is needed. No systemd, no port is opened.
set -euo pipefail
action=${1:?start or stop}
dir=${2:?a folder}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "postgres-test-server.sh: no PostgreSQL server installed (Debian package postgresql)" >&2
    exit 1
fi
as=()
if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$dir"
    as=(runuser -u postgres --)
fi
case "$action" in
start)
    "${as[@]}" "$bin/initdb" -D "$dir/data" -U nianbao_admin -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    # fsync off: the tests need a fast server, not a durable one.
    settings="-c fsync=off -c synchronous_commit=off"
    [ "${3:-}" = durable ] && settings=""
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir -c listen_addresses='' -c max_connections=200 $settings" start \
        >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://nianbao_admin@/postgres?host=$dir"
    ;;
stop)
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    ;;
*)
    echo "postgres-test-server.sh: start or stop" >&2
    exit 1
    ;;
esac
