"""Scheduled sending: a notice waits in the outbox for its send time.

On a fake clock shared by the outbox and the pipeline: across midnight and
both daylight-saving changes, with a restart (a new process's services on
the same database) between scheduling and sending, and a cancellation.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from opened import close_later
from test_notify_pipeline import ADMIN, OPTIONS, OWN, request
from water_outage_notifier.common.vocabulary import (
    ACCEPTED,
    CANCELLED_BEFORE_SENDING,
    EMERGENCY,
    FAILED,
    NOTIFIED,
    PENDING,
    PLANNED,
    REMINDER,
    SENT_STATES,
)
from water_outage_notifier.messages.dates import rome
from water_outage_notifier.messages.send_time import next_opening, phrase, send_time
from water_outage_notifier.notify.backoff import RetryPolicy
from water_outage_notifier.notify.changes import extend, reschedule
from water_outage_notifier.notify.delivery import delivery_counts
from water_outage_notifier.notify.dispatch import dispatch
from water_outage_notifier.notify.lifecycle import cancel
from water_outage_notifier.notify.pipeline import notify, preview_notice
from water_outage_notifier.notify.reminders import reminder_times, schedule_reminders
from water_outage_notifier.notify.request import Services
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import create_provider
from water_outage_notifier.store.db import Database
from water_outage_notifier.store.interventions import InterventionStore
from water_outage_notifier.store.outbox import Outbox

ROME = rome()


def local(*fields) -> datetime:
    return datetime(*fields, tzinfo=ROME)


#: The work moved a week on.
WEEK_LATER = (local(2026, 3, 12, 8, 30), local(2026, 3, 12, 12, 30))


@pytest.mark.parametrize(
    ("moment", "opening", "utc_hour"),
    [
        (local(2026, 3, 2, 23, 30), local(2026, 3, 3, 8, 0), 7),  # before midnight: tomorrow
        (local(2026, 3, 3, 0, 30), local(2026, 3, 3, 8, 0), 7),  # after midnight: today
        (local(2026, 3, 28, 22, 0), local(2026, 3, 29, 8, 0), 6),  # the night clocks go forward
        (local(2026, 10, 24, 22, 0), local(2026, 10, 25, 8, 0), 7),  # the night they go back
        (local(2026, 3, 3, 10, 0), local(2026, 3, 3, 10, 0), 9),  # open: now
    ],
)
def test_the_window_opens_at_eight_rome_time_whatever_the_night(moment, opening, utc_hour):
    found = next_opening(moment)
    assert found == opening and found.astimezone(timezone.utc).hour == utc_hour


def test_the_send_time_is_said_in_plain_words():
    now = local(2026, 3, 2, 22, 0)
    assert phrase(next_opening(now), now, "it") == "domani alle 08:00"
    assert phrase(next_opening(now), now, "en") == "tomorrow at 08:00"
    assert phrase(local(2026, 3, 3, 0, 30), local(2026, 3, 3, 0, 20), "it") == "oggi alle 00:30"
    assert phrase(local(2026, 3, 5, 8, 0), now, "it") == "gio 5 mar alle 08:00"
    assert phrase(now, now, "it") == "adesso"


def test_an_emergency_goes_at_once_and_a_chosen_time_waits_for_the_window():
    night = local(2026, 3, 2, 23, 0)
    assert send_time(night, EMERGENCY) == night
    assert send_time(night, "planned_interruption", override=True) == night
    asked = local(2026, 3, 3, 21, 30)  # after tomorrow's closing: the day after at 08:00
    assert send_time(night, "planned_interruption", asked) == local(2026, 3, 4, 8, 0)


class Clock:
    """Wall seconds that move only when the test says so."""

    def __init__(self, moment: datetime):
        self.now = moment.timestamp()

    def __call__(self) -> float:
        return self.now

    def at(self, moment: datetime) -> None:
        self.now = moment.timestamp()

    def moment(self) -> datetime:
        return datetime.fromtimestamp(self.now, timezone.utc)


def open_services(path, emulator, clock: Clock) -> Services:
    """What one process opens: the database, the outbox and store, the gateway."""
    db = Database(str(path))
    profile = GatewayProfile("test", "skebby", emulator.url, "AcquaImola", rate=1000.0)
    return close_later(
        Services(
            outbox=Outbox(db, clock=clock),
            store=InterventionStore(db, clock=clock.moment),
            provider=create_provider(profile, Credentials("utility", "skebby-secret")),
            now=clock.moment,
            retry=RetryPolicy(max_tries=2, base_delay=0.01, max_delay=0.02, patience=1.0),
        )
    )


def test_a_notice_prepared_at_night_waits_a_restart_and_goes_once_at_eight(tmp_path, emulator):
    clock = Clock(local(2026, 3, 2, 23, 30))
    first = open_services(tmp_path / "outage.sqlite", emulator, clock)
    result = notify(request(), first)

    assert result.ok, result.refused
    assert result.scheduled_at == local(2026, 3, 3, 8, 0) and result.counts[PENDING] == 2
    (said,) = [w for w in result.warnings if getattr(w, "code", None) == "scheduled"]
    assert "domani alle 08:00" in said and emulator.total_accepted() == 0
    assert first.store.get(result.reference).state == PLANNED
    first.close()  # QGIS closed overnight

    clock.at(local(2026, 3, 3, 7, 59))
    second = open_services(tmp_path / "outage.sqlite", emulator, clock)
    dispatch(second)
    assert emulator.total_accepted() == 0, "not before the window opens"

    clock.at(local(2026, 3, 3, 8, 0))
    dispatch(second)
    dispatch(second)
    assert (emulator.accepted_count(ADMIN), emulator.accepted_count(OWN)) == (1, 1)
    assert second.store.get(result.reference).state == NOTIFIED
    states = {r.phone: r.state for r in second.store.recipients(result.reference)}
    assert set(states) == {ADMIN, OWN} and set(states.values()) <= set(SENT_STATES)


def test_a_chosen_send_time_inside_the_window_is_kept(tmp_path, emulator):
    clock = Clock(local(2026, 3, 2, 10, 0))
    services = open_services(tmp_path / "outage.sqlite", emulator, clock)
    later = local(2026, 3, 2, 13, 0)
    result = notify(request(send_at=later), services)

    assert result.scheduled_at == later and emulator.total_accepted() == 0
    assert "oggi alle 13:00" in result.warnings[0]
    assert preview_notice(request(send_at=later), clock.moment()).scheduled_at == later
    clock.at(later)
    dispatch(services)
    assert emulator.total_accepted() == 2


def test_a_scheduled_notice_cancelled_before_it_goes_never_goes(tmp_path, emulator):
    clock = Clock(local(2026, 3, 2, 22, 0))
    services = open_services(tmp_path / "outage.sqlite", emulator, clock)
    reference = notify(request(), services).reference
    assert services.outbox.scheduled(reference) == {
        (reference, "planned_interruption"): (local(2026, 3, 3, 8, 0).timestamp(), 2)
    }

    assert services.outbox.cancel(reference, "Rossi", "work postponed") == 2
    clock.at(local(2026, 3, 3, 8, 30))
    dispatch(services)
    assert emulator.total_accepted() == 0
    rows = services.outbox.messages(intervention_id=reference)
    assert {(r.state, r.code) for r in rows} == {(FAILED, CANCELLED_BEFORE_SENDING)}
    assert services.outbox.scheduled(reference) == {}
    (audit,) = services.outbox.audit(reference)
    assert (audit["action"], audit["operator"], audit["messages"]) == ("cancel", "Rossi", 2)


def test_sending_now_inside_the_window_waits_for_nothing(tmp_path, emulator):
    clock = Clock(local(2026, 3, 2, 10, 0))
    services = open_services(tmp_path / "outage.sqlite", emulator, clock)
    result = notify(request(), services)
    assert result.scheduled_at is None and result.counts[ACCEPTED] == 2
    assert not [w for w in result.warnings if getattr(w, "code", None) == "scheduled"]
    assert result.to_dict()["scheduled_at"] is None
    assert timedelta(0) <= clock.moment() - local(2026, 3, 2, 10, 0) < timedelta(seconds=1)


# -- reminders ---------------------------------------------------------------


def test_reminders_fall_the_evening_before_and_each_morning_of_the_work():
    now = local(2026, 3, 25, 10, 0)
    one_day = reminder_times(local(2026, 3, 27, 8, 30), local(2026, 3, 27, 12, 30), now)
    assert one_day == [local(2026, 3, 26, 19, 0), local(2026, 3, 27, 8, 0)]
    # three days across the night clocks go forward: 08:00 Rome each morning
    days = reminder_times(local(2026, 3, 28, 7, 0), local(2026, 3, 30, 18, 0), now)
    assert days == [local(2026, 3, 27, 19, 0), local(2026, 3, 29, 8, 0), local(2026, 3, 30, 8, 0)]
    assert [d.astimezone(timezone.utc).hour for d in days] == [18, 6, 6]
    late = reminder_times(local(2026, 3, 27, 8, 30), local(2026, 3, 27, 12, 30), one_day[0])
    assert late == [local(2026, 3, 27, 8, 0)], "only what is still ahead"


def notified_with_reminders(tmp_path, emulator, clock):
    services = open_services(tmp_path / "outage.sqlite", emulator, clock)
    reference = notify(request(), services).reference  # START: 5 March 08:30
    reminders = schedule_reminders(reference, services, OPTIONS, "Rossi")
    assert reminders.times == (local(2026, 3, 4, 19, 0), local(2026, 3, 5, 8, 0))
    assert reminders.numbers == 2 and emulator.total_accepted() == 2
    return services, reference


def test_each_reminder_goes_once_at_its_time_with_its_own_key(tmp_path, emulator):
    clock = Clock(local(2026, 3, 2, 10, 0))
    services, reference = notified_with_reminders(tmp_path, emulator, clock)
    clock.at(local(2026, 3, 4, 19, 0))
    dispatch(services)
    dispatch(services)
    assert emulator.accepted_count(ADMIN) == 2, "the notice and the evening reminder"
    clock.at(local(2026, 3, 5, 8, 0))
    dispatch(services)
    assert (emulator.accepted_count(ADMIN), emulator.accepted_count(OWN)) == (3, 3)
    rows = [m for m in services.outbox.messages(intervention_id=reference) if m.kind == REMINDER]
    assert sorted({m.generation for m in rows}) == [0, 1]
    assert "PROMEMORIA" in rows[0].text and reference in rows[0].text


def test_a_cancelled_work_gets_no_reminder(tmp_path, emulator):
    clock = Clock(local(2026, 3, 2, 10, 0))
    services, reference = notified_with_reminders(tmp_path, emulator, clock)
    clock.at(local(2026, 3, 4, 19, 0))
    dispatch(services)  # the evening reminder goes
    clock.at(local(2026, 3, 4, 21, 0))
    cancel(reference, services, "Rossi", "valve replaced earlier")
    clock.at(local(2026, 3, 5, 8, 0))
    dispatch(services)
    assert emulator.accepted_count(ADMIN) == 2, "no morning reminder for a cancelled work"
    assert services.outbox.scheduled(reference) == {}
    again = schedule_reminders(reference, services, OPTIONS, "Rossi")
    assert again.refused and again.refused[0].code == "intervention_closed"


# -- changes to the work -----------------------------------------------------


def test_a_reschedule_cancels_the_old_reminders_and_tells_the_same_numbers(tmp_path, emulator):
    clock = Clock(local(2026, 3, 2, 10, 0))
    services, reference = notified_with_reminders(tmp_path, emulator, clock)
    new_start, new_end = local(2026, 3, 12, 8, 30), local(2026, 3, 12, 12, 30)
    result = reschedule(reference, services, OPTIONS, "Rossi", new_start, new_end)

    assert result.ok and result.queued == 2 and result.sent == 2
    assert (emulator.accepted_count(ADMIN), emulator.accepted_count(OWN)) == (2, 2)
    assert "RINVIATI" in result.preview.text and "12 mar" in result.preview.text
    stored = services.store.get(reference)
    assert (stored.planned_start, stored.planned_end) == (new_start, new_end)
    (moved,) = [e for e in services.store.events(reference) if e.action == "rescheduled"]
    assert moved.details["planned_start"].startswith("2026-03-05T08:30")
    waiting = sorted(
        (m.generation, m.state, m.code)
        for m in services.outbox.messages(intervention_id=reference)
        if m.kind == REMINDER and m.phone == ADMIN
    )
    assert waiting == [
        (0, FAILED, CANCELLED_BEFORE_SENDING),
        (1, FAILED, CANCELLED_BEFORE_SENDING),
        (2, PENDING, None),
        (3, PENDING, None),
    ], "the old reminders never go; new ones for the new dates"
    clock.at(local(2026, 3, 5, 8, 0))  # the old morning reminder's time
    dispatch(services)
    assert emulator.accepted_count(ADMIN) == 2
    clock.at(local(2026, 3, 11, 19, 0))
    dispatch(services)
    assert emulator.accepted_count(ADMIN) == 3, "the new evening reminder"


def test_each_extension_is_a_notice_of_its_own(tmp_path, emulator):
    clock = Clock(local(2026, 3, 2, 10, 0))
    services = open_services(tmp_path / "outage.sqlite", emulator, clock)
    reference = notify(request(), services).reference
    first = extend(reference, services, OPTIONS, "Rossi", local(2026, 3, 5, 16, 0))
    second = extend(reference, services, OPTIONS, "Rossi", local(2026, 3, 5, 19, 0))
    assert first.ok and second.ok and "19:00" in second.preview.text
    assert emulator.accepted_count(ADMIN) == 3, "the notice and two extensions"
    assert services.store.get(reference).planned_end == local(2026, 3, 5, 19, 0)
    too_early = extend(reference, services, OPTIONS, "Rossi", local(2026, 3, 5, 8, 0))
    assert too_early.refused and emulator.accepted_count(ADMIN) == 3
    cancel(reference, services, "Rossi")
    closed = reschedule(
        reference, services, OPTIONS, "Rossi", *(local(2026, 3, 9, h) for h in (8, 9))
    )
    assert closed.refused[0].code == "intervention_closed"


def test_reminders_called_off_are_not_counted_as_failed(tmp_path, emulator):
    clock = Clock(local(2026, 3, 2, 10, 0))
    services, reference = notified_with_reminders(tmp_path, emulator, clock)
    cancel(reference, services, "Rossi", "valve replaced earlier")
    counts = delivery_counts(services.outbox)[reference]
    assert (counts.sent, counts.failed, counts.waiting) == (2, 0, 0)
    assert services.outbox.counts(reference)[FAILED] == 0


def test_a_postponement_prepared_at_night_waits_for_eight_and_goes_once(tmp_path, emulator):
    clock = Clock(local(2026, 3, 2, 10, 0))
    services = open_services(tmp_path / "outage.sqlite", emulator, clock)
    reference = notify(request(), services).reference
    clock.at(local(2026, 3, 2, 22, 45))
    new_start, new_end = WEEK_LATER
    result = reschedule(reference, services, OPTIONS, "Rossi", new_start, new_end)

    assert result.ok, result.refused
    assert result.scheduled_at == local(2026, 3, 3, 8, 0) and result.sent_now == 0
    (said,) = [w for w in result.warnings if getattr(w, "code", None) == "scheduled"]
    assert "domani alle 08:00" in said and emulator.accepted_count(ADMIN) == 1
    assert services.store.get(reference).planned_start == new_start, "the work moved at once"

    clock.at(local(2026, 3, 3, 8, 0))
    dispatch(services)
    dispatch(services)
    assert (emulator.accepted_count(ADMIN), emulator.accepted_count(OWN)) == (2, 2)


def test_an_extension_at_night_goes_at_once_when_the_operator_overrides(tmp_path, emulator):
    clock = Clock(local(2026, 3, 2, 10, 0))
    services = open_services(tmp_path / "outage.sqlite", emulator, clock)
    reference = notify(request(), services).reference
    clock.at(local(2026, 3, 2, 23, 10))
    overriding = replace(OPTIONS, override_window=True)
    result = extend(reference, services, overriding, "Rossi", local(2026, 3, 5, 19, 0))
    assert result.ok and result.scheduled_at is None
    assert emulator.accepted_count(ADMIN) == 2


def test_a_work_cancelled_overnight_sends_none_of_what_waited(tmp_path, emulator):
    clock = Clock(local(2026, 3, 2, 10, 0))
    services = open_services(tmp_path / "outage.sqlite", emulator, clock)
    reference = notify(request(), services).reference
    clock.at(local(2026, 3, 2, 22, 45))
    moved = reschedule(reference, services, OPTIONS, "Rossi", *WEEK_LATER)
    assert moved.ok and moved.scheduled_at == local(2026, 3, 3, 8, 0)
    clock.at(local(2026, 3, 2, 23, 0))
    cancel(reference, services, "Rossi", "the council called it off")

    clock.at(local(2026, 3, 3, 8, 0))
    dispatch(services)
    assert emulator.total_accepted() == 2, "the notice only: the postponement never goes"


def test_a_second_postponement_at_night_calls_off_the_first_still_waiting(tmp_path, emulator):
    clock = Clock(local(2026, 3, 2, 10, 0))
    services = open_services(tmp_path / "outage.sqlite", emulator, clock)
    reference = notify(request(), services).reference
    clock.at(local(2026, 3, 2, 22, 45))
    reschedule(reference, services, OPTIONS, "Rossi", *WEEK_LATER)
    fortnight = local(2026, 3, 19, 8, 30), local(2026, 3, 19, 12, 30)
    second = reschedule(reference, services, OPTIONS, "Rossi", *fortnight)
    assert second.ok, second.refused

    clock.at(local(2026, 3, 3, 8, 0))
    dispatch(services)
    assert emulator.accepted_count(ADMIN) == 2, "the notice and one postponement"
    went = [
        m.text
        for m in services.outbox.messages(intervention_id=reference)
        if m.phone == ADMIN and m.kind == "postponed" and m.state in SENT_STATES
    ]
    assert len(went) == 1 and "19 mar" in went[0], "the last postponement, not the first"
