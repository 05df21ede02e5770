"""README screenshots of the pressure check on the sample town: the dock's tab and the map.

Work on the main from the Montericco tank (C002770) dries nobody, but the
Dozza hamlet on the hill keeps water at low pressure. Taken only on request::

    QT_QPA_PLATFORM=xcb SCREENSHOTS=1 xvfb-run -a -s "-screen 0 1600x1000x24" \\
        .venv/bin/python -m pytest tests/qgis/test_pressure_screens.py -q
"""

from __future__ import annotations

import shutil
from pathlib import Path

from pressure_zone import wait_for_pressure
from qgis.core import QgsProject
from screens import (
    assert_painted,
    docked_beside_map,
    grab,
    map_dir,
    render_results,
    screenshot_dir,
)
from water_outage_notifier.dialogs.results_dock import ResultsDock
from water_outage_notifier.gis import result_layers
from water_outage_notifier.gis.hydraulic_settings import save_pressure_settings
from water_outage_notifier.gis.mapping import load_mapping, save_mapping
from water_outage_notifier.hydraulics import PressureSettings
from water_outage_notifier.map_tool import TraceSession

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"
TANK_MAIN = "C002770"


def test_screenshots_of_a_pressure_check(screen_language, qgis_iface, qgis_new_project, tmp_path):
    for name in ("imola_sample.gpkg", "imola_sample.qgz", "imola_sample.inp"):
        shutil.copy(SAMPLE / name, tmp_path / name)
    project = QgsProject.instance()
    assert project.read(str(tmp_path / "imola_sample.qgz"))
    mapping = load_mapping(project)
    save_mapping(mapping)
    save_pressure_settings(PressureSettings(model_path=str(tmp_path / "imola_sample.inp")))
    session = TraceSession(qgis_iface)
    dock = ResultsDock(qgis_iface.mapCanvas())
    session.changed.connect(lambda site, crs: dock.show_work_site(site, crs))
    session.pressure_changed.connect(dock.show_pressure)
    pipes = mapping.layer("pipes")
    pipes.selectByExpression(f"\"cod_condotta\" = '{TANK_MAIN}'")
    session.use_selection()
    wait_for_pressure(session)
    site = session.work_site
    assert site.pressure.status == "done" and len(site.low_pressure.customers) > 50
    assert site.customers.counts()["customers"] == 0, "the other tank keeps everyone supplied"

    low = session.layers[result_layers.LOW_PRESSURE_PIPES]
    extent = low.extent()
    extent.scale(1.3)
    out = screenshot_dir(tmp_path / "shots")
    results = list(session.layers.values())
    render_results(
        project,
        results,
        pipes.crs(),
        extent,
        (1000, 900),
        map_dir(tmp_path / "maps") / "pressure_map.png",
    )

    with docked_beside_map(dock, height=860):
        dock.tabs.setCurrentWidget(dock.pressure)
        assert_painted(grab(dock, out / "pressure_tab.png"))
    session.clear()
    dock.deleteLater()


def test_the_readme_console_example_gives_the_documented_answer(outage_provider, tmp_path):
    """The README's pressure snippet, run as written with the sample project open (the
    report goes to tmp_path)."""
    import json
    import re

    readme = (SAMPLE.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- console: pressure -->", 1)[1]
    code = block.split("```python\n", 1)[1].split("```", 1)[0]
    code = code.replace("/tmp/pressure.json", str(tmp_path / "pressure.json"))
    assert QgsProject.instance().read(str(SAMPLE / "imola_sample.qgz"))
    try:
        exec(code, {})  # noqa: S102 - the documented snippet itself
    finally:
        QgsProject.instance().clear()
    report = json.loads((tmp_path / "pressure.json").read_text(encoding="utf-8"))
    documented = dict(re.findall(r'`"(low_pressure\w*)": (\d+)`', block))
    assert documented == {"low_pressure": "89", "low_pressure_pipes": "57"}
    for key, value in documented.items():
        assert report["counts"][key] == int(value)
    assert report["customers"]["isolated"] == report["customers"]["unsupplied"] == []
