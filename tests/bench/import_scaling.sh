#!/bin/sh
# How the import's CPU per record grows from 100k records to a million.
#
#   tests/bench/import_scaling.sh CSPCTL [ROUNDS] [BENCH_JSON]
#
# Writes the bench_json documents of 100,350 and 1,000,350 records
# (bench_json --generate-only --memberships 80000 / 980000), then ROUNDS
# times (default 5) runs, back to back, each into a new file register:
#
#   five imports of small.json; one of big.json; five of small.json
#
# and prints, for each round, the million's CPU (user + system) per record
# divided by the mean CPU per record of the ten 100k imports around it; then
# the median of those ratios, the best CPU per record of each size and the
# peak RSS. The speed of a shared machine drifts from second to second (the
# same 100k import, ten times in a row, took 0.76 to 1.10 s). Ten 100k
# imports take as long as one of a million, so each size is averaged over as
# much of the drift, and the two are measured in the same half-minute; the
# best single run of the short import would catch a fast moment more often
# than that of the long one.
#
# BENCH_JSON defaults to the bench_json beside CSPCTL's build (BUILD/tests/bench_json).
# Scratch files go in a fresh directory under $TMPDIR (default /tmp), removed at exit.
# Figures, not a test: nothing here fails on time. See docs/benchmarks.md.
set -eu

usage() {
    echo "usage: $0 CSPCTL [ROUNDS] [BENCH_JSON]" >&2
    exit 2
}
[ $# -ge 1 ] || usage
case "$1" in -h|--help) usage ;; esac
cspctl=$1
rounds=${2:-5}
bench=${3:-$(dirname "$cspctl")/tests/bench_json}
case "$rounds" in ''|*[!0-9]*|0) echo "$0: ROUNDS must be a positive whole number" >&2; exit 2 ;; esac
[ -x "$cspctl" ] || { echo "$0: $cspctl is not an executable" >&2; exit 2; }
[ -x "$bench" ] || { echo "$0: $bench is not an executable (give BENCH_JSON)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "$0: /usr/bin/time is missing (Debian: apt-get install time)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/bench_scaling.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

"$bench" --quiet --generate-only --memberships 80000 --file "$work/small.json" > /dev/null
"$bench" --quiet --generate-only --memberships 980000 --file "$work/big.json" > /dev/null

# One import into a new register: "CPU-seconds peak-KB" on stdout.
import_once() {
    rm -f "$work"/reg.csp*
    /usr/bin/time -f "%U %S %M" -o "$work/time" "$cspctl" import "$work/reg.csp" "$1" > /dev/null
    awk '{ printf "%.2f %d\n", $1 + $2, $3 }' "$work/time"
}

# Five imports of small.json: "CPU-seconds-in-all peak-KB-of-any".
five_small() {
    k=0 sum=0 rss=0
    while [ "$k" -lt 5 ]; do
        set -- $(import_once "$work/small.json")
        sum=$(awk -v a="$sum" -v b="$1" 'BEGIN { printf "%.2f", a + b }')
        [ "$2" -gt "$rss" ] && rss=$2
        k=$((k + 1))
    done
    echo "$sum $rss"
}

i=0
while [ "$i" -lt "$rounds" ]; do
    a=$(five_small)
    b=$(import_once "$work/big.json")
    c=$(five_small)
    echo "$a $b $c" >> "$work/rounds"
    i=$((i + 1))
done

# 100,350 and 1,000,350: the records of the two documents (bench_json's
# defaults: 350 partnerships, 10,000 organisations and 10,000 people, plus
# the memberships).
awk -v n="$rounds" '
{
    small = ($1 + $5) / 10 / 100350 * 1e6
    big = $3 / 1000350 * 1e6
    r[NR] = big / small
    printf "round %d: 100k %.2f us a record (mean of 10), 1M %.2f us, ratio %.3f\n", NR, small, big, r[NR]
    if (NR == 1 || small < bs) bs = small
    if (NR == 1 || big < bb) bb = big
    if ($4 > rss) rss = $4
    if ($2 > rs) rs = $2
    if ($6 > rs) rs = $6
}
END {
    # the median of the ratios
    for (i = 1; i <= n; i++)
        for (j = i + 1; j <= n; j++)
            if (r[j] < r[i]) { t = r[i]; r[i] = r[j]; r[j] = t }
    med = n % 2 ? r[(n + 1) / 2] : (r[n / 2] + r[n / 2 + 1]) / 2
    printf "median ratio %.3f (of %d); best round: 100k %.2f us a record, 1M %.2f us; peak RSS 100k %.0f MB, 1M %.0f MB\n",
        med, n, bs, bb, rs / 1024, rss / 1024
}' "$work/rounds"
