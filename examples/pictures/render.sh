#!/bin/sh
# Regenerates the committed pictures of the bundled example data (docs/img/):
# for each area, its partnership structure, and for each strategy with
# elements, its tree; each as DOT (from `cspctl graph`), SVG and PNG (from
# Graphviz's `dot`).
#
#   examples/pictures/render.sh [--dot-only] [--out DIR] [CSPCTL]
#
# CSPCTL is the cspctl to use; without it, build/release/cspctl or
# build/dev/cspctl (build one first: `make demo` or `cmake --build --preset dev`).
# It builds nothing itself. --out DIR writes there instead of docs/img;
# --dot-only writes the DOT files alone (the test compares them with
# docs/img). Pictures are written to a scratch folder first, then moved into
# DIR, replacing the area-* and strategy-* files there: a failure leaves DIR
# as it was.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/docs/img"
dot_only=0
cspctl=""

while [ $# -gt 0 ]; do
    case "$1" in
    --dot-only) dot_only=1 ;;
    --out)
        [ $# -ge 2 ] || { echo "render.sh: --out needs a folder" >&2; exit 2; }
        out=$2
        shift
        ;;
    -h | --help)
        sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    -*) echo "render.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *)
        [ -z "$cspctl" ] || { echo "render.sh: one CSPCTL only (see --help)" >&2; exit 2; }
        cspctl=$1
        ;;
    esac
    shift
done

if [ -z "$cspctl" ]; then
    for c in "$root/build/release/cspctl" "$root/build/dev/cspctl"; do
        if [ -x "$c" ]; then
            cspctl=$c
            break
        fi
    done
    if [ -z "$cspctl" ]; then
        echo "render.sh: no cspctl in build/release or build/dev: build one (make demo), or give its path" >&2
        exit 2
    fi
fi
[ -x "$cspctl" ] || { echo "render.sh: $cspctl is not an executable cspctl" >&2; exit 2; }
if [ "$dot_only" = 0 ] && ! command -v dot >/dev/null 2>&1; then
    echo "render.sh: Graphviz's dot is not installed (Debian: apt-get install graphviz)" >&2
    exit 2
fi
mkdir -p "$out"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
reg="$work/data.csp"
"$cspctl" import "$reg" "$root"/examples/data/*.json >/dev/null
mkdir "$work/img"

# A file name from an area's name: lower case, runs of anything else than a
# letter or digit as one hyphen ("Tower Hamlets" -> tower-hamlets).
slug() {
    printf '%s' "$1" | tr 'A-Z' 'a-z' | sed 's/[^a-z0-9][^a-z0-9]*/-/g; s/^-//; s/-$//'
}

"$cspctl" graph "$reg" --list >"$work/list"
tab=$(printf '\t')
while IFS="$tab" read -r what id count _title; do
    case "$what" in
    area) "$cspctl" graph "$reg" --area "$id" -o "$work/img/area-$(slug "$id").dot" ;;
    strategy)
        # A strategy with no elements has no tree to draw.
        if [ "$count" -gt 0 ]; then
            "$cspctl" graph "$reg" --strategy "$id" -o "$work/img/strategy-$id.dot"
        fi
        ;;
    esac
done <"$work/list"

if [ "$dot_only" = 0 ]; then
    for f in "$work"/img/*.dot; do
        dot -Tsvg "$f" -o "${f%.dot}.svg"
        dot -Tpng "$f" -o "${f%.dot}.png"
    done
fi

# Replace the pictures of this script's making, and only those.
for f in "$out"/area-*.dot "$out"/area-*.svg "$out"/area-*.png \
    "$out"/strategy-*.dot "$out"/strategy-*.svg "$out"/strategy-*.png; do
    [ -e "$f" ] || continue
    if [ "$dot_only" = 0 ] || [ "${f%.dot}" != "$f" ]; then
        rm -f "$f"
    fi
done
n=$(ls "$work/img" | wc -l)
mv "$work"/img/* "$out"/
echo "render.sh: wrote $n files in $out"
