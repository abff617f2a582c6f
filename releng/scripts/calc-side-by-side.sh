#!/usr/bin/env bash
# The product's headless commands beside LibreOffice Calc, in one run on this machine (benchmark only):
#   1. start-up: `--version` and `simulate` as the launcher started them before the fast start
#      (AVTALEBENK_FAST_START=0: every service started, no class-data archive) and as it starts them now;
#   2. `simulate` and `compare` of a new case (./avtalebenk new) on the reference data set (374 units,
#      all scenarios), wall time of the command, against Calc recomputing a sheet of the same units,
#      counts and rates for ten scenarios (generated with formulas and no stored results by
#      side_by_side.py; Calc opens it headless, computes every formula and writes the totals, which are
#      checked against the product's totals of the baseline);
#   3. (unless --no-large) SYNTHETIC data, generated here for the benchmark only and deleted after it:
#      10 000 invented units x 10 years (2026-2035): `simulate` and `montecarlo --draws 1000`.
# Each figure is the best and the median of RUNS runs (default 5; 3 for the large data) after one
# warm-up run. LibreOffice Calc is installed with apt-get when missing (as root); the product never
# needs it.
# Usage: releng/scripts/calc-side-by-side.sh [RUNS] [--no-large]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
runs=5
large=1
for arg in "$@"; do
  case "$arg" in
    --no-large) large=0 ;;
    ''|*[!0-9]*) echo "usage: $0 [RUNS] [--no-large]" >&2; exit 2 ;;
    *) runs=$arg ;;
  esac
done
helper="$root/releng/scripts/side_by_side.py"
avtalebenk="$root/avtalebenk"

if [ ! -x /usr/bin/time ] && [ "$(id -u)" = 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
fi
if ! command -v soffice >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "calc-side-by-side: installing LibreOffice Calc (headless) for the benchmark..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
  else
    echo "calc-side-by-side: needs LibreOffice Calc (apt-get install libreoffice-calc-nogui, as root)" >&2
    exit 1
  fi
fi

work=$(mktemp -d /tmp/avtalebenk-side-by-side.XXXXXX)
trap 'rm -rf "$work"' EXIT
export AVTALEBENK_HOME="$work/home"
mkdir -p "$work/out"

# timeit LABEL COMMAND...: one warm-up run, then $runs timed runs; sets best and median (wall time,
# milliseconds) and cpu_best and cpu_median (user + system time of the process and its children,
# which a loaded machine disturbs less) and prints them. The command's output goes to $work/out; a
# failed run stops the benchmark.
timeit() {
  local label=$1 n=${RUNS_NOW:-$runs} times=() cpus=() i start end
  shift
  "$@" >"$work/out/stdout" 2>"$work/out/stderr" || { echo "$label: failed:" >&2; cat "$work/out/stderr" >&2; exit 1; }
  for ((i = 0; i < n; i++)); do
    start=$(date +%s%N)
    /usr/bin/time -o "$work/out/time" -f "%U %S" "$@" >"$work/out/stdout" 2>"$work/out/stderr" \
      || { echo "$label: failed:" >&2; cat "$work/out/stderr" >&2; exit 1; }
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
    cpus+=($(awk '{ printf "%d", ($1 + $2) * 1000 }' "$work/out/time"))
  done
  read -r best median < <(python3 "$helper" stats "${times[@]}")
  read -r cpu_best cpu_median < <(python3 "$helper" stats "${cpus[@]}")
  printf '%-56s wall best %6d ms, median %6d ms; cpu best %6d ms, median %6d ms (%d runs)\n' \
    "$label" "$best" "$median" "$cpu_best" "$cpu_median" "$n"
}

ratio() { python3 -c "import sys; print('%.1f' % (float(sys.argv[1]) / float(sys.argv[2])))" "$1" "$2"; }

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
. "$root/releng/scripts/java-home.sh"
echo "Java: $("$(avtalebenk_java_home)/bin/java" -version 2>&1 | sed -n 2p); Calc: $(soffice --version 2>/dev/null | head -n 1)"
"$avtalebenk" --version >/dev/null 2>"$work/out/prepare"  # builds the product if needed; prepares the fast start
echo "Product: $("$avtalebenk" --version)"
"$avtalebenk" new "$work/case" >/dev/null 2>&1
cd "$work"

echo
echo "1. Start-up (the launcher's wall time)"
AVTALEBENK_FAST_START=0 timeit "--version, as started before (all services, no archive)" "$avtalebenk" --version
version_before=$best version_before_cpu=$cpu_best
timeit "--version, fast start" "$avtalebenk" --version
version_after=$best version_after_cpu=$cpu_best
AVTALEBENK_FAST_START=0 timeit "simulate --data reference, as started before" "$avtalebenk" simulate --case "$work/case" --data reference
simulate_before=$best simulate_before_cpu=$cpu_best

echo
echo "2. Reference data set (374 units), beside LibreOffice Calc"
timeit "simulate --data reference" "$avtalebenk" simulate --case "$work/case" --data reference
simulate_best=$best simulate_median=$median simulate_cpu=$cpu_best
timeit "compare --data reference (all scenarios)" "$avtalebenk" compare --case "$work/case" --data reference
compare_best=$best compare_median=$median compare_cpu=$cpu_best
"$avtalebenk" export payments --case "$work/case" --data reference --format csv --out "$work/payments.csv" 2>/dev/null
baseline=$(head -n 2 "$work/payments.csv" | tail -n 1 | cut -d';' -f1)
expected=$(python3 "$helper" sheet "$work/payments.csv" "$work/sheet.fods" "$baseline")
calc=(soffice --headless --norestore --nolockcheck "-env:UserInstallation=file://$work/calc-profile"
      --convert-to csv --outdir "$work/calc")
printf '<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet><table:table table:name="A"><table:table-row><table:table-cell table:formula="of:=1+1"/></table:table-row></table:table></office:spreadsheet></office:body></office:document>\n' >"$work/empty.fods"
timeit "Calc: start, open a one-cell sheet, write it (start-up)" "${calc[@]}" "$work/empty.fods"
timeit "Calc: open the 10-scenario sheet, compute, write totals" "${calc[@]}" "$work/sheet.fods"
calc_best=$best calc_median=$median calc_cpu=$cpu_best
python3 "$helper" check "$work/calc/sheet.csv" "$expected"
echo "Ratios (Calc's time / the command's time):"
echo "  simulate: wall $(ratio "$calc_best" "$simulate_best") x (best), $(ratio "$calc_median" "$simulate_median") x (median); cpu $(ratio "$calc_cpu" "$simulate_cpu") x (best)"
echo "  compare:  wall $(ratio "$calc_best" "$compare_best") x (best), $(ratio "$calc_median" "$compare_median") x (median); cpu $(ratio "$calc_cpu" "$compare_cpu") x (best)"
echo "Start-up, before / now: --version wall $(ratio "$version_before" "$version_after") x, cpu $(ratio "$version_before_cpu" "$version_after_cpu") x; simulate wall $(ratio "$simulate_before" "$simulate_best") x, cpu $(ratio "$simulate_before_cpu" "$simulate_cpu") x"

if [ "$large" = 1 ]; then
  echo
  echo "3. SYNTHETIC data: 10 000 invented units x 10 years (2026-2035), generated for this run only"
  "$avtalebenk" new "$work/large" >/dev/null 2>&1
  data=$(python3 "$helper" synthetic "$work/large" 10000 2026 2035 17)
  echo "   $(basename "$data"): $(du -h "$data" | cut -f1), $(grep -c '<counts ' "$data") counts"
  RUNS_NOW=$((runs < 3 ? runs : 3)) timeit "simulate, 10 000 units x 10 years" \
    "$avtalebenk" simulate --case "$work/large" --data "$data"
  grep "^total" "$work/out/stdout" | sed "s/^/   /"
  RUNS_NOW=$((runs < 3 ? runs : 3)) timeit "montecarlo --draws 1000, 10 000 units x 10 years" \
    "$avtalebenk" montecarlo --case "$work/large" --data "$data" --draws 1000 --seed 1 --no-progress
fi
