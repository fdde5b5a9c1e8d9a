#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on loopback for the test suite and prints its connection string.
#   scripts/postgres.sh start <folder>   -> prints "Host=127.0.0.1;Port=...;Username=postgres;Password=..."
#   scripts/postgres.sh stop <folder>
# Uses Debian's postgresql package (scripts/test.sh installs it). The cluster lives in <folder> only.
set -euo pipefail

action=${1:?usage: postgres.sh start|stop <folder>}
folder=${2:?usage: postgres.sh start|stop <folder>}

pg_bin() {
  local version
  version=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1)
  [ -n "$version" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }
  echo "/usr/lib/postgresql/$version/bin"
}

# initdb refuses to run as root: run the server as the 'postgres' system user then.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

case "$action" in
  start)
    bin=$(pg_bin)
    mkdir -p "$folder"
    data="$folder/data"
    password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)
    port=$(free_port)
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$folder"; fi
    printf '%s\n' "$password" > "$folder/pwfile"
    if [ "$(id -u)" = 0 ]; then chown postgres "$folder/pwfile"; fi
    as_owner "$bin/initdb" -D "$data" -U postgres --pwfile="$folder/pwfile" -A scram-sha-256 -E UTF8 --no-locale >/dev/null
    rm -f "$folder/pwfile"
    as_owner "$bin/pg_ctl" -D "$data" -l "$folder/server.log" -w \
      -o "-p $port -k $folder -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Password=$password"
    ;;
  stop)
    bin=$(pg_bin)
    if [ -d "$folder/data" ]; then
      as_owner "$bin/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$folder"
    ;;
  *)
    echo "usage: postgres.sh start|stop <folder>" >&2
    exit 2
    ;;
esac
