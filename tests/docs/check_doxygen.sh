#!/bin/sh
# The public headers are the API reference: doxygen renders them (docs/Doxyfile)
# with no warning: every function, parameter, type and macro documented.
#   check_doxygen.sh SOURCE_DIR OUTPUT_DIR
set -eu
src=$1 out=$2
mkdir -p "$out"
cd "$src"
log=$out/doxygen.log
{ cat docs/Doxyfile; echo "OUTPUT_DIRECTORY = $out"; echo "WARN_AS_ERROR = FAIL_ON_WARNINGS"; } \
    | doxygen - > "$log" 2>&1 || { cat "$log"; echo "doxygen found undocumented or wrongly documented API"; exit 1; }
echo "doxygen: the public headers render with no warning ($out/html/index.html)"
