"""The plugin's two docks share the right side as tabs, each as tall as the window allows.

Seen in real QGIS 3.22 sessions (1366×768 and 1920×1080, a fresh profile):
after a trace, *Intervention history* opened under the results dock, split
with it, and its list was a strip with no row in sight. Shown while the
other is open beside the map, each dock now comes up as a tab over the
other, raised; put anywhere else by the operator, it is left where it is.
"""

from __future__ import annotations

import pytest
import water_outage_notifier
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt


@pytest.fixture()
def plugin(qgis_app, recording_iface, store_location, monkeypatch):
    from water_outage_notifier.gis.settings_store import PluginSettings

    monkeypatch.setattr(
        PluginSettings, "load", lambda: PluginSettings(store_location=store_location)
    )
    window = recording_iface.mainWindow()
    window.resize(1366, 768)
    window.show()
    loaded = water_outage_notifier.classFactory(recording_iface)
    loaded.initGui()
    yield loaded
    loaded.unload()
    window.hide()


def settle():
    for _ in range(10):
        QgsApplication.processEvents()


def test_the_history_opens_as_a_tab_over_the_results(plugin):
    window = plugin.iface.mainWindow()
    results, history = plugin.trace_ui.dock, plugin.history_dock
    results.show()  # as a trace shows it
    settle()
    plugin.show_history()
    settle()
    assert window.tabifiedDockWidgets(history) == [results]
    assert not history.visibleRegion().isEmpty(), "the history tab is not the one in front"
    assert history.table.viewport().height() > 300, "the list has no room for its rows"


def test_a_trace_with_the_history_open_brings_the_results_in_front(plugin):
    window = plugin.iface.mainWindow()
    results, history = plugin.trace_ui.dock, plugin.history_dock
    plugin.show_history()
    settle()
    plugin.trace_ui.show_dock()  # as a trace's answer does
    settle()
    assert window.tabifiedDockWidgets(results) == [history]
    assert not results.visibleRegion().isEmpty()


def test_a_dock_the_operator_moved_is_left_where_it_is(plugin):
    window = plugin.iface.mainWindow()
    results, history = plugin.trace_ui.dock, plugin.history_dock
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, history)
    results.show()
    settle()
    plugin.show_history()
    settle()
    assert window.tabifiedDockWidgets(history) == []
    assert window.dockWidgetArea(history) == Qt.DockWidgetArea.LeftDockWidgetArea
