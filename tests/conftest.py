"""Make the checkout importable as ``water_outage_notifier``.

The repository root is the plugin package, and its installed folder name is
``water_outage_notifier`` whatever the checkout folder is called. The
package is registered under that name so tests import it exactly as QGIS
does, relative imports included.
"""

import importlib.util
import sys
from pathlib import Path

import pytest

PACKAGE = "water_outage_notifier"
ROOT = Path(__file__).resolve().parents[1]
# Fixtures shared by the unit and the QGIS tests (hydraulic_zone) sit beside this file.
sys.path.insert(0, str(Path(__file__).resolve().parent))

# Helpers shared by the unit and the QGIS tests (opened).
sys.path.insert(0, str(Path(__file__).resolve().parent))

if PACKAGE not in sys.modules:
    spec = importlib.util.spec_from_file_location(
        PACKAGE, ROOT / "__init__.py", submodule_search_locations=[str(ROOT)]
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[PACKAGE] = module
    spec.loader.exec_module(module)


@pytest.fixture()
def emulator():
    """The local gateway emulator on 127.0.0.1 (a real HTTP server), stopped after the test."""
    from water_outage_notifier.devtools.gateway_emulator import GatewayEmulator

    with GatewayEmulator() as running:
        yield running


@pytest.fixture(autouse=True)
def _close_what_the_test_opened():
    """Close what helpers handed to ``opened.close_later`` (see tests/opened.py)."""
    from opened import close_all

    yield
    close_all()
