"""Screenshots of the history dock and its change dialogs for the README (``make screenshots``).

The dock is docked beside the map at its default width, in the language
asked (Italian by default), with a notified intervention selected; then
its *Modifica lavoro* menu, *Rinvia…* and the reminders window are taken as the
operator sees them.
"""

from __future__ import annotations

import test_history_dock_lifecycle as lifecycle_tests
from qgis.core import QgsApplication
from screens import assert_painted, docked_beside_map, grab, interface_in, language, screenshot_dir
from water_outage_notifier.dialogs.history_dock import HistoryDock

settings = lifecycle_tests.settings
notified = lifecycle_tests.notified


def test_history_dock_screens(qgis_app, qgis_canvas, settings, notified, tmp_path):
    folder = screenshot_dir(tmp_path)
    taken = []

    def look(window) -> bool:  # a week later, as the operator picks it; then closed
        for picker in (window.start, window.end):
            picker.setDateTime(picker.dateTime().addDays(7))
        taken.append(grab(window, folder / "history_reschedule.png"))
        window.close()
        return False

    with interface_in(language()):
        dock = HistoryDock(qgis_canvas, settings=settings)
        dock.ask = look
        with docked_beside_map(dock):
            dock.refresh()
            assert dock.select_reference(notified)
            taken.append(grab(dock, folder / "history_dock.png"))
            button = dock.lifecycle.work_button
            menu = button.menu()
            menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
            QgsApplication.processEvents()
            taken.append(grab(menu, folder / "history_menu.png"))
            menu.hide()
            dock.lifecycle.changes.reschedule_action.trigger()
            dock.lifecycle.changes.reminders_action.trigger()
            reminders = dock.lifecycle.changes.reminders_dialog
            reminders.schedule_button.click()
            QgsApplication.processEvents()
            taken.append(grab(reminders, folder / "history_reminders.png"))
            reminders.close()
        dock.close()
    assert len(taken) == 4
    for path in taken:
        assert_painted(path)
