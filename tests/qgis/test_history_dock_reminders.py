"""The history dock's reminders and scheduled sends, end to end with a dispatch pass.

An intervention is notified to two numbers through the real pipeline; the
dock's *Reminders and scheduled sends…* schedules its reminders, which
wait in the outbox; a dispatch pass (``notify.dispatch``, what
``outage:dispatch`` and the background task run) on a fake clock then
sends each at its time to the gateway emulator, and nothing called off in
the dialog is ever sent: neither a reminder nor a notice sent "later".
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

import pytest
import test_history_dock_lifecycle as lifecycle_tests
from notify_support import customer
from opened import close_later
from qgis.PyQt.QtCore import QTime
from test_history_dock_lifecycle import PHONES, accepted, open_database
from water_outage_notifier.common.vocabulary import CANCELLED_BEFORE_SENDING, FAILED, PLANNED
from water_outage_notifier.customers.selection import assemble
from water_outage_notifier.gis.notify_services import (
    gateway_profile,
    message_options,
    open_services,
)
from water_outage_notifier.notify.dispatch import dispatch
from water_outage_notifier.notify.pipeline import notify
from water_outage_notifier.notify.request import InterventionPlan, NotifyRequest
from water_outage_notifier.store.interventions import ROME
from water_outage_notifier.store.outbox import Outbox

settings = lifecycle_tests.settings
notified = lifecycle_tests.notified
dock = lifecycle_tests.dock


def dispatch_at(settings, moment: datetime):
    """One dispatch pass with the outbox's clock at ``moment``."""
    services = open_services(settings, gateway_profile(settings), with_email=False)
    with services:
        at = replace(services, outbox=Outbox(services.store.db, clock=moment.timestamp))
        return dispatch(at, reports=False)


def open_reminders(dock):
    dock.lifecycle.changes.reminders_action.trigger()
    dialog = dock.lifecycle.changes.reminders_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_reminders_scheduled_in_the_dock_go_at_their_time(dock, settings, notified, emulator):
    store, outbox = open_database(settings)
    start = store.get(notified).planned_start
    dialog = open_reminders(dock)
    dialog.evening_at.setTime(QTime(19, 30))
    assert "each to 2 SMS" in dialog.when.text() and "19:30" in dialog.when.text()
    assert notified in dialog.text.toPlainText()
    dialog.schedule_button.click()
    assert "2 reminder(s) scheduled" in dialog.message.text()
    assert dialog.table.rowCount() == 2
    assert [dialog.table.item(r, 2).text() for r in range(2)] == ["2 SMS", "2 SMS"]
    dialog.schedule_button.click()  # pressed twice: the waiting ones are replaced
    assert dialog.table.rowCount() == 2
    assert accepted(emulator) == [1, 1], "nothing goes before its time"

    evening = datetime.combine(start.date() - timedelta(days=1), time(19, 30), tzinfo=ROME)
    dispatch_at(settings, evening - timedelta(minutes=1))
    assert accepted(emulator) == [1, 1]
    dispatch_at(settings, evening + timedelta(minutes=1))
    assert accepted(emulator) == [2, 2], "the evening before"
    dispatch_at(settings, start.replace(hour=8, minute=1))
    assert accepted(emulator) == [3, 3], "the morning of the work"
    dispatch_at(settings, start.replace(hour=8, minute=5))
    assert accepted(emulator) == [3, 3], "each once"
    sent = [m for m in outbox.messages(intervention_id=notified) if m.kind == "reminder"]
    assert len([m for m in sent if m.state != FAILED]) == 4


def test_a_reminder_called_off_is_never_sent(dock, settings, notified, emulator):
    store, outbox = open_database(settings)
    start = store.get(notified).planned_start
    dialog = open_reminders(dock)
    dialog.schedule_button.click()
    morning = [r for r in range(2) if "08:00" in dialog.table.item(r, 1).text()]
    dialog.table.selectRow(morning[0])
    dialog.call_off_button.click()
    assert "2 message(s) called off" in dialog.message.text()
    assert dialog.table.rowCount() == 1 and "19:00" in dialog.table.item(0, 1).text()
    dispatch_at(settings, start.replace(hour=9))
    assert accepted(emulator) == [2, 2], "the evening one only"
    called_off = [m for m in outbox.messages(FAILED, notified)]
    assert {m.code for m in called_off} == {CANCELLED_BEFORE_SENDING} and len(called_off) == 2


def test_reminders_are_not_offered_for_a_finished_work(dock, settings, notified):
    store, _outbox = open_database(settings)
    store.transition(notified, "in_progress", "rossi")
    store.transition(notified, "finished", "rossi")
    dock.refresh()
    dialog = open_reminders(dock)
    assert not dialog.schedule_button.isEnabled()
    assert "finished" in dialog.when.text()


@pytest.fixture()
def sent_later(settings):
    """A notice prepared now to go in two days at 10:00: it waits in the outbox."""
    services = close_later(open_services(settings, gateway_profile(settings), with_email=False))
    start = datetime.now(ROME).replace(hour=8, minute=30, second=0, microsecond=0)
    start += timedelta(days=5)
    send_at = (start - timedelta(days=3)).replace(hour=10, minute=0)
    request = NotifyRequest(
        plan=InterventionPlan("planned_interruption", start, start + timedelta(hours=4), "rossi"),
        selection=assemble(
            [customer("C1", [PHONES[0]]), customer("C2", [PHONES[1]])], ("isolated",)
        ),
        options=message_options(settings, override_window=True),
        send_email=False,
        send_at=send_at,
    )
    result = notify(request, services)
    assert result.sent == 0 and result.scheduled_at is not None
    return result.reference, send_at


def test_a_notice_sent_later_can_be_called_off_from_the_dock(
    qgis_canvas, settings, sent_later, emulator
):
    reference, send_at = sent_later
    widget = lifecycle_tests.HistoryDock(qgis_canvas, settings=settings)
    widget.refresh()
    assert widget.select_reference(reference)
    dialog = open_reminders(widget)
    assert not dialog.schedule_button.isEnabled(), "nobody had the notice yet"
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == f"{send_at:%d/%m/%Y %H:%M}"
    dialog.table.selectRow(0)
    dialog.call_off_button.click()
    assert dialog.table.rowCount() == 0
    dispatch_at(settings, send_at + timedelta(minutes=5))
    assert emulator.total_accepted() == 0, "called off: never sent"
    store, _outbox = open_database(settings)
    assert store.get(reference).state == PLANNED
    dialog.close()
    widget.close()
