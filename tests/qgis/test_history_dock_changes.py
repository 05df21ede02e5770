"""The history dock's changes to an announced work, end to end at the gateway emulator.

An intervention is notified to two numbers through the real pipeline
(SQLite, or PostgreSQL when ``OUTAGE_TEST_PG_DSN`` is set); the dock's
*Change the work* menu then reschedules it (the postponement SMS at the
emulator to the same numbers, the old reminders called off in the outbox,
new ones for the new dates), extends it (the extension SMS) or finishes it
early (the water-back SMS naming the moment the water came back). The
dialogs are real; the operator's answers fill them in through ``dock.ask``.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import test_history_dock_lifecycle as lifecycle_tests
from notify_support import wait_for_task
from qgis.PyQt.QtCore import QDate, QDateTime, QTime
from test_history_dock_lifecycle import NOTICE, PHONES, accepted, open_database
from water_outage_notifier.common.vocabulary import (
    CANCELLED_BEFORE_SENDING,
    CHANGE_RESCHEDULED,
    FAILED,
    FINISHED,
    IN_PROGRESS,
    PENDING,
    PLANNED,
)
from water_outage_notifier.dialogs.change_dialogs import ChangeDialog, FinishDialog
from water_outage_notifier.dialogs.history_dock import HistoryDock
from water_outage_notifier.dialogs.lifecycle_dialogs import FollowUpOffer
from water_outage_notifier.gis.history_layer import history_filter
from water_outage_notifier.gis.notify_services import (
    message_options,
    open_history,
)
from water_outage_notifier.notify.reminders import schedule_reminders
from water_outage_notifier.store.interventions import ROME, InterventionDraft

settings = lifecycle_tests.settings
notified = lifecycle_tests.notified
dock = lifecycle_tests.dock


def picked(moment: datetime) -> QDateTime:
    """``moment`` (Rome) as the operator picks it."""
    moment = moment.astimezone(ROME)
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def messages_of(outbox, reference, kind):
    return [m for m in outbox.messages(intervention_id=reference) if m.kind == kind]


def answer_change(start=None, end=None):
    """The operator picks ``start`` and ``end``, ticks the send-window override (the test
    may run at night) and presses Send when it is offered."""

    def fill(dialog: ChangeDialog) -> bool:
        if start is not None:
            dialog.start.setDateTime(picked(start))
        if end is not None:
            dialog.end.setDateTime(picked(end))
        dialog.override.setChecked(True)
        fill.text = dialog.text.toPlainText()
        fill.audience = dialog.audience.text()
        return dialog.send_button.isEnabled()

    return fill


def test_reschedule_tells_the_same_numbers_and_moves_the_reminders(
    dock, settings, notified, emulator
):
    store, outbox = open_database(settings)
    with open_history(settings) as services:
        old = schedule_reminders(
            notified, services, message_options(settings, override_window=True), "rossi"
        )
    assert len(old.times) == 2  # the evening before, the morning of the work
    start = store.get(notified).planned_start + timedelta(days=7)
    fill = dock.answers[ChangeDialog] = answer_change(start, start + timedelta(hours=5))

    dock.lifecycle.changes.reschedule_action.trigger()
    wait_for_task(dock.lifecycle)

    assert "2 SMS" in fill.audience
    assert f"{start:%d/%m}" in fill.text or f"{start.day}" in fill.text
    assert accepted(emulator) == [2, 2], "the notice, then the postponement, once each"
    postponed = messages_of(outbox, notified, "postponed")
    assert sorted(m.phone for m in postponed) == sorted(PHONES)
    assert {m.text for m in postponed} == {fill.text}
    moved = store.get(notified)
    assert (moved.planned_start, moved.planned_end) == (start, start + timedelta(hours=5))
    reminders = messages_of(outbox, notified, "reminder")
    called_off = [m for m in reminders if m.state == FAILED]
    assert len(called_off) == 4 and {m.code for m in called_off} == {CANCELLED_BEFORE_SENDING}
    waiting = [m for m in reminders if m.state == PENDING]
    assert len(waiting) == 4, "new reminders for the new dates"
    ((_key, (first, _n)),) = outbox.scheduled(notified).items()
    assert first > (start - timedelta(days=2)).timestamp()
    assert "This press sent 2 SMS" in dock.message.text()


def test_extend_sends_the_extension_notice(dock, settings, notified, emulator):
    store, outbox = open_database(settings)
    before = store.get(notified)
    fill = dock.answers[ChangeDialog] = answer_change(end=before.planned_end + timedelta(hours=3))

    dock.lifecycle.changes.extend_action.trigger()
    wait_for_task(dock.lifecycle)

    extended = messages_of(outbox, notified, "extended")
    assert sorted(m.phone for m in extended) == sorted(PHONES)
    assert {m.text for m in extended} == {fill.text}
    after = store.get(notified)
    assert after.planned_start == before.planned_start
    assert after.planned_end == before.planned_end + timedelta(hours=3)
    assert accepted(emulator) == [2, 2]
    assert "This press sent 2 SMS" in dock.message.text()


def test_an_extension_must_end_later_and_a_declined_change_sends_nothing(
    dock, settings, notified, emulator
):
    store, _outbox = open_database(settings)
    planned_end = store.get(notified).planned_end
    seen = {}

    def shorter(dialog):
        dialog.end.setDateTime(picked(planned_end - timedelta(hours=1)))
        dialog.override.setChecked(True)
        seen["issue"] = dialog.issues.item(0).text()
        seen["offered"] = dialog.send_button.isEnabled()
        return False

    dock.answers[ChangeDialog] = shorter
    dock.lifecycle.changes.extend_action.trigger()
    assert seen == {"issue": "An extension ends later than the planned end.", "offered": False}
    assert dock.lifecycle.task is None and "nothing sent" in dock.message.text()
    assert store.get(notified).planned_end == planned_end and accepted(emulator) == [1, 1]


def test_finished_early_records_when_the_water_came_back_and_says_it(
    dock, settings, notified, emulator
):
    store, outbox = open_database(settings)
    now = datetime.now(ROME).replace(second=0, microsecond=0)
    store.change_window(
        notified, now - timedelta(hours=3), now + timedelta(hours=2), "rossi", CHANGE_RESCHEDULED
    )
    store.transition(notified, IN_PROGRESS, "rossi")
    dock.refresh()
    dock.select_reference(notified)
    back = now - timedelta(minutes=40)
    said = {}

    def water_back(dialog: FinishDialog) -> bool:
        dialog.water_back.setDateTime(picked(back))
        said["early"] = dialog.early.text()
        return True

    dock.answers[FinishDialog] = water_back
    dock.lifecycle.finish_action.trigger()
    wait_for_task(dock.lifecycle)

    assert said["early"].startswith("Finished early: 2 h 40 min")
    offer = dock.shown[-1]
    assert isinstance(offer, FollowUpOffer)
    finished = store.get(notified)
    assert finished.state == FINISHED and finished.finished_at == back
    water_back_sms = messages_of(outbox, notified, "water_back")
    assert sorted(m.phone for m in water_back_sms) == sorted(PHONES)
    assert f"{back:%H:%M}" in water_back_sms[0].text
    assert accepted(emulator) == [2, 2]


def test_the_work_menu_offers_by_state_and_says_why_not(dock, settings, notified):
    changes = dock.lifecycle.changes
    assert changes.reschedule_action.isEnabled() and changes.extend_action.isEnabled()
    store, _outbox = open_database(settings)
    store.transition(notified, IN_PROGRESS, "rossi")
    dock.refresh()
    assert not changes.reschedule_action.isEnabled() and changes.extend_action.isEnabled()
    assert "use Extend" in changes.reschedule_action.toolTip()
    dock.answers[FollowUpOffer] = False
    dock.lifecycle.finish_action.trigger()  # water back now, the follow-up declined
    dock.refresh()
    dock.select_reference(notified)
    for action in (changes.reschedule_action, changes.extend_action, dock.lifecycle.start_action):
        assert not action.isEnabled() and "finished" in action.toolTip()
    dock.table.clearSelection()
    assert not dock.lifecycle.work_button.isEnabled()
    assert "Select an intervention" in dock.lifecycle.work_button.toolTip()


def waiting_notice(settings) -> str:
    """A notice to PHONES waiting for the time the operator chose (tomorrow,
    whatever the hour now: the override keeps it off the send window)."""
    tomorrow = datetime.now(ROME).replace(second=0, microsecond=0) + timedelta(days=1)
    result = lifecycle_tests.notice(settings, days=5, send_at=tomorrow)
    assert result.scheduled_at is not None and result.state == PLANNED
    return result.reference


def test_rinvia_on_a_waiting_notice_moves_it_and_sends_no_postponement(dock, settings, emulator):
    reference = waiting_notice(settings)
    dock.refresh()
    assert dock.select_reference(reference)
    changes = dock.lifecycle.changes
    assert changes.reschedule_action.isEnabled() and changes.extend_action.isEnabled()
    store, outbox = open_database(settings)
    before = store.get(reference)
    (waits_until, _n) = outbox.scheduled(reference)[(reference, NOTICE)]
    start = before.planned_start + timedelta(days=7)
    fill = dock.answers[ChangeDialog] = answer_change(start, start + timedelta(hours=5))
    seen = {}

    def button(dialog):
        seen["send"] = dialog.send_button.text()
        return fill(dialog)

    dock.answers[ChangeDialog] = button
    changes.reschedule_action.trigger()
    wait_for_task(dock.lifecycle)

    assert seen["send"] == "Move the notice" and "2 SMS" in fill.audience
    assert f"{start:%d}" in fill.text and f"{before.planned_start:%d} " not in fill.text
    assert accepted(emulator) == [1, 1], "only the other work's notice: nothing before its time"
    assert messages_of(outbox, reference, "postponed") == []
    notice = messages_of(outbox, reference, NOTICE)
    assert {(m.state, m.text) for m in notice} == {(PENDING, fill.text)}
    assert outbox.scheduled(reference)[(reference, NOTICE)] == (waits_until, 2)
    moved = store.get(reference)
    assert (moved.state, moved.planned_start) == (PLANNED, start)
    said = dock.message.text()
    assert said.startswith(f"The notice of {reference} still waiting") and "This press" not in said


def test_works_planned_months_ahead_are_listed(qgis_canvas, settings, notified):
    store, _outbox = open_database(settings)
    far = datetime.now(ROME).replace(hour=8, minute=0, second=0, microsecond=0)
    far += timedelta(days=95)
    later = store.create(
        InterventionDraft("planned_interruption", far, far + timedelta(hours=4), "rossi")
    )
    widget = HistoryDock(qgis_canvas, settings=settings)
    widget.refresh()
    assert widget.select_reference(later.reference)
    assert widget.date_range()[1] is None
    assert "planned_start" not in widget.history_filter()
    assert widget.history_filter() == history_filter(widget.date_range()[0])
    widget.close()
