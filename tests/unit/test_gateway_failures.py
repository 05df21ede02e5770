"""Transient, in doubt, permanent, stop: how every gateway fault is sorted,
for each provider shape, against the real emulator (issue 13). Only what
surely never reached the provider is retried; a 5xx or a lost answer is
asked about first; a refusal is permanent with a reason code."""

import socket

import pytest
from opened import close_later
from water_outage_notifier.common.vocabulary import FAILED
from water_outage_notifier.devtools.gateway_emulator import (
    ACCEPTED_THEN_500,
    RELAY_OPTIONS,
    SERVER_ERROR,
    THROTTLED,
    Fault,
    read_timeout,
)
from water_outage_notifier.notify.backoff import RetryPolicy
from water_outage_notifier.notify.dispatcher import Dispatcher
from water_outage_notifier.sms_gateway import reasons
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import (
    AuthenticationError,
    Outcome,
    OutgoingMessage,
    create_provider,
)
from water_outage_notifier.store.db import Database
from water_outage_notifier.store.outbox import Outbox

PHONES = ["+393331000001", "+393331000002"]
TEXT = "Acqua sospesa giovedi dalle 8:30. Rif. INT-2026-0001"
ENDPOINT = {"twilio": "twilio_send", "skebby": "skebby_send", "generic": "relay_send"}
KINDS = list(ENDPOINT)


def provider(url, kind, password=None):
    secret = password or {"twilio": "twilio-secret"}.get(kind, "skebby-secret")
    user = "ACtest" if kind == "twilio" else "utility"
    options = RELAY_OPTIONS if kind == "generic" else {}
    profile = GatewayProfile("f", kind, url, "HeraAcqua", read_timeout=0.5, options=options)
    return close_later(create_provider(profile, Credentials(user, secret)))


def messages(count=1, text=TEXT):
    return [OutgoingMessage(f"b-m{n}", PHONES[n], text) for n in range(count)]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "fault, outcome, code, wait",
    [
        (Fault(status=429, retry_after="7"), Outcome.RETRY, reasons.THROTTLED, 7.0),
        (Fault(status=429), Outcome.RETRY, reasons.THROTTLED, None),
        (Fault(status=408), Outcome.RETRY, reasons.NETWORK_UNREACHED, None),
        (SERVER_ERROR, Outcome.LOOKUP, reasons.SERVER_ERROR, None),
        (Fault(status=503, retry_after="3"), Outcome.LOOKUP, reasons.SERVER_ERROR, 3.0),
        (ACCEPTED_THEN_500, Outcome.LOOKUP, reasons.SERVER_ERROR, None),
        (read_timeout(2.0), Outcome.LOOKUP, reasons.NETWORK_LOST, None),
        (Fault(status=400), Outcome.FAILED, reasons.REQUEST_REFUSED, None),
    ],
    ids=["429-wait", "429", "408", "500", "503-wait", "accepted-500", "read-timeout", "400"],
)
def test_each_fault_is_sorted_the_same_for_every_shape(emulator, kind, fault, outcome, code, wait):
    emulator.add_fault(ENDPOINT[kind], fault)
    result = provider(emulator.url, kind).submit("b", messages())
    assert (result.outcome, result.code, result.retry_after) == (outcome, code, wait)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize("kind", ["twilio", "generic"])
def test_a_refused_connection_is_transient(kind):
    result = provider(f"http://127.0.0.1:{free_port()}", kind).submit("b", messages())
    assert (result.outcome, result.code) == (Outcome.RETRY, reasons.NETWORK_UNREACHED)


def test_permanent_refusals_carry_their_reason(emulator):
    emulator.set_invalid(PHONES[1])
    twilio = provider(emulator.url, "twilio")
    invalid = twilio.submit("b", [messages(2)[1]])
    assert (invalid.outcome, invalid.code) == (Outcome.FAILED, reasons.INVALID_NUMBER)
    assert "+39 333 ***0002" in invalid.detail and PHONES[1] not in invalid.detail
    empty = twilio.submit("b", messages(text=""))
    assert (empty.outcome, empty.code) == (Outcome.FAILED, reasons.CONTENT_REFUSED)
    partly = provider(emulator.url, "skebby").submit("b", messages(2))
    answers = [partly.for_message(m.ref) for m in messages(2)]
    assert [(a.outcome, a.code) for a in answers] == [
        (Outcome.ACCEPTED, None),
        (Outcome.FAILED, reasons.INVALID_NUMBER),
    ]
    relay = provider(emulator.url, "generic").submit("b", [messages(2)[1]])
    assert (relay.outcome, relay.code) == (Outcome.FAILED, reasons.REQUEST_REFUSED)


@pytest.mark.parametrize("kind", KINDS)
def test_refused_credentials_stop_everything(emulator, kind):
    with pytest.raises(AuthenticationError) as stop:
        provider(emulator.url, kind, password="wrong-password").submit("b", messages())
    assert stop.value.code == reasons.AUTH_REFUSED
    assert emulator.total_accepted() == 0


def test_a_transient_failure_stays_retryable_and_a_permanent_one_does_not(tmp_path, emulator):
    emulator.fail_every("twilio_send", 1, THROTTLED)
    outbox = Outbox(Database(str(tmp_path / "o.sqlite")))
    quick = RetryPolicy(max_tries=2, base_delay=0.01, max_delay=0.02)
    disp = Dispatcher(outbox, provider(emulator.url, "twilio"), retry=quick, rate=1000.0)
    emulator.set_invalid(PHONES[1])
    disp.send_intervention("INT-2026-0001", "start", TEXT, PHONES)
    found = {m.phone: (m.state, m.code, m.retryable) for m in outbox.messages()}
    assert found[PHONES[0]] == (FAILED, reasons.THROTTLED, True)
    assert found[PHONES[1]] == (FAILED, reasons.INVALID_NUMBER, False)
