"""The results dock reads at its default docked width: every figure, column and line in view.

QGIS docks a panel on the right at about 300 px. The dock is docked there in
a real main window under Xvfb, shows a trace of the sample town (real ids,
plan B lines, optional valves and their reasons, sources to shut, data
warnings), and every cell of the figures, the valves and the warnings must
lie inside the viewport with its text readable: on its line, wrapped, or
whole in its tooltip (``readable.py``).
"""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication
from readable import list_problems, tree_problems
from screens import DOCK_WIDTH, docked_beside_map
from trace_town import trace_sample_town
from water_outage_notifier.dialogs.results_dock import ResultsDock


@pytest.fixture()
def docked(qgis_iface, qgis_new_project, tmp_path):
    """The results dock of a sample-town trace, docked at the default width of a 1400 px window."""
    session, pipes = trace_sample_town(qgis_iface, tmp_path)
    dock = ResultsDock(qgis_iface.mapCanvas())
    with docked_beside_map(dock):
        dock.show_work_site(session.work_site, session.crs, [pipes])
        for _ in range(10):
            QgsApplication.processEvents()
        yield dock
    session.clear()


def test_the_dock_is_docked_at_about_300_px(docked):
    assert abs(docked.width() - DOCK_WIDTH) <= 20


def test_every_figure_and_its_value_is_in_view(docked):
    assert docked.figures.topLevelItemCount() > 5
    assert tree_problems(docked.figures) == []


def test_every_valve_line_and_plan_b_is_in_view(docked):
    plan_b = docked.valves.topLevelItem(0).child(0).child(0)
    assert plan_b.text(0).startswith("Plan B")
    assert tree_problems(docked.valves) == []


def test_every_warning_is_in_view(docked):
    docked.tabs.setCurrentWidget(docked.warnings)
    QgsApplication.processEvents()
    assert list_problems(docked.warnings) == []
