"""One intervention per work (issue 13, finding 2), with the real dialog under Xvfb.

A failed send (wrong password), the fix, Send again, then the dialog closed
and opened again for the same traced work: it must continue the same
intervention (no INT-…-0002, no second SMS). A second intervention is made
only when the operator asks for one, and its overlap with the first is said
before Send. The local gateway emulator; the store a SQLite file (and
PostgreSQL when the test cluster runs).
"""

from __future__ import annotations

import pytest
from notify_support import customer, emulator_settings, planned, wait_for_task
from water_outage_notifier.customers.selection import assemble
from water_outage_notifier.dialogs.notify_dialog import NotifyDialog
from water_outage_notifier.gis.auth import store_credentials
from water_outage_notifier.gis.store_access import open_store
from water_outage_notifier.store.interventions import InterventionStore

PHONES = tuple(f"+3933311{n:05d}" for n in range(12))
SELECTION = assemble([customer(f"C{n}", [phone]) for n, phone in enumerate(PHONES)], ("isolated",))
MINUTES = "dd/MM/yyyy HH:mm"
WORK = {"work_pipe_ids": ("P7", "P8"), "segment_ids": ("P7", "P8", "P9"), "valves_to_close": ()}


@pytest.fixture()
def settings(qgis_app, emulator, store_location):
    return emulator_settings(emulator, store_location)


def opened(settings, plan_ids=WORK):
    return NotifyDialog(SELECTION, dict(plan_ids), settings=settings)


def press(window):
    window.send_button.click()
    wait_for_task(window)
    return window.last_result


def references(settings) -> list:
    database = open_store(settings)
    try:
        return [item.reference for item in InterventionStore(database).select()]
    finally:
        database.close()


def test_reopening_for_the_same_work_continues_its_intervention(settings, emulator):
    authcfg = settings.profile().authcfg
    store_credentials("emulator", {"username": "utility", "password": "wrong"}, authcfg)
    first = planned(opened(settings))
    assert not first.continuing.isVisibleTo(first)
    failed = press(first)
    assert failed.sent_now == 0 and emulator.total_accepted() == 0
    store_credentials("emulator", {"username": "utility", "password": "skebby-secret"}, authcfg)
    assert press(first).sent_now == len(PHONES)
    start, end = (picker.dateTime().toString(MINUTES) for picker in (first.start, first.end))
    first.close()

    again = opened(settings)  # the operator opens "Notify customers…" for the same work
    try:
        assert again.reference == failed.reference
        assert failed.reference in again.continuing.text()
        assert again.new_button.isVisibleTo(again)
        assert [p.dateTime().toString(MINUTES) for p in (again.start, again.end)] == [start, end]
        again.override.setChecked(True)
        result = press(again)
    finally:
        again.close()
    assert result.reference == failed.reference and result.sent_now == 0
    assert emulator.total_accepted() == len(PHONES)  # nobody got it twice
    assert references(settings) == [failed.reference]
    assert not again.resend_button.isVisibleTo(again)


def test_another_work_and_an_asked_new_intervention_make_new_ones_said_before_send(
    settings, emulator
):
    first = planned(opened(settings))
    made = press(first).reference
    first.close()

    other = planned(opened(settings, {**WORK, "work_pipe_ids": ("P40",)}))
    assert other.reference is None and not other.continuing.isVisibleTo(other)
    other.close()

    second = opened(settings)
    try:
        assert second.reference == made
        shown = [second.issues.item(row).text() for row in range(second.issues.count())]
        assert not any(made in line for line in shown)  # itself is no overlap
        second.new_button.click()  # the operator asks for a second intervention
        assert second.reference is None
        shown = [second.issues.item(row).text() for row in range(second.issues.count())]
        assert any(made in line for line in shown), shown  # said before Send
        assert emulator.total_accepted() == len(PHONES)
    finally:
        second.close()
