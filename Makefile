# Skiff: `make run` starts the all-in-one cluster, `make test` runs every test.
# Both install what a fresh Debian/Ubuntu machine is missing (libuv, SQLite headers) first.

SWIFT ?= swift
APT_PACKAGES := libuv1-dev libsqlite3-dev pkg-config
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps build test run bench clean

deps:
	@if ! pkg-config --exists libuv sqlite3 2>/dev/null; then \
		echo "installing $(APT_PACKAGES)"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES); \
	fi

build: deps
	$(SWIFT) build

test: deps
	$(SWIFT) test

run: deps
	$(SWIFT) build --product skiff
	$$($(SWIFT) build --show-bin-path)/skiff up $(ARGS)

bench: deps
	$(SWIFT) run -c release SkiffBenchmarks $(ARGS)

clean:
	rm -rf .build
