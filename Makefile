# corpack: build the tool, cut the dataset release, run every test.
#   make dataset   build the release of seeds/ into dist/ (as described by corpus.toml)
#   make test      fmt + clippy + Rust unit/integration tests + Python interop tests + the Ray
#                  driver (scale/ray_build.py) on a local cluster + report.html in headless Chromium
#   make verify    corpack verify every committed release; rebuild the newest from seeds/
#   make fuzz      run each fuzz target for FUZZ_SECONDS (600) with cargo fuzz
#   make changelog regenerate CHANGELOG.md from the releases in dist/ (corpack diff)
#   make bench     benchmark corpack vs its floor and a Python baseline on a 1 GiB generated
#                  corpus (BENCH_MIB), write BENCHMARKS.md
SHELL := /bin/bash
CARGO ?= cargo
PYTHON ?= python3
VENV ?= .venv
BENCH_VENV ?= .venv-bench
BIN := target/release/corpack

.PHONY: all build dataset changelog test test-rust test-interop test-scale test-report chromium lint verify fuzz bench clean

all: build

build:
	$(CARGO) build --release --locked

dataset: build
	$(BIN) build --config corpus.toml

# Every release in dist/ against the one before, newest first; a test keeps it up to date.
changelog: build
	$(BIN) diff --changelog dist > CHANGELOG.md.tmp
	mv CHANGELOG.md.tmp CHANGELOG.md

# The venv for the interop tests, created from the pinned requirements.
$(VENV)/.installed: tests/requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r tests/requirements.txt
	touch $@

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --release --all-targets --locked -- -D warnings
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --no-deps --locked

test-rust: build
	$(CARGO) test --release --locked

# The suite runs on the committed release, then on a fresh build of the dedup fixture (exact and
# near duplicates, two languages), so the duplicate and language checks see real duplicates.
test-interop: build $(VENV)/.installed
	$(VENV)/bin/python -m pytest tests/interop -q -p no:cacheprovider
	rm -rf target/interop
	$(BIN) build --quiet --input tests/fixtures/dedup --rules rules/boilerplate.toml \
	  --name dedup-fixture --version 1.0.0 --out target/interop
	CORPACK_RELEASE=target/interop/dedup-fixture-1.0.0 CORPACK_SEEDS=tests/fixtures/dedup \
	  $(VENV)/bin/python -m pytest tests/interop -q -p no:cacheprovider

# scale/ray_build.py on a local Ray cluster (2 CPUs): N = 1, 3, 7 shards of the test fixtures and
# of the seed release, compared byte for byte with the single-machine release.
test-scale: build $(VENV)/.installed
	CORPACK=$(BIN) $(VENV)/bin/python -m pytest tests/scale -q -p no:cacheprovider

# Debian's chromium for the report test, installed when missing (apt, as root or with sudo).
CHROMIUM ?= chromium
chromium:
	@command -v $(CHROMIUM) >/dev/null || { \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null; }

# The committed release's report.html and a fixture with a scraped <script>, in headless
# Chromium over the DevTools protocol (UPDATE_SCREENSHOT=1 rewrites docs/report.png).
test-report: build chromium $(VENV)/.installed
	CORPACK=$(BIN) CHROMIUM=$(CHROMIUM) $(VENV)/bin/python -m pytest tests/report -q -p no:cacheprovider

test: lint test-rust test-interop test-scale test-report

# Every committed release (folder and zip) checked by `corpack verify`, then the release
# corpus.toml describes rebuilt from seeds/ and compared byte for byte.
RELEASE = dist/$(shell sed -n 's/^name = "\(.*\)"/\1/p' corpus.toml)-$(shell sed -n 's/^version = "\(.*\)"/\1/p' corpus.toml)
verify: build
	$(BIN) verify dist/*/
	$(BIN) verify --rebuild --input seeds $(RELEASE)

# Coverage-guided fuzzing (cargo fuzz, libFuzzer; needs the nightly toolchain): each target runs
# FUZZ_SECONDS, seeded with the seeds and the boilerplate fixtures. Not part of `make test`.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS := clean document
fuzz:
	rustup run nightly true 2>/dev/null || rustup toolchain install nightly --profile minimal
	command -v cargo-fuzz >/dev/null || $(CARGO) install cargo-fuzz --locked
	for t in $(FUZZ_TARGETS); do \
	  mkdir -p fuzz/corpus/$$t && cp seeds/* tests/fixtures/boilerplate/*.txt fuzz/corpus/$$t/ && \
	  $(CARGO) +nightly fuzz run -O $$t -- -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
	    -rss_limit_mb=4096 -timeout=30 -print_final_stats=1 || exit 1; \
	done

# Benchmarks (issue 8): the gen-bench corpus of BENCH_MIB MiB (default 1024, cached in
# target/bench/), corpack --jobs 2 with and without the zip and --jobs 1, the floor
# (benches/floor.rs: read + SHA-256 + zstd) and the Python baseline (benches/baseline.py, in its
# own venv, on the first BASELINE_MIB MiB); benches/bench.py writes BENCHMARKS.md.
$(BENCH_VENV)/.installed: benches/requirements.txt
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r benches/requirements.txt
	touch $@

bench: build $(BENCH_VENV)/.installed
	$(CARGO) build --release --locked --bench floor
	CORPACK=$(BIN) BENCH_PYTHON=$(BENCH_VENV)/bin/python CARGO=$(CARGO) $(PYTHON) benches/bench.py

clean:
	$(CARGO) clean
	rm -rf $(VENV) $(BENCH_VENV)
