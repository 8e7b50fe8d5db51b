#!/usr/bin/env bash
# Side by side: several configurations of one GovSites build (environment variables) and the plain nginx of
# run.sh, alternating round by round, wrk -t2 -c64. For judging a runtime or hosting setting before making it
# the default. Run it as root (nginx runs as root to read the temporary folder) under the benchmark lock:
#
#   CONFIGS='base
#   wks DOTNET_gcServer=0' flock /tmp/govsites-bench.lock ./bench/serving/compare.sh
#
# One configuration per line: a name, then VAR=value settings for that process.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${ROUNDS:-5}; DURATION=${DURATION:-10s}; URL_PATH=/sites/bench/tzgg/123.html
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
WORK=$(mktemp -d /tmp/govsites-ab.XXXXXX); chmod 755 $WORK
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill $p 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf $WORK; }
trap cleanup EXIT
dotnet build src/GovSites/GovSites.csproj -c Release --nologo -v quiet -warnaserror >&2
DLL=$PWD/src/GovSites/bin/Release/net10.0/GovSites.dll
RELEASE=$WORK/releases/bench/000001; mkdir -p $RELEASE/tzgg
bench/serving/page.sh >$RELEASE/tzgg/123.html
printf '{"site":"bench","number":1,"previous":null,"full":true,"changed":["tzgg/123.html"],"removed":[]}\n' >$RELEASE/.release.json
ln -s 000001 $WORK/releases/bench/current
names=(); urls=(); APP_PIDS=()
start() { # name env...
  local name=$1; shift; local port; port=$(free_port)
  ( cd "$(dirname $DLL)"; exec env ASPNETCORE_ENVIRONMENT=Production GovSites__DataDirectory=$WORK/data-$name \
     GovSites__Publishing__ReleasesDirectory=$WORK/releases GovSites__SeedDemo=true Logging__LogLevel__Default=Warning "$@" \
     dotnet $DLL --urls http://127.0.0.1:$port >$WORK/$name.log 2>&1 ) &
  PIDS+=($!); APP_PIDS+=($!)
  for _ in $(seq 1 120); do curl -fs http://127.0.0.1:$port/healthz >/dev/null && break; sleep 0.5; done
  names+=($name); urls+=(http://127.0.0.1:$port$URL_PATH)
}
while read -r line; do [ -n "$line" ] && eval "start $line"; done <<<"$CONFIGS"
PLAIN=$(free_port); mkdir -p $WORK/nginx
cat >$WORK/nginx/nginx.conf <<NG
user root; daemon off; worker_processes auto; pid $WORK/nginx/nginx.pid; error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http { include /etc/nginx/mime.types; default_type application/octet-stream; access_log off; sendfile on; tcp_nopush on;
  keepalive_requests 100000; client_body_temp_path $WORK/nginx/body; proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi; uwsgi_temp_path $WORK/nginx/uwsgi; scgi_temp_path $WORK/nginx/scgi;
  server { listen 127.0.0.1:$PLAIN; location /sites/bench/ { alias $WORK/releases/bench/current/; } } }
NG
/usr/sbin/nginx -p $WORK/nginx -c $WORK/nginx/nginx.conf -e $WORK/nginx/error.log & PIDS+=($!)
sleep 1; names+=(nginx-plain); urls+=(http://127.0.0.1:$PLAIN$URL_PATH)
for u in "${urls[@]}"; do curl -fs $u | cmp -s - $RELEASE/tzgg/123.html || { echo "$u bad"; exit 1; }; wrk -t2 -c64 -d5s $u >/dev/null; done
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
n=${#names[@]}; : >$WORK/results
for r in $(seq 1 $ROUNDS); do
  for k in $(seq 0 $((n-1))); do i=$(( (k + r - 1) % n ))
    out=$(wrk -t2 -c64 -d$DURATION --latency ${urls[$i]})
    rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out"); p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    echo "${names[$i]} $rps $p99 r$r" | tee -a $WORK/results
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
for nm in "${names[@]}"; do
  med=$(awk -v n=$nm '$1==n {print $2}' $WORK/results | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$nm median $med  runs: $(awk -v n=$nm '$1==n {printf "%.0f ", $2}' $WORK/results)"
done
for k in "${!APP_PIDS[@]}"; do echo "${names[$k]} RSS after the run: $(awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' /proc/${APP_PIDS[$k]}/status 2>/dev/null)"; done
