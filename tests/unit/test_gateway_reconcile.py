"""Messages left in doubt, settled with the provider's own records (issue 13):
Skebby by ``order_id``, Twilio through its message list, the generic
provider through its look-up template; and "cannot ask" held with a reason.
Against the real local emulator, at provider level and through
``Dispatcher.reconcile`` / ``resume`` / ``poll_reports``."""

import time
from dataclasses import replace
from datetime import datetime

import pytest
from opened import close_later
from water_outage_notifier.common.vocabulary import (
    ACCEPTED,
    DELIVERED,
    FAILED,
    MESSAGE_KINDS,
    PENDING,
    UNCERTAIN,
    UNDELIVERED,
)
from water_outage_notifier.devtools.gateway_emulator import (
    ACCEPTED_THEN_500,
    RELAY_OPTIONS,
    SERVER_ERROR,
    Fault,
    GatewayEmulator,
    read_timeout,
)
from water_outage_notifier.messages.context import MessageContext
from water_outage_notifier.messages.render import render_sms
from water_outage_notifier.notify.backoff import RetryPolicy
from water_outage_notifier.notify.dispatcher import REPORT_STATES, Dispatcher
from water_outage_notifier.sms_gateway import reasons
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import (
    Capabilities,
    Delivery,
    Finding,
    Outcome,
    OutgoingMessage,
    Provider,
    SubmitResult,
    create_provider,
    register_provider,
)
from water_outage_notifier.sms_gateway.providers.skebby import delivery_of
from water_outage_notifier.sms_gateway.providers.twilio import carries
from water_outage_notifier.store.db import Database
from water_outage_notifier.store.outbox import Outbox

REF = "INT-2026-0001"
TEXT = f"Acqua Imola: giovedi 12/06 dalle 8:30 acqua sospesa in via Emilia. Rif. {REF}"
PHONES = [f"+39333{n:07d}" for n in range(1, 7)]
CREDENTIALS = {
    "twilio": Credentials("ACtest", "twilio-secret"),
    "skebby": Credentials("utility", "skebby-secret"),
    "generic": Credentials("utility", "skebby-secret"),
}
QUICK = RetryPolicy(max_tries=3, base_delay=0.01, max_delay=0.05)


def provider(emu, kind, **options):
    if kind == "generic":
        options = {**RELAY_OPTIONS, **options}
    profile = GatewayProfile("t", kind, emu.url, "HeraAcqua", read_timeout=0.5, options=options)
    return close_later(create_provider(profile, CREDENTIALS[kind]))


def message(n=0, text=TEXT, **fields):
    return OutgoingMessage(f"r-m{n}", PHONES[n], text, reference=REF, **fields)


def dispatcher(tmp_path, emu, kind, retry=QUICK, **options):
    sender = provider(emu, kind, **options)
    outbox = Outbox(Database(str(tmp_path / f"{kind}.sqlite")))
    return Dispatcher(outbox, sender, retry=retry, rate=1000.0)


def states(disp):
    return {m.phone: (m.state, m.code) for m in disp.outbox.messages()}


# -- Twilio: the message list ------------------------------------------------


def test_twilio_accepted_then_500_is_found_in_the_list_while_still_queued(emulator):
    emulator.add_fault("twilio_send", ACCEPTED_THEN_500)
    twilio = provider(emulator, "twilio")
    result = twilio.submit("b1", [message()])
    assert result.outcome is Outcome.LOOKUP and result.code == reasons.SERVER_ERROR
    (listed,) = emulator.twilio_messages(PHONES[0])
    found = twilio.reconcile({"b1": [message()]})["r-m0"]
    assert found.finding is Finding.SENT
    assert found.report.provider_id == listed["sid"] and found.report.delivery is Delivery.ACCEPTED
    # still queued: a DateSent filter would not have listed it
    assert emulator.request_count("twilio_list") == 1


def test_twilio_absence_proves_nothing_until_the_list_has_settled(emulator):
    emulator.add_fault("twilio_send", SERVER_ERROR)
    twilio = provider(emulator, "twilio")
    assert twilio.submit("b1", [message()]).outcome is Outcome.LOOKUP
    now = time.time()
    unknown_time = twilio.reconcile({"b1": [message()]})["r-m0"]
    assert (unknown_time.finding, unknown_time.code) == (Finding.HELD, reasons.NOT_LISTED_YET)
    recent = twilio.reconcile({"b1": [message(attempted_at=now - 10)]})["r-m0"]
    assert recent.finding is Finding.HELD and recent.retry_at == pytest.approx(now + 110)
    old = twilio.reconcile({"b1": [message(attempted_at=now - 121)]})["r-m0"]
    assert (old.finding, old.code) == (Finding.NOT_SENT, reasons.NOT_SENT)
    eager = provider(emulator, "twilio", list_settle_seconds=0)
    assert eager.reconcile({"b1": [message()]})["r-m0"].finding is Finding.NOT_SENT
    assert emulator.total_accepted() == 0


def test_twilio_never_matches_a_text_without_the_intervention_reference(emulator):
    emulator.add_fault("twilio_send", ACCEPTED_THEN_500)
    twilio = provider(emulator, "twilio")
    plain = message(text="Acqua sospesa domani dalle 8 alle 12.")
    twilio.submit("b1", [plain])
    found = twilio.reconcile({"b1": [plain]})["r-m0"]
    assert (found.finding, found.code) == (Finding.HELD, reasons.TEXT_WITHOUT_REFERENCE)
    longer = message(text=TEXT.replace(REF, REF + "2"))  # INT-2026-00012 is not INT-2026-0001
    twilio.submit("b2", [longer])
    found = twilio.reconcile({"b2": [longer]})["r-m0"]
    assert found.code == reasons.TEXT_WITHOUT_REFERENCE


def test_twilio_holds_ambiguous_and_near_identical_matches(emulator):
    twilio = provider(emulator, "twilio", list_settle_seconds=0)
    twilio.submit("a", [message(0)])
    twilio.submit("b", [message(0)])  # two identical messages listed, one in doubt
    found = twilio.reconcile({"c": [message(0)]})["r-m0"]
    assert (found.finding, found.code) == (Finding.HELD, reasons.AMBIGUOUS_MATCH)
    both = twilio.reconcile({"c": [message(0)], "d": [replace(message(0), ref="r-m9")]})
    assert {r.finding for r in both.values()} == {Finding.SENT}
    assert len({r.report.provider_id for r in both.values()}) == 2
    ours = TEXT.replace("acqua sospesa", "l'acqua manca")
    twilio.submit("e", [message(1, text=ours.replace("'", "\u2019"))])  # smart-encoded
    curly = twilio.reconcile({"f": [message(1, text=ours)]})["r-m1"]
    assert (curly.finding, curly.code) == (Finding.HELD, reasons.SIMILAR_MESSAGE)
    twilio.submit("g", [message(2, text=TEXT.replace("via", "VIA").replace(" ", "  "))])
    near = twilio.reconcile({"h": [message(2)]})["r-m2"]
    assert (near.finding, near.code) == (Finding.HELD, reasons.SIMILAR_MESSAGE)
    other = twilio.reconcile({"i": [message(2, text=TEXT + " Grazie.")]})["r-m2"]
    assert other.finding is Finding.NOT_SENT


def test_twilio_ids_known_to_the_caller_are_never_handed_out_again(emulator):
    twilio = provider(emulator, "twilio", list_settle_seconds=0)
    first = twilio.submit("a", [message()]).for_message("r-m0").provider_id
    again = twilio.reconcile({"b": [message()]}, known_ids={first})["r-m0"]
    assert again.finding is Finding.NOT_SENT


def test_twilio_list_is_read_page_by_page_and_waits_out_a_throttled_list(emulator):
    twilio = provider(emulator, "twilio", list_page_size=2, list_settle_seconds=0)
    for n in range(5):
        twilio.submit(f"o{n}", [message(0, text=f"older notice {n}")])
    twilio.submit("x", [message(0)])
    emulator.add_fault("twilio_list", Fault(status=429, retry_after="0"))
    twilio.sleep = lambda seconds: None
    found = twilio.reconcile({"y": [message(0)]})["r-m0"]
    assert found.finding is Finding.SENT
    assert emulator.request_count("twilio_list") == 1 + 3  # the 429, then pages of 2, 2, 2


def test_twilio_list_failing_holds_the_message_for_later(emulator):
    twilio = provider(emulator, "twilio", list_settle_seconds=0)
    emulator.add_fault("twilio_list", SERVER_ERROR)
    found = twilio.reconcile({"y": [message(0)]})["r-m0"]
    assert (found.finding, found.code) == (Finding.HELD, reasons.LOOKUP_UNAVAILABLE)


# -- Skebby: the order ----------------------------------------------------------


def test_skebby_order_settles_each_recipient(emulator):
    skebby = provider(emulator, "skebby")
    emulator.set_invalid(PHONES[2])
    batch = [message(n) for n in range(3)]
    emulator.add_fault("skebby_send", ACCEPTED_THEN_500)
    assert skebby.submit("ord-1", batch).outcome is Outcome.LOOKUP
    found = skebby.reconcile({"ord-1": batch, "ord-never": [message(3)]})
    assert [found[m.ref].finding for m in batch] == [Finding.SENT, Finding.SENT, Finding.REFUSED]
    assert found["r-m2"].code == reasons.INVALID_NUMBER
    assert found["r-m3"].finding is Finding.NOT_SENT
    emulator.add_fault("skebby_status", SERVER_ERROR)
    held = skebby.reconcile({"ord-1": batch})
    assert {r.code for r in held.values()} == {reasons.LOOKUP_UNAVAILABLE}


@pytest.mark.parametrize(
    "status, delivery",
    [
        ("WAITING", Delivery.ACCEPTED),
        ("SENT", Delivery.ACCEPTED),
        ("WAIT4DLVR", Delivery.ACCEPTED),
        ("SCHEDULED", Delivery.ACCEPTED),
        ("DLVRD", Delivery.DELIVERED),
        ("ERROR", Delivery.UNDELIVERED),
        ("TIMEOUT", Delivery.UNDELIVERED),
        ("KO", Delivery.UNDELIVERED),
        ("INVALIDDST", Delivery.REFUSED),
        ("BLACKLISTED", Delivery.REFUSED),
        ("TOOM4NUM", Delivery.REFUSED),
        ("SOMETHINGNEW", Delivery.ACCEPTED),
    ],
)
def test_skebby_recipient_statuses_are_normalised(status, delivery):
    assert delivery_of(status) is delivery


# -- the generic provider's look-up template ---------------------------------


def test_generic_lookup_by_client_reference(emulator):
    relay = provider(emulator, "generic")
    emulator.add_fault("relay_send", ACCEPTED_THEN_500)
    assert relay.submit("b", [message(0)]).outcome is Outcome.LOOKUP
    found = relay.reconcile({"b": [message(0), message(1)]})
    assert found["r-m0"].finding is Finding.SENT
    assert found["r-m0"].report.delivery is Delivery.ACCEPTED
    assert found["r-m1"].finding is Finding.NOT_SENT  # 404: never received


def test_generic_lookup_by_provider_id_cannot_settle_a_message_without_one(emulator):
    by_id = provider(emulator, "generic", lookup_url="{{ base_url }}/x/{{ message.provider_id }}")
    found = by_id.reconcile({"b": [message(0)]})["r-m0"]
    assert (found.finding, found.code) == (Finding.HELD, reasons.LOOKUP_NEEDS_ID)
    without = provider(emulator, "generic", client_reference=False)
    found = without.reconcile({"b": [message(0)]})["r-m0"]
    assert (found.finding, found.code) == (Finding.HELD, reasons.CANNOT_ASK)


# -- through the dispatcher --------------------------------------------------------


@pytest.mark.parametrize("kind", ["twilio", "skebby", "generic"])
def test_every_second_request_accepted_then_500_sends_each_number_exactly_once(
    tmp_path, emulator, kind
):
    endpoint = {"twilio": "twilio_send", "skebby": "skebby_send", "generic": "relay_send"}[kind]
    emulator.fail_every(endpoint, 2, ACCEPTED_THEN_500)
    extra = {"max_batch": 2} if kind == "skebby" else {}
    disp = dispatcher(tmp_path, emulator, kind, **extra)
    summary = disp.send_intervention(REF, "start", TEXT, PHONES)
    assert summary.counts[ACCEPTED] == len(PHONES) and summary.counts[UNCERTAIN] == 0
    assert [emulator.accepted_count(phone) for phone in PHONES] == [1] * len(PHONES)


@pytest.mark.parametrize("kind", ["twilio", "skebby", "generic"])
def test_500_not_accepted_on_every_second_request_then_resume(tmp_path, emulator, kind):
    endpoint = {"twilio": "twilio_send", "skebby": "skebby_send", "generic": "relay_send"}[kind]
    emulator.fail_every(endpoint, 2, SERVER_ERROR)
    options = {"list_settle_seconds": 0} if kind == "twilio" else {}
    patient = RetryPolicy(max_tries=10, base_delay=0.01, max_delay=0.05)
    disp = dispatcher(tmp_path, emulator, kind, retry=patient, **options)
    disp.send_intervention(REF, "start", TEXT, PHONES)
    emulator.fail_every(endpoint, 2, None)
    disp.resume(assume_dead=True)
    assert {state for state, _code in states(disp).values()} == {ACCEPTED}
    assert [emulator.accepted_count(phone) for phone in PHONES] == [1] * len(PHONES)


def test_twilio_read_timeout_after_acceptance_is_found_without_resending(tmp_path, emulator):
    emulator.add_fault("twilio_send", read_timeout(2.0))
    disp = dispatcher(tmp_path, emulator, "twilio")
    summary = disp.send_intervention(REF, "start", TEXT, PHONES[:1])
    assert summary.counts[ACCEPTED] == 1 and emulator.request_count("twilio_send") == 1
    (row,) = disp.outbox.messages()
    assert row.provider_id == emulator.twilio_messages(PHONES[0])[0]["sid"]


def test_a_deliberate_resend_is_not_taken_for_the_first_message(tmp_path, emulator):
    disp = dispatcher(tmp_path, emulator, "twilio", list_settle_seconds=0)
    disp.send_intervention(REF, "start", TEXT, PHONES[:1])
    disp.outbox.resend(REF, "start", TEXT, PHONES[:1], "m.rossi", "phone was off")
    emulator.add_fault("twilio_send", SERVER_ERROR)  # the re-send never arrives
    disp.resume()
    disp.resume()
    assert emulator.accepted_count(PHONES[0]) == 2  # the re-send went out once, not "found"
    sids = {m.provider_id for m in disp.outbox.messages()}
    assert len(sids) == 2


def test_held_messages_keep_their_reason_in_the_outbox(tmp_path, emulator):
    emulator.add_fault("twilio_send", ACCEPTED_THEN_500)
    disp = dispatcher(tmp_path, emulator, "twilio")
    disp.send_intervention(7, "start", "Acqua sospesa domani.", PHONES[:1])
    assert states(disp) == {PHONES[0]: (UNCERTAIN, reasons.TEXT_WITHOUT_REFERENCE)}
    disp.resume(assume_dead=True)
    assert emulator.request_count("twilio_send") == 1


class Mute(Provider):
    """A provider that can send but never be asked."""

    name = "mute"
    capabilities = Capabilities(max_batch=10)

    def submit(self, batch_ref, messages):
        return SubmitResult(Outcome.UNCERTAIN, code=reasons.NETWORK_LOST)


def test_a_provider_that_cannot_be_asked_holds_with_a_reason(tmp_path):
    register_provider("mute", Mute)
    disp = Dispatcher(
        Outbox(Database(str(tmp_path / "m.sqlite"))),
        close_later(create_provider(GatewayProfile("m", "mute"), Credentials())),
    )
    disp.send_intervention(REF, "start", TEXT, PHONES[:2])
    assert disp.reconcile() == 0
    assert set(states(disp).values()) == {(UNCERTAIN, reasons.CANNOT_ASK)}


class FakeClock:
    def __init__(self):
        self.now = 1_700_000_000.0

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds


@pytest.mark.parametrize("kind", ["twilio", "skebby"])
def test_reports_never_go_backwards(tmp_path, kind):
    words = {
        "twilio": {"sent": "sent", "delivered": "delivered", "failed": "undelivered"},
        "skebby": {"sent": "SENT", "delivered": "DLVRD", "failed": "ERROR"},
    }[kind]
    with GatewayEmulator(progress="manual") as emu:
        clock = FakeClock()
        sender = provider(emu, kind)
        outbox = Outbox(Database(str(tmp_path / "o.sqlite")), clock=clock)
        disp = Dispatcher(outbox, sender, rate=1000.0, clock=clock, sleep=clock.sleep)
        disp.send_intervention(REF, "start", TEXT, PHONES[:2])
        emu.set_status(PHONES[0], words["delivered"])
        emu.set_status(PHONES[1], words["failed"])
        disp.poll_reports(deadline=clock() + 30, interval=10)
        final = {PHONES[0]: DELIVERED, PHONES[1]: UNDELIVERED}
        assert {m.phone: m.state for m in outbox.messages()} == final
        emu.set_status(PHONES[0], words["sent"])  # a late "sent" after "delivered"
        emu.set_status(PHONES[1], words["delivered"])  # a final state never changes
        for row in outbox.messages():
            outgoing = OutgoingMessage(row.ref, row.phone, row.text, row.provider_id)
            report = sender.lookup(row.chunk_ref, [outgoing])[row.ref]
            assert not outbox.apply_report(row.id, REPORT_STATES[report.delivery], report.code)
        assert {m.phone: m.state for m in outbox.messages()} == final


def test_failed_and_pending_are_not_touched_by_reconciliation(tmp_path, emulator):
    emulator.set_invalid(PHONES[0])
    disp = dispatcher(tmp_path, emulator, "twilio")
    disp.send_intervention(REF, "start", TEXT, PHONES[:1])
    assert states(disp)[PHONES[0]] == (FAILED, reasons.INVALID_NUMBER)
    assert disp.reconcile() == 0 and disp.outbox.counts()[PENDING] == 0


def test_refused_credentials_while_asking_hold_every_message(emulator):
    profile = GatewayProfile("t", "skebby", emulator.url, "HeraAcqua")
    skebby = close_later(create_provider(profile, Credentials("utility", "not-the-password")))
    found = skebby.reconcile({"ord-1": [message(0), message(1)]})
    assert {(r.finding, r.code) for r in found.values()} == {(Finding.HELD, reasons.AUTH_REFUSED)}


@pytest.mark.parametrize("kind", MESSAGE_KINDS)
@pytest.mark.parametrize("lang", ["it", "en"])
def test_every_built_in_text_carries_its_intervention_reference(kind, lang):
    """What lets a Twilio list match count: the built-in footer names the reference."""
    start = datetime(2026, 6, 11, 8, 30)
    ctx = MessageContext(
        kind,
        lang,
        start,
        datetime(2026, 6, 11, 13),
        "INT-2026-0173",
        "Hera",
        "800 999 500",
        ("Imola",),
        ("Via Emilia",),
    )
    text, _info = render_sms(ctx)
    assert carries(text, "INT-2026-0173") and not carries(text, "INT-2026-017")


def test_a_number_refused_after_the_order_was_taken_ends_undelivered(tmp_path):
    with GatewayEmulator(progress="manual") as emu:
        clock = FakeClock()
        outbox = Outbox(Database(str(tmp_path / "o.sqlite")), clock=clock)
        sender = provider(emu, "skebby")
        disp = Dispatcher(outbox, sender, rate=1000.0, clock=clock, sleep=clock.sleep)
        disp.send_intervention(REF, "start", TEXT, PHONES[:2])
        emu.set_status(PHONES[0], "BLACKLISTED")
        emu.set_status(PHONES[1], "DLVRD")
        disp.poll_reports(deadline=clock() + 30, interval=10)
        assert {m.phone: (m.state, m.code) for m in outbox.messages()} == {
            PHONES[0]: (UNDELIVERED, "BLACKLISTED"),
            PHONES[1]: (DELIVERED, "DLVRD"),
        }
