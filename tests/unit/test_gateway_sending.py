"""Sending through the real local gateway emulator (no mocked requests):
the reference test list for a robust gateway client, items 1-13, 20-22."""

import json
import logging
import socket
import time

import pytest
from opened import close_later
from water_outage_notifier.common.vocabulary import (
    ACCEPTED,
    DELIVERED,
    FAILED,
    PENDING,
    UNCERTAIN,
    UNDELIVERED,
)
from water_outage_notifier.devtools.gateway_emulator import Fault, GatewayEmulator
from water_outage_notifier.notify.backoff import RetryPolicy
from water_outage_notifier.notify.dispatcher import Dispatcher
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import OutgoingMessage, create_provider
from water_outage_notifier.store.db import Database
from water_outage_notifier.store.outbox import Outbox

CREDENTIALS = {
    "twilio": Credentials("ACtest", "twilio-secret"),
    "skebby": Credentials("utility", "skebby-secret"),
    "generic": Credentials("utility", "skebby-secret"),
}
VONAGE = {
    "url": "{{ base_url }}/sms/json",
    "headers": {"Content-Type": "application/x-www-form-urlencoded"},
    "body": "api_key={{ credentials.username|urlencode }}"
    "&api_secret={{ credentials.password|urlencode }}&from={{ sender }}"
    "&to={{ message.phone|urlencode }}&text={{ message.text|urlencode }}"
    "&type=unicode&client-ref={{ message.ref }}",
    "id_path": "messages.0.message-id",
    "status_path": "messages.0.status",
    "accepted_values": ["0"],
    "retry_values": ["1"],
}
PHONES = [f"+39333{n:07d}" for n in range(1, 6)]
QUICK = RetryPolicy(max_tries=3, base_delay=0.01, max_delay=0.05)


class FakeClock:
    """Wall clock for the dispatcher and the outbox; sleeping advances it."""

    def __init__(self):
        self.now = 1_700_000_000.0
        self.slept = 0.0

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.slept += seconds
        self.now += seconds


def dispatcher(tmp_path, base_url, provider="skebby", clock=None, retry=QUICK, **settings):
    settings = {"rate": 1000.0, "connect_timeout": 1.0, "read_timeout": 0.5, **settings}
    profile = GatewayProfile("test", provider, base_url, "HeraAcqua", **settings)
    outbox = Outbox(Database(str(tmp_path / "outbox.sqlite")), clock=clock or time.time)
    return Dispatcher(
        outbox,
        close_later(create_provider(profile, CREDENTIALS[provider])),
        retry=retry,
        clock=clock or time.time,
        sleep=clock.sleep if clock else time.sleep,
    )


def states(disp):
    return {m.phone: m.state for m in disp.outbox.messages()}


def test_429_with_retry_after_waits_then_sends_once(tmp_path, emulator):
    emulator.add_fault("twilio_send", Fault(status=429, retry_after="2"))
    clock = FakeClock()
    disp = dispatcher(tmp_path, emulator.url, "twilio", clock=clock)
    summary = disp.send_intervention(1, "start", "Acqua sospesa", PHONES[:1])
    assert summary.counts[ACCEPTED] == 1
    assert clock.slept >= 2.0
    assert emulator.request_count("twilio_send") == 2 and emulator.accepted_count(PHONES[0]) == 1


def test_429_without_retry_after_backs_off_then_fails_as_retryable(tmp_path, emulator):
    emulator.add_fault("twilio_send", Fault(status=429), times=3)
    clock = FakeClock()
    disp = dispatcher(tmp_path, emulator.url, "twilio", clock=clock)
    summary = disp.send_intervention(1, "start", "Acqua sospesa", PHONES[:1])
    (message,) = disp.outbox.messages()
    assert summary.counts[FAILED] == 1 and message.retryable and message.tries == 3
    assert clock.slept > 0 and emulator.request_count("twilio_send") == 3
    assert emulator.total_accepted() == 0


def test_throttled_code_inside_a_200_is_retried_but_a_permanent_code_is_not(tmp_path, emulator):
    emulator.add_fault("vonage_send", Fault(vonage_status="1"))
    emulator.set_invalid(PHONES[1])
    disp = dispatcher(tmp_path, emulator.url, "generic", options=VONAGE)
    summary = disp.send_intervention(1, "start", "Acqua sospesa", PHONES[:2])
    assert states(disp) == {PHONES[0]: ACCEPTED, PHONES[1]: FAILED}
    assert emulator.accepted_count(PHONES[0]) == 1
    assert emulator.request_count("vonage_send") == 3  # throttled + retried + the refused one
    assert summary.counts[FAILED] == 1 and not disp.outbox.messages(FAILED)[0].retryable


@pytest.mark.parametrize("recorded", [False, True], ids=["lost", "recorded"])
def test_500_with_client_reference_looks_up_before_resending(tmp_path, emulator, recorded):
    emulator.add_fault("skebby_send", Fault(status=500, record_first=recorded))
    disp = dispatcher(tmp_path, emulator.url, "skebby")
    summary = disp.send_intervention(1, "start", "Acqua sospesa", PHONES)
    assert summary.counts[ACCEPTED] == len(PHONES)
    assert emulator.request_count("skebby_status") >= 1
    assert emulator.request_count("skebby_send") == (1 if recorded else 2)
    assert all(emulator.accepted_count(phone) == 1 for phone in PHONES)


def test_500_without_client_reference_and_no_reference_in_the_text_is_never_resent(
    tmp_path, emulator
):
    """Twilio's list shows the message, but a text without the intervention
    reference could be another notice's: held for the operator, never resent
    (test_gateway_reconcile covers texts that carry it)."""
    emulator.add_fault("twilio_send", Fault(status=500, record_first=True))
    disp = dispatcher(tmp_path, emulator.url, "twilio")
    summary = disp.send_intervention(1, "start", "Acqua sospesa", PHONES[:1])
    assert summary.counts[UNCERTAIN] == 1 and len(summary.needs_operator) == 1
    disp.resume(assume_dead=True)
    assert emulator.request_count("twilio_send") == 1 and emulator.accepted_count(PHONES[0]) == 1
    assert [m.code for m in disp.outbox.messages(UNCERTAIN)] == ["text_without_reference"]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_refused_connection_is_retried_once_the_gateway_is_up(tmp_path):
    port = free_port()
    started = []

    class StartOnSleep(FakeClock):
        def sleep(self, seconds):
            super().sleep(seconds)
            if not started:
                started.append(GatewayEmulator(port=port).start())

    clock = StartOnSleep()
    disp = dispatcher(tmp_path, f"http://127.0.0.1:{port}", "twilio", clock=clock)
    try:
        summary = disp.send_intervention(1, "start", "Acqua sospesa", PHONES[:1])
        assert summary.counts[ACCEPTED] == 1 and started[0].accepted_count(PHONES[0]) == 1
    finally:
        started[0].stop()


def test_read_timeout_after_acceptance_is_reconciled_without_resending(tmp_path, emulator):
    emulator.add_fault("skebby_send", Fault(record_first=True, hang=2.0))
    disp = dispatcher(tmp_path, emulator.url, "skebby")
    summary = disp.send_intervention(1, "start", "Acqua sospesa", PHONES)
    assert summary.counts[ACCEPTED] == len(PHONES)
    assert emulator.request_count("skebby_send") == 1
    assert all(emulator.accepted_count(phone) == 1 for phone in PHONES)


def test_read_timeout_on_twilio_without_reference_in_the_text_stays_uncertain(tmp_path, emulator):
    emulator.add_fault("twilio_send", Fault(record_first=True, hang=2.0))
    disp = dispatcher(tmp_path, emulator.url, "twilio")
    summary = disp.send_intervention(1, "start", "Acqua sospesa", PHONES[:1])
    assert summary.counts[UNCERTAIN] == 1 and emulator.request_count("twilio_send") == 1


def test_double_send_is_blocked_unless_an_audited_resend(tmp_path, emulator):
    disp = dispatcher(tmp_path, emulator.url, "skebby")
    disp.send_intervention(7, "start", "Acqua sospesa", PHONES)
    disp.send_intervention(7, "start", "Acqua sospesa", PHONES)
    assert all(emulator.accepted_count(phone) == 1 for phone in PHONES)
    disp.outbox.resend(7, "start", "Acqua sospesa", PHONES[:1], "m.rossi", "phone was off")
    disp.resume()
    assert emulator.accepted_count(PHONES[0]) == 2 and emulator.accepted_count(PHONES[1]) == 1


def test_partly_invalid_batch_is_recorded_per_recipient_and_never_resent(tmp_path, emulator):
    emulator.set_invalid(PHONES[1], PHONES[3])
    disp = dispatcher(tmp_path, emulator.url, "skebby")
    disp.send_intervention(1, "start", "Acqua sospesa", PHONES)
    disp.resume()
    assert states(disp) == {
        PHONES[0]: ACCEPTED,
        PHONES[1]: FAILED,
        PHONES[2]: ACCEPTED,
        PHONES[3]: FAILED,
        PHONES[4]: ACCEPTED,
    }
    assert emulator.request_count("skebby_send") == 1 and emulator.total_accepted() == 3


def test_wholly_invalid_batch_is_not_retried(tmp_path, emulator):
    emulator.set_invalid(*PHONES)
    disp = dispatcher(tmp_path, emulator.url, "skebby")
    summary = disp.send_intervention(1, "start", "Acqua sospesa", PHONES)
    assert summary.counts[FAILED] == len(PHONES) and emulator.request_count("skebby_send") == 1
    assert not any(m.retryable for m in disp.outbox.messages())


def test_big_batches_go_in_chunks_and_a_failed_chunk_is_retried_alone(tmp_path, emulator):
    phones = [f"+39347{n:07d}" for n in range(2000)]
    disp = dispatcher(tmp_path, emulator.url, "skebby", max_batch=100)
    original = emulator.next_fault

    def fifth_throttled(endpoint):
        fault = original(endpoint)
        if endpoint == "skebby_send" and emulator.request_count(endpoint) == 5:
            return Fault(status=429, retry_after="0")
        return fault

    emulator.next_fault = fifth_throttled
    summary = disp.send_intervention(1, "start", "Acqua sospesa", phones)
    assert summary.counts[ACCEPTED] == 2000
    assert emulator.request_count("skebby_send") == 21 and len(emulator.state.orders) == 20
    assert all(len(rows) == 100 for rows in emulator.state.orders.values())
    assert set(emulator.state.accepted.values()) == {1}
    assert {m.chunk_ref for m in disp.outbox.messages()} == set(emulator.state.orders)


def test_expired_session_logs_in_again_once(tmp_path, emulator):
    disp = dispatcher(tmp_path, emulator.url, "skebby")
    disp.send_intervention(1, "start", "Acqua sospesa", PHONES[:2])
    emulator.expire_sessions()
    summary = disp.send_intervention(2, "start", "Acqua sospesa", PHONES[2:])
    assert summary.counts[ACCEPTED] == 3 and emulator.logins == 2


def test_a_second_401_stops_without_looping_and_loses_nothing(tmp_path, emulator):
    emulator.add_fault("skebby_send", Fault(status=401), times=10)
    disp = dispatcher(tmp_path, emulator.url, "skebby")
    summary = disp.send_intervention(1, "start", "Acqua sospesa", PHONES)
    assert summary.error and "twice" in summary.error
    assert emulator.logins == 2 and emulator.request_count("skebby_send") == 2
    assert summary.counts[PENDING] == len(PHONES)


def test_bad_sender_is_refused_before_any_request(tmp_path, emulator):
    with pytest.raises(ValueError, match="at most 11 characters"):
        profile = GatewayProfile("p", "twilio", emulator.url, "AcquedottoImola")
        Dispatcher(
            Outbox(Database(str(tmp_path / "o.sqlite"))),
            close_later(create_provider(profile, CREDENTIALS["twilio"])),
        )
    assert emulator.request_count("twilio_send") == 0


@pytest.mark.parametrize("provider", ["twilio", "skebby"])
def test_polling_reports_reaches_final_states(tmp_path, emulator, provider):
    emulator.set_undeliverable(PHONES[0])
    clock = FakeClock()
    disp = dispatcher(tmp_path, emulator.url, provider, clock=clock)
    disp.send_intervention(1, "start", "Acqua sospesa", PHONES)
    counts = disp.poll_reports(deadline=clock() + 600, interval=5)
    assert counts[DELIVERED] == len(PHONES) - 1 and counts[UNDELIVERED] == 1
    assert clock.slept < 600  # it stopped at the final state, not at the limit


def test_polling_stops_at_its_time_limit(tmp_path, emulator):
    emulator.set_stuck(PHONES[0])
    clock = FakeClock()
    disp = dispatcher(tmp_path, emulator.url, "twilio", clock=clock)
    disp.send_intervention(1, "start", "Acqua sospesa", PHONES[:2])
    start = clock()
    counts = disp.poll_reports(deadline=start + 60, interval=10)
    assert counts[ACCEPTED] == 1 and counts[DELIVERED] == 1
    assert clock() == start + 60


def test_secrets_and_numbers_stay_out_of_the_logs(tmp_path, emulator, caplog):
    caplog.set_level(logging.DEBUG, logger="water_outage_notifier")
    emulator.set_invalid(PHONES[1])
    emulator.add_fault("skebby_send", Fault(status=429, retry_after="0"))
    for provider in ("twilio", "skebby"):
        folder = tmp_path / provider
        folder.mkdir()
        dispatcher(folder, emulator.url, provider).send_intervention(1, "s", "Acqua", PHONES[:2])
    assert "'Authorization': '***'" in caplog.text and "'Session_key': '***'" in caplog.text
    for secret in ("twilio-secret", "skebby-secret", PHONES[0], PHONES[1]):
        assert secret not in caplog.text
    assert "+39 333 ***0002" in caplog.text


def test_slow_answer_hits_the_explicit_read_timeout(tmp_path, emulator):
    emulator.add_fault("twilio_send", Fault(hang=3.0))
    disp = dispatcher(tmp_path, emulator.url, "twilio", read_timeout=0.3)
    started = time.monotonic()
    summary = disp.send_intervention(1, "start", "Acqua sospesa", PHONES[:1])
    assert summary.counts[UNCERTAIN] == 1
    assert time.monotonic() - started < 3.0  # it did not wait for the gateway


def test_dry_run_writes_jsonl_and_resumes_without_duplicates(tmp_path):
    path = tmp_path / "dry-run.jsonl"
    profile = GatewayProfile("dry", "file", sender="HeraAcqua", options={"path": str(path)})
    outbox = Outbox(Database(str(tmp_path / "dry.sqlite")))
    disp = Dispatcher(outbox, create_provider(profile, Credentials()))
    outbox.enqueue(3, "start", "Acqua sospesa", PHONES)
    claimed = outbox.claim("crashed-worker", 3, lease_seconds=60)
    outgoing = [OutgoingMessage(m.ref, m.phone, m.text) for m in claimed]
    disp.provider.submit(claimed[0].chunk_ref, outgoing)  # sent; died before recording it
    summary = disp.resume(assume_dead=True)
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert sorted(line["to"] for line in lines) == PHONES
    assert summary.sent == len(PHONES)
