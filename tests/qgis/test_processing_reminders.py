"""``outage:reminders`` and ``outage:reschedule`` through Processing (issue 18)."""

from __future__ import annotations

from datetime import timedelta

import test_processing_notify as notify_tests
from qgis.PyQt.QtCore import QDateTime
from test_processing_notify import customer_parameters, notify_parameters
from water_outage_notifier.gis.notify_services import open_history
from water_outage_notifier.gis.settings_store import PluginSettings
from water_outage_notifier.notify.lifecycle import cancel
from water_outage_notifier.notify.scheduled import waiting

configured = notify_tests.configured
customer_layer = notify_tests.customer_layer


def notified(run_algorithm, layer, tmp_path, **extra) -> str:
    """The reference of the notice outage:notify sends (or schedules, ``extra``:
    SEND_AT) to the customers of Imola."""
    listed = run_algorithm(
        "outage:customers", customer_parameters(layer, tmp_path, MUNICIPALITY="Imola")
    )
    parameters = notify_parameters(listed["OUTPUT_REPORT"], tmp_path, layer, **extra)
    return run_algorithm("outage:notify", parameters)["REFERENCE"]


def moved_to(reference: str, start) -> dict:
    """outage:reschedule's parameters: the work moved to ``start`` for four hours."""
    return {
        "REFERENCE": reference,
        "START": QDateTime(start),
        "END": QDateTime(start + timedelta(hours=4)),
        "OVERRIDE_WINDOW": True,  # the test may run at night
    }


def test_reminders_wait_in_the_outbox_and_go_with_a_cancelled_work(
    run_algorithm, customer_layer, configured, emulator, tmp_path
):
    reference = notified(run_algorithm, customer_layer, tmp_path)
    result = run_algorithm("outage:reminders", {"REFERENCE": reference, "EVENING": "19:30"})

    assert result["REMINDERS"] == 2  # the evening before, the morning of the work
    assert emulator.total_accepted() == 3, "nothing goes before its time"
    with open_history(PluginSettings.load()) as services:
        ((key, (when, count)),) = services.outbox.scheduled(reference).items()
        assert key == (reference, "reminder") and count == 6
        cancel(reference, services, "Rossi", "postponed by the council")
        assert services.outbox.scheduled(reference) == {}


def test_a_reschedule_then_an_extension_reach_the_same_numbers(
    run_algorithm, customer_layer, configured, emulator, tmp_path
):
    reference = notified(run_algorithm, customer_layer, tmp_path)
    run_algorithm("outage:reminders", {"REFERENCE": reference})
    later = notify_tests.START + timedelta(days=7)
    moved = run_algorithm("outage:reschedule", moved_to(reference, later))
    assert (moved["KIND"], moved["SENT"]) == ("postponed", 3)
    longer = run_algorithm(
        "outage:reschedule",
        {
            "REFERENCE": reference,
            "END": QDateTime(later + timedelta(hours=6)),
            "OVERRIDE_WINDOW": True,
        },
    )
    assert (longer["KIND"], longer["SENT"], longer["SCHEDULED_AT"]) == ("extended", 3, "")
    assert emulator.total_accepted() == 9, "the notice, the postponement, the extension"
    with open_history(PluginSettings.load()) as services:
        ((key, (when, count)),) = services.outbox.scheduled(reference).items()
        assert count == 6 and when > later.timestamp() - 24 * 3600  # the new evening before


def test_reminders_run_twice_leave_one_set(
    run_algorithm, customer_layer, configured, emulator, tmp_path
):
    """A second run (a new hour, or the same by mistake) replaces the waiting
    reminders, as the history dock does: one set, never two."""
    reference = notified(run_algorithm, customer_layer, tmp_path)
    run_algorithm("outage:reminders", {"REFERENCE": reference, "EVENING": "19:30"})
    again = run_algorithm("outage:reminders", {"REFERENCE": reference, "EVENING": "20:00"})

    assert again["REMINDERS"] == 2
    with open_history(PluginSettings.load()) as services:
        ((key, (when, count)),) = services.outbox.scheduled(reference).items()
        assert count == 6, "two reminders to three numbers, not four"
        evening = [item for item in waiting(services, reference) if item.at.hour >= 19]
        assert [f"{item.at:%H:%M}" for item in evening] == ["20:00"]
    kept = run_algorithm(
        "outage:reminders", {"REFERENCE": reference, "EVENING": "", "REPLACE": False}
    )
    assert kept["REMINDERS"] == 1  # the morning only, added beside the others
    with open_history(PluginSettings.load()) as services:
        ((key, (when, count)),) = services.outbox.scheduled(reference).items()
        assert count == 9


def test_a_notice_still_waiting_is_moved_not_followed_by_a_postponement(
    run_algorithm, customer_layer, configured, emulator, tmp_path
):
    """outage:reschedule on a work whose notice waits for the time chosen
    (tomorrow): the notice is written again with the new dates, nothing goes
    now, no postponement; MOVED counts its messages."""
    tomorrow = QDateTime.currentDateTime().addDays(1)
    reference = notified(run_algorithm, customer_layer, tmp_path, SEND_AT=tomorrow)
    assert emulator.total_accepted() == 0
    later = notify_tests.START + timedelta(days=7)
    moved = run_algorithm("outage:reschedule", moved_to(reference, later))

    assert (moved["KIND"], moved["SENT"], moved["MOVED"]) == ("planned_interruption", 0, 3)
    assert moved["SCHEDULED_AT"], "it still waits for the time chosen"
    assert emulator.total_accepted() == 0
    with open_history(PluginSettings.load()) as services:
        ((key, (when, count)),) = services.outbox.scheduled(reference).items()
        assert key == (reference, "planned_interruption") and count == 3
        texts = {m.text for m in services.outbox.messages(intervention_id=reference)}
        (text,) = texts
        assert f" {later.day} " in text and f" {notify_tests.START.day} " not in text
        assert services.store.get(reference).planned_start.date() == later.date()
