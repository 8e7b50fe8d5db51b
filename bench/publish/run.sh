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
# bench/out/publish-<time>/. ONLY=full or ONLY=incremental runs one part; ONLY=prepare only makes the corpora and databases. PROFILE=1 adds a dotnet-trace profile of
# one GovSites build of the largest size (bench/out/…/profile-N.txt: the methods where the time goes).
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
# The app as it is deployed: `dotnet publish` output (with wwwroot and the theme files), run from its folder.
# APP_DIR=... measures another build of the app (a publish output folder) instead.
if [ -z "${APP_DIR:-}" ]; then
  dotnet publish src/GovSites/GovSites.csproj -c Release -warnaserror --nologo -v quiet -o "$WORK/app"
  APP_DIR=$WORK/app
fi
APP=$APP_DIR/GovSites.dll

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"; echo "commit: $(git rev-parse --short HEAD)"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "$(hugo version | cut -d' ' -f1-2); .NET $(dotnet --version); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/machine.txt"

# The corpora and seeded databases depend only on the corpus and seeding code: kept in WORK and reused while that
# code is unchanged (REUSE=0 makes them again). A database made before the app gained a migration is migrated.
STAMP="$(git rev-parse HEAD:bench/GovSites.BenchCorpus HEAD:bench/GovSites.Bench/Seeding HEAD:bench/GovSites.Bench/Publishing/PublishSeed.cs \
  HEAD:bench/GovSites.Bench/Publishing/ExtraSites.cs HEAD:bench/GovSites.Bench/Publishing/HugoContent.cs | tr '\n' ' ')"
fresh() { [ "${REUSE:-1}" = 1 ] && [ -f "$1/.stamp" ] && [ "$(cat "$1/.stamp")" = "$STAMP $2" ]; }
hugo_corpus() { # articles
  local dir="$WORK/hugo-$1"
  if fresh "$dir" "$1"; then echo "reusing $dir"; else
    rm -rf "$dir"; cp -r bench/publish/hugo "$dir"
    $BENCH hugo-content "$dir/content" --articles "$1"
    echo "$STAMP $1" >"$dir/.stamp"
  fi
  rm -rf "$dir/layouts" "$dir/static" "$dir/config.toml"; cp -r bench/publish/hugo/. "$dir/" # layouts may have changed
  # The same stylesheet, script and images as the app's default theme, so both tools write the same site.
  mkdir -p "$dir/static/assets"; cp src/GovSites/Modules/Templates/Themes/Default/assets/* "$dir/static/assets/"
}
govsites_corpus() { # articles waiting
  local dir="$WORK/gov-$1-$2.pristine"
  if fresh "$dir" "$1 $2"; then echo "reusing $dir"; else
    $BENCH publish-seed "$dir" --articles "$1" --waiting "$2"
    echo "$STAMP $1 $2" >"$dir/.stamp"
  fi
  GovSites__DataDirectory="$dir" dotnet "$APP" migrate >/dev/null
}
# Every GovSites run starts from the same database and no releases: a copy of the seeded one.
fresh_copy() { # articles|inc target
  rm -rf "$2"; cp -rH "$WORK/gov-$1.pristine" "$2"
}

# Every build writes into a folder of its own, and the outputs of all builds are deleted only when the benchmark
# ends. This machine's ext4 has no journal, and without one the kernel skips, for every new file, the inodes
# freed in the last 60 s (360 s while their table block is dirty): with the previous build's 53,000 pages
# deleted just before, finding a free inode was 15 % of a GovSites build's CPU samples, a cost of the
# benchmark's clean-up rather than of either tool (the same for both, and absent on a journaled file system).
RUN_DIRS=()
cleanup_runs() { [ "${#RUN_DIRS[@]}" -eq 0 ] || rm -rf "${RUN_DIRS[@]}"; }
trap cleanup_runs EXIT
# Leftovers of an interrupted benchmark are deleted now, then the kernel is given the minute it needs.
if compgen -G "$WORK/*.run-*" >/dev/null; then rm -rf "$WORK"/*.run-*; sleep 61; fi

# Every build starts from the same state of the machine: its input written out and the page cache emptied. With
# the previous build's files still cached, the next build of either tool spent 2-10x the system time of the first
# (12-35 s instead of 2.5-4 s, for the same user time), which made the rounds incomparable. As root only.
settle() {
  sync
  if [ "$(id -u)" = 0 ] && [ "${DROP_CACHES:-1}" = 1 ]; then echo 3 >/proc/sys/vm/drop_caches; fi
}

# One full build of a tool: its time file, its log and the number of HTML/XML pages it wrote.
hugo_build() { # articles run
  local n=$1 r=$2 public="$WORK/hugo-$1-public.run-$2"
  rm -rf "$public"; RUN_DIRS+=("$public"); settle
  /usr/bin/time -v -o "$OUT/hugo-$n-$r.time" hugo --source "$WORK/hugo-$n" --destination "$public" >"$OUT/hugo-$n-$r.log" 2>&1
  find "$public" -type f \( -name '*.html' -o -name '*.xml' \) | wc -l >"$OUT/hugo-$n-$r.files"
  echo "hugo     $n articles, run $r: $(grep -E 'Elapsed|Maximum resident|User time|System time' "$OUT/hugo-$n-$r.time" | sed 's/^\s*//' | tr '\n' ' ') pages $(cat "$OUT/hugo-$n-$r.files")"
}
govsites_build() { # articles run
  local n=$1 r=$2 data="$WORK/gov-$1.run-$2"
  RUN_DIRS+=("$data"); fresh_copy "$n" "$data"; settle
  GovSites__DataDirectory="$data" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    /usr/bin/time -v -o "$OUT/govsites-$n-$r.time" dotnet "$APP" publish --all --full >"$OUT/govsites-$n-$r.log" 2>&1 \
    || echo "WARNING: govsites publish exited $(grep -o 'Exit status: [0-9]*' "$OUT/govsites-$n-$r.time"), see $OUT/govsites-$n-$r.log" | tee -a "$OUT/warnings.txt" >&2
  find -L "$data"/releases/*/current/ -type f \( -name '*.html' -o -name '*.xml' \) | wc -l >"$OUT/govsites-$n-$r.files"
  echo "govsites $n articles, run $r: $(grep -E 'Elapsed|Maximum resident|User time|System time' "$OUT/govsites-$n-$r.time" | sed 's/^\s*//' | tr '\n' ' ') pages $(cat "$OUT/govsites-$n-$r.files")"
}

if [ "$ONLY" = prepare ]; then
  log "Preparing the corpora and databases only"
  for n in $SIZES; do hugo_corpus "$n"; govsites_corpus "$n" 0; done
  govsites_corpus "$INCREMENTAL" $((APPROVALS + 20))
  exit 0
fi

if [ "$ONLY" != incremental ]; then
  for n in $SIZES; do
    log "Corpus of $n articles: as Hugo content and as a GovSites database"
    hugo_corpus "$n"
    govsites_corpus "$n" 0
    ln -sfn "$WORK/gov-$n-0.pristine" "$WORK/gov-$n.pristine"
    for r in $(seq 1 "$RUNS"); do
      log "Full build, $n articles, run $r of $RUNS (load $(cut -d' ' -f1-3 /proc/loadavg))"
      if [ $((r % 2)) -eq 1 ]; then hugo_build "$n" "$r"; govsites_build "$n" "$r"; else govsites_build "$n" "$r"; hugo_build "$n" "$r"; fi
    done
  done
  if [ -n "${PROFILE:-}" ]; then
    n=${SIZES##* }
    log "Profile: one more GovSites build of $n articles under dotnet-trace (sampled thread time)"
    command -v dotnet-trace >/dev/null || export PATH="$PATH:$HOME/.dotnet/tools"
    command -v dotnet-trace >/dev/null || dotnet tool install -g dotnet-trace >/dev/null
    fresh_copy "$n" "$WORK/gov-$n"
    GovSites__DataDirectory="$WORK/gov-$n" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
      dotnet-trace collect --profile dotnet-sampled-thread-time -o "$OUT/profile-$n.nettrace" -- dotnet "$APP" publish --all --full >"$OUT/profile-$n.log" 2>&1
    { echo "# inclusive"; dotnet-trace report "$OUT/profile-$n.nettrace" topN -n 40 --inclusive
      echo "# exclusive"; dotnet-trace report "$OUT/profile-$n.nettrace" topN -n 40; } >"$OUT/profile-$n.txt" 2>&1
    echo "top methods in $OUT/profile-$n.txt"
  fi
  log "Full builds: summary (kept in $OUT)"
  $BENCH publish-summary "$OUT" | tee "$OUT/summary.txt"
fi

if [ "$ONLY" != full ]; then
  log "Incremental publish: $INCREMENTAL articles, $APPROVALS approvals"
  data="$WORK/gov-inc"
  govsites_corpus "$INCREMENTAL" $((APPROVALS + 20))
  ln -sfn "$WORK/gov-$INCREMENTAL-$((APPROVALS + 20)).pristine" "$WORK/gov-inc.pristine"
  fresh_copy inc "$data"
  log "Full publish of the $INCREMENTAL articles first, so that every site is live"
  GovSites__DataDirectory="$data" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    /usr/bin/time -v -o "$OUT/initial-$INCREMENTAL.time" dotnet "$APP" publish --all --full >"$OUT/initial-$INCREMENTAL.log" 2>&1 \
    || echo "WARNING: the initial publish exited non-zero, see $OUT/initial-$INCREMENTAL.log" | tee -a "$OUT/warnings.txt" >&2
  grep -E 'Elapsed|Maximum resident|User time|System time' "$OUT/initial-$INCREMENTAL.time"
  echo "pages: $(find -L "$data"/releases/*/current/ -type f \( -name '*.html' -o -name '*.xml' \) | wc -l)"
  $BENCH publish-incremental --data "$data" --app "$APP" --approvals "$APPROVALS" --poll "$POLL" \
    --out "$OUT/incremental.tsv" --logs "$OUT" | tee "$OUT/incremental.log"
fi
