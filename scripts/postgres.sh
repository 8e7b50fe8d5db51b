# shellcheck shell=bash
# A private, throw-away PostgreSQL for test.sh and bench/run.sh (sourced by both, not run on its own).
#
#   pg_install          installs Debian's postgresql when it is missing (as root; otherwise says how)
#   pg_start [OPTION…]  starts an instance on a free port between 55432 and 55532, listening on
#                       127.0.0.1 only, in a fresh directory under /tmp; OPTIONs go to the server
#                       (e.g. -c fsync=off). Exports GOVSITES_TEST_POSTGRES and stops and removes the
#                       instance on EXIT.
#
# The caller defines log() and runs with `set -euo pipefail`.

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

pg_install() {
  if [ -z "$(pg_bin)" ] || [ ! -x "$(pg_bin)/initdb" ]; then
    if [ "$(id -u)" = 0 ]; then
      log "Installing PostgreSQL (Debian package postgresql)"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    else
      echo "PostgreSQL is not installed. Install it with:  sudo apt-get install -y postgresql" >&2
      exit 1
    fi
  fi
  PGBIN=$(pg_bin)
}

free_port() {
  local port
  for port in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "no free port between 55432 and 55532" >&2; exit 1
}

as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }

stop_pg() {
  as_pg "'$PGBIN/pg_ctl' -D '$PGDIR/data' -m immediate -w stop" >/dev/null 2>&1 || true
  rm -rf "$PGDIR"
}

pg_start() {
  PGDIR=$(mktemp -d /tmp/govsites-pg.XXXXXX)
  PGPORT=$(free_port)
  [ "$(id -u)" = 0 ] && chown postgres "$PGDIR"
  trap stop_pg EXIT

  log "Starting PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT"
  as_pg "'$PGBIN/initdb' -D '$PGDIR/data' -E UTF8 --locale=C.UTF-8 -A trust -U postgres >'$PGDIR/initdb.log' 2>&1"
  as_pg "'$PGBIN/pg_ctl' -D '$PGDIR/data' -l '$PGDIR/postgres.log' -o \"-p $PGPORT -k '$PGDIR' -c listen_addresses=127.0.0.1 $*\" -w start >/dev/null"
  export GOVSITES_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres"
}
