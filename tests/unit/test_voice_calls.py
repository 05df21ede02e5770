"""Voice calls (issue 23): the Twilio Calls API and a generic voice gateway
against the local emulator, through the same outbox and dispatcher as SMS,
with the channel in the key, call outcomes recorded, and busy / no-answer
placed again within the send window."""

import time
from datetime import datetime, timezone
from datetime import time as clock_time
from urllib.parse import parse_qs
from xml.etree import ElementTree

import pytest
from opened import close_later
from water_outage_notifier.common.vocabulary import (
    ACCEPTED,
    CALL,
    DELIVERED,
    FAILED,
    PENDING,
    SMS,
    UNCERTAIN,
    UNDELIVERED,
)
from water_outage_notifier.devtools.gateway_emulator import (
    ACCEPTED_THEN_500,
    RELAY_OPTIONS,
    RELAY_VOICE_OPTIONS,
    SERVER_ERROR,
    Fault,
    GatewayEmulator,
    read_timeout,
)
from water_outage_notifier.messages.dates import rome
from water_outage_notifier.notify.backoff import RetryPolicy
from water_outage_notifier.notify.dispatcher import Dispatcher
from water_outage_notifier.notify.recovery import recover
from water_outage_notifier.notify.redial import RedialPolicy
from water_outage_notifier.sms_gateway import reasons
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import (
    Delivery,
    Finding,
    OutgoingMessage,
    create_provider,
)
from water_outage_notifier.sms_gateway.providers.twilio_voice import twiml
from water_outage_notifier.store.db import Database
from water_outage_notifier.store.outbox import MIGRATIONS, Outbox

REF = "INT-2026-0001"
SPEECH = f"Avviso di Acqua Imola. Riferimento {REF}.\n\nRipeto. Riferimento {REF}."
LANDLINES = [f"+39054260{n:04d}" for n in range(1, 6)]
NUMBER = "+390542000000"  # the utility's Twilio number
ALL_DAY = {"send_window": "00:00-23:59:59", "redial_interval": 0}
QUICK = RetryPolicy(max_tries=3, base_delay=0.01, max_delay=0.05)
CREDENTIALS = {
    "twilio_voice": Credentials("ACtest", "twilio-secret"),
    "twilio": Credentials("ACtest", "twilio-secret"),
    "generic": Credentials("utility", "skebby-secret"),
}


def voice(emu, kind="twilio_voice", **options):
    if kind == "generic":
        options = {**RELAY_VOICE_OPTIONS, **options}
    sender = NUMBER if kind == "twilio_voice" else "HeraAcqua"
    profile = GatewayProfile("v", kind, emu.url, sender, read_timeout=0.5, options=options)
    return close_later(create_provider(profile, CREDENTIALS[kind]))


def dispatcher(outbox, emu, kind="twilio_voice", **options):
    return Dispatcher(outbox, voice(emu, kind, **options), retry=QUICK, rate=1000.0)


@pytest.fixture
def outbox(tmp_path):
    box = Outbox(Database(str(tmp_path / "outbox.sqlite")))
    close_later(box.db)
    return box


def outcomes(outbox):
    return {m.phone: (m.state, m.code) for m in outbox.messages(channel=CALL)}


def report_until_final(disp, rounds=10):
    """Read call statuses (each read moves a call one step), placing again
    what rang out, until nothing waits."""
    for _ in range(rounds):
        disp.drain()
        disp.poll_reports(deadline=0)
        if not disp.outbox.messages(ACCEPTED) and not disp.outbox.messages(PENDING):
            return
    raise AssertionError("calls still waiting")


# -- TwiML --------------------------------------------------------------------


def test_twiml_says_the_text_in_the_profile_language_with_a_pause_between_repeats():
    said = twiml("Via Emilia <12> & Co.\n\nRipeto.", "it-IT", "Polly.Bianca")
    assert said == (
        '<?xml version="1.0" encoding="UTF-8"?><Response>'
        '<Say language="it-IT" voice="Polly.Bianca">Via Emilia &lt;12&gt; &amp; Co.</Say>'
        '<Pause length="1"/>'
        '<Say language="it-IT" voice="Polly.Bianca">Ripeto.</Say></Response>'
    )
    odd = ElementTree.fromstring(twiml("x</Say><Play>y", "en-GB", "a\"b'c"))
    assert [(e.tag, e.get("voice"), e.text) for e in odd] == [("Say", "a\"b'c", "x</Say><Play>y")]


def test_a_call_request_carries_the_twiml_the_number_and_the_ring_time(emulator, outbox):
    disp = dispatcher(outbox, emulator, language="en-GB", voice="Polly.Amy", ring_seconds=25)
    summary = disp.send_intervention(REF, "planned_interruption", SPEECH, LANDLINES[:1])
    assert summary.sent == 1
    (request,) = [r for r in emulator.state.seen if r["target"].endswith("/Calls.json")]
    form = {k: v[0] for k, v in parse_qs(request["body"]).items()}
    assert (form["To"], form["From"], form["Timeout"]) == (LANDLINES[0], NUMBER, "25")
    assert form["Twiml"] == twiml(SPEECH, "en-GB", "Polly.Amy")
    assert request["headers"]["Authorization"].startswith("Basic ")
    (call,) = emulator.calls(LANDLINES[0])
    assert (call["from"], call["text"]) == (NUMBER, form["Twiml"])


def test_a_twiml_longer_than_twilio_takes_is_refused_before_sending(emulator, outbox):
    disp = dispatcher(outbox, emulator)
    disp.send_intervention(REF, "planned_interruption", "parola " * 700, LANDLINES[:1])
    assert outcomes(outbox) == {LANDLINES[0]: (FAILED, reasons.CONTENT_REFUSED)}
    assert emulator.request_count("twilio_call") == 0


# -- outcomes and redials -----------------------------------------------------


def test_call_outcomes_are_recorded_answered_busy_no_answer_failed(emulator, outbox):
    for phone, outcome in zip(LANDLINES, ("completed", "busy", "no-answer", "failed")):
        emulator.set_call_outcome(phone, outcome)
    disp = dispatcher(outbox, emulator, redial_attempts=0)
    disp.send_intervention(REF, "planned_interruption", SPEECH, LANDLINES[:4])
    report_until_final(disp)
    assert outcomes(outbox) == {
        LANDLINES[0]: (DELIVERED, "completed"),
        LANDLINES[1]: (UNDELIVERED, "busy"),
        LANDLINES[2]: (UNDELIVERED, "no-answer"),
        LANDLINES[3]: (UNDELIVERED, "failed"),
    }
    assert [emulator.accepted_count(p) for p in LANDLINES[:4]] == [1, 1, 1, 1]


def test_busy_and_no_answer_are_called_again_a_set_number_of_times(emulator, outbox):
    emulator.set_call_outcome(LANDLINES[0], "busy", "completed")
    emulator.set_call_outcome(LANDLINES[1], "no-answer")  # never answers
    emulator.set_call_outcome(LANDLINES[2], "failed")  # failed: never called again
    disp = dispatcher(outbox, emulator, redial_attempts=2, **ALL_DAY)
    disp.send_intervention(REF, "planned_interruption", SPEECH, LANDLINES[:3])
    report_until_final(disp)
    assert outcomes(outbox) == {
        LANDLINES[0]: (DELIVERED, "completed"),
        LANDLINES[1]: (UNDELIVERED, "no-answer"),
        LANDLINES[2]: (UNDELIVERED, "failed"),
    }
    assert [emulator.accepted_count(p) for p in LANDLINES[:3]] == [2, 3, 1]
    redials = {m.phone: m.redials for m in outbox.messages()}
    assert redials == {LANDLINES[0]: 1, LANDLINES[1]: 2, LANDLINES[2]: 0}


def test_a_redial_waits_its_interval_and_a_run_does_not_wait_for_it(emulator, outbox):
    emulator.set_call_outcome(LANDLINES[0], "busy", "completed")
    disp = dispatcher(outbox, emulator, send_window="00:00-23:59:59", redial_interval=3600)
    disp.send_intervention(REF, "planned_interruption", SPEECH, LANDLINES[:1])
    disp.poll_reports(deadline=0)
    disp.poll_reports(deadline=0)
    disp.poll_reports(deadline=0)
    (row,) = outbox.messages()
    assert (row.state, row.code, row.redials, row.provider_id) == (PENDING, "busy", 1, None)
    assert outbox.next_due() == pytest.approx(time.time() + 3600, abs=60)
    started = time.monotonic()
    recover(disp, deadline=disp.clock() + 5)  # the next pass: nothing due yet
    assert time.monotonic() - started < 3
    assert emulator.accepted_count(LANDLINES[0]) == 1


def test_a_redial_is_placed_only_inside_the_send_window():
    policy = RedialPolicy(attempts=2, interval=1800)

    def at(hour, minute):
        moment = datetime(2026, 6, 11, hour, minute, tzinfo=rome())
        return moment.astimezone(timezone.utc).timestamp()

    assert policy.next_call(0, at(10, 0)) == at(10, 30)
    assert policy.next_call(0, at(20, 25)) == at(20, 55)
    assert policy.next_call(0, at(20, 31)) is None  # 21:01 is outside 08:00-21:00
    assert policy.next_call(2, at(10, 0)) is None  # no attempt left
    evening = RedialPolicy.from_options({"send_window": "09:00-22:00", "redial_attempts": "1"})
    assert evening.window == (clock_time(9), clock_time(22)) and evening.attempts == 1
    assert evening.next_call(0, at(20, 31)) is not None


# -- doubt settled from Twilio's call list --------------------------------------


@pytest.mark.parametrize("fault", [ACCEPTED_THEN_500, read_timeout(2.0)], ids=["500", "timeout"])
def test_a_call_taken_but_unanswered_is_found_in_the_list_and_placed_once(emulator, outbox, fault):
    emulator.add_fault("twilio_call", fault)
    disp = dispatcher(outbox, emulator)
    disp.send_intervention(REF, "planned_interruption", SPEECH, LANDLINES[:2])
    (call,) = [c for c in emulator.calls() if c["to"] == LANDLINES[0]]
    assert outcomes(outbox)[LANDLINES[0]][0] == ACCEPTED
    assert outbox.messages(channel=CALL)[0].provider_id == call["sid"]
    recover(disp, deadline=disp.clock() + 1)
    assert [emulator.accepted_count(p) for p in LANDLINES[:2]] == [1, 1]


def test_a_call_never_placed_is_held_until_the_list_settles_then_placed(emulator, outbox):
    emulator.add_fault("twilio_call", SERVER_ERROR)
    disp = dispatcher(outbox, emulator)
    disp.send_intervention(REF, "planned_interruption", SPEECH, LANDLINES[:1])
    assert outcomes(outbox) == {LANDLINES[0]: (UNCERTAIN, reasons.NOT_LISTED_YET)}
    assert emulator.accepted_count(LANDLINES[0]) == 0
    settled = dispatcher(outbox, emulator, list_settle_seconds=0)
    recover(settled, deadline=settled.clock() + 1)
    assert outcomes(outbox)[LANDLINES[0]][0] == ACCEPTED
    assert emulator.accepted_count(LANDLINES[0]) == 1


def test_the_call_list_match_keeps_to_our_number_time_and_count(emulator):
    twilio = voice(emulator, list_settle_seconds=0)
    old = time.time() - 3600
    doubt = OutgoingMessage("r-m1", LANDLINES[0], SPEECH, reference=REF, attempted_at=old)
    other = voice(emulator)
    other.profile = GatewayProfile("o", "twilio_voice", emulator.url, "+390542999999")
    other.submit("x", [doubt])  # from another number: not ours
    assert twilio.reconcile({"b": [doubt]})["r-m1"].finding is Finding.NOT_SENT
    twilio.submit("a", [doubt])
    twilio.submit("b", [doubt])
    ambiguous = twilio.reconcile({"b": [doubt]})["r-m1"]
    assert (ambiguous.finding, ambiguous.code) == (Finding.HELD, reasons.AMBIGUOUS_MATCH)
    first, second = emulator.calls(LANDLINES[0])[1:]
    known = twilio.reconcile({"b": [doubt]}, known_ids={first["sid"]})["r-m1"]
    assert known.finding is Finding.SENT and known.report.provider_id == second["sid"]
    recent = OutgoingMessage("r-m2", LANDLINES[0], SPEECH, attempted_at=time.time() + 600)
    assert twilio.reconcile({"c": [recent]})["r-m2"].finding is Finding.NOT_SENT


def test_call_statuses_read_back_by_sid(emulator):
    twilio = voice(emulator)
    emulator.set_call_outcome(LANDLINES[0], "busy")
    message = OutgoingMessage("r-m1", LANDLINES[0], SPEECH)
    sid = twilio.submit("a", [message]).for_message("r-m1").provider_id
    sent = OutgoingMessage("r-m1", LANDLINES[0], SPEECH, provider_id=sid)
    seen = [twilio.lookup("a", [sent])["r-m1"] for _ in range(3)]
    assert [(r.delivery, r.code) for r in seen] == [
        (Delivery.ACCEPTED, "ringing"),
        (Delivery.UNANSWERED, "busy"),
        (Delivery.UNANSWERED, "busy"),
    ]


def test_an_invalid_number_is_refused_for_good(emulator, outbox):
    emulator.set_invalid(LANDLINES[0])
    disp = dispatcher(outbox, emulator)
    disp.send_intervention(REF, "planned_interruption", SPEECH, LANDLINES[:1])
    assert outcomes(outbox) == {LANDLINES[0]: (FAILED, reasons.INVALID_NUMBER)}


def test_secrets_and_the_twiml_request_never_reach_the_stored_detail(emulator, outbox):
    emulator.add_fault("twilio_call", Fault(status=400, echo=True))
    disp = dispatcher(outbox, emulator)
    disp.send_intervention(REF, "planned_interruption", SPEECH, LANDLINES[:1])
    (row,) = outbox.messages()
    assert row.state == FAILED and "twilio-secret" not in row.detail
    assert "Authorization" not in row.detail or "twilio-secret" not in row.detail


def test_plain_http_is_refused_except_to_this_machine():
    remote = GatewayProfile("v", "twilio_voice", "http://api.example.org", NUMBER)
    assert [p.code for p in remote.check()] == [reasons.INSECURE_URL]
    assert GatewayProfile("v", "twilio_voice", "http://127.0.0.1:9", NUMBER).check() == []


# -- the channel in the key -----------------------------------------------------


def test_sms_and_calls_share_the_outbox_each_dispatcher_its_own_channel(emulator, outbox):
    sms_profile = GatewayProfile("s", "twilio", emulator.url, "HeraAcqua")
    sms = Dispatcher(
        outbox, close_later(create_provider(sms_profile, CREDENTIALS["twilio"])), rate=1000.0
    )
    calls = dispatcher(outbox, emulator)
    mobile = "+393331234567"
    sms.queue(REF, "planned_interruption", "SMS " + REF, [mobile])
    calls.queue(REF, "planned_interruption", SPEECH, [LANDLINES[0], mobile])
    calls.queue(REF, "planned_interruption", SPEECH, [LANDLINES[0]])  # a double click
    assert outbox.counts(channel=CALL)[PENDING] == 2 and outbox.counts(channel=SMS)[PENDING] == 1
    assert sms.drain().counts[ACCEPTED] == 1
    assert outbox.counts(channel=CALL)[PENDING] == 2
    assert emulator.calls() == []
    assert calls.drain().counts[ACCEPTED] == 2
    assert len(emulator.calls(mobile)) == 1 and len(emulator.twilio_messages(mobile)) == 1


def test_an_older_outbox_is_upgraded_its_messages_sms(tmp_path):
    db = close_later(Database(str(tmp_path / "old.sqlite")))
    db.ensure_schema("outbox", MIGRATIONS[:2])
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO outbox_messages (intervention_id, kind, phone, text, state,"
            " created_at, updated_at) VALUES ('I1', 'planned_interruption', '+390542600001',"
            " 'old', 'ACCEPTED', 1, 1)"
        )
    outbox = Outbox(db)
    (old,) = outbox.messages()
    assert (old.channel, old.redials, old.state, old.text) == (SMS, 0, ACCEPTED, "old")
    assert outbox.enqueue("I1", "planned_interruption", "say", ["+390542600001"], CALL) == 1
    assert outbox.enqueue("I1", "planned_interruption", "again", ["+390542600001"], SMS) == 0


# -- a generic voice gateway -----------------------------------------------------


def test_a_generic_voice_gateway_places_calls_and_redials_with_a_new_reference(emulator, outbox):
    emulator.set_call_outcome(LANDLINES[0], "no-answer", "completed")
    disp = dispatcher(outbox, emulator, "generic", **ALL_DAY)
    disp.send_intervention(REF, "planned_interruption", SPEECH, LANDLINES[:2])
    report_until_final(disp)
    assert outcomes(outbox) == {
        LANDLINES[0]: (DELIVERED, "completed"),
        LANDLINES[1]: (DELIVERED, "completed"),
    }
    refs = [c["ref"] for c in emulator.calls(LANDLINES[0])]
    assert len(refs) == 2 and len(set(refs)) == 2 and refs[1].endswith("r1")
    assert emulator.calls(LANDLINES[0])[0]["text"] == SPEECH  # spoken by the gateway


def test_a_generic_voice_call_in_doubt_is_looked_up_by_reference(emulator, outbox):
    emulator.add_fault("relay_call", ACCEPTED_THEN_500)
    disp = dispatcher(outbox, emulator, "generic")
    disp.send_intervention(REF, "planned_interruption", SPEECH, LANDLINES[:1])
    assert outcomes(outbox)[LANDLINES[0]][0] == ACCEPTED
    recover(disp, deadline=disp.clock() + 1)
    assert emulator.accepted_count(LANDLINES[0]) == 1


def test_the_generic_provider_channel_is_sms_or_call():
    assert RELAY_OPTIONS.get("channel", SMS) == SMS
    bad = GatewayProfile(
        "v", "generic", "http://127.0.0.1:9", options={**RELAY_OPTIONS, "channel": "fax"}
    )
    with pytest.raises(ValueError, match="fax"):
        create_provider(bad, CREDENTIALS["generic"])


@pytest.mark.parametrize("behind", [600.0, -600.0], ids=["twilio-behind", "twilio-ahead"])
def test_a_call_in_doubt_is_found_whatever_twilios_clock_says(outbox, behind):
    """Twilio's clock 10 minutes behind this machine's (or ahead): the call
    placed, its answer lost, is found in the call list by the time of
    Twilio's own clock (its ``Date`` header), not rung a second time."""
    with GatewayEmulator(clock=lambda: time.time() - behind) as emu:
        emu.add_fault("twilio_call", Fault(status=500, record_first=True))
        calls = dispatcher(outbox, emu, list_settle_seconds=0, **ALL_DAY)
        calls.send_intervention(REF, "start", SPEECH, [LANDLINES[0]])
        assert len(emu.calls(LANDLINES[0])) == 1, "rung once"
        (row,) = outbox.messages(channel=CALL)
        assert row.state == ACCEPTED and row.provider_id
