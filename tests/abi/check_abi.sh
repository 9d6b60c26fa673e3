#!/usr/bin/env bash
# Holds the built libcsp.so against the committed ABI baseline (abi/libcsp.abi).
# Additions pass (and are listed); a removal or an incompatible change fails.
#   check_abi.sh BASELINE LIBCSP_SO INCLUDE_DIR
# Regenerate the baseline, on purpose only, with scripts/update-abi-baseline.sh.
set -uo pipefail
baseline=$1 lib=$2 include=$3
if [[ ! -f "$baseline" ]]; then
    echo "no ABI baseline at $baseline (scripts/update-abi-baseline.sh makes one)"
    exit 1
fi
abidiff --hd2 "$include" --drop-private-types --no-added-syms "$baseline" "$lib"
rc=$?
# abidiff's exit status is a bit mask: 1 error, 2 usage, 4 ABI change, 8 incompatible change.
if (( rc & 3 )); then
    echo "abidiff failed to run (status $rc)"
    exit 1
fi
if (( rc & 8 )); then
    echo "incompatible ABI change against $baseline: a release may only add (docs/abi.md)"
    exit 1
fi
added=$(abidiff --hd2 "$include" --drop-private-types "$baseline" "$lib" | grep -c "^  \[A\]")
echo "ABI compatible with the baseline ($added functions added since): 1 passed, 0 failed"
exit 0
