#!/usr/bin/env bash
# Runs every GovSites test on a fresh machine: format check, build, unit tests, the integration tests on
# SQLite and on PostgreSQL, the nginx deploy example, and the browser tests in Chromium (with
# html-validate, linkchecker and axe-core on the published demo county). It installs PostgreSQL, Chromium,
# nginx and linkchecker from Debian when they are missing (as root) and the pinned npm tools with npm ci,
# starts a private PostgreSQL on a free local port, stops it at
# the end, and closes with "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '\n== %s\n' "$*"; }

# --- PostgreSQL: install if missing (scripts/postgres.sh, shared with bench/run.sh) -----------------
# shellcheck source=scripts/postgres.sh
. scripts/postgres.sh
pg_install

# --- Chromium for the browser tests (Playwright drives Debian's build; it downloads no browser) -----
CHROMIUM=${GOVSITES_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = 0 ]; then
    log "Installing Chromium and CJK fonts (Debian packages chromium, fonts-noto-cjk)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  else
    echo "Chromium is not installed. Install it with:  sudo apt-get install -y chromium fonts-noto-cjk" >&2
    exit 1
  fi
fi
export GOVSITES_CHROMIUM="$CHROMIUM"

# --- nginx for the test of docs/deploy/nginx.conf (it starts Debian's nginx on a free port) ---------
NGINX=${GOVSITES_NGINX:-/usr/sbin/nginx}
if [ ! -x "$NGINX" ]; then
  if [ "$(id -u)" = 0 ]; then
    log "Installing nginx (Debian package nginx)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
  else
    echo "nginx is not installed. Install it with:  sudo apt-get install -y nginx" >&2
    exit 1
  fi
fi
export GOVSITES_NGINX="$NGINX"

# --- The checks of the published county: linkchecker (Debian) and html-validate, axe-core (npm) ----------
if ! command -v linkchecker >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    log "Installing linkchecker (Debian package)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq linkchecker >/dev/null
  else
    echo "linkchecker is not installed. Install it with:  sudo apt-get install -y linkchecker" >&2
    exit 1
  fi
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  log "Installing the pinned npm tools (npm ci: html-validate, axe-core)"
  npm ci --no-audit --no-fund --ignore-scripts >/dev/null
fi

# --- A throw-away PostgreSQL; fsync is off because nothing here must survive a crash -----------------
pg_start -c fsync=off -c max_connections=200

# --- Format and build --------------------------------------------------------------------------------
log "Checking formatting (dotnet format --verify-no-changes)"
dotnet format GovSites.slnx --verify-no-changes

log "Building"
dotnet build GovSites.slnx -c Release -warnaserror --nologo -v quiet

# --- Tests -------------------------------------------------------------------------------------------
RESULTS=$(mktemp)
run_suite() { # name, dll, env...
  local name=$1 dll=$2; shift 2
  log "Tests: $name"
  local out; out=$(mktemp)
  set +e
  env "$@" dotnet "$dll" -noColor 2>&1 | tee "$out" | grep -E '\[FAIL\]|^\s+(Assert|Expected|Actual)|Total:' 
  set -e
  local summary; summary=$(grep -E 'Total: [0-9]+' "$out" | tail -n 1)
  if [ -z "$summary" ]; then
    echo "$name: the test runner printed no summary (crashed?)"; tail -n 40 "$out"
    echo "$name 0 1" >>"$RESULTS"; return
  fi
  local total failed errors notrun skipped
  total=$(sed -E 's/.*Total: ([0-9]+).*/\1/' <<<"$summary")
  failed=$(sed -E 's/.*Failed: ([0-9]+).*/\1/' <<<"$summary")
  errors=$(sed -E 's/.*Errors: ([0-9]+).*/\1/' <<<"$summary")
  skipped=$(sed -E 's/.*Skipped: ([0-9]+).*/\1/' <<<"$summary")
  notrun=$(sed -E 's/.*Not Run: ([0-9]+).*/\1/' <<<"$summary")
  if [ "$failed" -gt 0 ]; then
    echo "-- why they failed ($name):"
    grep -A8 '\[FAIL\]' "$out" | head -n 200
  fi
  echo "$name $((total - failed - skipped - notrun)) $((failed + errors + skipped + notrun))" >>"$RESULTS"
}

BIN=bin/Release/net10.0
run_suite "unit" "tests/GovSites.UnitTests/$BIN/GovSites.UnitTests.dll"
run_suite "integration (SQLite)" "tests/GovSites.IntegrationTests/$BIN/GovSites.IntegrationTests.dll" GOVSITES_TEST_PROVIDER=Sqlite
run_suite "integration (PostgreSQL)" "tests/GovSites.IntegrationTests/$BIN/GovSites.IntegrationTests.dll" GOVSITES_TEST_PROVIDER=Postgres
run_suite "browser (Chromium)" "tests/GovSites.BrowserTests/$BIN/GovSites.BrowserTests.dll"

passed=$(awk '{s+=$(NF-1)} END {print s+0}' "$RESULTS")
failed=$(awk '{s+=$NF} END {print s+0}' "$RESULTS")
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
