#!/usr/bin/env bash
# The whole test run behind `make test`, in three stages:
#   dev       configure + build the dev preset (Debug, -Werror), run all of ctest
#             (Check suites, headers, exports, install, examples, Python)
#   memcheck  the Check suites (label c) of the dev build under valgrind
#             (ctest -T memcheck, CK_FORK=no); any valgrind error fails
#   asan      configure + build the asan preset (ASan + UBSan), run all of ctest
#   fuzz      the libFuzzer targets of tests/fuzz, built with clang, ASan and
#             UBSan, each run for FUZZ_SECONDS (default 30): scripts/run-fuzz.sh
# A stage that fails does not stop the independent ones; the script prints
# each stage's ctest summary at the end and exits non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."

logdir=build/logs
mkdir -p "$logdir"
declare -A result summary
stages=()

banner() { printf '\n==== %s ====\n' "$*"; }

# run_ctest STAGE ARGS...: runs ctest, keeps its output, records the summary line.
run_ctest() {
    local stage=$1; shift
    local log="$logdir/$stage.log"
    ctest "$@" 2>&1 | tee "$log"
    local rc=${PIPESTATUS[0]}
    summary[$stage]=$(grep -E '^[0-9]+% tests passed' "$log" | tail -n 1)
    if [[ -z "${summary[$stage]}" ]] && grep -q 'No tests were found' "$log"; then
        summary[$stage]="(no tests matched)"
    fi
    [[ -n "${summary[$stage]}" ]] || summary[$stage]="(no ctest summary; see $log)"
    return "$rc"
}

configure_build() {
    local preset=$1
    cmake --preset "$preset" && cmake --build --preset "$preset"
}

# --- dev
stages+=(dev)
banner "dev: configure and build"
if configure_build dev; then
    dev_built=1
    banner "dev: ctest"
    if run_ctest dev --preset dev; then result[dev]=ok; else result[dev]=FAILED; fi
else
    dev_built=0
    result[dev]=FAILED
    summary[dev]="(build failed)"
fi

# --- memcheck
stages+=(memcheck)
banner "memcheck: Check suites under valgrind"
if ((dev_built)); then
    if CK_FORK=no run_ctest memcheck --test-dir build/dev -T memcheck -L '^c$' \
            --output-on-failure -j 2; then
        result[memcheck]=ok
    else
        result[memcheck]=FAILED
        # ctest keeps valgrind's reports in files; show the ones with errors.
        for f in build/dev/Testing/Temporary/MemoryChecker.*.log; do
            [[ -s "$f" ]] || continue
            if grep -qE 'ERROR SUMMARY: [1-9]|definitely lost: [1-9]|possibly lost: [1-9]' "$f"; then
                banner "valgrind report $f"
                cat "$f"
            fi
        done
    fi
else
    result[memcheck]=SKIPPED
    summary[memcheck]="(dev build failed)"
fi

# --- asan
stages+=(asan)
banner "asan: configure and build"
if configure_build asan; then
    banner "asan: ctest"
    if run_ctest asan --preset asan; then result[asan]=ok; else result[asan]=FAILED; fi
else
    result[asan]=FAILED
    summary[asan]="(build failed)"
fi

# --- fuzz
stages+=(fuzz)
banner "fuzz: libFuzzer targets under ASan + UBSan"
scripts/run-fuzz.sh 2>&1 | tee "$logdir/fuzz.log"
case ${PIPESTATUS[0]} in
    0) result[fuzz]=ok; summary[fuzz]="$(grep -c ': ok,' "$logdir/fuzz.log") targets, ${FUZZ_SECONDS:-30} s each, no finding" ;;
    77) result[fuzz]=SKIPPED; summary[fuzz]="(no clang)" ;;
    *) result[fuzz]=FAILED; summary[fuzz]="(a finding or a build failure; see $logdir/fuzz.log)" ;;
esac

banner "summary"
status=0
for s in "${stages[@]}"; do
    printf '%-9s %-7s %s\n' "$s" "${result[$s]}" "${summary[$s]}"
    [[ "${result[$s]}" == ok || "${result[$s]}" == SKIPPED && "$s" == fuzz ]] || status=1
done
if ((status)); then echo "make test: FAILED"; else echo "make test: all passed"; fi
exit "$status"
