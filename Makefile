# Waymark. `make run` sets up and serves the site; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.PHONY: run setup static admin lint typecheck test test-fast bench clean

# Static files are collected as production serves them: hashed names, a
# manifest and compressed copies. Without the manifest, gunicorn under
# production settings answers 500 on every page; the development server reads
# static/ directly and is unaffected. Collecting reads neither the secret key
# nor the host names that production settings insist on, so throwaway ones
# stand in for any the environment lacks.
COLLECTSTATIC := DJANGO_SETTINGS_MODULE=waymark.settings.production \
	SECRET_KEY="$${SECRET_KEY:-$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))')}" \
	ALLOWED_HOSTS="$${ALLOWED_HOSTS:-localhost}" \
	$(MANAGE) collectstatic --noinput --verbosity 0

run: setup
	@echo
	@echo "Waymark is at http://127.0.0.1:$(PORT)/"
	@echo "To edit content, create an admin user with 'make admin', then sign in at http://127.0.0.1:$(PORT)/$${WAGTAIL_ADMIN_PATH:-admin/}"
	@echo
	$(MANAGE) runserver 127.0.0.1:$(PORT)

setup: $(VENV)/.installed
	$(MANAGE) migrate --noinput
	$(MANAGE) sync_translation_fields --noinput
	$(MANAGE) compile_translations
	$(COLLECTSTATIC)
	$(MANAGE) load_demo
	$(MANAGE) rebuild_search_text

static: $(VENV)/.installed
	$(COLLECTSTATIC)

admin: $(VENV)/.installed
	$(MANAGE) createsuperuser

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(VENV)/bin/python requirements/base.txt pyproject.toml
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements/base.txt
	$(BIN)/pip install --quiet --no-deps -e .
	@touch $@

$(VENV)/.installed-test: $(VENV)/.installed requirements/test.txt requirements/elasticsearch.txt
	$(BIN)/pip install --quiet -r requirements/test.txt
	@touch $@

# Tests run in parallel workers (pytest-xdist), one per core of the 2-core
# machines CI and developers use;
# `WORKERS=0 make test` runs them in this process.
WORKERS ?= 2
PARALLEL := -n $(WORKERS) --dist loadgroup

# The coverage floor holds on the SQLite pass; the PostgreSQL pass runs the
# same tests and would measure the same lines again.
COVERAGE := --cov --cov-report=term-missing:skip-covered --cov-fail-under=93

test: $(VENV)/.installed-test
	$(MANAGE) compile_translations
	DJANGO_SETTINGS_MODULE=waymark.settings.test $(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest $(PARALLEL) $(if $(DATABASE_URL),,$(COVERAGE))

# Lint, format and type gates (pyproject.toml says which rules and why).
lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check $$(git ls-files '*.html')
	$(MAKE) --no-print-directory typecheck

# mypy reads `site/` as the `waymark` package through a link, because it
# cannot follow setuptools' package-dir mapping.
typecheck: $(VENV)/.installed-test
	@mkdir -p var/typecheck && ln -sfn ../../site var/typecheck/waymark
	$(BIN)/mypy

# The quick loop: everything but the browser tests, on SQLite, with short
# fuzz runs (tests/fuzz_budget.py).
test-fast: $(VENV)/.installed-test
	$(MANAGE) compile_translations
	FUZZ=quick $(BIN)/pytest -m "not browser" $(PARALLEL)

bench: $(VENV)/.installed-test
	mkdir -p var
	TEST_DATABASE_FILE=var/bench.sqlite3 $(BIN)/python -m tests.directory.bench_search
	$(BIN)/pytest -m bench -s -q -p no:cacheprovider

clean:
	rm -rf $(VENV) var db.sqlite3 .pytest_cache
