#!/usr/bin/env bash
# Where a served page's time and memory go: starts GovSites as bench/serving/run.sh does (Release,
# Production, the same one-page release), loads it with wrk -t2 -c64 and meanwhile
#   1. counts the bytes allocated per request (dotnet-counters, System.Runtime only: the ASP.NET Core
#      meters would add per-request work of their own),
#   2. samples the threads (dotnet-trace, dotnet-sampled-thread-time) and prints the top methods, exclusive and inclusive,
#   3. records allocation samples (gc-verbose) to a .nettrace file: which types, allocated where.
# Needs the global tools dotnet-counters and dotnet-trace (`dotnet tool install -g dotnet-trace` …).
# Run it under the benchmark lock: flock /tmp/govsites-bench.lock ./bench/serving/profile.sh
#
#   OUT=/tmp/serving-profile ./bench/serving/profile.sh   # keeps the .nettrace and the counters there
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PATH=$PATH:$HOME/.dotnet/tools
SECONDS_LOAD=${SECONDS_LOAD:-20}
URL_PATH=${URL_PATH:-/sites/bench/tzgg/123.html}
OUT=${OUT:-$(mktemp -d /tmp/govsites-serving-profile.XXXXXX)}
mkdir -p "$OUT"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
WORK=$(mktemp -d /tmp/govsites-serving-profile-work.XXXXXX)
APP_PID=""
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

dotnet build src/GovSites/GovSites.csproj -c Release --nologo -v quiet -warnaserror >&2
DLL=$ROOT/src/GovSites/bin/Release/net10.0/GovSites.dll
RELEASE=$WORK/releases/bench/000001
mkdir -p "$RELEASE/tzgg"
bench/serving/page.sh >"$RELEASE/tzgg/123.html"
printf '{"site":"bench","number":1,"previous":null,"full":true,"changed":["tzgg/123.html"],"removed":[]}\n' >"$RELEASE/.release.json"
ln -s 000001 "$WORK/releases/bench/current"

PORT=$(free_port)
(
  cd "$(dirname "$DLL")"
  ASPNETCORE_ENVIRONMENT=Production GovSites__DataDirectory="$WORK/data" \
  GovSites__Publishing__ReleasesDirectory="$WORK/releases" GovSites__SeedDemo=true \
  Logging__LogLevel__Default=Warning \
  exec dotnet "$DLL" --urls "http://127.0.0.1:$PORT" >"$OUT/app.log" 2>&1
) &
APP_PID=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.5; done
URL="http://127.0.0.1:$PORT$URL_PATH"
curl -fs "$URL" >/dev/null
wrk -t2 -c64 -d5s "$URL" >/dev/null # warm-up: tier-1 code, caches filled

echo "== Allocations: wrk -t2 -c64 -d${SECONDS_LOAD}s, load average $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet-counters collect -p "$APP_PID" --counters 'System.Runtime[dotnet.gc.heap.total_allocated,dotnet.gc.collections]' \
  --refresh-interval 1 --format csv -o "$OUT/counters.csv" --duration "00:00:00:$((SECONDS_LOAD + 2))" >/dev/null &
COUNTERS=$!
sleep 1
wrk -t2 -c64 -d"${SECONDS_LOAD}s" "$URL" | tee "$OUT/wrk-counters.txt" | grep -E 'Requests/sec|requests in'
wait "$COUNTERS" || true
requests=$(awk '/requests in/ {print $1}' "$OUT/wrk-counters.txt")
# total_allocated is a rate per refresh interval (bytes/s) in the CSV: summed over the run it is the bytes allocated.
bytes=$(awk -F, '/total_allocated/ {s += $NF} END {printf "%.0f", s}' "$OUT/counters.csv")
awk -v b="$bytes" -v r="$requests" 'BEGIN { printf "allocated %.1f MB during the load, about %.0f bytes per request (upper bound: includes the %d s around it)\n", b / 1e6, b / r, 2 }'
grep -E 'collections' "$OUT/counters.csv" | tail -3 || true

echo "== CPU samples: wrk -t2 -c64 -d${SECONDS_LOAD}s, load average $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t2 -c64 -d"${SECONDS_LOAD}s" "$URL" >"$OUT/wrk-trace.txt" &
WRK=$!
sleep 2
dotnet-trace collect -p "$APP_PID" --profile dotnet-sampled-thread-time -o "$OUT/serving.nettrace" --duration "00:00:00:$((SECONDS_LOAD - 6))" >/dev/null
wait "$WRK"
grep -E 'Requests/sec' "$OUT/wrk-trace.txt"
echo "-- top 30 exclusive"
dotnet-trace report "$OUT/serving.nettrace" topN -n 30
echo "-- top 40 inclusive"
dotnet-trace report "$OUT/serving.nettrace" topN -n 40 --inclusive
echo "== Allocation samples (gc-verbose, one event per ~100 KB allocated) during wrk -t2 -c64 -d10s: $OUT/allocations.nettrace"
wrk -t2 -c64 -d10s "$URL" >"$OUT/wrk-allocations.txt" &
WRK=$!
sleep 2
dotnet-trace collect -p "$APP_PID" --profile gc-verbose -o "$OUT/allocations.nettrace" --duration 00:00:00:05 >/dev/null
wait "$WRK"
grep -E 'Requests/sec' "$OUT/wrk-allocations.txt"
echo "(files in $OUT; open the .nettrace files in PerfView or Visual Studio, or read them with TraceEvent)"
