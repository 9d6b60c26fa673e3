#!/bin/sh
# The install test (run by CTest as `install`; the environment comes from
# tests/install/CMakeLists.txt):
#   1. cmake --install the build tree into a scratch prefix;
#   2. check the installed files (headers, SONAME, libcsp.pc, CMake package, cspctl);
#   3. build consumer.c with `cc $(pkg-config --cflags --libs libcsp)` and run it;
#   4. build it again as a CMake project with find_package(libcsp) and run it.
set -eu

: "${CSP_BUILD_DIR:?}" "${CSP_WORK_DIR:?}" "${CSP_TEST_SRC:?}" "${CSP_LIBDIR:?}" "${CSP_BINDIR:?}"
: "${CSP_VERSION:?}" "${CSP_SOVERSION:?}"
CC=${CC:-cc}
CMAKE=${CMAKE:-cmake}
PKG_CONFIG=${PKG_CONFIG:-pkg-config}
CSP_CFLAGS=${CSP_CFLAGS:-}
CSP_LDFLAGS=${CSP_LDFLAGS:-}

fail() { echo "install test: FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

# Installed with DESTDIR, so that an install rule with an absolute destination
# lands in the scratch tree too (and is reported) instead of in the system.
root="$CSP_WORK_DIR/root"
prefix_name=/opt/libcsp-install-test
prefix="$root$prefix_name"
rm -rf "$CSP_WORK_DIR"
mkdir -p "$CSP_WORK_DIR"

step "DESTDIR=$root cmake --install $CSP_BUILD_DIR --prefix $prefix_name"
DESTDIR="$root" "$CMAKE" --install "$CSP_BUILD_DIR" --prefix "$prefix_name" \
    >"$CSP_WORK_DIR/install.log" 2>&1 \
    || { cat "$CSP_WORK_DIR/install.log"; fail "cmake --install"; }

step "everything installs under the prefix"
manifest="$CSP_BUILD_DIR/install_manifest.txt"
[ -s "$manifest" ] || fail "no $manifest"
# The manifest lists paths without DESTDIR.
if grep -v "^$prefix_name/" "$manifest" >"$CSP_WORK_DIR/outside.txt"; then
    cat "$CSP_WORK_DIR/outside.txt" >&2
    fail "these files were installed outside --prefix (an absolute DESTINATION?)"
fi
echo "$(wc -l <"$manifest") files"

libdir="$prefix/$CSP_LIBDIR"
step "installed files"
for f in \
    "$prefix/include/csp/csp.h" \
    "$prefix/include/csp/version.h" \
    "$libdir/libcsp.so" \
    "$libdir/libcsp.so.$CSP_SOVERSION" \
    "$libdir/libcsp.so.$CSP_VERSION" \
    "$libdir/pkgconfig/libcsp.pc" \
    "$libdir/cmake/libcsp/libcspConfig.cmake" \
    "$libdir/cmake/libcsp/libcspConfigVersion.cmake" \
    "$libdir/cmake/libcsp/libcspTargets.cmake"; do
    [ -e "$f" ] || fail "missing $f"
done
for h in "$CSP_TEST_SRC"/../../include/csp/*.h; do
    [ -e "$prefix/include/csp/$(basename "$h")" ] || fail "header $(basename "$h") not installed"
done
if command -v readelf >/dev/null 2>&1; then
    soname=$(readelf -d "$libdir/libcsp.so.$CSP_VERSION" | sed -n 's/.*(SONAME).*\[\(.*\)\].*/\1/p')
    [ "$soname" = "libcsp.so.$CSP_SOVERSION" ] || fail "SONAME is '$soname', expected libcsp.so.$CSP_SOVERSION"
    echo "SONAME $soname"
fi
if [ "${CSP_HAVE_CSPCTL:-0}" = 1 ]; then
    cspctl="$prefix/$CSP_BINDIR/cspctl"
    [ -x "$cspctl" ] || fail "missing $cspctl"
    # The installed cspctl finds the installed libcsp by itself (RPATH), or
    # through the system's library path if installed there.
    if command -v ldd >/dev/null 2>&1; then
        if ldd "$cspctl" | grep -q 'not found'; then
            ldd "$cspctl" >&2
            fail "installed cspctl does not find its libraries"
        fi
    fi
    step "installed cspctl demo (from the source tree, as make demo runs it)"
    (cd "$CSP_TEST_SRC/../.." && "$cspctl" demo) >"$CSP_WORK_DIR/cspctl-demo.log" 2>&1 \
        || { tail -n 30 "$CSP_WORK_DIR/cspctl-demo.log"; fail "installed cspctl demo"; }
    head -n 1 "$CSP_WORK_DIR/cspctl-demo.log"

    # A relocatable install: move the whole prefix elsewhere, out of reach of
    # the source tree, and the moved cspctl still finds its library (relative
    # RPATH) and its example data (relative to the executable).
    step "relocated install: moved cspctl demo finds its own data"
    moved="$CSP_WORK_DIR/moved/somewhere else"
    mkdir -p "$moved"
    mv "$prefix" "$moved/"
    moved_prefix="$moved/$(basename "$prefix_name")"
    mkdir -p "$CSP_WORK_DIR/elsewhere"
    (cd "$CSP_WORK_DIR/elsewhere" && env -u CSP_DATA_DIR "$moved_prefix/$CSP_BINDIR/cspctl" demo) \
        >"$CSP_WORK_DIR/cspctl-moved.log" 2>&1 \
        || { tail -n 30 "$CSP_WORK_DIR/cspctl-moved.log"; mv "$moved_prefix" "$(dirname "$prefix")/"; fail "moved cspctl demo"; }
    mv "$moved_prefix" "$(dirname "$prefix")/"
    grep -q "imported $moved_prefix/" "$CSP_WORK_DIR/cspctl-moved.log" \
        || { head -n 8 "$CSP_WORK_DIR/cspctl-moved.log"; fail "moved cspctl demo did not read the data installed beside it"; }
    grep -q "Safer Westminster Partnership" "$CSP_WORK_DIR/cspctl-moved.log" || fail "moved cspctl demo: no partnerships"
    grep "imported" "$CSP_WORK_DIR/cspctl-moved.log" | head -n 1
fi

step "pkg-config: build and run consumer"
export PKG_CONFIG_PATH="$libdir/pkgconfig"
pc_version=$("$PKG_CONFIG" --modversion libcsp) || fail "pkg-config does not find libcsp"
[ "$pc_version" = "$CSP_VERSION" ] || fail "pkg-config says libcsp $pc_version, expected $CSP_VERSION"
pc_flags=$("$PKG_CONFIG" --cflags --libs libcsp)
echo "pkg-config --cflags --libs libcsp: $pc_flags"
# shellcheck disable=SC2086 # word splitting of the flags is intended
"$CC" $CSP_CFLAGS -std=c11 -Wall -Wextra -pedantic -Werror \
    "$CSP_TEST_SRC/consumer.c" -o "$CSP_WORK_DIR/consumer-pkgconfig" $pc_flags $CSP_LDFLAGS \
    || fail "building consumer.c with pkg-config flags"
# README's advice for a library outside the loader's path, both ways: an RPATH
# from pkg-config's libdir, and LD_LIBRARY_PATH.
pc_libdir=$("$PKG_CONFIG" --variable=libdir libcsp)
[ "$(cd "$pc_libdir" && pwd -P)" = "$(cd "$libdir" && pwd -P)" ] || fail "pkg-config libdir is '$pc_libdir'"
# shellcheck disable=SC2086
"$CC" $CSP_CFLAGS -std=c11 "$CSP_TEST_SRC/consumer.c" -o "$CSP_WORK_DIR/consumer-rpath" $pc_flags \
    -Wl,-rpath,"$pc_libdir" $CSP_LDFLAGS || fail "building consumer.c with -Wl,-rpath"
env -u LD_LIBRARY_PATH "$CSP_WORK_DIR/consumer-rpath" || fail "consumer built with -Wl,-rpath"
export LD_LIBRARY_PATH="$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
"$CSP_WORK_DIR/consumer-pkgconfig" || fail "consumer-pkgconfig with LD_LIBRARY_PATH"

step "find_package(libcsp): build and run consumer"
set -- -S "$CSP_TEST_SRC/consumer" -B "$CSP_WORK_DIR/consumer-cmake" \
    -DCMAKE_PREFIX_PATH="$prefix" \
    -DCSP_EXPECTED_VERSION="$CSP_VERSION" \
    -DCMAKE_C_COMPILER="$CC" \
    -DCMAKE_C_FLAGS="$CSP_CFLAGS" \
    -DCMAKE_EXE_LINKER_FLAGS="$CSP_LDFLAGS" \
    -DCMAKE_BUILD_TYPE=Debug
if [ -n "${CMAKE_GENERATOR:-}" ]; then
    set -- "$@" -G "$CMAKE_GENERATOR"
    [ -n "${CMAKE_MAKE_PROGRAM:-}" ] && set -- "$@" -DCMAKE_MAKE_PROGRAM="$CMAKE_MAKE_PROGRAM"
fi
"$CMAKE" "$@" >"$CSP_WORK_DIR/consumer-cmake.log" 2>&1 \
    || { cat "$CSP_WORK_DIR/consumer-cmake.log"; fail "configuring the find_package consumer"; }
grep 'libcsp .* from' "$CSP_WORK_DIR/consumer-cmake.log" || true
"$CMAKE" --build "$CSP_WORK_DIR/consumer-cmake" >>"$CSP_WORK_DIR/consumer-cmake.log" 2>&1 \
    || { cat "$CSP_WORK_DIR/consumer-cmake.log"; fail "building the find_package consumer"; }
"$CSP_WORK_DIR/consumer-cmake/consumer" || fail "consumer (find_package)"

echo "install test: OK"
