#!/usr/bin/env bash
# The publishing benchmark of issue 4 (see bench/README.md, "Publishing (issue 4)"), in one command:
#  1. full rebuild, GovSites against Hugo on the same synthetic corpus (bench/GovSites.BenchCorpus), at each size
#     of SIZES (default "10000 50000" articles over 20 sites), RUNS times each (default 3), alternating the two
#     (Hugo then GovSites, then GovSites then Hugo …) because this machine's speed drifts; each build under
#     /usr/bin/time -v for its wall time and peak RSS; pages = HTML and XML files written;
#  2. incremental publish: INCREMENTAL articles (default 100000) in the database, the app running (Release),
#     APPROVALS approvals (default 60) through HTTP, each timed until its page is served (POLL=file: until the
#     file is in the live release, when the app does not serve releases).
# Work files (corpora, databases, outputs: several GB) go to WORK (default /tmp/govsites-pbench); figures to
# bench/out/publish-<time>/. ONLY=full or ONLY=incremental runs one part.
set -euo pipefail
cd "$(dirname "$0")/../.."

log() { printf '\n== %s\n' "$*"; }

RUNS=${RUNS:-3}
SIZES=${SIZES:-"10000 50000"}
INCREMENTAL=${INCREMENTAL:-100000}
APPROVALS=${APPROVALS:-60}
POLL=${POLL:-http}
ONLY=${ONLY:-}
WORK=${WORK:-/tmp/govsites-pbench}
OUT=bench/out/publish-$(date -u +%Y%m%d-%H%M%S)
mkdir -p "$WORK" "$OUT"
OUT=$(cd "$OUT" && pwd)

if ! command -v hugo >/dev/null; then
  log "Installing hugo (Debian)"
  if [ "$(id -u)" -ne 0 ]; then echo "hugo is missing: apt-get install -y hugo (as root)" >&2; exit 1; fi
  apt-get install -y hugo >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y hugo >/dev/null; }
fi
[ -x /usr/bin/time ] || { apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }; }

log "Building (Release)"
dotnet build bench/GovSites.Bench/GovSites.Bench.csproj -c Release -warnaserror --nologo -v quiet
BENCH="dotnet bench/GovSites.Bench/bin/Release/net10.0/GovSites.Bench.dll"
APP=$(pwd)/src/GovSites/bin/Release/net10.0/GovSites.dll

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"; echo "commit: $(git rev-parse --short HEAD)"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "$(hugo version | cut -d' ' -f1-2); .NET $(dotnet --version); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/machine.txt"

# One full build of a tool: its time file, its log and the number of HTML/XML pages it wrote.
hugo_build() { # articles run
  local n=$1 r=$2 public="$WORK/hugo-$1-public"
  rm -rf "$public"; sync
  /usr/bin/time -v -o "$OUT/hugo-$n-$r.time" hugo --source "$WORK/hugo-$n" --destination "$public" >"$OUT/hugo-$n-$r.log" 2>&1
  find "$public" -type f \( -name '*.html' -o -name '*.xml' \) | wc -l >"$OUT/hugo-$n-$r.files"
  echo "hugo     $n articles, run $r: $(grep -E 'Elapsed|Maximum resident' "$OUT/hugo-$n-$r.time" | sed 's/^\s*//' | tr '\n' ' ') pages $(cat "$OUT/hugo-$n-$r.files")"
}
govsites_build() { # articles run
  local n=$1 r=$2 data="$WORK/gov-$1"
  rm -rf "$data/releases"; sync
  GovSites__DataDirectory="$data" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    /usr/bin/time -v -o "$OUT/govsites-$n-$r.time" dotnet "$APP" publish --all --full >"$OUT/govsites-$n-$r.log" 2>&1 \
    || { echo "govsites publish failed, see $OUT/govsites-$n-$r.log" >&2; tail -20 "$OUT/govsites-$n-$r.log" >&2; return 1; }
  find -L "$data"/releases/*/current/ -type f \( -name '*.html' -o -name '*.xml' \) | wc -l >"$OUT/govsites-$n-$r.files"
  echo "govsites $n articles, run $r: $(grep -E 'Elapsed|Maximum resident' "$OUT/govsites-$n-$r.time" | sed 's/^\s*//' | tr '\n' ' ') pages $(cat "$OUT/govsites-$n-$r.files")"
}

if [ "$ONLY" != incremental ]; then
  for n in $SIZES; do
    log "Corpus of $n articles: as Hugo content and as a GovSites database"
    rm -rf "$WORK/hugo-$n"; cp -r bench/publish/hugo "$WORK/hugo-$n"
    $BENCH hugo-content "$WORK/hugo-$n/content" --articles "$n"
    $BENCH publish-seed "$WORK/gov-$n" --articles "$n"
    for r in $(seq 1 "$RUNS"); do
      log "Full build, $n articles, run $r of $RUNS (load $(cut -d' ' -f1-3 /proc/loadavg))"
      if [ $((r % 2)) -eq 1 ]; then hugo_build "$n" "$r"; govsites_build "$n" "$r"; else govsites_build "$n" "$r"; hugo_build "$n" "$r"; fi
    done
  done
  log "Full builds: summary (kept in $OUT)"
  $BENCH publish-summary "$OUT" | tee "$OUT/summary.txt"
fi

if [ "$ONLY" != full ]; then
  log "Incremental publish: $INCREMENTAL articles, $APPROVALS approvals"
  data="$WORK/gov-inc-$INCREMENTAL"
  $BENCH publish-seed "$data" --articles "$INCREMENTAL" --waiting $((APPROVALS + 20))
  log "Full publish of the $INCREMENTAL articles first, so that every site is live"
  GovSites__DataDirectory="$data" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    /usr/bin/time -v -o "$OUT/initial-$INCREMENTAL.time" dotnet "$APP" publish --all --full >"$OUT/initial-$INCREMENTAL.log" 2>&1
  grep -E 'Elapsed|Maximum resident' "$OUT/initial-$INCREMENTAL.time"
  $BENCH publish-incremental --data "$data" --app "$APP" --approvals "$APPROVALS" --poll "$POLL" \
    --out "$OUT/incremental.tsv" --logs "$OUT" | tee "$OUT/incremental.log"
fi
