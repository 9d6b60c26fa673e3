#!/usr/bin/env bash
# Writes abi/libcsp.abi from the dev build's libcsp.so: the public ABI that later
# builds are held against (tests/abi). Run it on purpose, when a release fixes the
# ABI, and commit the result with a line in CHANGELOG.md.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset dev >/dev/null
cmake --build --preset dev --target csp
abidw --headers-dir include/csp --drop-private-types --no-corpus-path --no-comp-dir-path --no-show-locs \
    build/dev/libcsp.so > abi/libcsp.abi
echo "wrote abi/libcsp.abi ($(grep -c '<elf-symbol name=' abi/libcsp.abi) symbols)"
{
    echo "# Entity and field ids of the last ABI baseline (scripts/update-abi-baseline.sh): append-only."
    python3 tools/modelgen --ids
} > abi/model-ids.txt
echo "wrote abi/model-ids.txt ($(grep -vc '^#' abi/model-ids.txt) ids)"
