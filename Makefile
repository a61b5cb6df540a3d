# Chronomap: `make run` opens the app on the bundled sample articles,
# `make test` runs the checks. Go itself is not installed here: any Go >= 1.21
# fetches the toolchain go.mod asks for.

SHARED    ?= ../shared
EVAL_DEV  ?= $(SHARED)/eval-dev
SCORE_DIR ?= /tmp/chronomap-score

# The Debian packages the build needs (a C compiler and the OpenGL and X11
# headers Fyne's cgo driver compiles against), and those the tests need.
BUILD_PACKAGES := build-essential pkg-config libgl1-mesa-dev xorg-dev
TEST_PACKAGES  := xvfb gdal-bin

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps build run test gazetteer bench score clean

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

build:
	go build -o chronomap .

run: deps build
	./chronomap

test: deps
	go vet ./...
	go test -race ./...

# Regenerates the embedded gazetteer from the data in $(SHARED)/data.
gazetteer:
	go generate ./assets/...

bench:
	go test -run '^$$' -bench . -benchmem ./...

# Extracts both layers from the dev corpus and scores them against its gold.
score: build
	mkdir -p $(SCORE_DIR)
	./chronomap extract -o $(SCORE_DIR)/events.geojson $(EVAL_DEV)/docs
	./chronomap extract --layer places -o $(SCORE_DIR)/places.geojson $(EVAL_DEV)/docs
	$(SHARED)/tools/score-events $(EVAL_DEV) $(SCORE_DIR)/events.geojson $(SCORE_DIR)/places.geojson

clean:
	rm -f chronomap
	rm -rf $(SCORE_DIR)
