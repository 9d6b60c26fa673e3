# Two commands (see README.md):
#   make demo   install missing Debian packages, build (release preset) quietly, run `cspctl demo`
#   make test   install missing Debian packages, then dev build + ctest, valgrind
#               over the C suites, and an ASan/UBSan build + ctest (scripts/run-tests.sh)
#   make clean  remove build/
# Building by hand: cmake --preset dev && cmake --build --preset dev && ctest --preset dev

DEMO_PRESET ?= release

.PHONY: all demo test deps clean

all: demo

deps:
	@scripts/install-deps.sh

# The demo keeps the build quiet: one line says it is building, the build's
# output goes to build/demo-build.log and is shown only if the build fails.
DEMO_LOG = build/demo-build.log

demo:
	@scripts/install-deps.sh --quiet
	@mkdir -p build
	@echo "building libcsp ($(DEMO_PRESET) preset; the build's output is in $(DEMO_LOG))"
	@{ cmake --preset $(DEMO_PRESET) && cmake --build --preset $(DEMO_PRESET); } >$(DEMO_LOG) 2>&1 \
	  || { cat $(DEMO_LOG); echo "make demo: the build failed (its output is above and in $(DEMO_LOG))" >&2; exit 1; }
	@test -x build/$(DEMO_PRESET)/cspctl || { echo "cspctl was not built (examples/cspctl/cspctl.c missing?)" >&2; exit 1; }
	@build/$(DEMO_PRESET)/cspctl demo examples/data

test: deps
	scripts/run-tests.sh

clean:
	rm -rf build
