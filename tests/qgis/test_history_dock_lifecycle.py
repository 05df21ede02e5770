"""The history dock walking an intervention's life, sending follow-ups to the gateway emulator.

The intervention is notified through the real notify pipeline into a
SQLite file in tmp_path; the dock then finishes or cancels it, offers the
follow-up and sends it in its QgsTask. Modal dialogs are answered through
the dock's ``ask`` (the dialogs themselves are real and inspected).
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from notify_support import customer, emulator_settings, wait_for_task
from opened import close_later
from water_outage_notifier.common.vocabulary import (
    CANCELLED,
    FINISHED,
    IN_PROGRESS,
    NOTIFIED,
    UNCERTAIN,
)
from water_outage_notifier.customers.selection import assemble
from water_outage_notifier.dialogs.change_dialogs import FinishDialog
from water_outage_notifier.dialogs.history_dock import HistoryDock
from water_outage_notifier.dialogs.lifecycle_dialogs import (
    UNCERTAIN_COLOUR,
    FollowUpOffer,
    ReasonDialog,
)
from water_outage_notifier.gis.notify_services import (
    gateway_profile,
    message_options,
    open_services,
)
from water_outage_notifier.gis.store_access import open_store
from water_outage_notifier.notify.pipeline import notify
from water_outage_notifier.notify.request import InterventionPlan, NotifyRequest
from water_outage_notifier.store.interventions import ROME, InterventionDraft, InterventionStore
from water_outage_notifier.store.outbox import Outbox

PHONES = ("+393331111111", "+393332222222")
UNWARNED = "+393339999999"
NOTICE = "planned_interruption"


@pytest.fixture()
def settings(qgis_app, emulator, store_location):
    return emulator_settings(emulator, store_location)


def open_database(settings):
    database = open_store(settings)
    return InterventionStore(database), Outbox(database)


@pytest.fixture()
def notified(settings):
    """An intervention notified to PHONES through the pipeline; returns its reference."""
    result = notice(settings, days=3)
    assert result.sent == 2 and result.state == NOTIFIED
    return result.reference


def notice(settings, days: int, **extra):
    """The notice of a work ``days`` ahead at 08:30 to PHONES (``extra``: the
    request's ``send_at``), through the pipeline, the send window overridden."""
    services = close_later(open_services(settings, gateway_profile(settings), with_email=False))
    start = datetime.now(ROME).replace(hour=8, minute=30, second=0, microsecond=0)
    start += timedelta(days=days)
    request = NotifyRequest(
        plan=InterventionPlan(NOTICE, start, start + timedelta(hours=4), "rossi"),
        selection=assemble(
            [customer("C1", [PHONES[0]]), customer("C2", [PHONES[1]])], ("isolated",)
        ),
        options=message_options(settings, override_window=True),
        send_email=False,
        **extra,
    )
    return notify(request, services)


@pytest.fixture()
def dock(qgis_canvas, settings, notified):
    widget = HistoryDock(qgis_canvas, settings=settings)
    widget.shown = []
    widget.answers = {}

    def ask(dialog):  # the operator's answer to each modal dialog, recorded
        widget.shown.append(dialog)
        answer = widget.answers.get(type(dialog), True)
        if callable(answer):  # the operator fills the dialog in, then answers
            return answer(dialog)
        if isinstance(dialog, ReasonDialog) and answer:
            dialog.reason_edit.setText(answer)
            return dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        if isinstance(dialog, FollowUpOffer):
            dialog.override.setChecked(True)  # the test may run at night
            return bool(answer) and dialog.send_button.isEnabled()
        return bool(answer)

    widget.ask = ask
    widget.refresh()
    assert widget.select_reference(notified)
    yield widget
    if widget.lifecycle.messages_dialog is not None:
        widget.lifecycle.messages_dialog.close()
    widget.close()


def enabled(dock):
    lifecycle = dock.lifecycle
    offered = {
        "start": lifecycle.start_action,
        "finish": lifecycle.finish_action,
        "cancel": lifecycle.cancel_action,
        "follow_up": lifecycle.follow_up_action,
        "reschedule": lifecycle.changes.reschedule_action,
        "extend": lifecycle.changes.extend_action,
        "messages": lifecycle.messages_button,
    }
    return {name for name, widget in offered.items() if widget.isEnabled()}


def accepted(emulator):
    return [emulator.accepted_count(phone) for phone in PHONES]


def kinds_sent(outbox, reference, kind):
    return sorted(m.phone for m in outbox.messages(intervention_id=reference) if m.kind == kind)


def test_buttons_offer_only_the_changes_the_state_allows(dock, settings, notified):
    assert enabled(dock) == {"start", "finish", "cancel", "reschedule", "extend", "messages"}
    store, _outbox = open_database(settings)
    today = datetime.now(ROME)
    planned = store.create(
        InterventionDraft("emergency", today, today + timedelta(hours=2), "bianchi")
    )
    dock.refresh()
    dock.select_reference(planned.reference)
    assert enabled(dock) == {"cancel", "reschedule", "extend", "messages"}

    dock.select_reference(notified)
    dock.lifecycle.start_action.trigger()
    assert store.get(notified).state == IN_PROGRESS
    assert "in progress" in dock.message.text()
    assert enabled(dock) == {"finish", "cancel", "extend", "messages"}
    dock.table.clearSelection()
    assert enabled(dock) == set()


def test_finish_offers_water_back_to_the_same_numbers_once(dock, settings, notified, emulator):
    dock.lifecycle.finish_action.trigger()
    confirm, offer = dock.shown
    assert isinstance(confirm, FinishDialog) and notified in confirm.windowTitle()
    assert isinstance(offer, FollowUpOffer) and "the same way: 2 SMS?" in offer.question.text()
    shown_text = offer.text.toPlainText()
    assert notified in shown_text
    wait_for_task(dock.lifecycle)

    store, outbox = open_database(settings)
    assert store.get(notified).state == FINISHED
    assert accepted(emulator) == [2, 2]
    water_back = [m for m in outbox.messages(intervention_id=notified) if m.kind == "water_back"]
    assert sorted(m.phone for m in water_back) == sorted(PHONES)
    assert {m.text for m in water_back} == {shown_text}
    assert "2 SMS sent" in dock.message.text()
    assert enabled(dock) == {"follow_up", "messages"}

    dock.lifecycle.follow_up_action.trigger()  # a second offer
    assert len(dock.shown) == 2, "nothing left to offer: no dialog"
    assert "already had" in dock.message.text()
    assert accepted(emulator) == [2, 2]


def test_a_declined_offer_sends_nothing_and_can_be_sent_later(dock, settings, notified, emulator):
    dock.answers[FollowUpOffer] = False
    dock.lifecycle.finish_action.trigger()
    assert dock.lifecycle.task is None and "was not sent" in dock.message.text()
    assert accepted(emulator) == [1, 1]

    dock.answers[FollowUpOffer] = True
    dock.select_reference(notified)
    dock.lifecycle.follow_up_action.trigger()
    wait_for_task(dock.lifecycle)
    assert accepted(emulator) == [2, 2]
    _store, outbox = open_database(settings)
    assert kinds_sent(outbox, notified, "water_back") == sorted(PHONES)


def test_cancel_offers_the_cancelled_message_to_those_warned(dock, settings, notified, emulator):
    dock.lifecycle.cancel_action.trigger()
    offer = dock.shown[-1]
    assert isinstance(offer, FollowUpOffer) and "cancelled" in offer.question.text()
    wait_for_task(dock.lifecycle)
    store, outbox = open_database(settings)
    assert store.get(notified).state == CANCELLED
    assert kinds_sent(outbox, notified, "cancelled") == sorted(PHONES)
    assert accepted(emulator) == [2, 2]


def test_a_refused_change_is_explained(dock, settings, notified, emulator):
    store, _outbox = open_database(settings)
    store.transition(notified, CANCELLED, "bianchi")  # another operator, behind the dock's back
    dock.lifecycle.finish_action.trigger()
    assert "Refused" in dock.message.text()
    assert "cannot go from 'Cancelled'" in dock.message.text()
    assert not any(isinstance(d, FollowUpOffer) for d in dock.shown)
    assert store.get(notified).state == CANCELLED and accepted(emulator) == [1, 1]


def interrupt_a_send(outbox, reference, text):
    """A notice to UNWARNED that a sender claimed and never settled (killed mid-request)."""
    outbox.enqueue(reference, NOTICE, text, [UNWARNED])
    assert [m.phone for m in outbox.claim("dead-worker", 10, 60.0, reference)] == [UNWARNED]
    assert outbox.expire_leases(assume_dead=True) == 1


def test_messages_show_uncertain_apart_and_resend_is_audited(dock, settings, notified, emulator):
    _store, outbox = open_database(settings)
    text = outbox.messages(intervention_id=notified)[0].text
    interrupt_a_send(outbox, notified, text)
    dock.lifecycle.messages_button.click()
    dialog = dock.lifecycle.messages_dialog
    rows = range(dialog.table.rowCount())
    states = {dialog.table.item(r, 1).text(): dialog.table.item(r, 2).text() for r in rows}
    assert states.pop("+39 333 ***9999") == "To check"  # UNCERTAIN, by its label
    assert set(states) == {"+39 333 ***1111", "+39 333 ***2222"}
    assert set(states.values()) <= {"Accepted by the provider", "Delivered"}
    uncertain_row = [r for r in range(3) if dialog.table.item(r, 2).text() == "To check"]
    assert len(uncertain_row) == 1
    assert dialog.table.item(uncertain_row[0], 0).background().color() == UNCERTAIN_COLOUR
    assert "did not confirm" in dialog.explanation.text()
    assert not any(PHONES[0] in dialog.table.item(r, 1).text() for r in range(3))

    first = [r for r in range(3) if dialog.table.item(r, 1).text() == "+39 333 ***1111"][0]
    dialog.table.selectRow(first)
    dock.answers[ReasonDialog] = "customer says the SMS never arrived"
    dialog.resend_button.click()
    wait_for_task(dock.lifecycle)

    assert accepted(emulator) == [2, 1]
    (audit,) = outbox.audit(notified)
    assert audit["reason"] == "customer says the SMS never arrived"
    assert audit["messages"] == 1 and audit["kind"] == NOTICE
    assert "customer says the SMS never arrived" in dialog.audit.item(0).text()
    # Every send recovers first: the message in doubt was asked about at the
    # gateway, which never had it, so it went now, once (issue 13).
    assert outbox.messages(UNCERTAIN, notified) == []
    assert emulator.accepted_count(UNWARNED) == 1


def test_a_resend_without_a_reason_sends_nothing(dock, settings, notified, emulator):
    dock.lifecycle.messages_button.click()
    dialog = dock.lifecycle.messages_dialog
    dialog.table.selectRow(0)
    dock.answers[ReasonDialog] = "   "
    dialog.resend_button.click()
    assert dock.lifecycle.task is None and "Nothing re-sent" in dialog.message.text()
    _store, outbox = open_database(settings)
    assert outbox.audit(notified) == [] and accepted(emulator) == [1, 1]


def test_a_follow_up_outside_the_send_window_waits_for_its_opening(dock, settings, notified):
    now = datetime.now(ROME)
    opening = now + timedelta(hours=1)
    settings.messages.window_start = f"{opening:%H:%M}"
    settings.messages.window_end = f"{now + timedelta(hours=2):%H:%M}"
    dock.answers[FollowUpOffer] = False
    dock.lifecycle.finish_action.trigger()
    offer = dock.shown[-1]
    assert offer.send_button.isEnabled()  # the override was ticked by the operator
    offer.override.setChecked(False)
    issues = [offer.issues.item(i).text() for i in range(offer.issues.count())]
    assert offer.send_button.isEnabled() and not any("Blocking" in text for text in issues)
    day = "today" if opening.date() == now.date() else "tomorrow"  # past midnight: tomorrow
    assert any(f"will be sent {day} at {opening:%H:%M}" in text for text in issues), issues
