"""README screenshots of a trace on the sample town: the map and the results dock.

Taken only on request, under Xvfb::

    QT_QPA_PLATFORM=xcb SCREENSHOTS=1 xvfb-run -a -s "-screen 0 1600x1000x24" \\
        .venv/bin/python -m pytest tests/qgis/test_results_screens.py -q
"""

from __future__ import annotations

import shutil
from pathlib import Path

from qgis.core import QgsProject
from screens import assert_painted, grab, render_results, screenshot_dir
from trace_town import wait_for_model
from water_outage_notifier.dialogs.results_dock import ResultsDock
from water_outage_notifier.gis.map_image import work_site_extent
from water_outage_notifier.gis.mapping import load_mapping, save_mapping
from water_outage_notifier.map_tool import TraceSession

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"
#: The branch main of the Dozza hamlet: shutting it leaves the hamlet dry.
PIPE = "C002941"


def test_screenshots_of_a_trace(qgis_iface, qgis_new_project, tmp_path):
    for name in ("imola_sample.gpkg", "imola_sample.qgz"):
        shutil.copy(SAMPLE / name, tmp_path / name)
    project = QgsProject.instance()
    assert project.read(str(tmp_path / "imola_sample.qgz"))
    mapping = load_mapping(project)
    save_mapping(mapping)
    session = TraceSession(qgis_iface)
    pipes = mapping.layer("pipes")
    pipes.selectByExpression(f"\"cod_condotta\" = '{PIPE}'")
    session.use_selection()
    wait_for_model(session)
    site = session.work_site
    assert site is not None and site.isolation.valves_to_close

    extent = work_site_extent(session.layers, session.crs)
    extent.scale(1.3)  # some of the town around the work site (with its margin)
    out = screenshot_dir(tmp_path / "shots")
    results = list(session.layers.values())
    render_results(project, results, pipes.crs(), extent, (1400, 900), out / "map_trace.png")

    dock = ResultsDock(qgis_iface.mapCanvas())
    dock.show_work_site(site, session.crs, [pipes])
    dock.resize(660, 760)
    assert_painted(grab(dock, out / "results_dock.png"))
    session.clear()
