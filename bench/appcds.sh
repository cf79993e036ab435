#!/usr/bin/env bash
# Cold start of the INSTALLED app (/opt/careplanner from the .deb) with and without its AppCDS archive: the
# milliseconds from starting the launcher to its window being visible on the X display, several runs each,
# alternating. Needs root (it edits the installed launcher's .cfg between runs, and puts it back), a display
# (DISPLAY, e.g. Xvfb) and xdotool. Usage: bench/appcds.sh [RUNS] [DATA_DIR]
set -euo pipefail
RUNS="${1:-7}"
DATA="${2:-$(mktemp -d)}"
CFG=/opt/careplanner/lib/app/CarePlanner.cfg
[ -f "$CFG" ] || { echo "CarePlanner is not installed in /opt/careplanner" >&2; exit 2; }
grep -q SharedArchiveFile "$CFG" || { echo "The installed app has no class-data archive" >&2; exit 2; }
cp "$CFG" "$CFG.with-cds"
grep -v 'SharedArchiveFile\|Xshare' "$CFG.with-cds" >"$CFG.without-cds"
restore() { cp "$CFG.with-cds" "$CFG"; rm -f "$CFG.with-cds" "$CFG.without-cds"; }
trap restore EXIT
trap 'exit 130' INT TERM

now_ms() { date +%s%3N; }
start_once() {
  local t0 pid t1
  t0=$(now_ms)
  /opt/careplanner/bin/CarePlanner --data-dir "$DATA" >/dev/null 2>&1 &
  pid=$!
  until xdotool search --onlyvisible --name '^CarePlanner' >/dev/null 2>&1; do sleep 0.02; done
  t1=$(now_ms)
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  echo $((t1 - t0))
}

# The store exists before the first run, under a made-up passphrase (the timed starts stop at its passphrase window).
export CAREPLANNER_PASSPHRASE="${CAREPLANNER_PASSPHRASE:-appcds timing kettle orange}"
/opt/careplanner/bin/CarePlanner --data-dir "$DATA" list >/dev/null
declare -a WITH WITHOUT
for i in $(seq 1 "$RUNS"); do
  cp "$CFG.without-cds" "$CFG"; WITHOUT+=("$(start_once)")
  cp "$CFG.with-cds" "$CFG"; WITH+=("$(start_once)")
  echo "run $i: with archive ${WITH[-1]} ms, without ${WITHOUT[-1]} ms"
done
summary() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:int((a[NR/2]+a[NR/2+1])/2); print a[1] " / " m " / " a[NR] " ms"}'; }
echo "with the archive    (min / median / max): $(summary "${WITH[@]}")"
echo "without the archive (min / median / max): $(summary "${WITHOUT[@]}")"
