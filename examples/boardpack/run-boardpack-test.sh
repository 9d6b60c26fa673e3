#!/bin/sh
# The boardpack tests (run by CTest; the environment comes from
# examples/boardpack/CMakeLists.txt). libcsp is used as a C or C++ developer
# outside this repository would use it: installed into a scratch prefix, then
# found with pkg-config or with CMake's find_package.
#
#   run-boardpack-test.sh install      cmake --install the build tree into a scratch
#                                      prefix, and import the bundled data into a
#                                      register with the installed cspctl (the
#                                      fixture the other three use)
#   run-boardpack-test.sh pkgconfig    cc $(pkg-config --cflags --libs libcsp) boardpack.c; run it
#   run-boardpack-test.sh find_package consumer/CMakeLists.txt (find_package(libcsp)); run it
#   run-boardpack-test.sh cxx          summary.cpp with g++ -std=c++17 and pkg-config; run it
#
# Exit status: 0 pass, 1 fail, 77 skipped (a C++ compiler absent, outside CI).
set -eu

: "${CSP_BUILD_DIR:?}" "${CSP_WORK_DIR:?}" "${CSP_SRC:?}" "${CSP_DATA:?}" "${CSP_LIBDIR:?}" "${CSP_BINDIR:?}"
CC=${CC:-cc}
CXX=${CXX:-}
CMAKE=${CMAKE:-cmake}
PKG_CONFIG=${PKG_CONFIG:-pkg-config}
CSP_CFLAGS=${CSP_CFLAGS:-}
CSP_CXXFLAGS=${CSP_CXXFLAGS:-}
CSP_LDFLAGS=${CSP_LDFLAGS:-}
CSP_SANITIZED=${CSP_SANITIZED:-OFF}
VALGRIND=${VALGRIND:-}
AS_OF=2024-06-30

mode=${1:-}
fail() { echo "boardpack test ($mode): FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

root="$CSP_WORK_DIR/root"
prefix_name=/opt/libcsp-boardpack
prefix="$root$prefix_name"
libdir="$prefix/$CSP_LIBDIR"
register="$CSP_WORK_DIR/register.db"

# ---- checks shared by the two C builds ------------------------------------------

# contains FILE TEXT: FILE has a line containing TEXT (fixed string).
contains() { grep -qF -- "$2" "$1" || { echo "--- $1:" >&2; cat "$1" >&2; fail "$1 lacks: $2"; }; }
lacks() { if grep -qF -- "$2" "$1"; then fail "$1 has: $2"; fi; }

# The findings summary the installed cspctl gives (JSON), as "N met, N not met".
cspctl_summary() {
    "$prefix/$CSP_BINDIR/cspctl" check "$register" --as-of "$AS_OF" --partnership "$1" --format json \
        >"$CSP_WORK_DIR/check-$1.json" || true
    sed -n 's/.*"summary": {"met": \([0-9]*\), "not_met": \([0-9]*\), "not_shown": \([0-9]*\).*/\1 \2 \3/p' \
        "$CSP_WORK_DIR/check-$1.json"
}

# The program under valgrind (in a sanitizer build, LeakSanitizer has already
# checked each run for leaks).
memcheck() {
    expect=$1
    shift
    if [ "$CSP_SANITIZED" = ON ]; then
        return 0
    fi
    if [ -z "$VALGRIND" ]; then
        [ "${CI:-}" = true ] && fail "valgrind not found (Debian package valgrind)"
        echo "note: valgrind not found (Debian package valgrind): no leak check"
        return 0
    fi
    set +e
    "$VALGRIND" -q --leak-check=full --errors-for-leak-kinds=definite,possible --error-exitcode=99 \
        "$@" >/dev/null 2>"$CSP_WORK_DIR/valgrind.log"
    rc=$?
    set -e
    [ "$rc" = "$expect" ] || { cat "$CSP_WORK_DIR/valgrind.log" >&2; fail "valgrind $*: exit $rc, expected $expect"; }
    echo "valgrind clean: $*"
}

# check_boardpack BIN TAG: the board packs BIN prints, and its errors.
check_boardpack() {
    bin=$1
    tag=$2
    out="$CSP_WORK_DIR/$tag"
    mkdir -p "$out"

    # It runs against the installed library, not the build tree's.
    if command -v ldd >/dev/null 2>&1; then
        ldd "$bin" >"$out/ldd.txt" 2>&1 || true
        grep -q "libcsp.so.* => $libdir/" "$out/ldd.txt" || { cat "$out/ldd.txt" >&2; fail "$bin does not load $libdir/libcsp.so"; }
    fi

    step "$tag: Hackney statutory officer group: seats, duties owed, open actions, findings"
    "$bin" "$register" hackney-sog "$AS_OF" >"$out/hackney-sog.md" 2>"$out/hackney-sog.err" \
        || { cat "$out/hackney-sog.err" >&2; fail "boardpack hackney-sog"; }
    [ ! -s "$out/hackney-sog.err" ] || { cat "$out/hackney-sog.err" >&2; fail "boardpack hackney-sog wrote to stderr"; }
    f="$out/hackney-sog.md"
    for s in "# Board pack: Hackney statutory officer group" "As of 30 June 2024 (2024-06-30)." \
        "## Seats on 30 June 2024" "## Duties" "### Owed by law on 30 June 2024" "### Held, by the register" \
        "## Plan in force on 30 June 2024" "## Open actions" "## Compliance on 30 June 2024"; do
        contains "$f" "$s"
    done
    # Facts of the bundled data (examples/data/hackney.json).
    contains "$f" "- **Part of:** Hackney community safety partnership"
    contains "$f" "- **Accountable to:** Hackney community resilience partnership"
    contains "$f" "- **Meets:** 4 times a year, for 2 hours"
    contains "$f" "| Hackney Council | Member | local authority Chief Executive | - | - |"
    contains "$f" "| Probation service (Hackney) | Member | head of probation service | - | - |"
    contains "$f" "| Metropolitan Police Service | Member | - | - | - |"
    contains "$f" "6 seats, held by 5 bodies."
    contains "$f" "| Strategic assessment | SI 2007/1830 regs 5-7 | Every year | Secondary source | **no record** |"
    contains "$f" "The register records no duty held by this partnership."
    contains "$f" "No strategy or plan of this partnership is in force on the date"
    # The test's invented actions (testdata/): the overdue one marked, the one
    # not yet due unmarked, the finished one and the one raised later left out.
    grep -F "boardpack-test-overdue" "$f" | grep -qF "Open, **OVERDUE**" || fail "the overdue action is not marked"
    grep -F "boardpack-test-overdue" "$f" | grep -qF "Member, Metropolitan Police Service" || fail "no champion for the overdue action"
    grep -F "boardpack-test-current" "$f" >"$out/current.txt" || fail "the open action not yet due is missing"
    lacks "$out/current.txt" "OVERDUE"
    contains "$out/current.txt" "| In progress | Amber | local authority Chief Executive, Hackney Council | Hackney community resilience partnership |"
    lacks "$f" "boardpack-test-done"
    lacks "$f" "boardpack-test-later"
    contains "$f" "2 open actions, 1 overdue on 30 June 2024."
    # Findings grouped by family, with their legal source; the same counts as cspctl check.
    contains "$f" "### Membership"
    contains "$f" "### Actions"
    contains "$f" "| met | CSP-MEM-001 (breach) | On 30 June 2024 Hackney statutory officer group has a seat in post"
    contains "$f" "| Crime and Disorder Act 1998 s5(1) (verified) |"
    contains "$f" "| **NOT MET** | CSP-ACT-002 (advice) | 1 of the 2 open actions of Hackney statutory officer group was past its due date on 30 June 2024: \"Test fixture: an action past its due date (invented)\" (due by 31 March 2024)"
    set -- $(cspctl_summary hackney-sog)
    [ $# = 3 ] || fail "no summary in cspctl check's JSON"
    contains "$f" "$(($1 + $2 + $3)) findings: $1 met, $2 not met"
    contains "$f" ", $3 not shown"
    # The families come in catalogue order: Membership before Meetings before Actions.
    order=$(grep -n '^### ' "$f" | sed -n 's/^[0-9]*:### //p' | tr '\n' '/')
    case "$order" in
        *"Membership/Meetings/Actions/"*) ;;
        *) fail "families out of order: $order" ;;
    esac

    step "$tag: Hackney community safety partnership: duties held, a plan in force"
    "$bin" "$register" hackney-csp "$AS_OF" >"$out/hackney-csp.md" || fail "boardpack hackney-csp"
    f="$out/hackney-csp.md"
    contains "$f" "No seat is recorded in force on 30 June 2024."
    contains "$f" "| Strategic assessment | SI 2007/1830 regs 5-7 | Every year | Secondary source | yes |"
    contains "$f" "| Domestic homicide reviews | Domestic Violence, Crime and Victims Act 2004 s9 | - | - | held |"
    contains "$f" "(local) |"
    contains "$f" "### Hackney community safety plan"

    step "$tag: Safer Westminster Partnership in 2019: its plan and the plan's tree"
    "$bin" "$register" westminster-swp 2019-06-30 >"$out/westminster-swp.md" || fail "boardpack westminster-swp"
    f="$out/westminster-swp.md"
    contains "$f" "## Plan in force on 30 June 2019"
    contains "$f" "### SWP strategy 2017/20"
    contains "$f" "- **Period:** 2017 to 2020"
    contains "$f" "- **Delivery group:** "
    contains "$f" "  - **"
    "$bin" "$register" westminster-swp 2024-06-30 >"$out/westminster-2024.md" || fail "boardpack westminster-swp 2024"
    contains "$out/westminster-2024.md" "Strategies on record, not in force on the date:"

    step "$tag: a person marked private is never named"
    "$bin" "$CSP_WORK_DIR/private.db" test-csp "$AS_OF" >"$out/private.md" || fail "boardpack test-csp"
    contains "$out/private.md" "| Chair | cabinet member for community safety | Sam Public (invented) | - |"
    contains "$out/private.md" "| Secretariat | community safety officer | *(private)* | - |"
    lacks "$out/private.md" "Pat Private"

    step "$tag: errors"
    set +e
    "$bin" "$register" no-such-partnership "$AS_OF" >"$out/unknown.md" 2>"$out/unknown.err"
    rc=$?
    "$bin" "$register" hackney-sog 2024-02-30 >/dev/null 2>"$out/baddate.err"
    rc_date=$?
    "$bin" "$register" hackney-sog 2024-06 >/dev/null 2>"$out/partial.err"
    rc_partial=$?
    "$bin" "$CSP_WORK_DIR/no-such-register.db" hackney-sog "$AS_OF" >/dev/null 2>"$out/noregister.err"
    rc_reg=$?
    "$bin" >/dev/null 2>"$out/usage.err"
    rc_usage=$?
    set -e
    [ "$rc" = 2 ] || fail "an unknown partnership: exit $rc, expected 2"
    contains "$out/unknown.err" "no partnership \"no-such-partnership\" in the register"
    [ ! -s "$out/unknown.md" ] || fail "an unknown partnership printed a board pack"
    [ "$rc_date" = 2 ] || fail "2024-02-30: exit $rc_date, expected 2"
    contains "$out/baddate.err" "AS_OF \"2024-02-30\""
    [ "$rc_partial" = 2 ] || fail "2024-06: exit $rc_partial, expected 2"
    [ "$rc_reg" = 1 ] || fail "a missing register: exit $rc_reg, expected 1"
    contains "$out/noregister.err" "no-such-register.db"
    [ "$rc_usage" = 2 ] || fail "no arguments: exit $rc_usage, expected 2"
    contains "$out/usage.err" "usage: boardpack REGISTER PARTNERSHIP_ID [AS_OF]"
    echo "$(wc -l <"$out/hackney-sog.md") lines of Markdown for hackney-sog; errors exit 2 and name their cause"

    memcheck 0 "$bin" "$register" hackney-sog "$AS_OF"
    memcheck 0 "$bin" "$register" westminster-swp 2019-06-30
    memcheck 2 "$bin" "$register" no-such-partnership "$AS_OF"
}

# ---- the modes --------------------------------------------------------------------

case "$mode" in
install)
    rm -rf "$CSP_WORK_DIR"
    mkdir -p "$CSP_WORK_DIR"
    # By component, so that cmake --install writes install_manifest_<component>.txt
    # and leaves install_manifest.txt to the install test, which may run at the
    # same time. Installed with DESTDIR (as the install test does), so that a rule
    # with an absolute destination lands in the scratch tree too.
    for component in runtime development; do
        step "DESTDIR=$root cmake --install $CSP_BUILD_DIR --prefix $prefix_name --component $component"
        DESTDIR="$root" "$CMAKE" --install "$CSP_BUILD_DIR" --prefix "$prefix_name" --component "$component" \
            >"$CSP_WORK_DIR/install-$component.log" 2>&1 \
            || { cat "$CSP_WORK_DIR/install-$component.log"; fail "cmake --install --component $component"; }
    done
    for f in "$prefix/include/csp/csp.h" "$libdir/pkgconfig/libcsp.pc" "$libdir/cmake/libcsp/libcspConfig.cmake" \
        "$prefix/$CSP_BINDIR/cspctl"; do
        [ -e "$f" ] || fail "missing $f"
    done
    step "installed cspctl imports the bundled data and the test's actions into $register"
    "$prefix/$CSP_BINDIR/cspctl" import "$register" "$CSP_DATA"/*.json "$CSP_SRC/testdata/hackney-sog-actions.json" \
        || fail "cspctl import"
    "$prefix/$CSP_BINDIR/cspctl" import "$CSP_WORK_DIR/private.db" "$CSP_SRC/testdata/private-person.json" \
        || fail "cspctl import private-person.json"
    ;;
pkgconfig)
    [ -s "$register" ] || fail "no $register (the boardpack.install test sets it up)"
    export PKG_CONFIG_PATH="$libdir/pkgconfig"
    flags=$("$PKG_CONFIG" --cflags --libs libcsp) || fail "pkg-config does not find libcsp in $PKG_CONFIG_PATH"
    pc_libdir=$("$PKG_CONFIG" --variable=libdir libcsp)
    step "cc \$(pkg-config --cflags --libs libcsp) boardpack.c   [$flags]"
    # shellcheck disable=SC2086 # word splitting of the flags is intended
    "$CC" $CSP_CFLAGS -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Werror \
        "$CSP_SRC/boardpack.c" -o "$CSP_WORK_DIR/boardpack-pkgconfig" $flags -Wl,-rpath,"$pc_libdir" $CSP_LDFLAGS \
        || fail "building boardpack.c with pkg-config's flags"
    check_boardpack "$CSP_WORK_DIR/boardpack-pkgconfig" pkgconfig
    ;;
find_package)
    [ -s "$register" ] || fail "no $register (the boardpack.install test sets it up)"
    build="$CSP_WORK_DIR/consumer-cmake"
    rm -rf "$build"
    step "cmake -S consumer -DCMAKE_PREFIX_PATH=$prefix (find_package(libcsp), libcsp::csp)"
    set -- -S "$CSP_SRC/consumer" -B "$build" \
        -DCMAKE_PREFIX_PATH="$prefix" \
        -DCMAKE_C_COMPILER="$CC" \
        -DCMAKE_C_FLAGS="$CSP_CFLAGS" \
        -DCMAKE_EXE_LINKER_FLAGS="$CSP_LDFLAGS" \
        -DCMAKE_BUILD_TYPE=Debug
    if [ -n "${CMAKE_GENERATOR:-}" ]; then
        set -- "$@" -G "$CMAKE_GENERATOR"
        [ -n "${CMAKE_MAKE_PROGRAM:-}" ] && set -- "$@" -DCMAKE_MAKE_PROGRAM="$CMAKE_MAKE_PROGRAM"
    fi
    "$CMAKE" "$@" >"$CSP_WORK_DIR/consumer-cmake.log" 2>&1 \
        || { cat "$CSP_WORK_DIR/consumer-cmake.log"; fail "configuring examples/boardpack/consumer"; }
    grep "libcsp .* from" "$CSP_WORK_DIR/consumer-cmake.log" || fail "find_package did not say where libcsp is"
    grep -qF "libcsp_DIR:PATH=$libdir/cmake/libcsp" "$build/CMakeCache.txt" \
        || fail "find_package found libcsp somewhere other than $libdir/cmake/libcsp"
    "$CMAKE" --build "$build" >>"$CSP_WORK_DIR/consumer-cmake.log" 2>&1 \
        || { cat "$CSP_WORK_DIR/consumer-cmake.log"; fail "building examples/boardpack/consumer"; }
    check_boardpack "$build/boardpack" find_package
    ;;
cxx)
    [ -s "$register" ] || fail "no $register (the boardpack.install test sets it up)"
    if [ -z "$CXX" ] || ! command -v "$CXX" >/dev/null 2>&1; then
        [ "${CI:-}" = true ] && fail "no C++ compiler (Debian package g++)"
        echo "skipped: no C++ compiler (Debian package g++)"
        exit 77
    fi
    export PKG_CONFIG_PATH="$libdir/pkgconfig"
    flags=$("$PKG_CONFIG" --cflags --libs libcsp) || fail "pkg-config does not find libcsp in $PKG_CONFIG_PATH"
    pc_libdir=$("$PKG_CONFIG" --variable=libdir libcsp)
    step "$CXX -std=c++17 -Wall -Wextra -Werror -pedantic summary.cpp \$(pkg-config --cflags --libs libcsp)"
    # shellcheck disable=SC2086
    "$CXX" $CSP_CXXFLAGS -std=c++17 -Wall -Wextra -Werror -pedantic -Wshadow -Wconversion -Wold-style-cast \
        "$CSP_SRC/summary.cpp" -o "$CSP_WORK_DIR/summary" $flags -Wl,-rpath,"$pc_libdir" $CSP_LDFLAGS \
        || fail "building summary.cpp"
    # The C++ program relies on the headers' own extern "C": it has none itself.
    if grep -v '^ *//' "$CSP_SRC/summary.cpp" | grep -q 'extern "C"'; then fail "summary.cpp declares extern \"C\" itself"; fi
    out="$CSP_WORK_DIR/summary.txt"
    "$CSP_WORK_DIR/summary" "$register" "$AS_OF" >"$out" 2>"$CSP_WORK_DIR/summary.err" \
        || { cat "$CSP_WORK_DIR/summary.err" >&2; fail "summary"; }
    cat "$out"
    contains "$out" "; 14 partnerships; as of $AS_OF"
    # Seats in force, open and overdue actions: the bundled data and the test's actions.
    awk '$1 == "hackney-sog" && $2 == "statutory_officer_group" && $3 == 6 && $4 == 3 && $5 == 1 { ok = 1 } END { exit !ok }' \
        "$out" || fail "hackney-sog: expected 6 seats, 3 open actions, 1 overdue"
    awk '$1 == "total" && $2 == 45 { ok = 1 } END { exit !ok }' "$out" || fail "expected 45 seats in all (examples/data/README.md)"
    # Findings by result: as cspctl check counts them.
    for p in hackney-sog ealing-sep westminster-swp; do
        set -- $(cspctl_summary "$p")
        [ $# = 3 ] || fail "no summary in cspctl check's JSON for $p"
        awk -v p="$p" -v met="$1" -v nm="$2" -v ns="$3" \
            '$1 == p && $6 == met && $7 == nm && $8 == ns { ok = 1 } END { exit !ok }' "$out" \
            || fail "$p: findings differ from cspctl check ($1 met, $2 not met, $3 not shown)"
    done
    set +e
    "$CSP_WORK_DIR/summary" "$CSP_WORK_DIR/no-such-register.db" "$AS_OF" >/dev/null 2>"$CSP_WORK_DIR/summary-noreg.err"
    rc=$?
    set -e
    [ "$rc" = 1 ] || fail "summary on a missing register: exit $rc, expected 1"
    contains "$CSP_WORK_DIR/summary-noreg.err" "no-such-register.db"
    memcheck 0 "$CSP_WORK_DIR/summary" "$register" "$AS_OF"
    memcheck 1 "$CSP_WORK_DIR/summary" "$CSP_WORK_DIR/no-such-register.db" "$AS_OF"
    ;;
*)
    echo "usage: run-boardpack-test.sh install|pkgconfig|find_package|cxx" >&2
    exit 2
    ;;
esac
echo "boardpack test ($mode): OK"
