# Chronomap: `make run` opens the app on the bundled sample articles,
# `make test` runs the checks. Both need only make and some Go on PATH (even
# Debian 12's Go 1.19): see GO below.

SHARED    ?= ../shared
EVAL_DEV  ?= $(SHARED)/eval-dev
SCORE_DIR ?= /tmp/chronomap-score

# The Debian packages the build needs (a C compiler and the OpenGL and X11
# headers Fyne's cgo driver compiles against), and those the tests need.
BUILD_PACKAGES := build-essential pkg-config libgl1-mesa-dev xorg-dev
TEST_PACKAGES  := xvfb xdotool imagemagick gdal-bin

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# GO is the go command every target runs. go.mod asks for a newer Go than
# Debian ships. A Go from 1.21 on downloads the toolchain go.mod names by
# itself (GOTOOLCHAIN=auto), so it is used as is. An older one cannot, but it
# can still download that toolchain from the module proxy, where it is
# published as an ordinary module, golang.org/toolchain: the toolchain target
# does so, into the module cache where a newer Go would put it, and GO is then
# the go command inside it.
GO_MINOR := $(shell go version 2>/dev/null | sed -n 's/.* go1\.\([0-9]*\).*/\1/p')
ifeq ($(shell [ "$(GO_MINOR)" -ge 21 ] 2>/dev/null && echo yes),yes)
GO := go
else
GO_WANTED    := $(shell awk '$$1 == "toolchain" { t = $$2 } $$1 == "go" { g = "go" $$2 } END { print t ? t : g }' go.mod)
GO_PLATFORM  := $(shell go env GOHOSTOS 2>/dev/null)-$(shell go env GOHOSTARCH 2>/dev/null | sed 's/^arm$$/armv6l/')
GO_TOOLCHAIN := golang.org/toolchain@v0.0.1-$(GO_WANTED).$(GO_PLATFORM)
GO_ROOT      := $(shell go env GOMODCACHE 2>/dev/null)/$(GO_TOOLCHAIN)
GO           := $(GO_ROOT)/bin/go
endif

.PHONY: deps toolchain build run test gazetteer basemap bench score clean

# deps installs only what is missing, so that it costs nothing once done.
deps:
	@if ! command -v dpkg-query >/dev/null; then \
		echo "deps: not a Debian system; install the equivalents of: $(BUILD_PACKAGES) $(TEST_PACKAGES)"; \
		exit 0; \
	fi; \
	missing=$$(for p in $(BUILD_PACKAGES) $(TEST_PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; \
	done); \
	if [ -n "$$missing" ]; then \
		echo "deps: installing" $$missing; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -q && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	fi

# toolchain fetches the toolchain GO names when the go on PATH is too old to.
# It runs outside the module (cd /), whose go.mod an old go cannot parse.
# Module zips keep no file modes: the commands are made executable again, as
# the go command does after it downloads a toolchain. Checking for that, not
# for the file, makes an interrupted fetch start over.
toolchain:
ifneq ($(GO),go)
	@if [ ! -x $(GO) ]; then \
		command -v go >/dev/null || { echo "toolchain: no go command; install Go (Debian: apt-get install golang-go)" >&2; exit 1; }; \
		echo "toolchain: $$(go version) is too old for go.mod; fetching $(GO_TOOLCHAIN)"; \
		cd / && GO111MODULE=on go mod download $(GO_TOOLCHAIN) && \
		chmod +x $(GO_ROOT)/bin/* $(GO_ROOT)/pkg/tool/*/*; \
	fi
endif

build: toolchain
	$(GO) build -o chronomap .

run: deps build
	./chronomap

# The window's smoke tests need an X display: without one, the tests run
# under a virtual one (Xvfb).
XVFB := $(if $(DISPLAY),,xvfb-run -a -s "-screen 0 1400x900x24")

test: deps toolchain
	$(GO) vet ./...
	$(XVFB) $(GO) test -race ./...

# Regenerate the embedded gazetteer and basemap from the data in
# $(SHARED)/data, one at a time (`go generate ./assets` runs both).
gazetteer: toolchain
	$(GO) run ./geo/internal/gazgen -data $(SHARED)/data

basemap: toolchain
	$(GO) run ./geo/internal/basemapgen -data $(SHARED)/data

bench: toolchain
	$(GO) test -run '^$$' -bench . -benchmem ./...

# Extracts both layers from the dev corpus and scores them against its gold.
# The corpus lives in ../shared beside the repository, not in it: without it
# there is nothing to score.
score: build
	@if [ ! -d $(EVAL_DEV)/docs ]; then \
		echo "score: needs the dev corpus in $(EVAL_DEV) beside the repository (CI has it); skipped"; \
	else \
		mkdir -p $(SCORE_DIR) && \
		./chronomap extract -o $(SCORE_DIR)/events.geojson $(EVAL_DEV)/docs && \
		./chronomap extract --layer places -o $(SCORE_DIR)/places.geojson $(EVAL_DEV)/docs && \
		$(SHARED)/tools/score-events $(EVAL_DEV) $(SCORE_DIR)/events.geojson $(SCORE_DIR)/places.geojson; \
	fi

clean:
	rm -f chronomap
	rm -rf $(SCORE_DIR)
