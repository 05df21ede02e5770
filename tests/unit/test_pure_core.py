"""The core rooms (and ``work_site.py``) import no Qt and no QGIS, so they run in plain Python.

Each room is imported in a fresh interpreter and the loaded modules are
inspected: a stray ``from qgis...`` anywhere in the import graph fails here.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PURE_ROOMS = (
    "common",
    "trace",
    "customers",
    "messages",
    "sms_gateway",
    "store",
    "mail",
    "notify",
    "publish",
    "work_site",
    "hydraulics",
)

PROBE = """
import importlib, importlib.util, json, pkgutil, sys
root, room = sys.argv[1], sys.argv[2]
spec = importlib.util.spec_from_file_location(
    "water_outage_notifier", root + "/__init__.py", submodule_search_locations=[root])
package = importlib.util.module_from_spec(spec)
sys.modules["water_outage_notifier"] = package
spec.loader.exec_module(package)
module = importlib.import_module("water_outage_notifier." + room)
for info in pkgutil.walk_packages(getattr(module, "__path__", []), module.__name__ + "."):
    importlib.import_module(info.name)
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in ("qgis", "PyQt5", "PyQt6", "sip"))))
"""


def test_every_pure_room_exists():
    """A room renamed or moved must be renamed here too, not silently left unchecked."""
    assert [r for r in PURE_ROOMS if not (ROOT / r / "__init__.py").exists()] == ["work_site"]
    assert (ROOT / "work_site.py").exists()


@pytest.mark.parametrize("room", PURE_ROOMS)
def test_room_imports_no_qt_or_qgis(room):
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(ROOT), room], capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
