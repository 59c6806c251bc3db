#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server:
#
#   .ci/postgres.sh cargo test -p dossier-cli --test postgres
#
# Installs the Debian `postgresql` package when no server binaries are found
# (needs root; otherwise install it yourself), creates a cluster in a temporary
# folder (trust authentication, 127.0.0.1 only, unix socket in that folder) on
# a free port, runs it as a non-root user (`postgres` when run as root), exports
# DOSSIER_TEST_POSTGRES=postgres://dossier@127.0.0.1:PORT/postgres and
# DOSSIER_REQUIRE_POSTGRES=1 (so tests fail rather than skip), runs the
# command, and stops the server and removes the folder however it ends.
set -euo pipefail

[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

bin="$(find_bin)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "postgres.sh: no PostgreSQL server found; install it: apt-get install -y postgresql" >&2
        exit 3
    fi
    echo "postgres.sh: installing the postgresql Debian package" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin="$(find_bin)"
fi

work="$(mktemp -d /tmp/dossier-pg.XXXXXX)"
chmod 755 "$work"
if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$work"
    as_server() { (cd / && runuser -u postgres -- "$@"); }
else
    as_server() { "$@"; }
fi

stop() {
    as_server "$bin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap stop EXIT

as_server "$bin/initdb" -D "$work/data" -A trust -U dossier -E UTF8 --locale=C.UTF-8 \
    --no-sync >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log" >&2; exit 3; }

started=""
for _ in 1 2 3 4 5 6 7 8; do
    port=$((20000 + RANDOM % 20000))
    if as_server "$bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w -t 30 \
        -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
        start >/dev/null 2>&1; then
        started=yes
        break
    fi
done
[ -n "$started" ] || { echo "postgres.sh: the server did not start:" >&2; cat "$work/server.log" >&2; exit 3; }

export DOSSIER_TEST_POSTGRES="postgres://dossier@127.0.0.1:$port/postgres"
export DOSSIER_REQUIRE_POSTGRES=1
echo "postgres.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') at $DOSSIER_TEST_POSTGRES" >&2
"$@"
