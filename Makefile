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
.PHONY: help venv run browser services lint test bench bench-store validate clean distclean

help:
	@echo "make run       start OptionBoard (PORT=$(PORT))"
	@echo "make test      run all tests (installs what they need first)"
	@echo "make bench     run the benchmarks"
	@echo "make validate  validate the files in data/"
	@echo "make lint      lint and check the layering (part of make test)"
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
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

test: venv browser services lint
	$(PY) -m pytest $(PYTEST_ARGS)

bench: venv
	$(PY) -m bench

# A compare rerun on the PostgreSQL store against the folder store (issue 16: <= 1.10x); starts its own server.
bench-store: venv services
	$(PY) -m bench.store_rerun

validate: venv
	$(PY) -m optionboard validate data

clean:
	rm -rf test-artifacts .pytest_cache .ruff_cache .import_linter_cache
	find . -path ./$(VENV) -prune -o -type d -name __pycache__ -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
