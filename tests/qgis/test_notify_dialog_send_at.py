"""The notify dialog's *send at*: the notice waits in the outbox, said in plain words (issue 18)."""

from __future__ import annotations

from datetime import datetime, timedelta

import test_notify_dialog as dialog_tests
from notify_support import wait_for_task
from qgis.PyQt.QtCore import QDateTime
from water_outage_notifier.common.vocabulary import PENDING
from water_outage_notifier.gis.store_access import open_store
from water_outage_notifier.messages.dates import rome
from water_outage_notifier.store.outbox import Outbox

settings = dialog_tests.settings
dialog = dialog_tests.dialog


def test_a_notice_sent_at_a_later_time_waits_and_says_when(dialog, emulator, settings):
    now_in_rome = datetime.now(rome()).replace(tzinfo=None)  # the dialog's wall clock
    later = (now_in_rome + timedelta(hours=2)).replace(second=0, microsecond=0)
    assert not dialog.send_at.isEnabled()
    dialog.send_later.setChecked(True)
    dialog.send_at.setDateTime(QDateTime(later))
    shown = [dialog.issues.item(i).text() for i in range(dialog.issues.count())]
    assert any(f"{later:%H:%M}" in line for line in shown), shown

    results = []
    dialog.sent.connect(results.append)
    dialog.send_button.click()
    wait_for_task(dialog)

    (result,) = results
    assert result.scheduled_at == later.replace(tzinfo=rome())  # the window is overridden
    assert emulator.total_accepted() == 0 and result.pending == 2
    assert f"{later:%H:%M}" in dialog.summary.text()
    database = open_store(settings)
    try:
        waiting = Outbox(database).scheduled(result.reference)
    finally:
        database.close()
    ((_key, (when, count)),) = waiting.items()
    assert count == 2 and when == later.replace(tzinfo=rome()).timestamp()
    assert PENDING in result.counts
