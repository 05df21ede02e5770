"""The history after a QGIS restart (issue 13, finding 7), with the real plugin and dock.

Two interventions are sent through the real notify dialog; then the plugin
is loaded anew, as QGIS does at start, and its dock is shown the way QGIS
restores a dock left open (``show()``, not the toolbar action). Every
intervention must be listed, newest first, with its state and its counts.
"""

from __future__ import annotations

import pytest
import water_outage_notifier
from notify_support import customer, emulator_settings, planned, wait_for_task
from qgis.core import QgsApplication
from water_outage_notifier.common.vocabulary import NOTIFIED
from water_outage_notifier.customers.selection import assemble
from water_outage_notifier.dialogs.history_dock import HistoryDock
from water_outage_notifier.dialogs.notify_dialog import NotifyDialog
from water_outage_notifier.gis.history_layer import state_label
from water_outage_notifier.gis.settings_store import PluginSettings

PHONES = ("+393331111111", "+393332222222", "+393333333333")
SELECTION = assemble([customer(f"C{n}", [phone]) for n, phone in enumerate(PHONES)], ("isolated",))


@pytest.fixture()
def saved(qgis_app, emulator, store_location):
    """The emulator settings saved in the profile, as the plugin reads them after a restart."""
    kept = PluginSettings.load()
    settings = emulator_settings(emulator, store_location)
    settings.save()
    yield settings
    kept.save()


def sent(settings, pipes) -> str:
    window = planned(NotifyDialog(SELECTION, {"work_pipe_ids": pipes}, settings=settings))
    window.send_button.click()
    wait_for_task(window)
    window.close()
    return window.reference


def column(dock, name) -> list:
    index = HistoryDock.COLUMNS.index(name)
    return [dock.table.item(row, index).text() for row in range(dock.table.rowCount())]


def test_after_a_restart_every_intervention_is_listed_newest_first_with_counts(
    saved, emulator, recording_iface
):
    first = sent(saved, ("P1",))
    emulator.set_invalid(PHONES[2])
    second = sent(saved, ("P2",))

    window = recording_iface.mainWindow()
    shown = window.isVisible()
    window.show()  # QGIS's window is on screen when it restores its docks
    plugin = water_outage_notifier.classFactory(recording_iface)  # QGIS starts again
    plugin.initGui()
    try:
        dock = plugin.history_dock
        dock.show()  # QGIS restores the dock left open: no toolbar click
        QgsApplication.processEvents()
        assert column(dock, "reference") == [second, first]
        assert column(dock, "state") == [state_label(NOTIFIED)] * 2
        assert column(dock, "notification") == [
            "2 sent, 0 delivered, 1 not received, 0 in doubt",
            "3 sent, 0 delivered, 0 not received, 0 in doubt",
        ]
    finally:
        plugin.unload()
        window.setVisible(shown)
