#!/usr/bin/env bash
# A throwaway MariaDB on 127.0.0.1 for the integration tests.
#   mariadb.sh start STATE_DIR   install a fresh data directory under a temporary directory, start mariadbd on
#                                a free port, create the password-less user and database ss_test, write
#                                STATE_DIR/mariadb.env
#   mariadb.sh stop STATE_DIR    shut the server down and remove its directory
# mariadb.env holds SS_TEST_MYSQL_URL=mysql://ss_test@127.0.0.1:PORT/ss_test and the parts of it.
set -euo pipefail
SCRIPT_NAME=mariadb.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

action=${1:-}
state=${2:-}
[[ "$action" == start || "$action" == stop ]] && [[ -n "$state" ]] || die "usage: mariadb.sh start|stop STATE_DIR"
mkdir -p "$state"
env_file="$state/mariadb.env"
dir_file="$state/mariadb.dir"

stop() {
  [[ -f "$dir_file" ]] || return 0
  local dir pid=
  dir=$(cat "$dir_file")
  [[ -f "$dir/mariadbd.pid" ]] && pid=$(cat "$dir/mariadbd.pid")
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    mariadb-admin --no-defaults -S "$dir/mariadbd.sock" -u root shutdown >/dev/null 2>&1 || true
    wait_until 30 "mariadbd $pid to exit" bash -c "! kill -0 $pid" || stop_pid "$pid"
  fi
  rm -rf "$dir"
  rm -f "$dir_file" "$env_file"
}

if [[ "$action" == stop ]]; then
  stop
  echo "mariadb.sh: stopped"
  exit 0
fi

command -v mariadbd >/dev/null || [[ -x /usr/sbin/mariadbd ]] || die "mariadbd not found: install the Debian package mariadb-server (packaging/install-deps.sh --test)"
PATH=$PATH:/usr/sbin
stop  # a server left by an interrupted run

dir=$(server_dir mariadb)
echo "$dir" >"$dir_file"
user_args=()
[[ $(id -u) -eq 0 ]] && user_args=(--user="$SERVER_USER")
mariadb-install-db --no-defaults --datadir="$dir/data" "${user_args[@]}" --auth-root-authentication-method=normal \
  --skip-test-db --skip-name-resolve >"$dir/install.log" 2>&1 || { cat "$dir/install.log" >&2; die "mariadb-install-db failed"; }

port=
for attempt in 1 2 3 4 5; do
  port=$(free_port)
  rm -f "$dir/mariadbd.pid"
  setsid mariadbd --no-defaults --datadir="$dir/data" --socket="$dir/mariadbd.sock" --port="$port" \
    --bind-address=127.0.0.1 "${user_args[@]}" --pid-file="$dir/mariadbd.pid" --log-error="$dir/server.log" \
    --skip-name-resolve --skip-log-bin --innodb-buffer-pool-size=64M --innodb-log-file-size=16M \
    --innodb-flush-log-at-trx-commit=0 --character-set-server=utf8mb4 --collation-server=utf8mb4_general_ci \
    </dev/null >/dev/null 2>&1 &
  server=$!
  if wait_until 60 "MariaDB accepting connections on port $port" \
      bash -c "kill -0 $server && mariadb-admin --no-defaults -h 127.0.0.1 -P $port -u root ping"; then
    echo "$server" >"$dir/mariadbd.pid"
    break
  fi
  echo "mariadb.sh: start on port $port failed (attempt $attempt)" >&2
  stop_pid "$server"
  port=
done
[[ -n "$port" ]] || { tail -n 20 "$dir/server.log" >&2 || true; stop; die "MariaDB did not start"; }

mariadb --no-defaults -h 127.0.0.1 -P "$port" -u root -e "
  CREATE USER 'ss_test'@'%';
  CREATE USER 'ss_test'@'localhost';
  GRANT ALL PRIVILEGES ON *.* TO 'ss_test'@'%' WITH GRANT OPTION;
  GRANT ALL PRIVILEGES ON *.* TO 'ss_test'@'localhost' WITH GRANT OPTION;
  CREATE DATABASE ss_test CHARACTER SET utf8mb4;" || { stop; die "could not create the user and database ss_test"; }

cat >"$env_file" <<ENV
SS_TEST_MYSQL_URL=mysql://ss_test@127.0.0.1:$port/ss_test
SS_TEST_MYSQL_HOST=127.0.0.1
SS_TEST_MYSQL_PORT=$port
SS_TEST_MYSQL_USER=ss_test
SS_TEST_MYSQL_DATABASE=ss_test
SS_TEST_MYSQL_SOCKET=$dir/mariadbd.sock
ENV
echo "mariadb.sh: MariaDB ready on 127.0.0.1:$port (data in $dir)"
