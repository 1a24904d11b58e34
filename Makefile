# Two commands for a fresh Debian/Ubuntu machine with Swift installed:
#   make run    analyse the default scenario (installs the BLAS/LAPACK packages when missing);
#               a statically linked release build in .build-run
#   make serve  the analyst's workbench in a browser (`frontier serve`), built the same way
#   make test   run the whole test suite (likewise)
#   make test-invariants   the suite again with the internal invariant checks compiled in
#               (PARETO_CHECK_INVARIANTS, COSTSHARING_CHECK_INVARIANTS), in .build-invariants
#   make fuzz   build the libFuzzer targets and run each for FUZZ_SECONDS (see Tests/Fuzz/fuzz.sh)
# The plain Swift way works too once the packages are installed: `swift run frontier`, `swift test`.

SYSTEM_PACKAGES := libblas-dev liblapack-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# `make fuzz FUZZ_SECONDS=900 FUZZ_JOBS=2 FUZZ_TARGETS="csv npy"`; work files go to FUZZ_OUT.
FUZZ_SECONDS ?= 60
FUZZ_JOBS ?= 1
FUZZ_TARGETS ?=
FUZZ_OUT ?= /tmp/frontier-fuzz

.PHONY: deps run serve test test-invariants benchmark fuzz

deps:
	@dpkg -s $(SYSTEM_PACKAGES) >/dev/null 2>&1 || { \
		echo "Installing $(SYSTEM_PACKAGES)"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y $(SYSTEM_PACKAGES); }

# The tool is linked with the Swift runtime and Foundation inside (--static-swift-stdlib), in its
# own build folder: a dynamically linked build spends most of a short command's time loading them.
run: deps
	swift build -c release --static-swift-stdlib --product frontier --scratch-path .build-run
	.build-run/release/frontier $(ARGS)

# The server is its own executable (`frontier serve` runs it): `frontier` links no web library.
serve: deps
	swift build -c release --static-swift-stdlib --product frontier --scratch-path .build-run
	swift build -c release --static-swift-stdlib --product frontier-workbench --scratch-path .build-run
	.build-run/release/frontier serve $(ARGS)

test: deps
	swift test

# The browser tests are skipped here: the plain `make test` runs them, and they check no invariant.
test-invariants: deps
	FRONTIER_SKIP_BROWSER_TESTS=1 swift test --scratch-path .build-invariants \
		-Xswiftc -DPARETO_CHECK_INVARIANTS -Xswiftc -DCOSTSHARING_CHECK_INVARIANTS

benchmark: deps
	swift package --allow-writing-to-package-directory benchmark

fuzz: deps
	Tests/Fuzz/fuzz.sh -t $(FUZZ_SECONDS) -j $(FUZZ_JOBS) -o $(FUZZ_OUT) $(FUZZ_TARGETS)
