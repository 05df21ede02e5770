# Water Outage Notifier: every developer and CI command.
# `make demo` and `make test` set everything up on a fresh Debian 12 machine.

SYSTEM_PYTHON := /usr/bin/python3
VENV          := .venv
PY            := $(VENV)/bin/python
STAMP         := $(VENV)/.installed
PROFILE       ?= default
# How long `setup` waits for another apt run to release its lock (seconds).
APT_LOCK_WAIT ?= 300
# For the public pages' tests: Debian's Chromium (driven by Playwright from npm), pdftoppm,
# a QR decoder, and Node.js for the browser driver (Debian's npm only where node has none).
TEST_APT      := chromium poppler-utils python3-zxing-cpp python3-pil nodejs
# Debian's QGIS and the Python packages the plugin needs at run time inside QGIS
# (TEST_APT is defined first: `:=` expands it here, once).
APT_PACKAGES  := qgis python3-qgis qgis-providers xvfb python3-venv \
                 qttools5-dev-tools python3-numpy python3-networkx python3-phonenumbers python3-jinja2 \
                 python3-requests python3-psycopg2 python3-openpyxl python3-segno python3-paramiko \
                 $(TEST_APT)
BROWSER_DIR   := tests/browser
HEADLESS      := QT_QPA_PLATFORM=offscreen
# A socket or file left to the garbage collector fails the tests (tests/opened.py).
PYTHON_WARN   := -W error::ResourceWarning
PYTEST        := $(HEADLESS) $(PY) $(PYTHON_WARN) -m pytest
# QGIS tests open real windows on a virtual X server.
ON_XVFB       := QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24"
PYTEST_GUI    := $(ON_XVFB) $(PY) $(PYTHON_WARN) -m pytest
# A throwaway PostgreSQL/PostGIS cluster for the team store's tests (`make postgres`).
PG_VERSION    := 15
PG_BIN        := /usr/lib/postgresql/$(PG_VERSION)/bin
PG_APT        := postgresql-$(PG_VERSION) postgresql-$(PG_VERSION)-postgis-3 gdal-bin
PG_DIR        ?= /tmp/water_outage_pg
PG_PORT       ?= 54329
PG_DSN        := postgresql://outage@127.0.0.1:$(PG_PORT)/outage_test
# initdb refuses root: as root the cluster belongs to the postgres user.
PG_AS         := $(if $(filter 0,$(shell id -u)),runuser -u postgres --,)
PG_SQL        := PGOPTIONS=--client-min-messages=warning $(PG_AS) $(PG_BIN)/psql -X -q -v ON_ERROR_STOP=1 -h $(PG_DIR) -p $(PG_PORT) -U postgres
# When that cluster is up, the tests get its DSN (password in a pgpass file, never in the DSN);
# without it the PostgreSQL tests are skipped.
PG_TEST_ENV    = $$(pg_isready -q -h 127.0.0.1 -p $(PG_PORT) 2>/dev/null \
                   && echo "OUTAGE_TEST_PG_DSN=$(PG_DSN) PGPASSFILE=$(PG_DIR)/pgpass")

.PHONY: setup system-packages test test-unit test-qgis demo deploy qgis zip lint bench \
        screenshots transup transcompile clean postgres

setup: system-packages $(STAMP)

## Debian packages: installed when missing and running as root, otherwise explained.
system-packages:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null \
	    | grep -q "install ok installed" || echo $$p; done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian packages: $$missing"; \
	    if [ -x $(SYSTEM_PYTHON) ]; then \
	        $(SYSTEM_PYTHON) devtools/apt_lock.py --timeout $(APT_LOCK_WAIT) || exit 1; \
	    fi; \
	    apt-get -o DPkg::Lock::Timeout=$(APT_LOCK_WAIT) update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=$(APT_LOCK_WAIT) \
	        install -y -qq $$missing >/dev/null; \
	else \
	    echo "Missing Debian packages: $$missing"; \
	    echo "Install them with: sudo apt-get install $$missing"; exit 1; \
	fi

## The venv sees QGIS's Python (system site packages); numpy stays at the system version,
## because QGIS's compiled modules break with numpy 2.
$(STAMP): requirements.txt requirements-dev.txt $(BROWSER_DIR)/package-lock.json
	@$(MAKE) --no-print-directory system-packages
	test -x $(PY) || $(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	$(SYSTEM_PYTHON) -c 'import numpy; print(f"numpy=={numpy.__version__}")' > $(VENV)/constraints.txt
	$(PY) -m pip install -q --disable-pip-version-check -c $(VENV)/constraints.txt -r requirements-dev.txt
	@command -v npm >/dev/null || $(MAKE) --no-print-directory system-packages APT_PACKAGES=npm
	npm ci --prefix $(BROWSER_DIR) --no-audit --no-fund --loglevel=error
	touch $@

test: setup transcompile
	env $(PG_TEST_ENV) $(PYTEST) tests/unit -p no:pytest_qgis
	env $(PG_TEST_ENV) $(PYTEST_GUI) tests/qgis

test-unit: setup
	env $(PG_TEST_ENV) $(PYTEST) tests/unit -p no:pytest_qgis

test-qgis: setup transcompile
	env $(PG_TEST_ENV) $(PYTEST_GUI) tests/qgis

## Local PostgreSQL + PostGIS from Debian's packages, on 127.0.0.1 only (docs/postgres.md).
## Idempotent: creates the cluster, role `outage` and database `outage_test` once, then
## only starts the server. The role's password is random and lives in $(PG_DIR)/pgpass.
postgres:
	@$(MAKE) --no-print-directory system-packages APT_PACKAGES="$(PG_APT)"
	@if [ ! -s $(PG_DIR)/data/PG_VERSION ]; then \
	    mkdir -p $(PG_DIR) && chmod 700 $(PG_DIR); \
	    if [ "$$(id -u)" = 0 ]; then chown postgres: $(PG_DIR); fi; \
	    $(PG_AS) $(PG_BIN)/initdb -D $(PG_DIR)/data -U postgres -E UTF8 --locale=C.UTF-8 \
	        --auth-local=trust --auth-host=scram-sha-256 >/dev/null; \
	fi
	@$(PG_AS) $(PG_BIN)/pg_ctl -D $(PG_DIR)/data status >/dev/null 2>&1 || \
	    $(PG_AS) $(PG_BIN)/pg_ctl -D $(PG_DIR)/data -l $(PG_DIR)/server.log -w start \
	        -o "-c listen_addresses=127.0.0.1 -p $(PG_PORT) -k $(PG_DIR)" >/dev/null
	@if [ ! -s $(PG_DIR)/pgpass ]; then \
	    echo "127.0.0.1:$(PG_PORT):*:outage:$$(head -c 24 /dev/urandom | base64 | tr -dc A-Za-z0-9)" \
	        > $(PG_DIR)/pgpass; chmod 600 $(PG_DIR)/pgpass; \
	fi
	@{ echo "SELECT 'CREATE ROLE outage LOGIN' WHERE NOT EXISTS"; \
	   echo "  (SELECT 1 FROM pg_roles WHERE rolname = 'outage') \\gexec"; \
	   echo "ALTER ROLE outage PASSWORD :'password';"; \
	   echo "SELECT 'CREATE DATABASE outage_test OWNER outage' WHERE NOT EXISTS"; \
	   echo "  (SELECT 1 FROM pg_database WHERE datname = 'outage_test') \\gexec"; \
	} | $(PG_SQL) -d postgres -v password="$$(cut -d: -f5 $(PG_DIR)/pgpass)"
	@$(PG_SQL) -d outage_test -c "CREATE EXTENSION IF NOT EXISTS postgis"
	@echo "PostgreSQL $(PG_VERSION) + PostGIS on 127.0.0.1:$(PG_PORT), database outage_test, role outage"
	@echo "  export OUTAGE_TEST_PG_DSN=$(PG_DSN) PGPASSFILE=$(PG_DIR)/pgpass"

demo: setup transcompile
	$(HEADLESS) $(PY) devtools/demo.py

deploy: setup transcompile
	$(PY) devtools/package.py deploy --profile $(PROFILE)

## For people with a display: the deployed plugin and the sample project.
qgis: deploy
	QGIS_PLUGINPATH= qgis --nologo --profile $(PROFILE) sample_data/imola_sample.qgz

## README screenshots: real windows under Xvfb at their default sizes, in Italian
## (docs/screenshots) and in English for the README's English section (docs/screenshots/en).
screenshots: setup transcompile
	SCREENSHOTS=1 SCREENSHOTS_LANG=it $(PYTEST_GUI) tests/qgis -k "screen" -q
	SCREENSHOTS=1 SCREENSHOTS_LANG=en $(PYTEST_GUI) tests/qgis -k "screen and not publish" -q
	$(PY) devtools/desktop_screenshot.py --lang it
	$(PY) devtools/desktop_screenshot.py --lang en

zip: setup transcompile
	$(PY) devtools/package.py zip --out water_outage_notifier.zip

lint: setup
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) devtools/lint_imports.py

bench: setup
	env $(PG_TEST_ENV) $(HEADLESS) $(PY) benchmarks/run_all.py

## Translations: .ts sources are committed, .qm files are built.
transup: setup
	$(PY) devtools/translations.py

transcompile: system-packages
	@for ts in i18n/*.ts; do [ -e "$$ts" ] || continue; lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; done

clean:
	rm -rf build demo-output water_outage_notifier.zip i18n/*.qm .pytest_cache .ruff_cache .hypothesis
	find . -path ./.venv -prune -o -name __pycache__ -type d -exec rm -rf {} +
