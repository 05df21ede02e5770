# Water Outage Notifier: every developer and CI command.
# `make demo` and `make test` set everything up on a fresh Debian 12 machine.

SYSTEM_PYTHON := /usr/bin/python3
VENV          := .venv
PY            := $(VENV)/bin/python
STAMP         := $(VENV)/.installed
PROFILE       ?= default
# Debian's QGIS and the Python packages the plugin needs at run time inside QGIS.
APT_PACKAGES  := qgis python3-qgis qgis-providers xvfb python3-venv \
                 qttools5-dev-tools python3-networkx python3-phonenumbers python3-jinja2 \
                 python3-requests
HEADLESS      := QT_QPA_PLATFORM=offscreen
PYTEST        := $(HEADLESS) $(PY) -m pytest

.PHONY: setup system-packages test test-unit test-qgis demo deploy qgis zip lint bench \
        screenshots transup transcompile clean

setup: $(STAMP)

## Debian packages: installed when missing and running as root, otherwise explained.
system-packages:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null \
	    | grep -q "install ok installed" || echo $$p; done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian packages: $$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else \
	    echo "Missing Debian packages: $$missing"; \
	    echo "Install them with: sudo apt-get install $$missing"; exit 1; \
	fi

## The venv sees QGIS's Python (system site packages); numpy stays at the system version,
## because QGIS's compiled modules break with numpy 2.
$(STAMP): requirements.txt requirements-dev.txt
	@$(MAKE) --no-print-directory system-packages
	test -x $(PY) || $(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	$(SYSTEM_PYTHON) -c 'import numpy; print(f"numpy=={numpy.__version__}")' > $(VENV)/constraints.txt
	$(PY) -m pip install -q --disable-pip-version-check -c $(VENV)/constraints.txt -r requirements-dev.txt
	touch $@

test: setup transcompile
	$(PYTEST) tests/unit -p no:pytest_qgis
	$(PYTEST) tests/qgis

test-unit: setup
	$(PYTEST) tests/unit -p no:pytest_qgis

test-qgis: setup transcompile
	$(PYTEST) tests/qgis

demo: setup transcompile
	$(HEADLESS) $(PY) devtools/demo.py

deploy: setup transcompile
	$(PY) devtools/package.py deploy --profile $(PROFILE)

## For people with a display: the deployed plugin and the sample project.
qgis: deploy
	QGIS_PLUGINPATH= qgis --nologo sample_data/imola_sample.qgz

## README screenshots: real windows under Xvfb.
screenshots: setup transcompile
	SCREENSHOTS=1 QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
	    $(PY) -m pytest tests/qgis -k "screen" -q

zip: setup transcompile
	$(PY) devtools/package.py zip --out water_outage_notifier.zip

lint: setup
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

bench: setup
	$(HEADLESS) $(PY) benchmarks/run_all.py

## Translations: .ts sources are committed, .qm files are built.
transup: setup
	$(PY) devtools/translations.py

transcompile: system-packages
	@for ts in i18n/*.ts; do [ -e "$$ts" ] || continue; lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; done

clean:
	rm -rf build demo-output water_outage_notifier.zip i18n/*.qm .pytest_cache .ruff_cache .hypothesis
	find . -path ./.venv -prune -o -name __pycache__ -type d -exec rm -rf {} +
