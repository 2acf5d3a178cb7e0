# Shared by postgres.sh and mariadb.sh: free ports, the unprivileged server account, bounded waits.
# Sourced, not run.

# Servers refuse to run as root: run them as this account (created if missing), else as the caller.
SERVER_USER=${SS_TEST_SERVER_USER:-nobody}

die() {
  echo "$SCRIPT_NAME: $*" >&2
  exit 1
}

as_server_user() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u "$SERVER_USER" -- "$@"
  else
    "$@"
  fi
}

# A loopback port nothing listens on now. A server that still loses the race fails to start, and the
# callers retry with another port.
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  die "no free port found on 127.0.0.1"
}

# A fresh directory the server account can write, under /tmp (the state dir may sit where it cannot reach).
server_dir() {
  local dir
  dir=$(mktemp -d "${TMPDIR:-/tmp}/ss-$1.XXXXXX")
  chmod 755 "$dir"
  if [[ $(id -u) -eq 0 ]]; then
    id "$SERVER_USER" >/dev/null 2>&1 || die "user $SERVER_USER does not exist (set SS_TEST_SERVER_USER)"
    chown "$SERVER_USER" "$dir"
  fi
  echo "$dir"
}

# wait_until SECONDS DESCRIPTION COMMAND...: polls COMMAND every 0.2 s until it succeeds or time runs out.
wait_until() {
  local seconds=$1 what=$2
  shift 2
  local tries=$((seconds * 5))
  for _ in $(seq 1 "$tries"); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "$SCRIPT_NAME: $what did not happen within ${seconds}s" >&2
  return 1
}

# Ends a process this script started, by its id: politely, then for good after a bounded wait.
stop_pid() {
  local pid=$1
  [[ -n "$pid" ]] || return 0
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  wait_until 30 "process $pid to exit" bash -c "! kill -0 $pid" || kill -KILL "$pid" 2>/dev/null || true
}
