"""The built zip is a complete plugin: installed alone, every module imports and it loads.

This is what a user gets from "Install from ZIP", so it is checked in a fresh
interpreter that sees only the extracted zip, not the checkout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile

from water_outage_notifier.devtools.package import PACKAGE, build_zip

PROBE = """
import importlib, json, pkgutil, sys
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
import water_outage_notifier as plugin_package
assert plugin_package.__file__.startswith(sys.argv[1]), plugin_package.__file__
modules = []
for info in pkgutil.walk_packages(plugin_package.__path__, "water_outage_notifier."):
    importlib.import_module(info.name)
    modules.append(info.name)
plugin = plugin_package.classFactory(None)
plugin.initProcessing()
algorithms = sorted(a.id() for a in plugin.provider.algorithms())
plugin.unload()
print(json.dumps({"modules": modules, "algorithms": algorithms}))
"""


def test_the_extracted_zip_imports_and_registers_its_algorithms(tmp_path):
    archive = build_zip(tmp_path / f"{PACKAGE}.zip")
    with zipfile.ZipFile(archive) as opened:
        opened.extractall(tmp_path / "plugins")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(tmp_path / "plugins"))
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "plugins")],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert "water_outage_notifier.notify.pipeline" in found["modules"]
    assert {
        "outage:segments",
        "outage:isolate",
        "outage:customers",
        "outage:notify",
        "outage:report",
    } <= set(found["algorithms"])
