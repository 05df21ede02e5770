"""Three providers' public API shapes (Vonage, ClickSend, Infobip), configured
from docs/gateways.md alone as a user would, driven through the generic
provider against the emulator's copies of their answers: a send, a refused
number, 429 and 5xx, an answer lost after the gateway took the message, a
crash mid-send and the recovery after it, the look-up. Each number gets the
message once, and the operator is told the truth about the others."""

from __future__ import annotations

import pytest
from doc_examples import documented_options as documented
from opened import close_later
from water_outage_notifier.common.vocabulary import ACCEPTED, FAILED, PENDING, UNCERTAIN
from water_outage_notifier.devtools.gateway_emulator import (
    ACCEPTED_THEN_500,
    SERVER_ERROR,
    THROTTLED,
    GatewayEmulator,
    read_timeout,
)
from water_outage_notifier.notify.backoff import RetryPolicy
from water_outage_notifier.notify.dispatcher import Dispatcher
from water_outage_notifier.notify.recovery import recover
from water_outage_notifier.sms_gateway import reasons
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import create_provider
from water_outage_notifier.store.db import Database
from water_outage_notifier.store.outbox import Outbox

SHAPES = ["vonage", "clicksend", "infobip"]
ENDPOINT = {"vonage": "vonage_send", "clicksend": "clicksend_send", "infobip": "infobip_send"}
REF = "INT-2026-0007"
TEXT = f'Acqua sospesa in via Roma & corso "Garibaldi" giovedi dalle 8:30 alle 12:30. Rif. {REF}'
PHONES = [f"+39333200000{n}" for n in range(1, 6)]
QUICK = RetryPolicy(max_tries=4, base_delay=0.01, max_delay=0.02)


def gateway(emu, shape: str, **options):
    profile = GatewayProfile(
        "market",
        "generic",
        emu.url,
        "HeraAcqua",
        read_timeout=0.5,
        options={**documented(shape), **options},
    )
    assert profile.check() == [], "the documented profile passes the profile check"
    return close_later(create_provider(profile, Credentials(*emu.credentials["skebby"])))


def outbox(tmp_path):
    return Outbox(close_later(Database(str(tmp_path / "o.sqlite"))))


def send(box, provider, phones=PHONES):
    dispatcher = Dispatcher(box, provider, retry=QUICK, rate=1000.0)
    return dispatcher.send_intervention(REF, "start", TEXT, phones)


def states(box) -> dict:
    return {row.phone: (row.state, row.code) for row in box.messages()}


@pytest.mark.parametrize("shape", SHAPES)
def test_a_send_reaches_each_number_once_with_the_text_intact(tmp_path, emulator, shape):
    box = outbox(tmp_path)
    summary = send(box, gateway(emulator, shape))
    assert summary.error is None and summary.counts[ACCEPTED] == len(PHONES)
    assert all(emulator.accepted_count(phone) == 1 for phone in PHONES)
    assert all(row.provider_id for row in box.messages()), "each keeps the provider's id"
    assert len({row.provider_id for row in box.messages()}) == len(PHONES)


@pytest.mark.parametrize("shape", SHAPES)
def test_a_refused_number_is_failed_with_its_reason_and_the_others_sent(tmp_path, emulator, shape):
    emulator.set_invalid(PHONES[1])
    box = outbox(tmp_path)
    send(box, gateway(emulator, shape))
    found = states(box)
    expected = reasons.REQUEST_REFUSED if shape == "infobip" else reasons.INVALID_NUMBER
    assert found[PHONES[1]] == (FAILED, expected)
    assert all(found[p][0] == ACCEPTED for p in PHONES if p != PHONES[1])
    assert sum(emulator.state.accepted.values()) == len(PHONES) - 1


@pytest.mark.parametrize("fault", [THROTTLED, SERVER_ERROR], ids=["429", "500-not-taken"])
@pytest.mark.parametrize("shape", SHAPES)
def test_throttled_or_failed_before_taking_it_each_number_goes_once(
    tmp_path, emulator, shape, fault
):
    emulator.add_fault(ENDPOINT[shape], fault)
    box = outbox(tmp_path)
    send(box, gateway(emulator, shape))
    found = states(box)
    held = {found[p] for p in PHONES if found[p][0] != ACCEPTED}
    if fault is THROTTLED:  # retried after the pause, each once
        assert not held
    elif shape == "infobip":  # asked in its logs: not there yet, asked again later
        assert held == {(UNCERTAIN, reasons.NOT_LISTED_YET)}
    else:  # a 500 cannot be settled without a look-up: in doubt, for the operator
        assert held == {(UNCERTAIN, reasons.SERVER_ERROR)}
    assert max(emulator.state.accepted.values(), default=0) <= 1


@pytest.mark.parametrize("fault", ["accepted-then-500", "answer-lost"])
@pytest.mark.parametrize("shape", SHAPES)
def test_taken_then_the_answer_lost_is_never_sent_twice(tmp_path, emulator, shape, fault):
    emulator.add_fault(
        ENDPOINT[shape], ACCEPTED_THEN_500 if fault == "accepted-then-500" else read_timeout(2.0)
    )
    box = outbox(tmp_path)
    send(box, gateway(emulator, shape))
    emulator.state.stopping.set()
    assert max(emulator.state.accepted.values()) == 1, "nobody twice"
    found = states(box)
    if shape == "infobip":  # asked in the logs by its messageId: found, sent
        assert {state for state, _code in found.values()} == {ACCEPTED}
    else:  # no look-up: held for the operator, never resent, and said so
        doubt = [p for p, (state, _c) in found.items() if state == UNCERTAIN]
        assert doubt and all(found[p][1] in reasons.IN_DOUBT for p in doubt)
        assert all(emulator.accepted_count(p) == 1 for p in doubt), "held ones were taken"


@pytest.mark.parametrize("shape", SHAPES)
def test_a_crash_mid_send_then_recovery_sends_the_rest_once(tmp_path, shape):
    """The sender dies right after the gateway took its second request,
    before the outbox heard of it; the next run asks (Infobip) or holds (no
    look-up) those, then sends what never went. Nothing lost, nothing twice."""
    batch = {} if shape == "vonage" else {"max_batch": 2}  # Vonage: one number a request
    with GatewayEmulator() as emu:
        box = outbox(tmp_path)
        first = gateway(emu, shape, **batch)
        real = first.http.request
        answers = []

        def dies_after_the_second_answer(*args, **kwargs):
            answers.append(real(*args, **kwargs))
            if len(answers) == 2:
                raise SystemExit("killed")
            return answers[-1]

        first.http.request = dies_after_the_second_answer
        with pytest.raises(SystemExit):
            send(box, first)
        again = Dispatcher(box, gateway(emu, shape, **batch), retry=QUICK, rate=1000.0)
        summary = again.resume(assume_dead=True)
        assert summary.counts[PENDING] == 0
        assert max(emu.state.accepted.values()) == 1, "nobody twice"
        found = states(box)
        held = [phone for phone, (state, _code) in found.items() if state == UNCERTAIN]
        sent = [phone for phone, (state, _code) in found.items() if state == ACCEPTED]
        assert len(held) + len(sent) == len(PHONES), "nothing lost"
        if shape == "infobip":  # asked in its logs by messageId: found, not resent
            assert not held
        else:  # cannot be asked: held for the operator, and they were indeed taken
            assert held and all(found[phone][1] == reasons.CANNOT_ASK for phone in held)
            assert all(emu.accepted_count(phone) == 1 for phone in held)


def test_an_infobip_message_never_received_is_sent_once_its_logs_have_settled(tmp_path, emulator):
    """The request never reached Infobip (a 500 before recording): its logs
    list nothing. Fresh, that proves nothing (logs come late): *not listed
    yet*. Once settled, "never sent", and it goes, once. Before, an empty
    list was "the provider cannot be asked", and the message was held for ever."""
    emulator.add_fault("infobip_send", SERVER_ERROR)
    box = outbox(tmp_path)
    send(box, gateway(emulator, "infobip"), [PHONES[0]])
    assert states(box)[PHONES[0]] == (UNCERTAIN, reasons.NOT_LISTED_YET)
    assert emulator.total_accepted() == 0
    later = Dispatcher(box, gateway(emulator, "infobip"), retry=QUICK, rate=1000.0)
    later.provider.clock = lambda: emulator.clock() + 600  # ten minutes on: the logs settled
    recover(later, REF)
    assert states(box)[PHONES[0]][0] == ACCEPTED and emulator.accepted_count(PHONES[0]) == 1


def test_infobip_delivery_is_read_from_its_logs(tmp_path, emulator):
    box = outbox(tmp_path)
    dispatcher = Dispatcher(box, gateway(emulator, "infobip"), retry=QUICK, rate=1000.0)
    dispatcher.send_intervention(REF, "start", TEXT, PHONES[:2])
    for _ in range(3):
        dispatcher.poll_once()
    assert {row.state for row in box.messages()} == {"DELIVERED"}


def test_vonage_bad_credentials_or_no_credit_stop_the_run_and_nothing_is_failed(tmp_path, emulator):
    """Vonage answers 200 with status "4" (bad credentials) or "9" (no
    credit). Before, every message was FAILED "refused", a notice lost
    quietly; now the run stops, says why, and every message waits."""
    emulator.set_out_of_credit()
    box = outbox(tmp_path)
    summary = send(box, gateway(emulator, "vonage"))
    assert summary.error.params["why"] == reasons.ACCOUNT_REFUSED
    assert {state for state, _code in states(box).values()} == {PENDING}
    assert emulator.request_count("vonage_send") == 1, "stopped at the first"
    emulator.set_out_of_credit(False)
    _prepared, summary = recover(
        Dispatcher(box, gateway(emulator, "vonage"), retry=QUICK, rate=1000.0), REF
    )
    assert summary.counts[ACCEPTED] == len(PHONES)
    assert all(emulator.accepted_count(p) == 1 for p in PHONES)


def test_a_long_vonage_sms_answered_part_by_part_is_one_message_taken(tmp_path, emulator):
    """Vonage answers one entry per part of a long SMS, all for the same
    number: one message taken, with the first part's id; not "ambiguous"."""
    long_text = TEXT + " Per informazioni chiamare il numero verde. " * 3
    box = outbox(tmp_path)
    Dispatcher(box, gateway(emulator, "vonage"), retry=QUICK, rate=1000.0).send_intervention(
        REF, "start", long_text, PHONES[:1]
    )
    (row,) = box.messages()
    assert row.state == ACCEPTED and row.provider_id
