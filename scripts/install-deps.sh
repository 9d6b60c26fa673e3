#!/usr/bin/env bash
# Installs the Debian packages libcsp needs to build and test, if any are
# missing. Run by `make demo` and `make test`. Uses apt-get (through sudo
# when not run as root); runs `apt-get update` only when something is missing.
#
# On a system without dpkg it only lists the packages and carries on: install
# their equivalents yourself. Set CSP_SKIP_DEPS=1 to skip this step entirely.
#
# --quiet (as `make demo` runs it): say nothing when all is present, and keep
# apt-get's output in build/install-deps.log, shown only if it fails.
set -euo pipefail

quiet=0
[[ "${1:-}" == --quiet ]] && quiet=1

PACKAGES=(
    build-essential cmake ninja-build pkg-config
    libsqlite3-dev libjansson-dev
    check valgrind swig
    python3-dev python3-venv python3-pytest python3-hypothesis python3-jsonschema
    python3-mypy python3-pandas
    abigail-tools doxygen
    clang libclang-rt-dev
    # the integrations under examples/ (README "Integrations")
    libxml2-dev graphviz python3-matplotlib python3-icalendar
    python3-flask python3-selenium chromium chromium-driver
)

if [[ "${CSP_SKIP_DEPS:-0}" == 1 ]]; then
    echo "install-deps: skipped (CSP_SKIP_DEPS=1)"
    exit 0
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "install-deps: not a Debian system; make sure these (or their equivalents) are installed:" >&2
    echo "  ${PACKAGES[*]}" >&2
    exit 0
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == installed ]] || missing+=("$pkg")
done

if ((${#missing[@]} == 0)); then
    ((quiet)) || echo "install-deps: all ${#PACKAGES[@]} packages present"
    exit 0
fi

sudo=()
if [[ "$(id -u)" -ne 0 ]]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "install-deps: missing packages (${missing[*]}) and not root, and there is no sudo" >&2
        exit 1
    fi
    sudo=(sudo)
fi

install() {
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}"
}
if ((quiet)); then
    log=build/install-deps.log
    mkdir -p build
    echo "installing ${#missing[@]} Debian packages (${missing[*]}); log in $log"
    install >"$log" 2>&1 || { cat "$log" >&2; echo "install-deps: apt-get failed (log above)" >&2; exit 1; }
else
    echo "install-deps: installing ${missing[*]}"
    install
fi
