"""What of a work waits to be sent, one reminder called off, reminders scheduled again, and
which change the history dock offers from each state (issue 18, the dock's buttons)."""

from __future__ import annotations

from test_notify_pipeline import ADMIN, OPTIONS
from test_scheduled_sending import Clock, local, notified_with_reminders
from water_outage_notifier.common.vocabulary import (
    CANCELLED,
    FINISHED,
    IN_PROGRESS,
    NOTIFIED,
    PLANNED,
    POSTPONEMENT,
    REMINDER,
)
from water_outage_notifier.notify import lifecycle
from water_outage_notifier.notify.changes import audience, preview_change
from water_outage_notifier.notify.dispatch import dispatch
from water_outage_notifier.notify.reminders import schedule_reminders
from water_outage_notifier.notify.scheduled import call_off, waiting


def test_the_reminders_waiting_are_listed_each_with_its_time(tmp_path, emulator):
    clock = Clock(local(2026, 3, 2, 10, 0))
    services, reference = notified_with_reminders(tmp_path, emulator, clock)
    listed = waiting(services, reference)
    assert [(w.kind, w.at, w.channels) for w in listed] == [
        (REMINDER, local(2026, 3, 4, 19, 0), {"sms": 2}),
        (REMINDER, local(2026, 3, 5, 8, 0), {"sms": 2}),
    ]
    clock.at(local(2026, 3, 4, 19, 0))
    dispatch(services)
    assert [w.at for w in waiting(services, reference)] == [local(2026, 3, 5, 8, 0)]


def test_one_reminder_called_off_never_goes_and_the_other_does(tmp_path, emulator):
    clock = Clock(local(2026, 3, 2, 10, 0))
    services, reference = notified_with_reminders(tmp_path, emulator, clock)
    evening, morning = waiting(services, reference)
    assert call_off(services, reference, "Rossi", "not wanted", [morning]) == 2
    assert waiting(services, reference) == [evening]
    clock.at(local(2026, 3, 5, 9, 0))
    dispatch(services)
    assert emulator.accepted_count(ADMIN) == 2, "the notice and the evening reminder only"
    (audit,) = services.outbox.audit(reference)
    assert (audit["action"], audit["kind"], audit["messages"]) == ("cancel", REMINDER, 2)


def test_reminders_scheduled_again_replace_those_waiting(tmp_path, emulator):
    clock = Clock(local(2026, 3, 2, 10, 0))
    services, reference = notified_with_reminders(tmp_path, emulator, clock)
    again = schedule_reminders(reference, services, OPTIONS, "Rossi", morning=None, replace=True)
    assert again.times == (local(2026, 3, 4, 19, 0),)
    assert [w.at for w in waiting(services, reference)] == [local(2026, 3, 4, 19, 0)]
    clock.at(local(2026, 3, 5, 9, 0))
    dispatch(services)
    assert emulator.accepted_count(ADMIN) == 2, "one evening reminder, not two"


def test_a_change_is_previewed_for_its_new_times_and_counts_its_numbers(tmp_path, emulator):
    clock = Clock(local(2026, 3, 2, 10, 0))
    services, reference = notified_with_reminders(tmp_path, emulator, clock)
    intervention = services.store.get(reference)
    new = (local(2026, 3, 12, 8, 30), local(2026, 3, 12, 12, 30))
    shown = preview_change(intervention, POSTPONEMENT, OPTIONS, services.now(), *new)
    assert "RINVIATI" in shown.preview.text and "12 mar" in shown.preview.text
    assert not shown.blocking and audience(services, reference) == {"sms": 2}
    assert services.store.get(reference).planned_start == intervention.planned_start


def test_the_dock_offers_each_change_only_where_it_makes_sense_and_says_why():
    code = lifecycle.refusal_code
    assert lifecycle.RESCHEDULE in lifecycle.allowed_actions(NOTIFIED)
    assert code(NOTIFIED, lifecycle.REMIND) is None
    assert code(IN_PROGRESS, lifecycle.RESCHEDULE) == "already_started"
    assert code(IN_PROGRESS, lifecycle.EXTEND) is None
    assert code(PLANNED, lifecycle.EXTEND) is None  # a notice still waiting moves with it
    assert code(PLANNED, lifecycle.REMIND) == "not_notified"
    assert code(FINISHED, lifecycle.EXTEND) == code(CANCELLED, lifecycle.START) == "closed"
    assert code(NOTIFIED, lifecycle.FOLLOW_UP) == "not_closed"
    assert code(None, lifecycle.START) == "no_intervention"
