# Two commands for a newcomer: `make run` and `make test`. Everything else is their plumbing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501
CHROMIUM ?= /usr/bin/chromium

.PHONY: run test lint typecheck unit browser postgres sample clean bench lock

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Installs come from the lock files: the whole tree pinned (requirements*.txt are the top-level
# pins they are made from, with `make lock`; tests/test_packaging.py keeps the two in step).
$(VENV)/.run-installed: requirements.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.lock
	touch $@

$(VENV)/.dev-installed: requirements.lock requirements-dev.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements-dev.lock
	touch $@ $(VENV)/.run-installed

## make run: install what the app needs and open the dashboard on http://localhost:$(PORT)
run: $(VENV)/.run-installed
	@$(BIN)/python -m compileall -q core ui pages  # start from bytecode even without .pyc writes
	$(BIN)/python -m ui.launch --server.address 127.0.0.1 --server.port $(PORT)

## make test: lint, type-check and run the whole suite, real-browser tests included
test: $(VENV)/.dev-installed browser postgres
	$(BIN)/python -m ruff check .
	$(BIN)/python -m ruff format --check .
	$(BIN)/python -m mypy
	@# The browser tests mostly wait on a server and Chromium: they run beside the others (two
	@# cores), their report printed after them; the run fails if either part fails.
	@mkdir -p test-artifacts; \
	TAGIH_CHROMIUM=$(CHROMIUM) $(BIN)/python -m pytest tests/e2e > test-artifacts/browser-tests.log 2>&1 & \
	browser=$$!; \
	$(BIN)/python -m pytest --ignore=tests/e2e; others=$$?; \
	wait $$browser; browsers=$$?; \
	echo "--- the browser tests (tests/e2e) ---"; cat test-artifacts/browser-tests.log; \
	test $$others -eq 0 && test $$browsers -eq 0

## Debian's Chromium for the end-to-end tests (a tool's own browser download cannot work here).
browser:
	@if [ ! -x "$(CHROMIUM)" ]; then \
		SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi
	@test -x "$(CHROMIUM)" || { echo "Chromium not found at $(CHROMIUM)"; exit 1; }

## Debian's PostgreSQL server, for the tests that run the store on it as well as on SQLite.
postgres:
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
		SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq postgresql >/dev/null; \
	fi

$(VENV)/.bench-installed: requirements.txt requirements-bench.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements-bench.txt
	touch $@ $(VENV)/.run-installed

## make bench: Tagih against the bare calamine read at 10k/100k/300k invoices and on other
## writers' and shapes' ledgers, as ratios (ledgers generated once into benchmarks/cache/;
## results in benchmarks/results.md). On any workbook: make bench FILE=X.xlsx [TODAY=2026-11-23]
bench: $(VENV)/.bench-installed
	$(BIN)/python benchmarks/run.py $(if $(FILE),--file $(FILE) $(if $(TODAY),--today $(TODAY)))

sample: $(VENV)/.dev-installed
	$(BIN)/python sample_data/make_sample.py

## make lock: after a change of requirements*.txt, pin the whole tree again (every platform)
LOCK := $(BIN)/uv pip compile --universal --python-version 3.11 --quiet
lock: $(VENV)/.dev-installed
	$(LOCK) requirements.txt -o requirements.lock
	$(LOCK) requirements-dev.txt -o requirements-dev.lock

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis test-artifacts
