#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for hcdm's tests and benchmark: its own data folder under the
# temp dir, listening on 127.0.0.1 only, password auth for TCP (so a wrong password is a real
# failure), durability off (fsync, synchronous_commit) because nothing in it needs to survive.
#
#   scripts/postgres-test-cluster.sh start   # creates it if missing, starts it, prints its URL
#   scripts/postgres-test-cluster.sh url     # prints the URL (the cluster must be running)
#   scripts/postgres-test-cluster.sh stop    # stops it; `stop --clean` also deletes its folder
#
# Idempotent: `start` on a running cluster only prints the URL. The URL goes to stdout, every
# message to stderr. Run as root, the server runs as the `postgres` OS user (it refuses root).
# Settings: HCDM_PG_PORT (54329), HCDM_PG_DIR (/tmp/hcdm-pg-<port>), HCDM_PG_BIN (found).
set -euo pipefail

port=${HCDM_PG_PORT:-54329}
dir=${HCDM_PG_DIR:-${TMPDIR:-/tmp}/hcdm-pg-${port}}
user=hcdm
password=hcdm-test
database=hcdm

say() { echo "postgres-test-cluster: $*" >&2; }

find_bin() {
  if [[ -n "${HCDM_PG_BIN:-}" ]]; then echo "$HCDM_PG_BIN"; return; fi
  local newest
  newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -n "$newest" && -x "$newest/initdb" ]]; then echo "$newest"; return; fi
  if command -v initdb >/dev/null; then dirname "$(command -v initdb)"; return; fi
  say "no PostgreSQL server found (install Debian's postgresql package)"
  exit 1
}

bin=$(find_bin)

# The server refuses to run as root: run its tools as `postgres` then.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

url() { echo "postgres://${user}:${password}@127.0.0.1:${port}/${database}"; }

running() { [[ -f "$dir/data/postmaster.pid" ]] && as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; }

create() {
  mkdir -p "$dir"
  if [[ $(id -u) -eq 0 ]]; then chown postgres: "$dir"; fi
  local pwfile="$dir/pwfile"
  echo "$password" >"$pwfile"
  if [[ $(id -u) -eq 0 ]]; then chown postgres: "$pwfile"; fi
  # ICU is not asked for here: the tests create their databases with an ICU collation themselves.
  as_owner "$bin/initdb" -D "$dir/data" -U "$user" --pwfile="$pwfile" --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { say "initdb failed:"; cat "$dir/initdb.log" >&2; exit 1; }
  rm -f "$pwfile"
  cat >>"$dir/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = ${port}
unix_socket_directories = '${dir}'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 256MB
max_wal_size = 4GB
EOF
  # Host connections from 127.0.0.1 only, with a password.
  cat >"$dir/data/pg_hba.conf" <<EOF
local all all trust
host all all 127.0.0.1/32 scram-sha-256
EOF
}

start() {
  if running; then url; return; fi
  [[ -f "$dir/data/PG_VERSION" ]] || create
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start >/dev/null ||
    { say "the server did not start:"; tail -n 20 "$dir/server.log" >&2; exit 1; }
  if ! as_owner "$bin/psql" -h "$dir" -p "$port" -U "$user" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '${database}'" | grep -q 1; then
    as_owner "$bin/psql" -h "$dir" -p "$port" -U "$user" -d postgres -qc "CREATE DATABASE ${database}" >/dev/null
  fi
  say "running in $dir on 127.0.0.1:${port}"
  url
}

stop() {
  if running; then as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null; say "stopped"; fi
  if [[ "${1:-}" == "--clean" ]]; then rm -rf "$dir"; say "removed $dir"; fi
}

case "${1:-start}" in
  start) start ;;
  url) running || { say "not running (run: $0 start)"; exit 1; }; url ;;
  stop) stop "${2:-}" ;;
  *) say "usage: $0 start|url|stop [--clean]"; exit 2 ;;
esac
