#!/usr/bin/env bash
# Side by side, alternating (this machine's speed drifts): the search benchmark built from another commit (BASE,
# default main) against this working tree, on the same releases and the same index.
#   ./bench/search/compare.sh                 ROUNDS (default 2) rounds of: query latency and relevance, each build
#   SITES="portal" ./bench/search/compare.sh  also indexing, from a copy of only those sites' releases (quicker than all)
# Run ./bench/search/run.sh first (it makes WORK's releases and index). Figures go to bench/out/search-compare-<time>/.
set -euo pipefail
cd "$(dirname "$0")/../.."

BASE=${BASE:-main}
ROUNDS=${ROUNDS:-2}
ARTICLES=${ARTICLES:-50000}
WORK=${WORK:-/tmp/govsites-sbench}
OUT=bench/out/search-compare-$(date -u +%Y%m%d-%H%M%S)
mkdir -p "$OUT"
locked() { flock /tmp/govsites-bench.lock "$@"; }

# The base: its source with this tree's benchmark program (so both measure the same way), built in Release.
rm -rf "$WORK/base" && mkdir -p "$WORK/base"
git archive "$BASE" | tar -x -C "$WORK/base"
rm -rf "$WORK/base/bench/GovSites.SearchBench" && cp -r bench/GovSites.SearchBench "$WORK/base/bench/"
rm -rf "$WORK/base/bench/GovSites.SearchBench/bin" "$WORK/base/bench/GovSites.SearchBench/obj"
(cd "$WORK/base" && dotnet build bench/GovSites.SearchBench/GovSites.SearchBench.csproj -c Release --nologo -v quiet)
dotnet build bench/GovSites.SearchBench/GovSites.SearchBench.csproj -c Release -warnaserror --nologo -v quiet
declare -A dll=([base]="$WORK/base/bench/GovSites.SearchBench/bin/Release/net10.0/GovSites.SearchBench.dll"
  [new]="bench/GovSites.SearchBench/bin/Release/net10.0/GovSites.SearchBench.dll")
echo "base: $BASE ($(git rev-parse --short "$BASE")); new: $(git rev-parse --short HEAD)" | tee "$OUT/machine.txt"

if [ -n "${SITES:-}" ]; then
  rm -rf "$WORK/subset" && mkdir -p "$WORK/subset"
  for s in $SITES; do cp -a "$WORK/gov-$ARTICLES/releases/$s" "$WORK/subset/"; done
fi

for r in $(seq 1 "$ROUNDS"); do
  order="base new"; [ $((r % 2)) -eq 0 ] && order="new base"
  for b in $order; do
    if [ -n "${SITES:-}" ]; then
      rm -rf "$WORK/subset-index"
      locked sh -c "echo \"load at start: \$(cut -d' ' -f1-3 /proc/loadavg)\"; dotnet ${dll[$b]} index '$WORK/subset' '$WORK/subset-index'" >"$OUT/index-$b-$r.txt"
      echo "round $r $b index: $(grep -h '^load\|^docs/s\|^cpu' "$OUT/index-$b-$r.txt" | tr '\n' ' ')"
    fi
    locked sh -c "echo \"load at start: \$(cut -d' ' -f1-3 /proc/loadavg)\"; dotnet ${dll[$b]} query '$WORK/index' '$ARTICLES'" >"$OUT/query-$b-$r.txt"
    echo "round $r $b query: $(grep -h "^load\|^latency\|^cpu ms\|^relevance" "$OUT/query-$b-$r.txt" | tr '\n' ' ')"
  done
done | tee "$OUT/summary.txt"
