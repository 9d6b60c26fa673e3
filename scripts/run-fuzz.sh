#!/usr/bin/env bash
# The fuzz stage of `make test`: builds the libFuzzer targets of tests/fuzz
# with clang, ASan and UBSan (the fuzz preset), gathers their seeds, and runs
# each for FUZZ_SECONDS (default 30). A finding (a crash, a leak, a sanitizer
# report, an abort by the target's own checks) fails the stage, and the
# input that caused it is kept in build/fuzz/findings/.
#
#   FUZZ_SECONDS=1200 scripts/run-fuzz.sh     # a longer run: 20 minutes each
#
# Seeds: fuzz_import from examples/data, tests/data and, beside the
# repository, ../shared/corpora/JSONTestSuite (when present); fuzz_text from
# tests/fuzz/seeds/text; fuzz_register from a register cspctl writes from the
# example data. The corpora grow in build/fuzz/corpus/ from run to run.
set -uo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-30}
if ! command -v clang >/dev/null 2>&1; then
    echo "run-fuzz: SKIPPED: clang is not installed (scripts/install-deps.sh installs it)"
    exit 77
fi
cmake --preset fuzz >build/fuzz-configure.log 2>&1 && cmake --build --preset fuzz >build/fuzz-build.log 2>&1 || {
    cat build/fuzz-configure.log build/fuzz-build.log 2>/dev/null | tail -n 40
    echo "run-fuzz: the fuzz build failed"
    exit 1
}

corpus=build/fuzz/corpus
mkdir -p "$corpus"/import "$corpus"/text "$corpus"/register build/fuzz/findings
cp examples/data/*.json "$corpus/import/"
[ -d tests/data ] && cp tests/data/*.json "$corpus/import/" 2>/dev/null
[ -d ../shared/corpora/JSONTestSuite/test_parsing ] &&
    cp ../shared/corpora/JSONTestSuite/test_parsing/* "$corpus/import/" 2>/dev/null
cp tests/fuzz/seeds/text/* "$corpus/text/"
cp tests/fuzz/seeds/register/*.csp "$corpus/register/" 2>/dev/null
seed="$corpus/register/seed-ealing.csp"
if [ ! -s "$seed" ]; then
    rm -f "$seed" "$seed-wal" "$seed-shm"
    build/fuzz/cspctl import "$seed" examples/data/ealing.json >/dev/null || { echo "run-fuzz: cannot write the register seed"; exit 1; }
fi

status=0
export TMPDIR=$PWD/build/fuzz
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
for t in import text register; do
    log=build/fuzz/fuzz_$t.log
    # -max_len: a register seed is about 400 KB; the text target wants short inputs.
    case $t in
        register) maxlen=1048576 ;;
        import) maxlen=65536 ;;
        *) maxlen=4096 ;;
    esac
    build/fuzz/tests/fuzz/fuzz_$t -max_total_time="$seconds" -timeout=30 -rss_limit_mb=3072 -max_len="$maxlen" \
        -artifact_prefix=build/fuzz/findings/fuzz_$t- -print_final_stats=1 "$corpus/$t" >"$log" 2>&1
    rc=$?
    done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1)
    runs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')
    if [ "$rc" -eq 0 ]; then
        echo "fuzz_$t: ok, ${runs:-?} inputs in ${seconds} s; ${done_line:-(no summary)}"
    else
        status=1
        echo "fuzz_$t: FINDING (exit $rc); the input is in build/fuzz/findings/:"
        grep -E 'ERROR|SUMMARY|fuzz_[a-z]+:' "$log" | head -n 5
        grep -E '^    #[0-9]+ ' "$log" | head -n 12
    fi
done
exit "$status"
