# Two commands (see README.md):
#   make demo   install missing Debian packages, build (release preset), run `cspctl demo`
#   make test   install missing Debian packages, then dev build + ctest, valgrind
#               over the C suites, and an ASan/UBSan build + ctest (scripts/run-tests.sh)
#   make clean  remove build/
# Building by hand: cmake --preset dev && cmake --build --preset dev && ctest --preset dev

DEMO_PRESET ?= release

.PHONY: all demo test deps clean

all: demo

deps:
	@scripts/install-deps.sh

demo: deps
	cmake --preset $(DEMO_PRESET)
	cmake --build --preset $(DEMO_PRESET)
	@test -x build/$(DEMO_PRESET)/cspctl || { echo "cspctl was not built (examples/cspctl/cspctl.c missing?)" >&2; exit 1; }
	build/$(DEMO_PRESET)/cspctl demo "$(CURDIR)/examples/data"

test: deps
	scripts/run-tests.sh

clean:
	rm -rf build
