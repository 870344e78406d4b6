# Two commands: `make run` (demo on http://127.0.0.1:8000) and `make test` (the whole suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/flexpool
export UV_PROJECT_ENVIRONMENT := $(CURDIR)/$(VENV)
export UV_PYTHON := $(CURDIR)/$(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
UTRECHT_CSS_VERSION := 9.0.4
UTRECHT_TOKENS_VERSION := 5.0.1

.PHONY: install run demo test test-unit test-browser test-postgres fuzz smoke-production backup-check lint typecheck format schema messages vendor-css clean

install: $(VENV)/.installed

$(BIN)/uv:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Flexpool needs Python 3.11 or newer"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check "uv>=0.9"

$(VENV)/.installed: pyproject.toml uv.lock | $(BIN)/uv
	$(BIN)/uv sync --locked --quiet
	touch $@

demo: install
	mkdir -p var
	$(MANAGE) migrate --noinput -v0
	$(MANAGE) load_demo_data

run: demo
	@echo "Flexpool draait op http://$(HOST):$(PORT)/  (stoppen: Ctrl+C)"
	$(MANAGE) db_worker & worker=$$!; \
	$(MANAGE) run_schedule & scheduler=$$!; \
	trap 'kill $$worker $$scheduler 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver --noreload $(HOST):$(PORT)

lint: install
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/lint-imports
	$(MAKE) --no-print-directory typecheck

# mypy with the settings in pyproject.toml: strict on the engines, checked on every app's services
# and selectors (docs/development.md#types).
typecheck: install
	$(BIN)/mypy

format: install
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

test-unit: install
	mkdir -p var
	$(BIN)/pytest -m "not browser" -p no:cacheprovider -q -n 2

test-browser: install
	sh scripts/ensure-chromium.sh
	mkdir -p var
	$(BIN)/pytest -m browser -p no:cacheprovider -q

test: lint test-unit test-browser

# The suite on PostgreSQL (DATABASE_URL defaults to the local server, trust auth).
test-postgres: install
	sh scripts/ensure-postgres.sh
	sh scripts/ensure-pgvector.sh
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/flexpool} \
		$(BIN)/pytest -m "not browser" -p no:cacheprovider -q -n 2

# Schemathesis over openapi.yaml as every demo role and anonymous, on a fresh demo database
# served on loopback (scripts/fuzz_api.py; FUZZ_EXAMPLES per operation, a few minutes).
FUZZ_EXAMPLES ?= 5
fuzz: install
	$(BIN)/python scripts/fuzz_api.py --examples $(FUZZ_EXAMPLES)
# The production configuration (gunicorn, WhiteNoise, PostgreSQL) on loopback, checked as a proxy would.
smoke-production: install
	sh scripts/ensure-postgres.sh
	sh scripts/ensure-pgvector.sh
	bash scripts/smoke-production.sh

# Back up, recreate and restore the demo database on PostgreSQL and SQLite; row counts and
# settlement totals must be identical.
backup-check: install
	sh scripts/ensure-postgres.sh
	sh scripts/ensure-pgvector.sh
	bash scripts/backup-restore-check.sh

schema: install
	$(MANAGE) spectacular --file openapi.yaml --validate --fail-on-warn

messages: install
	cd src/flexpool && ../../$(MANAGE) makemessages -l en --no-obsolete --ignore 'engines/*' --ignore 'demo/*'
	cd src/flexpool && ../../$(MANAGE) compilemessages

vendor-css:
	tmp=$$(mktemp -d) && cd $$tmp && \
	npm pack --silent @utrecht/component-library-css@$(UTRECHT_CSS_VERSION) @utrecht/design-tokens@$(UTRECHT_TOKENS_VERSION) && \
	for f in *.tgz; do tar xzf $$f; mv package $${f%.tgz}; done && \
	cp utrecht-component-library-css-$(UTRECHT_CSS_VERSION)/dist/index.css $(CURDIR)/src/flexpool/core/static/vendor/utrecht/component-library.css && \
	cp utrecht-design-tokens-$(UTRECHT_TOKENS_VERSION)/dist/theme.css $(CURDIR)/src/flexpool/core/static/vendor/utrecht/design-tokens-theme.css

clean:
	rm -rf $(VENV) var
