#!/bin/sh
# Fresh-process benchmark: what a user waits for when running cspctl.
#
#   [RUNS=N] tests/bench/run.sh CSPCTL [BENCH_JSON] [-- SIZE OPTIONS]
#
# Writes one synthetic document (bench_json --generate-only; default sizes
# 350 partnerships, 10,000 organisations, 10,000 people, 200,000 memberships,
# or the SIZE OPTIONS given after --, e.g. -- --memberships 50000), then runs
# each command in a fresh process under /usr/bin/time -v and reports wall
# time, CPU time and maximum resident set size (RUNS=N: each command N times,
# the row shows the run with the least wall time; default 1):
#
#   cspctl import :memory: DOC        libcsp import, register in memory
#   cspctl import REG DOC             libcsp import, new file register (WAL)
#   cspctl export REG OUT             libcsp export, indented (opens with quick_check)
#   cspctl export --compact REG OUT   libcsp export, compact
#   bench_json --fresh parse          ceiling: read the file + json_loadb
#   bench_json --fresh import         ceiling: read + json_loadb + SQLite inserts
#                                     (memory, and a file with WAL)
#   bench_json --fresh import-register-schema
#                                     the same into a register's own schema
#                                     (foreign keys, enum indexes), in memory
#
# BENCH_JSON defaults to the bench_json beside CSPCTL's build (BUILD/tests/bench_json).
# Scratch files go in a fresh directory under $TMPDIR (default /tmp), removed at exit.
# Figures, not a test: nothing here fails on time. See docs/benchmarks.md.
set -eu

usage() {
    echo "usage: [RUNS=N] $0 CSPCTL [BENCH_JSON] [-- bench_json size options]" >&2
    exit 2
}
runs=${RUNS:-1}
case "$runs" in ''|*[!0-9]*|0) echo "$0: RUNS must be a positive whole number" >&2; exit 2 ;; esac

[ $# -ge 1 ] || usage
case "$1" in -h|--help) usage ;; esac
cspctl=$1
shift
bench=""
if [ $# -ge 1 ] && [ "$1" != "--" ]; then
    bench=$1
    shift
fi
if [ $# -ge 1 ]; then
    [ "$1" = "--" ] || usage
    shift
fi
if [ -z "$bench" ]; then
    bench=$(dirname "$cspctl")/tests/bench_json
fi
[ -x "$cspctl" ] || { echo "$0: $cspctl is not an executable" >&2; exit 2; }
[ -x "$bench" ] || { echo "$0: $bench is not an executable (give BENCH_JSON)" >&2; exit 2; }
if [ ! -x /usr/bin/time ]; then
    echo "$0: /usr/bin/time is missing (Debian: apt-get install time)" >&2
    exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/bench_run.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
doc=$work/doc.json

"$bench" --generate-only --file "$doc" "$@" > "$work/gen.txt"
records=$(sed -n 's/.*= \([0-9]*\) records.*/\1/p' "$work/gen.txt")
bytes=$(wc -c < "$doc")
head -n 2 "$work/gen.txt"
echo "cspctl: $cspctl ($("$cspctl" --version 2>/dev/null || echo '?'))"
echo

printf '%-44s %8s %8s %8s %11s %10s\n' "fresh process" "wall s" "user s" "sys s" "max RSS MB" "records/s"
printf '%-44s %8s %8s %8s %11s %10s\n' "--------------------------------------------" "--------" "--------" \
    "--------" "-----------" "----------"

# run LABEL COMMAND...: the command in a fresh process under /usr/bin/time -v,
# $runs times (fresh files each time); one table row, from the run with the
# least wall time.
run() {
    label=$1
    shift
    : > "$work/runs.txt"
    i=0
    while [ "$i" -lt "$runs" ]; do
        i=$((i + 1))
        rm -f "$work/reg.csp.fresh" "$work/reg.csp.fresh-wal" "$work/reg.csp.fresh-shm" \
            "$work/ceiling.db" "$work/ceiling.db-wal" "$work/ceiling.db-shm"
        if ! /usr/bin/time -v -o "$work/time.txt" "$@" > "$work/out.txt" 2> "$work/err.txt"; then
            echo "$0: failed: $*" >&2
            cat "$work/err.txt" "$work/time.txt" >&2
            exit 1
        fi
        awk '
            /Elapsed \(wall clock\) time/ {
                n = split($NF, p, ":"); wall = 0
                for (i = 1; i <= n; i++) wall = wall * 60 + p[i]
            }
            /User time \(seconds\)/ { user = $NF }
            /System time \(seconds\)/ { sys = $NF }
            /Maximum resident set size/ { rss = $NF }
            END { print wall, user, sys, rss }' "$work/time.txt" >> "$work/runs.txt"
    done
    sort -n "$work/runs.txt" | head -n 1 | awk -v label="$label" -v records="$records" '{
        rate = ($1 > 0) ? records / $1 : 0
        printf "%-44s %8.2f %8.2f %8.2f %11.1f %10.0f\n", label, $1, $2, $3, $4 / 1024, rate
    }'
}

run "cspctl import (:memory:)" "$cspctl" import :memory: "$doc"
run "cspctl import (file, WAL)" "$cspctl" import "$work/reg.csp.fresh" "$doc"
"$cspctl" import "$work/reg.csp" "$doc" > /dev/null
run "cspctl export indented (file)" "$cspctl" export "$work/reg.csp" "$work/out.json"
run "cspctl export --compact (file)" "$cspctl" export --compact "$work/reg.csp" "$work/out.json"
run "ceiling: read + json_loadb" "$bench" --load "$doc" --fresh parse
run "ceiling: read + json_loadb + SQLite (memory)" "$bench" --load "$doc" --fresh import
run "ceiling: the same, register schema (memory)" "$bench" --load "$doc" --fresh import-register-schema
run "ceiling: read + json_loadb + SQLite (file)" "$bench" --load "$doc" --fresh import \
    --register "$work/ceiling.db"

echo
echo "document: $records records, $bytes bytes; records/s = records / wall time of the whole process"
echo "(start-up, reading the file, page faults and exit included)."
[ "$runs" -eq 1 ] || echo "Each row: the best of $runs runs by wall time."
