"""`make deploy`, then starting the real QGIS desktop, shows the plugin.

The plugin is deployed into a fresh profile folder, QGIS is started in a
real window under Xvfb with the sample project, and a start-up script
(``--code``) reports what QGIS loaded before quitting.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest
from water_outage_notifier.devtools.package import PACKAGE, ROOT, deploy, enable

pytestmark = pytest.mark.skipif(
    not (shutil.which("qgis") and shutil.which("xvfb-run")),
    reason="needs the QGIS desktop and Xvfb",
)

CHECK = """
import json
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QToolBar
from qgis.utils import iface, plugins

def report():
    bars = [bar.objectName() for bar in iface.mainWindow().findChildren(QToolBar)]
    toolbar = next(b for b in iface.mainWindow().findChildren(QToolBar)
                   if b.objectName() == "WaterOutageNotifierToolbar")
    result = {{
        "loaded": "{package}" in plugins,
        "toolbar": "WaterOutageNotifierToolbar" in bars,
        "actions": [a.text() for a in toolbar.actions()],
        "provider": QgsApplication.processingRegistry().providerById("outage") is not None,
        "layers": len(iface.mapCanvas().layers()),
    }}
    with open(r"{out}", "w") as handle:
        json.dump(result, handle)
    QgsApplication.exit(0)

QTimer.singleShot(2000, report)
"""


def test_deployed_plugin_loads_in_the_qgis_desktop(tmp_path):
    profile = tmp_path / "profiles" / "default"
    deploy(profile / "python" / "plugins")
    enable(profile)
    out = tmp_path / "loaded.json"
    script = tmp_path / "check.py"
    script.write_text(textwrap.dedent(CHECK.format(package=PACKAGE, out=out)), encoding="utf-8")
    shutil.copytree(ROOT / "sample_data", tmp_path / "sample_data")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    command = [
        "xvfb-run", "-a", "-s", "-screen 0 1400x900x24",
        "qgis", "--profiles-path", str(tmp_path), "--profile", "default", "--nologo",
        "--noversioncheck", "--code", str(script), str(tmp_path / "sample_data" / "imola_sample.qgz"),
    ]  # fmt: skip
    # QGIS may abort while closing down under Xvfb; what it reported before is what counts.
    subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, timeout=180)
    assert out.exists(), "QGIS did not run the start-up check"
    loaded = json.loads(Path(out).read_text(encoding="utf-8"))
    assert loaded["loaded"] and loaded["toolbar"] and loaded["provider"]
    assert len(loaded["actions"]) >= 4
    assert loaded["layers"] == 6, "pipes, valves, sources, customers, streets and buildings"
