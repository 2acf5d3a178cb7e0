#!/usr/bin/env bash
# A throwaway PostgreSQL 15 on 127.0.0.1 for the integration tests.
#   postgres.sh start STATE_DIR   initdb in a fresh temporary directory, start on a free port, create the
#                                 trusted user and database ss_test, write STATE_DIR/postgres.env
#   postgres.sh stop STATE_DIR    stop the server and remove its directory
# postgres.env holds SS_TEST_PG_URL=postgresql://ss_test@127.0.0.1:PORT/ss_test and the parts of it.
set -euo pipefail
SCRIPT_NAME=postgres.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

PG_BIN=${SS_PG_BIN:-/usr/lib/postgresql/15/bin}
action=${1:-}
state=${2:-}
[[ "$action" == start || "$action" == stop ]] && [[ -n "$state" ]] || die "usage: postgres.sh start|stop STATE_DIR"
mkdir -p "$state"
env_file="$state/postgres.env"
dir_file="$state/postgres.dir"

stop() {
  [[ -f "$dir_file" ]] || return 0
  local dir
  dir=$(cat "$dir_file")
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    local pid
    pid=$(head -n1 "$dir/data/postmaster.pid")
    as_server_user "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 || stop_pid "$pid"
  fi
  rm -rf "$dir"
  rm -f "$dir_file" "$env_file"
}

if [[ "$action" == stop ]]; then
  stop
  echo "postgres.sh: stopped"
  exit 0
fi

[[ -x "$PG_BIN/initdb" ]] || die "$PG_BIN/initdb not found: install the Debian package postgresql (packaging/install-deps.sh --test)"
stop  # a server left by an interrupted run

dir=$(server_dir pg)
echo "$dir" >"$dir_file"
mkdir -p "$dir/socket" && chmod 755 "$dir/socket"
[[ $(id -u) -eq 0 ]] && chown "$SERVER_USER" "$dir/socket"
as_server_user "$PG_BIN/initdb" -D "$dir/data" -U ss_test --auth=trust --encoding=UTF8 --no-locale --no-sync \
  >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }

port=
for attempt in 1 2 3 4 5; do
  port=$(free_port)
  if as_server_user "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-p $port -k $dir/socket -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off" \
      start >/dev/null 2>&1; then
    break
  fi
  echo "postgres.sh: start on port $port failed (attempt $attempt)" >&2
  port=
done
[[ -n "$port" ]] || { tail -n 20 "$dir/server.log" >&2 || true; stop; die "PostgreSQL did not start"; }

wait_until 30 "PostgreSQL accepting connections on port $port" \
  "$PG_BIN/pg_isready" -h 127.0.0.1 -p "$port" -U ss_test -d postgres || { stop; exit 1; }
"$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U ss_test -d postgres -v ON_ERROR_STOP=1 -qc "CREATE DATABASE ss_test" \
  || { stop; die "could not create the database ss_test"; }

cat >"$env_file" <<ENV
SS_TEST_PG_URL=postgresql://ss_test@127.0.0.1:$port/ss_test
SS_TEST_PG_HOST=127.0.0.1
SS_TEST_PG_PORT=$port
SS_TEST_PG_USER=ss_test
SS_TEST_PG_DATABASE=ss_test
SS_TEST_PG_SOCKET_DIR=$dir/socket
ENV
echo "postgres.sh: PostgreSQL ready on 127.0.0.1:$port (data in $dir)"
