#!/usr/bin/env bash
# The search benchmark of issue 5 (see bench/README.md, "Search (issue 5)"), in one command:
#  1. the corpus of the publishing benchmark (bench/GovSites.BenchCorpus, ARTICLES articles, default 50000, over 20
#     sites) seeded into a GovSites database and published by the app itself (`publish --all --full`, Release build)
#     — done once and kept in WORK (default /tmp/govsites-sbench) while the corpus, seeding and app are unchanged;
#  2. RUNS times (default 3): the index rebuilt from those live releases by the app's own SearchFeeder (what
#     `govsites reindex` runs), timed; then 1,000 timed queries with highlighting and the 40 relevance queries;
#  3. once: the same feeder reading and parsing every page without indexing (READ_ONLY=0 skips it);
#     PROFILE=1: one more index run and one more query run under dotnet-trace (sampled thread time), top methods in
#     profile-index.txt and profile-query.txt.
# Every heavy step runs under the machines' benchmark lock (flock /tmp/govsites-bench.lock). Figures go to
# bench/out/search-<time>/.
set -euo pipefail
cd "$(dirname "$0")/../.."

log() { printf '\n== %s\n' "$*"; }
locked() { flock /tmp/govsites-bench.lock "$@"; }

ARTICLES=${ARTICLES:-50000}
RUNS=${RUNS:-3}
WORK=${WORK:-/tmp/govsites-sbench}
OUT=bench/out/search-$(date -u +%Y%m%d-%H%M%S)
mkdir -p "$WORK" "$OUT"
OUT=$(cd "$OUT" && pwd)

log "Building (Release)"
dotnet build bench/GovSites.SearchBench/GovSites.SearchBench.csproj -c Release -warnaserror --nologo -v quiet
SBENCH="dotnet bench/GovSites.SearchBench/bin/Release/net10.0/GovSites.SearchBench.dll"

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"; echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench || echo ' (with uncommitted changes)')"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo ".NET $(dotnet --version); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/machine.txt"

# The releases: written by the app's publisher from the seeded corpus. They depend on the corpus, the seeding and the
# app's rendering (theme), not on the search code: RELEASES=<folder of site folders> uses releases made elsewhere.
data="$WORK/gov-$ARTICLES"
if [ -z "${RELEASES:-}" ]; then
  STAMP="$(git rev-parse HEAD:bench/GovSites.BenchCorpus HEAD:bench/GovSites.Bench/Seeding HEAD:bench/GovSites.Bench/Publishing/PublishSeed.cs \
    HEAD:src/GovSites/Modules/Publishing HEAD:src/GovSites/Modules/Templates | tr '\n' ' ') $ARTICLES"
  if [ "${REUSE:-1}" = 1 ] && [ -f "$data/.published" ] && [ "$(cat "$data/.published")" = "$STAMP" ]; then
    echo "reusing the releases in $data/releases"
  else
    log "Seeding $ARTICLES corpus articles and publishing them with the app (once; several minutes)"
    dotnet build bench/GovSites.Bench/GovSites.Bench.csproj -c Release -warnaserror --nologo -v quiet
    dotnet publish src/GovSites/GovSites.csproj -c Release -warnaserror --nologo -v quiet -o "$WORK/app"
    rm -rf "$data"
    locked dotnet bench/GovSites.Bench/bin/Release/net10.0/GovSites.Bench.dll publish-seed "$data" --articles "$ARTICLES" --waiting 0
    GovSites__DataDirectory="$data" dotnet "$WORK/app/GovSites.dll" migrate >/dev/null
    (cd "$WORK/app" && GovSites__DataDirectory="$data" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
      locked dotnet GovSites.dll publish --all --full >"$OUT/publish.log" 2>&1)
    echo "$STAMP" >"$data/.published"
  fi
  RELEASES="$data/releases"
fi
echo "releases: $RELEASES ($(find -L "$RELEASES"/*/current/ -name '*.html' | wc -l) HTML pages live)" | tee -a "$OUT/machine.txt"

index="$WORK/index"
for r in $(seq 1 "$RUNS"); do
  log "Run $r of $RUNS: index the live releases (load $(cut -d' ' -f1-3 /proc/loadavg))"
  rm -rf "$index"; sync
  locked sh -c "echo \"load at start: \$(cut -d' ' -f1-3 /proc/loadavg)\"; $SBENCH index '$RELEASES' '$index'; echo \"load at end: \$(cut -d' ' -f1-3 /proc/loadavg)\"" | tee "$OUT/index-$r.txt"
  log "Run $r of $RUNS: queries (load $(cut -d' ' -f1-3 /proc/loadavg))"
  locked sh -c "echo \"load at start: \$(cut -d' ' -f1-3 /proc/loadavg)\"; $SBENCH query '$index' '$ARTICLES'; echo \"load at end: \$(cut -d' ' -f1-3 /proc/loadavg)\"" | tee "$OUT/query-$r.txt"
done

if [ "${READ_ONLY:-1}" = 1 ]; then
  log "Reading and parsing the pages only (no index)"
  locked sh -c "echo \"load at start: \$(cut -d' ' -f1-3 /proc/loadavg)\"; $SBENCH index '$RELEASES' '$index.none' --read-only" | tee "$OUT/read-only.txt"
fi

if [ -n "${PROFILE:-}" ]; then
  log "Profile: one more index run under dotnet-trace (sampled thread time)"
  command -v dotnet-trace >/dev/null || export PATH="$PATH:$HOME/.dotnet/tools"
  command -v dotnet-trace >/dev/null || dotnet tool install -g dotnet-trace >/dev/null
  rm -rf "$index"
  locked dotnet-trace collect --profile dotnet-sampled-thread-time -o "$OUT/profile-index.nettrace" -- $SBENCH index "$RELEASES" "$index" >"$OUT/profile-index.log" 2>&1
  log "Profile: the queries under dotnet-trace"
  locked dotnet-trace collect --profile dotnet-sampled-thread-time -o "$OUT/profile-query.nettrace" -- $SBENCH query "$index" "$ARTICLES" >"$OUT/profile-query.log" 2>&1
  for p in index query; do
    { echo "# inclusive"; dotnet-trace report "$OUT/profile-$p.nettrace" topN -n 80 --inclusive
      echo "# exclusive"; dotnet-trace report "$OUT/profile-$p.nettrace" topN -n 80; } >"$OUT/profile-$p.txt" 2>&1
  done
  echo "top methods in $OUT/profile-index.txt and $OUT/profile-query.txt"
fi

log "Summary"
{
  grep -h "^load\|^docs/s\|^wall\|^cpu\|^index size\|^documents" "$OUT"/index-*.txt
  grep -h "^latency\|^cpu ms\|^relevance" "$OUT"/query-*.txt
} | tee "$OUT/summary.txt"
