"""The notify dialog with a start already past, in an Italian QGIS (issue 16, dates).

The preview blocks *Send* and says, in Italian, that the start has passed;
ticking *Invia anche se l'inizio è già passato* is the operator's decision
and lets it go, with a warning left in the list.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import screens
import test_translations_qm
from notify_support import customer, emulator_settings, planned
from qgis.PyQt.QtCore import QDateTime
from water_outage_notifier.customers.selection import assemble
from water_outage_notifier.dialogs.notify_dialog import NotifyDialog

italian_translator = test_translations_qm.italian_translator

SELECTION = assemble(
    [customer("C1", ["+393331111111"]), customer("C2", reason="landline")], ("isolated",)
)


@pytest.fixture()
def dialog(qgis_app, emulator, tmp_path, italian_translator):
    settings = emulator_settings(emulator, str(tmp_path / "history.sqlite"))
    window = planned(NotifyDialog(SELECTION, {}, settings=settings))
    past = (datetime.now() - timedelta(days=3)).replace(hour=8, minute=0, second=0)
    window.start.setDateTime(QDateTime(past))
    window.end.setDateTime(QDateTime(past + timedelta(hours=4)))
    window.show()
    yield window
    window.close()


def issues(window) -> list:
    return [window.issues.item(row).text() for row in range(window.issues.count())]


def test_a_past_start_blocks_send_until_the_operator_decides(dialog, tmp_path):
    assert not dialog.send_button.isEnabled()
    blocking = [line for line in issues(dialog) if "già passato" in line]
    assert blocking and blocking[0].startswith("Blocca")
    screens.grab(dialog, tmp_path / "notify_dialog_past_start.png")

    dialog.allow_past.setChecked(True)
    assert dialog.send_button.isEnabled()
    assert any("decisione dell'operatore" in line for line in issues(dialog))
