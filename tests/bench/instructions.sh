#!/bin/sh
# Instructions per record of import, export, the checks and the compliance
# check (callgrind): a figure that does not move with whatever else the
# machine is doing, so a regression shows without timing noise.
#
#   tests/bench/instructions.sh CSPCTL [BENCH_JSON] [-- SIZE OPTIONS]
#
# BENCH_JSON (default: the one beside CSPCTL's build) writes the document;
# default sizes a tenth of bench_json's: 35 partnerships, 1,000
# organisations, 1,000 people, 20,000 memberships (22,035 records). Each
# command runs once under valgrind --tool=callgrind, in a fresh process:
#
#   import      cspctl import REG DOC      (a new file register)
#   export      cspctl export REG OUT
#   open        cspctl list REG partnerships   (opening read-only, one small list)
#   verify      cspctl verify --quick REG  (SQLite's quick_check, every record
#                                           and reference against the model)
#   check       cspctl check REG --as-of 2024-06-30 --format json (every rule
#                                           of every partnership; exit 1, a
#                                           breach not met, is no failure)
#
# With CHECK_REGISTER=PATH in the environment, the last row counts the check
# of that register instead, per action: a register from
# tests/bench/bench_check.py --register PATH (a million actions: about 5,400).
#
# and prints the instructions it executed, and those per record. Figures, not
# a test. See docs/benchmarks.md.
set -eu

[ $# -ge 1 ] || { echo "usage: $0 CSPCTL [BENCH_JSON] [-- bench_json size options]" >&2; exit 2; }
ctl=$1
shift
bench=""
if [ $# -ge 1 ] && [ "$1" != "--" ]; then
    bench=$1
    shift
fi
[ $# -ge 1 ] && [ "$1" = "--" ] && shift
[ -n "$bench" ] || bench=$(dirname "$ctl")/tests/bench_json
for x in "$ctl" "$bench"; do
    [ -x "$x" ] || { echo "$0: $x is not an executable" >&2; exit 2; }
done
command -v valgrind > /dev/null || { echo "$0: valgrind is missing (Debian: apt-get install valgrind)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/bench_instructions.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
doc=$work/doc.json
if [ $# -eq 0 ]; then
    set -- --partnerships 35 --organisations 1000 --people 1000 --memberships 20000
fi
"$bench" --generate-only --file "$doc" "$@" > "$work/gen.txt"
records=$(sed -n 's/.*= \([0-9]*\) records.*/\1/p' "$work/gen.txt")
echo "cspctl: $ctl ($("$ctl" --version))"
echo "document: $records records, $(wc -c < "$doc") bytes"
echo
printf '%-10s %16s %14s\n' "command" "instructions" "per record"

# count LABEL COMMAND...: one callgrind run, one row (per $records; exit
# statuses up to $ok pass).
ok=0
count() {
    label=$1
    shift
    status=0
    valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$@" > /dev/null 2> "$work/cg.err" || status=$?
    if [ "$status" -gt "$ok" ]; then
        echo "$0: failed (exit $status): $*" >&2
        tail -n 20 "$work/cg.err" >&2
        exit 1
    fi
    sed -n 's/^==[0-9]*== Collected : //p' "$work/cg.err" | awk -v l="$label" -v n="$records" '{
        printf "%-10s %16.0f %14.0f\n", l, $1, $1 / n }'
}

reg=$work/reg.csp
count import "$ctl" import "$reg" "$doc"
count export "$ctl" export "$reg" "$work/out.json"
count open "$ctl" list "$reg" partnerships
count verify "$ctl" verify --quick "$reg"
ok=1 # cspctl check exits 1 when a breach is not met
if [ -n "${CHECK_REGISTER:-}" ]; then
    records=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM actions").fetchone()[0])' "$CHECK_REGISTER") ||
        { echo "$0: cannot count the actions of $CHECK_REGISTER" >&2; exit 2; }
    echo "check of $CHECK_REGISTER, per action ($records actions):"
    count check "$ctl" check "$CHECK_REGISTER" --as-of 2024-06-30 --format json
else
    count check "$ctl" check "$reg" --as-of 2024-06-30 --format json
fi
