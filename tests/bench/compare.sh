#!/bin/sh
# Two builds of cspctl, side by side, in one run: what a change did to import
# and export. Each command runs in a fresh process, the two builds taking turns
# (A B A B ...), so that whatever else the machine does falls on both alike.
#
#   [RUNS=N] tests/bench/compare.sh CSPCTL_A CSPCTL_B BENCH_JSON [-- SIZE OPTIONS]
#
# BENCH_JSON (from either build) writes the synthetic document (default sizes
# as bench_json: 350 partnerships, 10,000 organisations, 10,000 people,
# 200,000 memberships). Each row gives, for each build, the best wall time of
# RUNS runs (default 5), the CPU (user + system) of that run, and records per
# second of wall time; "B speed" is A's best wall time over B's (above 1: B is
# faster). Also, with valgrind present, the instructions each build
# executes for the import and the export (callgrind: repeatable to the
# instruction, whatever the machine is doing) on a tenth of the document.
# Figures, not a test. See docs/benchmarks.md.
set -eu

[ $# -ge 3 ] || { echo "usage: [RUNS=N] $0 CSPCTL_A CSPCTL_B BENCH_JSON [-- bench_json size options]" >&2; exit 2; }
a=$1 b=$2 bench=$3
shift 3
[ $# -ge 1 ] && [ "$1" = "--" ] && shift
runs=${RUNS:-5}
for x in "$a" "$b" "$bench"; do
    [ -x "$x" ] || { echo "$0: $x is not an executable" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "$0: /usr/bin/time is missing (Debian: apt-get install time)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/bench_compare.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
doc=$work/doc.json
"$bench" --generate-only --file "$doc" "$@" > "$work/gen.txt"
records=$(sed -n 's/.*= \([0-9]*\) records.*/\1/p' "$work/gen.txt")
echo "A: $a ($("$a" --version))"
echo "B: $b ($("$b" --version))"
echo "document: $records records, $(wc -c < "$doc") bytes; best of $runs fresh processes, A and B taking turns"
echo

# time_once OUT COMMAND...: runs it under /usr/bin/time, appends "wall cpu" to OUT.
time_once() {
    out=$1
    shift
    /usr/bin/time -f "%e %U %S" -o "$work/t" "$@" > /dev/null 2> "$work/err" || {
        echo "$0: failed: $*" >&2; cat "$work/err" >&2; exit 1; }
    awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$work/t" >> "$out"
}

best() { sort -n "$1" | head -n 1; }

printf '%-30s %22s %22s %8s\n' "" "A: wall s (cpu s) rec/s" "B: wall s (cpu s) rec/s" "B speed"
row() {
    label=$1
    ba=$(best "$work/$2.a") bb=$(best "$work/$2.b")
    echo "$ba $bb" | awk -v l="$label" -v n="$records" '{
        printf "%-30s %6.2f (%5.2f) %8.0f %6.2f (%5.2f) %8.0f %7.2fx\n", l, $1, $2, n / $1, $3, $4, n / $3, $1 / $3 }'
}

for x in a b; do
    eval "ctl=\$$x"
    "$ctl" import "$work/reg.$x.csp" "$doc" > /dev/null
done
i=0
while [ "$i" -lt "$runs" ]; do
    i=$((i + 1))
    for x in a b; do
        eval "ctl=\$$x"
        time_once "$work/mem.$x" "$ctl" import :memory: "$doc"
        rm -f "$work/fresh.csp" "$work/fresh.csp-wal" "$work/fresh.csp-shm"
        time_once "$work/file.$x" "$ctl" import "$work/fresh.csp" "$doc"
        time_once "$work/export.$x" "$ctl" export "$work/reg.$x.csp" "$work/out.json"
        time_once "$work/compact.$x" "$ctl" export --compact "$work/reg.$x.csp" "$work/out.json"
    done
done
row "import (:memory:)" mem
row "import (file, WAL)" file
row "export, indented" export
row "export --compact" compact

if command -v valgrind > /dev/null; then
    echo
    small=$work/small.json
    "$bench" --generate-only --file "$small" --partnerships 35 --organisations 1000 --people 1000 \
        --memberships 20000 > /dev/null
    printf '%-30s %16s %16s %8s\n' "callgrind, a tenth of it" "A: instructions" "B: instructions" "B:A"
    for what in import export; do
        for x in a b; do
            eval "ctl=\$$x"
            rm -f "$work/cg.csp" "$work/cg.csp-wal" "$work/cg.csp-shm"
            if [ "$what" = import ]; then
                set -- "$ctl" import :memory: "$small"
            else
                "$ctl" import "$work/cg.csp" "$small" > /dev/null
                set -- "$ctl" export "$work/cg.csp" "$work/out.json"
            fi
            valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$@" > /dev/null 2> "$work/cg.err"
            sed -n 's/^==[0-9]*== Collected : //p' "$work/cg.err" > "$work/cg.$what.$x"
        done
        echo "$(cat "$work/cg.$what.a") $(cat "$work/cg.$what.b")" | awk -v l="$what" '{
            printf "%-30s %16.0f %16.0f %7.2fx\n", l, $1, $2, $2 / $1 }'
    done
fi
