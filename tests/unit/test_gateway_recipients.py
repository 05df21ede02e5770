"""The generic provider's answers for several numbers at once, and the
options that cannot work alone.

- A batch answered number by number: refused numbers FAILED with their
  reason, the others sent (before, a generic batch was all taken or all
  refused, so a refused number was recorded as sent).
- An answer that could belong to another message (one provider id for two
  messages, one number twice, a message missing, parts that disagree) is in
  doubt, never matched on a guess.
- ``status_path`` without ``accepted_values`` is refused by the profile
  check (before, any status, an error too, meant "taken").
"""

from __future__ import annotations

import json

import pytest
from doc_examples import documented_options as documented
from opened import close_later
from water_outage_notifier.common.vocabulary import ACCEPTED, FAILED, UNCERTAIN
from water_outage_notifier.devtools.gateway_emulator import RELAY_OPTIONS, Fault
from water_outage_notifier.notify.backoff import RetryPolicy
from water_outage_notifier.notify.dispatcher import Dispatcher, ProfileRefused
from water_outage_notifier.sms_gateway import reasons
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import Outcome, OutgoingMessage, create_provider
from water_outage_notifier.store.db import Database
from water_outage_notifier.store.outbox import Outbox

REF = "INT-2026-0009"
TEXT = f"Acqua sospesa domani dalle 8:30 alle 12:30. Rif. {REF}"
PHONES = [f"+39333300000{n}" for n in range(1, 5)]
QUICK = RetryPolicy(max_tries=3, base_delay=0.01, max_delay=0.02)


def clicksend(emu, **options):
    profile = GatewayProfile(
        "batch", "generic", emu.url, "HeraAcqua", options={**documented("clicksend"), **options}
    )
    return close_later(create_provider(profile, Credentials(*emu.credentials["skebby"])))


def messages(*phones):
    return [
        OutgoingMessage(f"b-m{n}", phone, TEXT, reference=REF) for n, phone in enumerate(phones)
    ]


def test_a_batch_records_the_refused_number_as_refused_and_the_rest_as_sent(tmp_path, emulator):
    emulator.set_invalid(PHONES[2])
    box = Outbox(close_later(Database(str(tmp_path / "o.sqlite"))))
    Dispatcher(box, clicksend(emulator), retry=QUICK, rate=1000.0).send_intervention(
        REF, "start", TEXT, PHONES
    )
    found = {row.phone: (row.state, row.code) for row in box.messages()}
    assert found.pop(PHONES[2]) == (FAILED, reasons.INVALID_NUMBER)
    assert set(found.values()) == {(ACCEPTED, None)}
    assert emulator.request_count("clicksend_send") == 1, "one request, nothing resent"


def test_one_provider_id_for_two_messages_puts_them_in_doubt(tmp_path, emulator):
    """The gateway answers the same id for every number: a look-up or a
    report by that id would give one message's fate to all. In doubt, never
    matched on a guess, never resent."""
    emulator.give_same_ids()
    box = Outbox(close_later(Database(str(tmp_path / "o.sqlite"))))
    Dispatcher(box, clicksend(emulator), retry=QUICK, rate=1000.0).send_intervention(
        REF, "start", TEXT, PHONES
    )
    rows = box.messages()
    assert {(row.state, row.code) for row in rows} == {(UNCERTAIN, reasons.AMBIGUOUS_ANSWER)}
    assert all(emulator.accepted_count(phone) == 1 for phone in PHONES)


def test_the_same_number_twice_in_a_request_matched_by_number_is_in_doubt(emulator):
    options = {"recipient_ref_path": "", "recipient_phone_path": "to"}
    result = clicksend(emulator, **options).submit("b", messages(PHONES[0], PHONES[0], PHONES[1]))
    outcomes = [result.for_message(f"b-m{n}") for n in range(3)]
    assert [(r.outcome, r.code) for r in outcomes[:2]] == [
        (Outcome.UNCERTAIN, reasons.AMBIGUOUS_ANSWER)
    ] * 2
    assert outcomes[2].outcome is Outcome.ACCEPTED and outcomes[2].provider_id


def test_a_message_missing_from_the_answers_list_is_in_doubt(emulator):
    only_one = {
        "response_code": "SUCCESS",
        "data": {
            "messages": [
                {"to": PHONES[0], "custom_string": "b-m0", "message_id": "M1", "status": "SUCCESS"}
            ]
        },
    }
    emulator.add_fault(
        "clicksend_send",
        Fault(
            status=200,
            body=json.dumps(only_one),
            content_type="application/json",
            record_first=True,
        ),
    )
    result = clicksend(emulator).submit("b", messages(*PHONES[:2]))
    assert result.for_message("b-m0") == result.recipients["b-m0"]
    assert (result.for_message("b-m0").outcome, result.for_message("b-m0").provider_id) == (
        Outcome.ACCEPTED,
        "M1",
    )
    missing = result.for_message("b-m1")
    assert (missing.outcome, missing.code) == (Outcome.UNCERTAIN, reasons.UNREADABLE_ANSWER)


def test_parts_of_one_sms_that_disagree_are_in_doubt(emulator):
    parts = {
        "messages": [
            {"to": PHONES[0][1:], "message-id": "P1", "status": "0"},
            {"status": "5", "error-text": "Internal Error"},
        ]
    }
    emulator.add_fault(
        "vonage_send",
        Fault(
            status=200, body=json.dumps(parts), content_type="application/json", record_first=True
        ),
    )
    profile = GatewayProfile(
        "v", "generic", emulator.url, "HeraAcqua", options=documented("vonage")
    )
    vonage = close_later(create_provider(profile, Credentials(*emulator.credentials["skebby"])))
    result = vonage.submit("b", messages(PHONES[0]))
    answer = result.for_message("b-m0")
    assert (answer.outcome, answer.code) == (Outcome.UNCERTAIN, reasons.AMBIGUOUS_ANSWER)


def test_an_answer_without_an_id_path_gives_no_id_not_the_whole_answer(tmp_path, emulator):
    """With ``status_path`` and no ``id_path``, the whole answer was stored
    as the message's provider id (and rendered into look-up URLs)."""
    options = {
        **RELAY_OPTIONS,
        "id_path": "",
        "status_path": "status",
        "accepted_values": ["queued"],
    }
    profile = GatewayProfile("r", "generic", emulator.url, "HeraAcqua", options=options)
    relay = close_later(create_provider(profile, Credentials(*emulator.credentials["skebby"])))
    box = Outbox(close_later(Database(str(tmp_path / "o.sqlite"))))
    Dispatcher(box, relay, retry=QUICK, rate=1000.0).send_intervention(
        REF, "start", TEXT, PHONES[:1]
    )
    (row,) = box.messages()
    assert row.state == ACCEPTED and row.provider_id is None


BROKEN = {
    "status-without-values": ({"status_path": "status"}, "status_path", "accepted_values"),
    "recipient-status-without-values": (
        {"recipients_path": "messages", "recipient_status_path": "status"},
        "recipient_status_path",
        "accepted_values",
    ),
    "list-without-status-or-id": (
        {"recipients_path": "messages", "accepted_values": ["0"]},
        "recipients_path",
        "recipient_status_path / recipient_id_path",
    ),
    "batch-without-key": (
        {"recipients_path": "m", "recipient_id_path": "id", "max_batch": 50},
        "recipients_path",
        "recipient_phone_path / recipient_ref_path",
    ),
}


@pytest.mark.parametrize("case", BROKEN)
def test_options_that_cannot_work_alone_are_refused_by_the_profile_check(tmp_path, case):
    extra, option, needs = BROKEN[case]
    options = {**RELAY_OPTIONS, **extra}
    profile = GatewayProfile(
        "p", "generic", "https://sms.example.com", "HeraAcqua", options=options
    )
    (problem,) = profile.check()
    assert (problem.code, problem.params["option"], problem.params["needs"]) == (
        "generic_option_missing",
        option,
        needs,
    )
    with pytest.raises(ValueError, match=option):
        create_provider(profile, Credentials("u", "k"))


def test_a_dispatcher_refuses_a_status_without_accepted_values(tmp_path):
    """Before, such a profile sent, and took an error status for "sent"."""
    options = {**RELAY_OPTIONS, "status_path": "status"}
    good = GatewayProfile(
        "p", "generic", "https://sms.example.com", "HeraAcqua", options=RELAY_OPTIONS
    )
    provider = close_later(create_provider(good, Credentials("u", "k")))
    provider.profile = GatewayProfile(
        "p", "generic", "https://sms.example.com", "HeraAcqua", options=options
    )
    box = Outbox(close_later(Database(str(tmp_path / "o.sqlite"))))
    with pytest.raises(ProfileRefused):
        Dispatcher(box, provider)


def test_a_stop_status_beside_numbers_taken_does_not_requeue_the_taken_ones(emulator):
    """The credit ran out midway through a batch: the first number went, the
    second was refused for the account. Stopping the run would queue both
    again, and the first would get the notice twice: only the second waits."""
    answer = {
        "response_code": "SUCCESS",
        "data": {
            "messages": [
                {"custom_string": "b-m0", "message_id": "M1", "status": "SUCCESS"},
                {"custom_string": "b-m1", "message_id": None, "status": "INSUFFICIENT_CREDIT"},
            ]
        },
    }
    emulator.add_fault(
        "clicksend_send",
        Fault(status=200, body=json.dumps(answer), content_type="application/json"),
    )
    gateway = clicksend(emulator, stop_values=["INSUFFICIENT_CREDIT"])
    result = gateway.submit("b", messages(*PHONES[:2]))
    assert result.for_message("b-m0").outcome is Outcome.ACCEPTED
    held = result.for_message("b-m1")
    assert (held.outcome, held.code) == (Outcome.RETRY, reasons.ACCOUNT_REFUSED)
