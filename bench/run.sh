#!/usr/bin/env bash
# The benchmark of issue 3 (see bench/README.md): builds in Release, starts a private PostgreSQL as test.sh
# does (scripts/postgres.sh), runs the benchmark RUNS times (default 3) on SQLite and PostgreSQL, then
# prints the median of the runs with their range. Arguments go to every run (e.g. --profile, --articles N).
# ALTERNATE="--some-option" runs a second variant after each run, with those arguments added, so that
# both variants see the same drift of the machine; its runs are summarised apart.
# Each run's output and results are kept in bench/out/<time>/.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n== %s\n' "$*"; }

RUNS=${RUNS:-3}

# shellcheck source=../scripts/postgres.sh
. scripts/postgres.sh
pg_install
# Unlike test.sh, fsync stays on: the approve transaction's commit is measured as production pays it.
pg_start

log "Building (Release)"
dotnet build bench/GovSites.Bench/GovSites.Bench.csproj -c Release -warnaserror --nologo -v quiet
BENCH=bench/GovSites.Bench/bin/Release/net10.0/GovSites.Bench.dll

OUT=bench/out/$(date -u +%Y%m%d-%H%M%S)
mkdir -p "$OUT"
ALTERNATE=${ALTERNATE:-}
for i in $(seq 1 "$RUNS"); do
  log "Run $i of $RUNS"
  dotnet "$BENCH" --out "$OUT/run$i.tsv" "$@" | tee "$OUT/run$i.log"
  if [ -n "$ALTERNATE" ]; then
    log "Run $i of $RUNS, with $ALTERNATE"
    # shellcheck disable=SC2086 # ALTERNATE holds several arguments
    dotnet "$BENCH" --out "$OUT/alternate$i.tsv" "$@" $ALTERNATE | tee "$OUT/alternate$i.log"
  fi
done

log "Summary of $RUNS runs (kept in $OUT)"
dotnet "$BENCH" --summarize "$OUT"/run*.tsv | tee "$OUT/summary.txt"
if [ -n "$ALTERNATE" ]; then
  log "Summary of $RUNS runs with $ALTERNATE"
  dotnet "$BENCH" --summarize "$OUT"/alternate*.tsv | tee "$OUT/summary-alternate.txt"
fi
