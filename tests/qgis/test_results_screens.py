"""README screenshots of a trace on the sample town: the map and the results dock.

The dock is taken docked at QGIS's default width beside the map, as an
operator first sees it. Taken only on request, under Xvfb::

    QT_QPA_PLATFORM=xcb SCREENSHOTS=1 xvfb-run -a -s "-screen 0 1600x1000x24" \\
        .venv/bin/python -m pytest tests/qgis/test_results_screens.py -q
"""

from __future__ import annotations

from qgis.core import QgsProject
from screens import (
    assert_painted,
    docked_beside_map,
    grab,
    map_dir,
    render_results,
    screenshot_dir,
)
from trace_town import trace_sample_town
from water_outage_notifier.dialogs.results_dock import ResultsDock
from water_outage_notifier.gis.map_image import work_site_extent


def test_screenshots_of_a_trace(screen_language, qgis_iface, qgis_new_project, tmp_path):
    session, pipes = trace_sample_town(qgis_iface, tmp_path)
    extent = work_site_extent(session.layers, session.crs)
    extent.scale(1.3)  # some of the town around the work site (with its margin)
    out = screenshot_dir(tmp_path / "shots")
    results = list(session.layers.values())
    project = QgsProject.instance()
    render_results(
        project,
        results,
        pipes.crs(),
        extent,
        (1400, 900),
        map_dir(tmp_path / "maps") / "map_trace.png",
    )

    dock = ResultsDock(qgis_iface.mapCanvas())
    with docked_beside_map(dock, height=860):
        dock.show_work_site(session.work_site, session.crs, [pipes])
        assert_painted(grab(dock, out / "results_dock.png"))
    session.clear()
