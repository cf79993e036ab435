#!/usr/bin/env bash
# Runs the CarePlanner benchmark (docs/benchmarks.md). Not part of `./mvnw verify`.
#   bench/run.sh [RUNS] [PEOPLE] [PARTS]   RUNS of each measurement (default 5); PEOPLE in the store (default
#   5000); PARTS, comma-separated, of start (cold start, memory), store (open, save, search, export, warm PDF),
#   check (with store: the store's own check once the saves are done), pdf (first PDF in a fresh JVM);
#   "none" only makes the store. start-cds (only when named): cold start as the installed app starts, from the
#   jars with a class-data archive trained first, against the bare window without and with its own archive
#   (BENCH_CDS=dynamic trains with -XX:ArchiveClassesAtExit instead of installer/build.sh's class list + dump).
# The first run generates the store of 5,000 made-up people and 20,000 plan versions in target/bench/store
# (BenchStoreWriter, ADR 0019: about 20 minutes on a busy 2-core machine; kept for later runs, delete the folder
# to make it again). The save part adds about 120 versions to it each run. Needs a display for the cold-start figures:
# uses $DISPLAY, or starts a private Xvfb when there is none. Results: target/bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"

./mvnw -B -q -o package -DskipTests 2>/dev/null || ./mvnw -B -q package -DskipTests

XVFB_PID=""
if [ -z "${DISPLAY:-}" ]; then
  mkdir -p target/bench
  Xvfb -displayfd 3 -screen 0 1280x900x24 3>target/bench/xvfb-display >/dev/null 2>&1 &
  XVFB_PID=$!
  sleep 2
  export DISPLAY=":$(head -1 target/bench/xvfb-display)"
fi
# The machine's load, every 30 s while the benchmark runs (it is the first thing to read beside the numbers).
mkdir -p target/bench
: > target/bench/load.log
( while true; do echo "$(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)" >> target/bench/load.log; sleep 30; done ) &
LOAD_PID=$!
trap 'kill "$LOAD_PID" 2>/dev/null; [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true' EXIT

# One JVM for the in-process figures, with room for the 20,000-version export; the cold-start and PDF
# figures are taken in fresh JVMs with the installed app's options (installer/jvm-options.txt), the bare window with none.
java -Xmx4g -Djavafx.cachedir=target/openjfx-cache -Dpdfbox.fontcache=target -Dbench.cds="${BENCH_CDS:-static}" \
  -cp "target/test-classes:target/classes:target/lib/*" org.careplanner.bench.Bench target/bench/store "$RUNS" "${2:-5000}" "${3:-start,store,pdf,check}"
awk '{ if (min == "" || $2 < min) min = $2; if ($2 > max) max = $2; sum += $2; n++ }
     END { if (n) printf "\nLoad average (1 min) during the run, sampled every 30 s: min %.1f, mean %.1f, max %.1f (%d samples)\n", min, sum / n, max, n }' \
  target/bench/load.log | tee -a target/bench/results.md
