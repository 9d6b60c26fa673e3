#!/bin/sh
# Stress trials of processes sharing a register, as the hardening issue probed
# them; prints figures, asserts nothing (the bounded versions are the Check
# suite test_concurrency and test_file). Run it against any cspctl:
#
#   tests/stress/concurrency.sh build/release/cspctl [ROUNDS]
#
#   1. concurrent imports: two `cspctl import r.csp` at once, each document
#      holding the same organisation "met" and 20,000 people of its own
#      (an identical record is accepted): how many were falsely refused, how
#      many records were lost;
#   2. creation races: two `cspctl import w.csp` creating the same new
#      register at once: how many failed;
#   3. kill -9 during an import: how often the register was left other than
#      exactly as before or with the whole import.
set -u
CSPCTL=${1:?usage: concurrency.sh CSPCTL [ROUNDS]}
ROUNDS=${2:-50}
PY=${PYTHON:-python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

doc() { # doc FILE TAG N: "met" plus N people
    "$PY" - "$1" "$2" "$3" <<'PYEOF'
import json, sys
path, tag, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
d = {"format": "libcsp/1",
     "organisations": [{"id": "met", "name": "Metropolitan Police Service", "kind": "police",
                        "responsible_authority": True}],
     "people": [{"id": f"{tag}-{i:05d}", "name": f"Person {tag} {i}"} for i in range(n)]}
json.dump(d, open(path, "w"))
PYEOF
}

doc "$work/a.json" a 20000
doc "$work/b.json" b 20000
doc "$work/small.json" s 10

# 1. concurrent imports sharing "met"
refused=0; lost=0
i=0
while [ "$i" -lt "$ROUNDS" ]; do
    rm -f "$work"/r.csp*
    "$CSPCTL" import "$work/r.csp" "$work/small.json" >/dev/null 2>&1
    "$CSPCTL" import "$work/r.csp" "$work/a.json" >/dev/null 2>"$work/ea" &
    pa=$!
    "$CSPCTL" import "$work/r.csp" "$work/b.json" >/dev/null 2>"$work/eb" &
    pb=$!
    wait "$pa" || refused=$((refused + 1))
    wait "$pb" || refused=$((refused + 1))
    n=$("$CSPCTL" list "$work/r.csp" people 2>/dev/null | grep -c "^[ab]-")
    [ "$n" -eq 40000 ] || lost=$((lost + 40000 - n))
    i=$((i + 1))
done
echo "concurrent imports: $ROUNDS rounds of two, $refused refused, $lost records lost"
[ "$refused" -gt 0 ] && { echo "  for example:"; cat "$work/ea" "$work/eb" | head -2 | sed 's/^/  /'; }

# 2. creation races
failed=0
i=0
rounds2=$((ROUNDS * 20))
while [ "$i" -lt "$rounds2" ]; do
    rm -f "$work"/w.csp*
    "$CSPCTL" import "$work/w.csp" "$work/small.json" >/dev/null 2>"$work/ec1" &
    p1=$!
    "$CSPCTL" import "$work/w.csp" "$work/small.json" >/dev/null 2>"$work/ec2" &
    p2=$!
    wait "$p1" || { failed=$((failed + 1)); cp "$work/ec1" "$work/ec"; }
    wait "$p2" || { failed=$((failed + 1)); cp "$work/ec2" "$work/ec"; }
    i=$((i + 1))
done
echo "creation races: $rounds2 rounds of two, $failed failed"
[ "$failed" -gt 0 ] && sed 's/^/  /' "$work/ec" | head -1

# 3. kill -9 during import
bad=0
i=0
while [ "$i" -lt "$ROUNDS" ]; do
    rm -f "$work"/k.csp*
    "$CSPCTL" import "$work/k.csp" "$work/small.json" >/dev/null 2>&1
    "$CSPCTL" import "$work/k.csp" "$work/a.json" >/dev/null 2>&1 &
    pk=$!
    sleep "0.$(( (i * 37) % 90 + 5 ))"
    kill -9 "$pk" 2>/dev/null
    wait "$pk" 2>/dev/null
    n=$("$CSPCTL" list "$work/k.csp" people 2>/dev/null | grep -c "^a-")
    total=$("$CSPCTL" list "$work/k.csp" people 2>/dev/null | grep -c "^s-")
    { [ "$n" -eq 0 ] || [ "$n" -eq 20000 ]; } && [ "$total" -eq 10 ] || bad=$((bad + 1))
    i=$((i + 1))
done
echo "kill -9 during import: $ROUNDS trials, $bad left the register neither as before nor with the whole import"
