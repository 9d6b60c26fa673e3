#!/bin/sh
# How the import's CPU per record grows from 100k records to a million.
#
#   tests/bench/import_scaling.sh CSPCTL [TRIPLES] [BENCH_JSON]
#
# Writes the bench_json documents of 100,350 and 1,000,350 records
# (bench_json --generate-only --memberships 80000 / 980000), then TRIPLES
# times (default 5) runs, back to back, each into a new file register:
#
#   cspctl import REG small.json; cspctl import REG big.json; cspctl import REG small.json
#
# and prints, for each triple, the million's CPU (user + system) per record
# divided by the better of the two 100k runs beside it; then the median of
# those ratios, the best CPU per record of each size and the peak RSS. The
# triples compare runs seconds apart: on a machine whose speed drifts from
# minute to minute, the best of each size taken minutes apart need not be.
#
# BENCH_JSON defaults to the bench_json beside CSPCTL's build (BUILD/tests/bench_json).
# Scratch files go in a fresh directory under $TMPDIR (default /tmp), removed at exit.
# Figures, not a test: nothing here fails on time. See docs/benchmarks.md.
set -eu

usage() {
    echo "usage: $0 CSPCTL [TRIPLES] [BENCH_JSON]" >&2
    exit 2
}
[ $# -ge 1 ] || usage
case "$1" in -h|--help) usage ;; esac
cspctl=$1
triples=${2:-5}
bench=${3:-$(dirname "$cspctl")/tests/bench_json}
case "$triples" in ''|*[!0-9]*|0) echo "$0: TRIPLES must be a positive whole number" >&2; exit 2 ;; esac
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

i=0
while [ "$i" -lt "$triples" ]; do
    a=$(import_once "$work/small.json")
    b=$(import_once "$work/big.json")
    c=$(import_once "$work/small.json")
    echo "$a $b $c" >> "$work/triples"
    i=$((i + 1))
done

# 100,350 and 1,000,350: the records of the two documents (bench_json's
# defaults: 350 partnerships, 10,000 organisations and 10,000 people, plus
# the memberships).
awk -v n="$triples" '
{
    small = ($1 < $5 ? $1 : $5) / 100350 * 1e6
    big = $3 / 1000350 * 1e6
    r[NR] = big / small
    printf "triple %d: 100k %.2f us a record, 1M %.2f us, ratio %.3f\n", NR, small, big, r[NR]
    if (NR == 1 || small < bs) bs = small
    if (NR == 1 || big < bb) bb = big
    if ($4 > rss) rss = $4
}
END {
    # the median of the ratios
    for (i = 1; i <= n; i++)
        for (j = i + 1; j <= n; j++)
            if (r[j] < r[i]) { t = r[i]; r[i] = r[j]; r[j] = t }
    med = n % 2 ? r[(n + 1) / 2] : (r[n / 2] + r[n / 2 + 1]) / 2
    printf "median ratio %.3f (of %d); best 100k %.2f us a record, best 1M %.2f us; peak RSS at 1M %.0f MB\n",
        med, n, bs, bb, rss / 1024
}' "$work/triples"
