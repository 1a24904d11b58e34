# Two commands for a fresh Debian/Ubuntu machine with Swift installed:
#   make run    analyse the default scenario (installs the BLAS/LAPACK packages when missing)
#   make test   run the whole test suite (likewise)
# The plain Swift way works too once the packages are installed: `swift run frontier`, `swift test`.

SYSTEM_PACKAGES := libblas-dev liblapack-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps run test benchmark

deps:
	@dpkg -s $(SYSTEM_PACKAGES) >/dev/null 2>&1 || { \
		echo "Installing $(SYSTEM_PACKAGES)"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y $(SYSTEM_PACKAGES); }

run: deps
	swift run -c release frontier $(ARGS)

test: deps
	swift test

benchmark: deps
	swift package --allow-writing-to-package-directory benchmark
