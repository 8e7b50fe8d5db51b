#!/usr/bin/env bash
# Serving benchmark (issue 4): requests/s and p99 latency of one published ~7 KB Chinese page, served by
# GovSites (Release build, Production, logging at Warning) and by nginx with docs/deploy/nginx.conf
# (worker_processes auto), both from the same release folder, wrk -t2 -c64, alternating the two servers
# run by run (this machine's speed drifts). Installs nginx and wrk from Debian when missing (as root).
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
}
EOF
/usr/sbin/nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/error.log" &
NGINX_PID=$!
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$NGINX_PORT$URL_PATH" >/dev/null && break; sleep 0.1; done

GOVSITES_URL="http://127.0.0.1:$APP_PORT$URL_PATH"
NGINX_URL="http://127.0.0.1:$NGINX_PORT$URL_PATH"
for url in "$GOVSITES_URL" "$NGINX_URL"; do
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
  printf '  %-9s %10s req/s   p99 %7s ms\n' "$1" "$rps" "$p99" >&2
}

log "Warm-up (5 s each)"
wrk -t2 -c64 -d5s "$GOVSITES_URL" >/dev/null
wrk -t2 -c64 -d5s "$NGINX_URL" >/dev/null

log "Measuring: $ROUNDS rounds, wrk -t2 -c64 -d$DURATION, alternating (the order flips every round)"
: >"$WORK/results"
for round in $(seq 1 "$ROUNDS"); do
  echo " round $round" >&2
  if [ $((round % 2)) = 1 ]; then measure GovSites "$GOVSITES_URL"; measure nginx "$NGINX_URL"
  else measure nginx "$NGINX_URL"; measure GovSites "$GOVSITES_URL"; fi
done

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
g_rps=$(awk '$1=="GovSites" {print $2}' "$WORK/results" | median)
n_rps=$(awk '$1=="nginx" {print $2}' "$WORK/results" | median)
g_p99=$(awk '$1=="GovSites" {print $3}' "$WORK/results" | median)
n_p99=$(awk '$1=="nginx" {print $3}' "$WORK/results" | median)
ratios=$(paste <(awk '$1=="GovSites" {print $2}' "$WORK/results") <(awk '$1=="nginx" {print $2}' "$WORK/results") | awk '{printf "%.2f ", $1/$2}')

echo
echo "Serving $URL_PATH ($(wc -c <"$RELEASE/tzgg/123.html") bytes), wrk -t2 -c64 -d$DURATION, $ROUNDS rounds each, $(nproc) cores shared by wrk and the server"
printf '| Server | median req/s | median p99 (ms) | runs (req/s) |\n|---|---|---|---|\n'
printf '| GovSites | %.0f | %s | %s |\n' "$g_rps" "$g_p99" "$(awk '$1=="GovSites" {printf "%.0f ", $2}' "$WORK/results")"
printf '| nginx | %.0f | %s | %s |\n' "$n_rps" "$n_p99" "$(awk '$1=="nginx" {printf "%.0f ", $2}' "$WORK/results")"
awk -v g="$g_rps" -v n="$n_rps" -v r="$ratios" 'BEGIN { printf "\nGovSites / nginx: %.2f (median of each); per round: %s\n", g / n, r }'
awk -v g="$g_rps" -v n="$n_rps" -v p="$g_p99" 'BEGIN {
  ok = (g >= 0.8 * n) && (p < 20)
  printf "Target (>= 0.80 of nginx, p99 < 20 ms): %s\n", ok ? "met" : "NOT met" }'
