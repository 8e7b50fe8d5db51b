#!/usr/bin/env bash
# Serving benchmark (issue 4): requests/s and p99 latency of one published ~7 KB Chinese page, served by
# GovSites (Release build, Production, logging at Warning) and by nginx with docs/deploy/nginx.conf
# (worker_processes auto), both from the same release folder, wrk -t2 -c64, alternating the two servers
# run by run (this machine's speed drifts). A third server is nginx with the plainest static configuration
# (root at the release, nothing else: no symlink checks, no try_files), the fastest nginx there is for this
# file, which the target is judged against. Installs nginx and wrk from Debian when missing (as root).
#
#   ./bench/serving/run.sh                 # 5 rounds of 10 s each per server
#   ROUNDS=7 DURATION=15s ./bench/serving/run.sh
#   URL_PATH=/sites/bench/ ./bench/serving/run.sh   # the folder URL instead of the file
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-10s}
URL_PATH=${URL_PATH:-/sites/bench/tzgg/123.html}

log() { printf '\n== %s\n' "$*" >&2; }

need=()
command -v wrk >/dev/null || need+=(wrk)
[ -x /usr/sbin/nginx ] || need+=(nginx)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "Missing: ${need[*]}. Install with: sudo apt-get install -y ${need[*]}" >&2; exit 1; fi
  log "Installing ${need[*]} (Debian)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

WORK=$(mktemp -d /tmp/govsites-serving-bench.XXXXXX)
chmod 755 "$WORK"
APP_PID=""; NGINX_PID=""
cleanup() {
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

log "Building GovSites (Release)"
dotnet build src/GovSites/GovSites.csproj -c Release --nologo -v quiet -warnaserror >&2
DLL=$ROOT/src/GovSites/bin/Release/net10.0/GovSites.dll

log "One release of site 'bench': a $(bench/serving/page.sh | wc -c)-byte article page"
RELEASE=$WORK/releases/bench/000001
mkdir -p "$RELEASE/tzgg"
bench/serving/page.sh >"$RELEASE/tzgg/123.html"
cp "$RELEASE/tzgg/123.html" "$RELEASE/index.html"
printf '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>页面不存在</title></head><body><h1>页面不存在</h1></body></html>\n' >"$RELEASE/404.html"
printf '{"site":"bench","number":1,"previous":null,"full":true,"changed":["404.html","index.html","tzgg/123.html"],"removed":[]}\n' >"$RELEASE/.release.json"
ln -s 000001 "$WORK/releases/bench/current"

APP_PORT=$(free_port)
log "Starting GovSites on 127.0.0.1:$APP_PORT"
(
  cd "$(dirname "$DLL")" # its appsettings.json, as in production
  ASPNETCORE_ENVIRONMENT=Production \
  GovSites__DataDirectory="$WORK/data" \
  GovSites__Publishing__ReleasesDirectory="$WORK/releases" \
  GovSites__SeedDemo=true \
  Logging__LogLevel__Default=Warning \
  exec dotnet "$DLL" --urls "http://127.0.0.1:$APP_PORT" >"$WORK/app.log" 2>&1
) &
APP_PID=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$APP_PORT/healthz" >/dev/null && break; sleep 0.5; done
curl -fs "http://127.0.0.1:$APP_PORT/healthz" >/dev/null || { cat "$WORK/app.log" >&2; exit 1; }

NGINX_PORT=$(free_port)
PLAIN_PORT=$(free_port)
log "Starting nginx on 127.0.0.1:$NGINX_PORT with docs/deploy/nginx.conf (worker_processes auto)"
mkdir -p "$WORK/nginx"
sed -e "s#/srv/govsites/data/releases#$WORK/releases#" \
    -e "s#127.0.0.1:5000#127.0.0.1:$APP_PORT#" \
    -e "s#listen 80 default_server;#listen 127.0.0.1:$NGINX_PORT default_server;#" \
    docs/deploy/nginx.conf >"$WORK/nginx/govsites.conf"
cat >"$WORK/nginx/nginx.conf" <<EOF
$([ "$(id -u)" = 0 ] && echo "user root;")
daemon off;
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path $WORK/nginx/body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;
    include $WORK/nginx/govsites.conf;
    server {
        listen 127.0.0.1:$PLAIN_PORT;
        location /sites/bench/ { alias $WORK/releases/bench/current/; }
    }
}
EOF
/usr/sbin/nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/error.log" &
NGINX_PID=$!
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$NGINX_PORT$URL_PATH" >/dev/null && break; sleep 0.1; done

GOVSITES_URL="http://127.0.0.1:$APP_PORT$URL_PATH"
NGINX_URL="http://127.0.0.1:$NGINX_PORT$URL_PATH"
PLAIN_URL="http://127.0.0.1:$PLAIN_PORT$URL_PATH"
for url in "$GOVSITES_URL" "$NGINX_URL" "$PLAIN_URL"; do
  curl -fs "$url" | cmp -s - "$RELEASE/tzgg/123.html" || { echo "$url does not serve the page" >&2; exit 1; }
done

# wrk's latency figures come as 812.00us / 1.23ms / 1.02s: all in milliseconds.
to_ms() { awk '{ v=$1; if (v ~ /us$/) { sub(/us$/,"",v); v/=1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v) } else if (v ~ /s$/) { sub(/s$/,"",v); v*=1000 } printf "%.2f", v }'; }
measure() { # name url → appends "name rps p99ms" to $WORK/results
  local out; out=$(wrk -t2 -c64 -d"$DURATION" --latency "$2")
  local rps p99
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out" | to_ms)
  grep -q "Non-2xx" <<<"$out" && { echo "$1: non-2xx responses" >&2; echo "$out" >&2; exit 1; }
  echo "$1 $rps $p99" >>"$WORK/results"
  printf '  %-12s %10s req/s   p99 %7s ms\n' "$1" "$rps" "$p99" >&2
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED=$(date -u '+%Y-%m-%d %H:%M UTC')
log "Warm-up (5 s each)"
wrk -t2 -c64 -d5s "$GOVSITES_URL" >/dev/null
wrk -t2 -c64 -d5s "$NGINX_URL" >/dev/null
wrk -t2 -c64 -d5s "$PLAIN_URL" >/dev/null

log "Measuring: $ROUNDS rounds, wrk -t2 -c64 -d$DURATION, alternating (the order rotates every round)"
: >"$WORK/results"
names=(GovSites nginx nginx-plain); urls=("$GOVSITES_URL" "$NGINX_URL" "$PLAIN_URL")
for round in $(seq 1 "$ROUNDS"); do
  echo " round $round" >&2
  for k in 0 1 2; do i=$(( (k + round - 1) % 3 )); measure "${names[$i]}" "${urls[$i]}"; done
done

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
col() { awk -v n="$1" -v c="$2" '$1==n {print $c}' "$WORK/results"; }
echo
echo "Serving $URL_PATH ($(wc -c <"$RELEASE/tzgg/123.html") bytes, no compression asked), wrk -t2 -c64 -d$DURATION, $ROUNDS rounds each, alternating; $(nproc) cores shared by wrk and the server; started $STARTED, commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'); load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
# Every server's p99 is shown, round by round: nginx's own tail shows how much of it is the shared machine.
printf '| Server | median req/s | median p99 (ms) | runs (req/s) | runs (p99 ms) |\n|---|---|---|---|---|\n'
for n in "${names[@]}"; do
  printf '| %s | %.0f | %s | %s | %s |\n' "$n" "$(col "$n" 2 | median)" "$(col "$n" 3 | median)" \
    "$(col "$n" 2 | awk '{printf "%.0f ", $1}')" "$(col "$n" 3 | awk '{printf "%s ", $1}')"
done
g=$(col GovSites 2 | median); p=$(col GovSites 3 | median)
for n in nginx nginx-plain; do
  per=$(paste <(col GovSites 2) <(col "$n" 2) | awk '{printf "%.2f ", $1/$2}')
  awk -v g="$g" -v b="$(col "$n" 2 | median)" -v n="$n" -v r="$per" 'BEGIN { printf "GovSites / %s: %.2f (medians); per round: %s\n", n, g / b, r }'
done
awk -v g="$g" -v b="$(col nginx-plain 2 | median)" -v p="$p" 'BEGIN {
  printf "Target (>= 0.80 of nginx-plain, GovSites p99 < 20 ms): %s\n", (g >= 0.8 * b && p < 20) ? "met" : "NOT met" }'
