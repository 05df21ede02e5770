"""The results dock's tabs at the default docked width, in Italian: each one reachable, each
label readable.

QGIS docks a panel at about 300 px; in Italian the three tab labels with their
counts ("Valvole", "Segnalazioni (N)", "Pressione (N)") are wider than
that. Every tab must stay in view whichever is current (not hidden behind
scroll arrows), its label whole, in whole words, on one line or two.
"""

from __future__ import annotations

import pytest
from pressure_zone import pressure_answer
from qgis.core import QgsApplication
from screens import docked_beside_map, grab, interface_in
from trace_town import trace_sample_town
from water_outage_notifier.dialogs.results_dock import ResultsDock

LOW_PRESSURE = 89


def with_pressure_answer(report: dict) -> dict:
    """The traced report, as if the hydraulic model had left customers at low pressure."""
    answer = pressure_answer(LOW_PRESSURE)
    customers = {**report["customers"], **answer["customers"]}
    pipes = {**report["pipes"], **answer["pipes"]}
    return {**report, "hydraulics": answer["hydraulics"], "customers": customers, "pipes": pipes}


@pytest.fixture()
def docked_in_italian(qgis_iface, qgis_new_project, tmp_path):
    with interface_in("it"):
        session, pipes = trace_sample_town(qgis_iface, tmp_path)
        dock = ResultsDock(qgis_iface.mapCanvas())
        with docked_beside_map(dock) as window:
            dock.show_work_site(session.work_site, session.crs, [pipes])
            dock.report = with_pressure_answer(dock.report)
            dock._show_pressure_tab()
            for _ in range(10):
                QgsApplication.processEvents()
            yield dock, window
        session.clear()


def tab_problems(tabs) -> list:
    """Tabs out of the bar's view, or whose label is not there whole.

    Every tab must be in view at once, whichever is current: a tab behind a
    scroll arrow is one a person does not know is there. Its label must be
    the whole title, in whole words (on two lines at most), each line inside
    the tab.
    """
    bar = tabs.tabBar()
    metrics = bar.fontMetrics()
    problems = []
    for current in range(tabs.count()):
        tabs.setCurrentIndex(current)
        for _ in range(3):
            QgsApplication.processEvents()
        for index in range(tabs.count()):
            title = tabs.title(tabs.widget(index))
            lines = tabs.tabText(index).split("\n")
            rect = bar.tabRect(index)
            if not bar.rect().contains(rect):
                problems.append(f"{title!r}: not in view with tab {current} current")
            if " ".join(lines) != title or len(lines) > 2:
                problems.append(f"{title!r}: shown as {lines}")
            if max(metrics.horizontalAdvance(line) for line in lines) > rect.width():
                problems.append(f"{title!r}: cut at {rect.width()} px")
            if len(lines) * metrics.height() > rect.height():
                problems.append(f"{title!r}: {len(lines)} lines in {rect.height()} px")
    return sorted(set(problems))


def test_every_tab_is_reachable_and_its_label_readable(docked_in_italian, tmp_path):
    dock, window = docked_in_italian
    labels = [dock.tabs.title(dock.tabs.widget(i)) for i in range(dock.tabs.count())]
    assert labels[2] == f"Pressione ({LOW_PRESSURE})" and labels[1].startswith("Segnalazioni ")
    width = sum(dock.tabs.tabBar().fontMetrics().horizontalAdvance(t) for t in labels)
    assert width > dock.tabs.width() * 0.7, "the labels crowd the bar: the test means something"
    grab(window, tmp_path / "tabs.png")
    assert tab_problems(dock.tabs) == []
