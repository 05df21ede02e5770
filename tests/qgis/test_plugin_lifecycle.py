"""The plugin loads and unloads cleanly, and registers its provider headless."""

from __future__ import annotations

import logging

import water_outage_notifier
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QEvent
from qgis.PyQt.QtWidgets import QToolBar
from water_outage_notifier.gis.log import LOGGER_NAME, QgsMessageLogHandler


def _provider_ids() -> list[str]:
    return [provider.id() for provider in QgsApplication.processingRegistry().providers()]


def _plugin_toolbars(iface) -> list[QToolBar]:
    return [
        bar
        for bar in iface.mainWindow().findChildren(QToolBar)
        if bar.objectName() == "WaterOutageNotifierToolbar" and bar.parent() is not None
    ]


def _bridges() -> list[logging.Handler]:
    return [
        h for h in logging.getLogger(LOGGER_NAME).handlers if isinstance(h, QgsMessageLogHandler)
    ]


def test_init_processing_registers_the_provider_without_an_interface(qgis_app):
    plugin = water_outage_notifier.classFactory(None)
    plugin.initProcessing()
    try:
        assert "outage" in _provider_ids()
        provider = QgsApplication.processingRegistry().providerById("outage")
        assert provider.name() == "Water Outage Notifier"
    finally:
        plugin.unload()
    assert "outage" not in _provider_ids()


def test_load_and_unload_twice_leaves_nothing_behind(qgis_app, recording_iface):
    for _ in range(2):
        plugin = water_outage_notifier.classFactory(recording_iface)
        plugin.initGui()
        assert "outage" in _provider_ids()
        assert plugin.toolbar is not None
        assert len(_bridges()) == 1
        plugin.unload()
        QgsApplication.processEvents()
        assert "outage" not in _provider_ids()
        assert recording_iface.menu_actions == {}
        assert recording_iface.docks == []
        assert recording_iface.map_tool_handlers == []
        assert plugin.toolbar is None
        assert _bridges() == []
    QgsApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # run deleteLater
    assert _plugin_toolbars(recording_iface) == []


def test_missing_packages_load_a_stand_in_that_says_what_to_install(
    qgis_app, recording_iface, monkeypatch
):
    from water_outage_notifier import dependencies

    monkeypatch.setattr(dependencies, "missing_packages", lambda: ["phonenumbers"])
    plugin = water_outage_notifier.classFactory(recording_iface)
    plugin.initGui()
    assert "outage" not in _provider_ids()
    assert "python3-phonenumbers" in plugin.message
    plugin.unload()
    assert recording_iface.menu_actions == {}
