# OptionBoard developer commands (GNU make).
#   make run    - start the app on http://localhost:$(PORT)
#   make test   - every test, the browser tests included
#   make bench  - benchmarks
#   make validate - check the data files
#   make lint   - lint (ruff) and the layering contracts (import-linter, .importlinter)

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PORT   ?= 8501
STAMP  := $(VENV)/.installed
PYTEST_ARGS ?=

.DEFAULT_GOAL := help
.PHONY: help venv run browser services lint test bench bench-store bench-load validate clean distclean cluster cluster-stop

help:
	@echo "make run       start OptionBoard (PORT=$(PORT))"
	@echo "make test      run all tests (installs what they need first)"
	@echo "make bench     run every benchmark (bench-store, bench-load: one part each)"
	@echo "make validate  validate the files in data/"
	@echo "make lint      lint and check the layering (part of make test)"
	@echo "make cluster   start PostgreSQL + 2 app replicas + HAProxy in the background (cluster-stop: stop them)"
	@echo "make clean     remove caches and test artifacts (distclean: also .venv)"

# The virtualenv is (re)installed only when a requirements file changes.
venv: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check -q -r requirements-dev.txt
	@touch $@

run: venv
	$(VENV)/bin/streamlit run dashboard.py --server.headless true --browser.gatherUsageStats false --server.port $(PORT)

# Debian's Chromium drives the browser tests (Playwright's own browser
# download is not used). Installed here when missing, if we can.
browser:
	@if command -v chromium >/dev/null 2>&1; then \
		exit 0; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		echo "Installing Chromium (Debian package) for the browser tests..."; \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get update && apt-get install -y chromium fonts-dejavu-core poppler-utils \
			&& command -v chromium >/dev/null; \
	else \
		echo "Chromium is needed for the browser tests: install the 'chromium' package (Debian/Ubuntu: sudo apt-get install chromium) and run make test again" >&2; \
		exit 1; \
	fi

# PostgreSQL and HAProxy (Debian packages) for the store and cluster tests, which start their own throwaway
# servers (tests/services.py). Installed here when missing, if we can; without them those tests skip and say why.
services:
	@if [ -x "$$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)" ] && command -v haproxy >/dev/null 2>&1; then \
		exit 0; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		echo "Installing PostgreSQL and HAProxy (Debian packages) for the store and cluster tests..."; \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get update && apt-get install -y postgresql haproxy; \
	else \
		echo "PostgreSQL and HAProxy are missing (sudo apt-get install postgresql haproxy); the tests that need them will skip" >&2; \
	fi

# The layers run data -> optionboard -> components -> app_pages; import-linter fails the build on an import
# against them (an optionboard module importing streamlit, say), before any test runs.
lint: venv
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

test: venv browser services lint
	$(PY) -m pytest $(PYTEST_ARGS)

# Every target: reruns, validation and the browser (bench), then the store and load figures below.
bench: venv bench-store bench-load
	$(PY) -m bench

# A compare rerun on the PostgreSQL store against the folder store (issue 16: <= 1.10x); starts its own server.
bench-store: venv services
	$(PY) -m bench.store_rerun

# N concurrent WebSocket sessions against the bare page, one replica and the local cluster (issue 16: p95 <= 1.5x
# the bare page's at 50 sessions, no errors, < 5 MB per session); about 8 minutes. LOAD_ARGS=--quick: a check.
LOAD_ARGS ?=
bench-load: venv services
	$(PY) -m bench load $(LOAD_ARGS)

validate: venv
	$(PY) -m optionboard validate data

clean:
	rm -rf test-artifacts .pytest_cache .ruff_cache .import_linter_cache
	find . -path ./$(VENV) -prune -o -type d -name __pycache__ -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)

# A local cluster (deploy/local_cluster.py): PostgreSQL, REPLICAS Streamlit replicas and HAProxy, in the background,
# state and logs in .cluster/. Prints URL=... and OPTIONBOARD_STORE=...; `make cluster-stop` ends it.
REPLICAS ?= 2
# Installing output goes to stderr: stdout is only the two lines.
cluster:
	@$(MAKE) --no-print-directory venv services >&2
	@$(PY) deploy/local_cluster.py start --replicas $(REPLICAS)

cluster-stop:
	@$(PY) deploy/local_cluster.py stop
