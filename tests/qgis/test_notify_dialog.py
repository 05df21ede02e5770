"""The notify dialog filled programmatically, sending through its QgsTask to the emulator.

Settings are real plugin settings (profile on the local gateway emulator,
no email server); the wait is on the real QGIS task manager.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import screens
from notify_support import customer, emulator_settings, wait_for_task
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QDateTime
from water_outage_notifier.customers.selection import assemble
from water_outage_notifier.devtools.gateway_emulator import GatewayEmulator
from water_outage_notifier.dialogs.notify_dialog import NotifyDialog
from water_outage_notifier.sms_gateway.encoding import analyse

PHONES = ("+393331111111", "+393332222222")


SELECTION = assemble(
    [customer("C1", [PHONES[0]]), customer("C2", [PHONES[1]]), customer("C3", reason="landline")],
    ("isolated",),
)


@pytest.fixture()
def emulator():
    with GatewayEmulator() as emu:
        yield emu


@pytest.fixture()
def dialog(qgis_app, emulator, tmp_path):
    settings = emulator_settings(emulator, str(tmp_path / "history.sqlite"))
    window = NotifyDialog(SELECTION, {"valves_to_close": ("V1",)}, settings=settings)
    start = (datetime.now() + timedelta(days=3)).replace(hour=8, minute=30, second=0)
    window.start.setDateTime(QDateTime(start))
    window.end.setDateTime(QDateTime(start + timedelta(hours=4)))
    window.override.setChecked(True)  # the test may run at night
    yield window
    window.close()


def test_the_preview_shows_the_exact_text_and_its_segments(dialog):
    text = dialog.text.toPlainText()
    assert "Acqua Imola" in text and "Via Emilia" in text
    segments = analyse(text).segments
    assert f"{segments} SMS" in dialog.figures.text()
    assert "2 " in dialog.figures.text() and dialog.email.isChecked()
    assert dialog.send_button.isEnabled()

    dialog.override.setChecked(False)
    dialog.start.setDateTime(QDateTime(datetime.now() + timedelta(hours=3)))
    warnings = [dialog.issues.item(i).text() for i in range(dialog.issues.count())]
    assert any("48" in w for w in warnings), warnings


def test_send_goes_through_the_task_once_and_a_second_send_says_why(dialog, emulator):
    results = []
    dialog.sent.connect(results.append)
    dialog.send_button.click()
    assert dialog.task is not None and not dialog.send_button.isEnabled()
    wait_for_task(dialog)

    assert [emulator.accepted_count(p) for p in PHONES] == [1, 1]
    (first,) = results
    assert first.sent == 2 and first.reference in dialog.summary.text()

    dialog.send_button.click()
    wait_for_task(dialog)
    assert emulator.total_accepted() == 2
    assert results[1].already_sent == 2
    assert "already had this notice" in dialog.summary.text()
    assert QgsApplication.taskManager().countActiveTasks() == 0


def test_screenshot(dialog, tmp_path):
    path = screens.grab(dialog, screens.screenshot_dir(tmp_path) / "notify_dialog.png")
    screens.assert_painted(path)
