"""What follows the notice reaches each customer by the notice's channel.

An intervention with SMS, landline and email customers: the postponement,
the extension, water back, the cancellation and the reminders go to each
of them on their channel (a call saying the speech template, an email),
exactly once across a second dispatch pass; a follow-up's call waits for
the calling window on a fake clock; opt-outs apply; a channel no longer
set up is said, never dropped in silence. Against the gateway emulator
(SMS, relay voice gateway) and the local SMTP server.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest
from opened import close_later
from test_notify_calls import HOME
from test_notify_pipeline import ADMIN, OPTIONS, OWN, customer, request
from test_scheduled_sending import Clock, local
from water_outage_notifier.common.sms_encoding import analyse
from water_outage_notifier.common.vocabulary import (
    ACCEPTED,
    CALL,
    CANCELLATION,
    CANCELLED_BEFORE_SENDING,
    EMAIL,
    EXTENSION,
    FAILED,
    PENDING,
    POSTPONEMENT,
    REMINDER,
    SMS,
    UNDELIVERED,
    WATER_BACK,
)
from water_outage_notifier.customers.selection import assemble
from water_outage_notifier.devtools.gateway_emulator import RELAY_VOICE_OPTIONS
from water_outage_notifier.devtools.smtp_server import LocalSmtpServer
from water_outage_notifier.mail.smtp import SmtpSettings
from water_outage_notifier.notify.backoff import RetryPolicy
from water_outage_notifier.notify.changes import extend, reschedule
from water_outage_notifier.notify.dispatch import dispatch
from water_outage_notifier.notify.history import list_history, sent_per_channel
from water_outage_notifier.notify.lifecycle import cancel, finish, follow_up_plan
from water_outage_notifier.notify.pipeline import follow_up, notify
from water_outage_notifier.notify.reminders import schedule_reminders
from water_outage_notifier.notify.request import MailCopy, Resend, Services
from water_outage_notifier.notify.resend import messages_of, resend_messages
from water_outage_notifier.notify.states import message_rows_source
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import create_provider
from water_outage_notifier.store.db import Database
from water_outage_notifier.store.interventions import InterventionStore
from water_outage_notifier.store.outbox import Outbox
from water_outage_notifier.store.replies import Replies
from water_outage_notifier.store.report_figures import build_report

ROSSI = "rossi@example.it"
MIXED = assemble(
    [
        customer("C1", [ADMIN]),
        customer("C3", [OWN], street="Via Cavour"),
        replace(customer("C5", reason="landline"), landlines=(HOME,)),
        replace(customer("C7", reason="no_phone"), emails=(ROSSI,)),
    ],
    ("isolated",),
)
ALL_CHANNELS = replace(OPTIONS, voice=True, customer_email=True)
KIND = "planned_interruption"
NEW_DATES = (local(2026, 3, 12, 8, 30), local(2026, 3, 12, 12, 30))


@pytest.fixture
def mailbox(tmp_path):
    with LocalSmtpServer(tmp_path / "mail") as server:
        yield server


def open_services(
    tmp_path, emulator, clock: Clock, mailbox=None, voice=True, **voice_options
) -> Services:
    """One process's services on a fake clock: SMS, calls (relay voice gateway), email."""
    db = Database(str(tmp_path / "outage.sqlite"))
    credentials = Credentials("utility", "skebby-secret")
    sms = GatewayProfile("sms", "skebby", emulator.url, "AcquaImola", rate=1000.0)
    calls = GatewayProfile(
        "calls", "generic", emulator.url, options={**RELAY_VOICE_OPTIONS, **voice_options}
    )
    mail = None
    if mailbox is not None:
        smtp = SmtpSettings("127.0.0.1", mailbox.port, security="none", timeout=5.0)
        mail = MailCopy(smtp, "avvisi@acqua-imola.it", ("callcentre@acqua-imola.it",))
    return close_later(
        Services(
            outbox=Outbox(db, clock=clock),
            store=InterventionStore(db, clock=clock.moment),
            provider=create_provider(sms, credentials),
            voice=create_provider(calls, credentials) if voice else None,
            mail=mail,
            now=clock.moment,
            retry=RetryPolicy(max_tries=2, base_delay=0.01, max_delay=0.02, patience=1.0),
        )
    )


def to_customers(mailbox) -> list:
    return [m for m in mailbox.messages if "callcentre" not in str(m["To"])]


def notified(tmp_path, emulator, mailbox, clock, **voice_options):
    services = open_services(tmp_path, emulator, clock, mailbox, **voice_options)
    result = notify(request(selection=MIXED, options=ALL_CHANNELS), services)
    assert result.ok and result.sent == 2, result.refused
    assert result.calls[ACCEPTED] == 1 and result.emails[ACCEPTED] == 1
    return services, result.reference


def kinds_on(services, reference, channel) -> list:
    return sorted(
        (m.kind, m.generation, m.state, m.code)
        for m in services.outbox.messages(intervention_id=reference, channel=channel)
    )


def test_a_postponement_reaches_each_customer_on_the_notice_channel_once(
    tmp_path, emulator, mailbox
):
    clock = Clock(local(2026, 3, 2, 10, 0))
    services, reference = notified(tmp_path, emulator, mailbox, clock)
    new = (local(2026, 3, 12, 8, 30), local(2026, 3, 12, 12, 30))

    result = reschedule(reference, services, ALL_CHANNELS, "Rossi", *new)

    assert result.ok and result.sent == 2 and result.warnings == ()
    assert result.calls[ACCEPTED] == 1 and result.emails[ACCEPTED] == 1
    notice, postponed = emulator.calls(HOME)
    assert "rinviati" in postponed["text"] and "dodici marzo" in postponed["text"]
    assert "rinviati" not in notice["text"]
    first, second = to_customers(mailbox)
    assert str(second["To"]) == ROSSI and "RINVIATI" in second.get_content()
    assert (emulator.accepted_count(ADMIN), emulator.accepted_count(OWN)) == (2, 2)
    for _ in range(2):  # exactly once: a dispatch pass finds nothing more to send
        dispatch(services)
    assert len(emulator.calls(HOME)) == 2 and len(to_customers(mailbox)) == 2
    assert emulator.accepted_count(ADMIN) == 2
    assert [k[:2] for k in kinds_on(services, reference, CALL)] == [
        ("planned_interruption", 0),
        (POSTPONEMENT, 0),
    ]
    again = reschedule(reference, services, ALL_CHANNELS, "Rossi", *new)
    assert again.ok and len(emulator.calls(HOME)) == 3, "a second postponement is its own"
    assert len(to_customers(mailbox)) == 3


def test_extension_water_back_and_cancellation_go_by_call_and_email(tmp_path, emulator, mailbox):
    clock = Clock(local(2026, 3, 2, 10, 0))
    services, reference = notified(tmp_path, emulator, mailbox, clock)
    assert extend(reference, services, ALL_CHANNELS, "Rossi", local(2026, 3, 5, 16, 0)).ok
    assert "si prolungano" in emulator.calls(HOME)[-1]["text"]
    clock.at(local(2026, 3, 5, 15, 0))
    finish(reference, services, "Rossi")
    back = follow_up(reference, WATER_BACK, services, ALL_CHANNELS, "Rossi")
    assert back.ok and back.calls[ACCEPTED] == 1 and back.emails[ACCEPTED] == 1
    assert "di nuovo disponibile" in emulator.calls(HOME)[-1]["text"]
    twice = follow_up(reference, WATER_BACK, services, ALL_CHANNELS, "Rossi")
    dispatch(services)
    assert twice.ok and len(emulator.calls(HOME)) == 3 and len(to_customers(mailbox)) == 3
    for channel in (CALL, EMAIL):
        assert [k[0] for k in kinds_on(services, reference, channel)] == [
            EXTENSION,
            "planned_interruption",
            WATER_BACK,
        ]

    other = tmp_path / "other"
    other.mkdir()
    clock.at(local(2026, 3, 2, 10, 0))
    services, reference = notified(other, emulator, mailbox, clock)
    cancel(reference, services, "Rossi", "valve replaced earlier")
    gone = follow_up(reference, CANCELLATION, services, ALL_CHANNELS, "Rossi")
    assert gone.ok and "annullata" in emulator.calls(HOME)[-1]["text"]
    assert gone.emails[ACCEPTED] == 1


def test_reminders_call_the_landline_and_email_at_their_time(tmp_path, emulator, mailbox):
    clock = Clock(local(2026, 3, 2, 10, 0))
    services, reference = notified(tmp_path, emulator, mailbox, clock)
    done = schedule_reminders(reference, services, ALL_CHANNELS, "Rossi")
    assert (done.numbers, done.calls, done.emails) == (2, 1, 1)
    assert len(emulator.calls(HOME)) == 1, "nothing before its time"
    clock.at(local(2026, 3, 4, 19, 0))
    dispatch(services)
    dispatch(services)
    assert len(emulator.calls(HOME)) == 2 and "Promemoria" in emulator.calls(HOME)[-1]["text"]
    assert len(to_customers(mailbox)) == 2
    new = (local(2026, 3, 12, 8, 30), local(2026, 3, 12, 12, 30))
    reschedule(reference, services, ALL_CHANNELS, "Rossi", *new)
    morning = [k for k in kinds_on(services, reference, CALL) if k[:2] == (REMINDER, 1)]
    assert morning == [(REMINDER, 1, FAILED, CANCELLED_BEFORE_SENDING)], "called off"
    clock.at(local(2026, 3, 5, 8, 0))
    dispatch(services)
    assert len(emulator.calls(HOME)) == 3, "the postponement only, no old morning reminder"


def test_a_reminder_call_waits_for_the_calling_window(tmp_path, emulator, mailbox):
    clock = Clock(local(2026, 3, 2, 10, 0))
    calling = {"send_window": "09:00-20:00"}  # narrower than the SMS window (08:00-21:00)
    services, reference = notified(tmp_path, emulator, mailbox, clock, **calling)
    late = schedule_reminders(reference, services, ALL_CHANNELS, "Rossi", time(20, 30), None)
    assert late.times == (local(2026, 3, 4, 20, 30),) and late.calls == 1
    clock.at(local(2026, 3, 4, 20, 30))
    dispatch(services)
    assert len(emulator.calls(HOME)) == 1, "nobody is rung after the calling window"
    assert len(to_customers(mailbox)) == 2 and emulator.accepted_count(ADMIN) == 2
    (waiting,) = services.outbox.messages(PENDING, reference, CALL)
    clock.at(local(2026, 3, 5, 8, 59))
    dispatch(services)
    assert len(emulator.calls(HOME)) == 1, "nor before it opens"
    clock.at(local(2026, 3, 5, 9, 0))
    dispatch(services)
    dispatch(services)
    assert len(emulator.calls(HOME)) == 2 and "Promemoria" in emulator.calls(HOME)[-1]["text"]
    assert services.outbox.messages(ACCEPTED, reference, CALL)[-1].id == waiting.id


def test_an_opted_out_landline_is_not_called_again(tmp_path, emulator, mailbox):
    clock = Clock(local(2026, 3, 2, 10, 0))
    services, reference = notified(tmp_path, emulator, mailbox, clock)
    Replies(services.outbox.db, clock=clock).opt_out([HOME], "import")
    result = extend(reference, services, ALL_CHANNELS, "Rossi", local(2026, 3, 5, 16, 0))
    assert result.ok and result.calls == {} and len(emulator.calls(HOME)) == 1
    assert result.emails[ACCEPTED] == 1


def test_a_channel_no_longer_set_up_is_said_not_dropped(tmp_path, emulator, mailbox):
    clock = Clock(local(2026, 3, 2, 10, 0))
    notified(tmp_path, emulator, mailbox, clock)[0].close()
    services = open_services(tmp_path, emulator, clock, voice=False)  # no voice, no mail
    (reference,) = {m.intervention_id for m in services.outbox.messages()}
    result = extend(reference, services, OPTIONS, "Rossi", local(2026, 3, 5, 16, 0))
    assert result.ok and result.sent == 2
    said = {w.code: w.params for w in result.warnings}
    assert said["call_not_configured"] == {
        "customers": 1,
        "kind": EXTENSION,
        "reference": reference,
    }
    assert said["email_not_configured"]["customers"] == 1
    assert kinds_on(services, reference, CALL)[0][0] != EXTENSION
    assert len(emulator.calls(HOME)) == 1


def test_set_up_in_the_settings_but_not_opened_the_calls_wait_for_the_dispatch_run(
    tmp_path, emulator, mailbox
):
    clock = Clock(local(2026, 3, 2, 10, 0))
    notified(tmp_path, emulator, mailbox, clock)[0].close()
    reader = open_services(tmp_path, emulator, clock, voice=False)  # outage:reminders' reading
    (reference,) = {m.intervention_id for m in reader.outbox.messages()}
    done = schedule_reminders(reference, reader, ALL_CHANNELS, "Rossi")
    assert (done.calls, done.emails, done.warnings) == (1, 1, ())
    sender = open_services(tmp_path, emulator, clock, mailbox)
    clock.at(local(2026, 3, 4, 19, 0))
    dispatch(sender)
    assert len(emulator.calls(HOME)) == 2 and len(to_customers(mailbox)) == 2
    assert {m.channel for m in sender.outbox.messages(ACCEPTED, reference)} >= {SMS, CALL}


def test_the_pilot_report_and_the_history_count_each_channel(tmp_path, emulator, mailbox):
    emulator.set_call_outcome(HOME, "completed")
    clock = Clock(local(2026, 3, 2, 10, 0))
    services, reference = notified(tmp_path, emulator, mailbox, clock)
    reschedule(reference, services, ALL_CHANNELS, "Rossi", *NEW_DATES)

    total = build_report(
        services.store, date(2026, 3, 1), date(2026, 3, 31), message_rows_source(services.outbox)
    ).total
    assert (total.sms_accepted, total.calls_placed, total.customer_emails_sent) == (4, 2, 2)
    assert total.calls_answered == 0 and total.calls_failed == 0  # no outcome read yet
    texted = services.outbox.messages(channel=SMS)
    assert total.sms_segments == sum(analyse(m.text).segments for m in texted), "no call billed"
    for _ in range(4):  # the emulator's call rings, is answered, ends: one step a read
        dispatch(services)
    total = build_report(
        services.store, date(2026, 3, 1), date(2026, 3, 31), message_rows_source(services.outbox)
    ).total
    assert (total.calls_placed, total.calls_answered) == (2, 2)

    assert sent_per_channel(services.outbox) == {reference: {SMS: 2, CALL: 1, EMAIL: 1}}
    (entry,) = list_history(services, datetime(2026, 3, 1), datetime(2026, 3, 31))
    assert entry.sent_by_channel == {SMS: 2, CALL: 1, EMAIL: 1}, "the notice, not the follow-ups"
    assert entry.sent == 4


def test_a_resend_calls_again_and_emails_again_on_each_channel(tmp_path, emulator, mailbox):
    emulator.set_call_outcome(HOME, "busy", "completed")
    clock = Clock(local(2026, 3, 2, 10, 0))
    services, reference = notified(tmp_path, emulator, mailbox, clock, redial_attempts=0)
    for _ in range(3):  # busy, and no redial left: the call surely did not arrive
        dispatch(services)
    lost = [m.phone for m in messages_of(services, reference).rows if m.state == UNDELIVERED]
    assert lost == [HOME]
    why = Resend("Rossi", "the line was busy")

    result = resend_messages(services, reference, KIND, [HOME, ROSSI, OWN], why)

    assert result.ok and result.sent_now == 3, result.refused
    assert result.calls[ACCEPTED] == 1 and result.emails[ACCEPTED] == 1
    assert [c["outcome"] for c in emulator.calls(HOME)] == ["busy", "completed"]
    assert len(to_customers(mailbox)) == 2 and emulator.accepted_count(OWN) == 2
    assert {(a["kind"], a["messages"]) for a in services.outbox.audit(reference)} == {(KIND, 1)}
    assert len(services.outbox.audit(reference)) == 3, "one audit row per channel"
    dispatch(services)
    assert len(emulator.calls(HOME)) == 2 and len(to_customers(mailbox)) == 2

    services.close()
    without = open_services(tmp_path, emulator, clock, voice=False)
    refused = resend_messages(without, reference, KIND, [HOME], why)
    assert [r.code for r in refused.refused] == ["call_not_configured"]
    assert len(emulator.calls(HOME)) == 2


def test_customers_reached_by_call_or_email_are_warned_not_unreachable(tmp_path, emulator, mailbox):
    """The pilot report counts the customers warned per channel: a landline
    customer whose call was answered is warned by call, not "unreachable
    (landline)"; an emailed customer is warned by email."""
    emulator.set_call_outcome(HOME, "completed")
    clock = Clock(local(2026, 3, 2, 10, 0))
    services, reference = notified(tmp_path, emulator, mailbox, clock)

    def figures():
        return build_report(
            services.store,
            date(2026, 3, 1),
            date(2026, 3, 31),
            message_rows_source(services.outbox),
        ).total

    before = figures()
    assert dict(before.warned_by_channel) == {SMS: 2, EMAIL: 1}, "the call is not answered yet"
    assert dict(before.unreachable_by_reason) == {"landline": 1}
    for _ in range(4):  # the emulator's call rings, is answered, ends: one step a read
        dispatch(services)
    after = figures()
    assert dict(after.warned_by_channel) == {SMS: 2, CALL: 1, EMAIL: 1}
    assert after.customers_warned == 4 and not after.unreachable_by_reason
    # the snapshot alone (no outbox at hand) says the same
    alone = build_report(services.store, date(2026, 3, 1), date(2026, 3, 31)).total
    assert dict(alone.warned_by_channel) == {SMS: 2, CALL: 1, EMAIL: 1}


def test_the_follow_up_offer_counts_each_channel(tmp_path, emulator, mailbox):
    clock = Clock(local(2026, 3, 2, 10, 0))
    services, reference = notified(tmp_path, emulator, mailbox, clock)
    closing = finish(reference, services, "Rossi")
    assert closing.follow_up_recipients == 4
    plan = follow_up_plan(services, reference, WATER_BACK)
    assert (plan.warned, plan.channels) == (4, {SMS: 2, CALL: 1, EMAIL: 1})
    follow_up(reference, WATER_BACK, services, ALL_CHANNELS, "Rossi")
    plan = follow_up_plan(services, reference, WATER_BACK)
    assert (plan.warned, plan.channels, plan.missing) == (4, {}, ())
