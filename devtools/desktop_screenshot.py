"""The README's picture of the whole QGIS window: the sample town traced in the real desktop.

``make screenshots`` runs it: the plugin is deployed into a scratch profile
whose interface language is ``--lang`` (Italian: ``docs/screenshots``;
English: ``docs/screenshots/en``), QGIS starts under Xvfb with the sample
project, a start-up script traces the Dozza hamlet's branch main through the
plugin (as "Use selection" does) and saves the main window with the results
dock at its default width, then QGIS quits.
"""

from __future__ import annotations

import argparse
import configparser
import os
import runpy
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

if __name__ == "__main__" and not __package__:
    runpy.run_path(str(Path(__file__).resolve().parents[1] / "tests" / "conftest.py"))
    __package__ = "water_outage_notifier.devtools"  # noqa: A001

from .package import ROOT, deploy, enable  # noqa: E402

SCREENSHOTS = ROOT / "docs" / "screenshots"
LOCALES = {"it": "it_IT", "en": "en_US"}
PIPE = "C002941"

STARTUP = """
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins


def trace():
    plugin = plugins["water_outage_notifier"]
    pipes = QgsProject.instance().mapLayersByName("Condotte")[0]
    pipes.selectByExpression("\\"cod_condotta\\" = '{pipe}'")
    plugin.trace_ui.session.use_selection()
    QTimer.singleShot(6000, frame)


def frame():
    from water_outage_notifier.gis.map_image import work_site_extent
    from water_outage_notifier.gis.result_layers import build_layers

    plugin = plugins["water_outage_notifier"]
    dock = plugin.trace_ui.dock
    dock.show()
    session = plugin.trace_ui.session
    extent = work_site_extent(build_layers(session.work_site, session.crs), session.crs)
    extent.scale(1.25)
    iface.mapCanvas().setExtent(extent)
    iface.mapCanvas().refresh()
    QTimer.singleShot(4000, save)


def save():
    iface.mainWindow().grab().save(r"{out}", "PNG")
    QgsApplication.exit(0)


iface.mainWindow().resize(1600, 980)
QTimer.singleShot(3000, trace)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("it", "en"), default="it")
    language = parser.parse_args().lang
    out = (SCREENSHOTS if language == "it" else SCREENSHOTS / language) / "qgis_window.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        profile = folder / "profiles" / "default"
        deploy(profile / "python" / "plugins")
        enable(profile)
        set_language(profile, language)
        shutil.copytree(ROOT / "sample_data", folder / "sample_data")
        script = folder / "startup.py"
        script.write_text(textwrap.dedent(STARTUP.format(pipe=PIPE, out=out)), encoding="utf-8")
        command = [
            "xvfb-run", "-a", "-s", "-screen 0 1600x1000x24",
            "qgis", "--profiles-path", str(folder), "--profile", "default", "--nologo",
            "--noversioncheck", "--code", str(script), str(folder / "sample_data" / "imola_sample.qgz"),
        ]  # fmt: skip
        subprocess.run(
            command, env=dict(os.environ, QT_QPA_PLATFORM="xcb"), timeout=180, check=False
        )
    if not out.exists():
        print("QGIS did not save the window", file=sys.stderr)
        return 1
    print(f"wrote {out}")
    return 0


def set_language(profile: Path, language: str) -> None:
    """The profile's interface language, as QGIS's Options > General > Locale stores it."""
    ini = profile / "QGIS" / "QGIS3.ini"
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # QSettings keys are case-sensitive
    parser.read(ini, encoding="utf-8")
    if not parser.has_section("locale"):
        parser.add_section("locale")
    parser.set("locale", "overrideFlag", "true")
    parser.set("locale", "userLocale", LOCALES[language])
    with open(ini, "w", encoding="utf-8") as handle:
        parser.write(handle, space_around_delimiters=False)


if __name__ == "__main__":
    sys.exit(main())
