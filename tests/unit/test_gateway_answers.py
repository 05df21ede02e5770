"""Answers a gateway should not give, against the real local emulator: a
2xx the plugin cannot read (an HTML page, an empty or cut body, JSON of
another shape, an error inside a 200), a redirect to another host, an
answer cut by a reset. The promise is the same as for every fault: the
message is never taken for sent on a guess, never sent twice, and the
provider is asked before anything goes again."""

import email.utils
import socket
import threading
import time

import pytest
from opened import close_later
from water_outage_notifier.common.vocabulary import ACCEPTED, PENDING, UNCERTAIN
from water_outage_notifier.devtools.gateway_emulator import (
    RELAY_OPTIONS,
    RELAY_VOICE_OPTIONS,
    Fault,
    GatewayEmulator,
)
from water_outage_notifier.notify.backoff import RetryPolicy
from water_outage_notifier.notify.dispatcher import Dispatcher
from water_outage_notifier.notify.recovery import recover
from water_outage_notifier.sms_gateway import reasons
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import (
    Outcome,
    OutgoingMessage,
    create_provider,
)
from water_outage_notifier.store.db import Database
from water_outage_notifier.store.outbox import Outbox

REF = "INT-2026-0001"
TEXT = f"Acqua sospesa giovedi dalle 8:30. Rif. {REF}"
PHONE = "+393331000001"
ENDPOINT = {"twilio": "twilio_send", "skebby": "skebby_send", "generic": "relay_send"}
KINDS = list(ENDPOINT)
QUICK = RetryPolicy(max_tries=3, base_delay=0.01, max_delay=0.02)


def provider(url, kind, **options):
    user = "ACtest" if kind == "twilio" else "utility"
    secret = "twilio-secret" if kind == "twilio" else "skebby-secret"
    if kind == "generic":
        options = {**RELAY_OPTIONS, **options}
    elif kind == "twilio":
        options = {"list_settle_seconds": 0, **options}
    profile = GatewayProfile("f", kind, url, "HeraAcqua", read_timeout=0.5, options=options)
    return close_later(create_provider(profile, Credentials(user, secret)))


def message():
    return OutgoingMessage("b-m0", PHONE, TEXT, reference=REF)


HTML = "<html><body><h1>Gateway</h1><p>Please log in</p></body></html>"
UNREADABLE = {
    "html-page": Fault(status=200, body=HTML),
    "empty-body": Fault(status=200, body=""),
    "cut-json": Fault(status=200, body='{"id": "R12', content_type="application/json"),
    "other-shape": Fault(status=200, body='["queued"]', content_type="application/json"),
}


@pytest.mark.parametrize("recorded", [True, False], ids=["taken", "not-taken"])
@pytest.mark.parametrize("answer", UNREADABLE)
@pytest.mark.parametrize("kind", KINDS)
def test_an_unreadable_2xx_is_asked_about_never_taken_for_sent(emulator, kind, answer, recorded):
    fault = UNREADABLE[answer]
    if kind != "generic":
        fault = Fault(status=201, body=fault.body, content_type=fault.content_type)
    emulator.add_fault(ENDPOINT[kind], Fault(**{**fault.__dict__, "record_first": recorded}))
    result = provider(emulator.url, kind).submit("b", [message()])
    assert (result.outcome, result.code) == (Outcome.LOOKUP, reasons.UNREADABLE_ANSWER)
    assert emulator.accepted_count(PHONE) == int(recorded)


@pytest.mark.parametrize("recorded", [True, False], ids=["taken", "not-taken"])
@pytest.mark.parametrize("kind", KINDS)
def test_after_an_unreadable_answer_each_number_is_sent_exactly_once(
    tmp_path, emulator, kind, recorded
):
    fault = Fault(status=200 if kind == "generic" else 201, body=HTML, record_first=recorded)
    emulator.add_fault(ENDPOINT[kind], fault)
    outbox = Outbox(close_later(Database(str(tmp_path / "o.sqlite"))))
    dispatcher = Dispatcher(outbox, provider(emulator.url, kind), retry=QUICK, rate=1000.0)
    dispatcher.send_intervention(REF, "start", TEXT, [PHONE])
    (row,) = outbox.messages()
    assert row.state == ACCEPTED
    assert row.provider_id or kind == "generic", "the relay is asked by our reference"
    assert emulator.accepted_count(PHONE) == 1


def test_an_error_inside_a_200_is_not_taken_for_sent(emulator):
    """A gateway that says "error" with HTTP 200 and no status the profile
    names: no id where the profile expects one, so the gateway is asked."""
    emulator.add_fault("relay_send", Fault(status=200, body='{"error": "invalid number"}'))
    relay = provider(emulator.url, "generic", status_path="status", accepted_values=["queued"])
    result = relay.submit("b", [message()])
    assert (result.outcome, result.code) == (Outcome.LOOKUP, reasons.UNREADABLE_ANSWER)
    assert "invalid number" in result.detail


def test_a_status_outside_the_accepted_ones_is_refused(emulator):
    emulator.add_fault("relay_send", Fault(status=200, body='{"status": "rejected", "id": "R1"}'))
    relay = provider(emulator.url, "generic", status_path="status", accepted_values=["queued"])
    result = relay.submit("b", [message()])
    assert (result.outcome, result.code) == (Outcome.FAILED, reasons.REQUEST_REFUSED)


@pytest.mark.parametrize("kind", KINDS)
def test_an_answer_cut_by_a_reset_is_in_doubt(emulator, kind):
    body = '{"id": "R1", "sid": "SM1", "result": "OK", "status": "queued"}'
    fault = Fault(status=200 if kind == "generic" else 201, body=body, cut=True, record_first=True)
    emulator.add_fault(ENDPOINT[kind], fault)
    result = provider(emulator.url, kind).submit("b", [message()])
    assert result.outcome is Outcome.LOOKUP
    assert result.code in (reasons.NETWORK_LOST, reasons.UNREADABLE_ANSWER)


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("kind", KINDS)
def test_a_redirect_carries_no_credentials_and_stops_the_run(tmp_path, kind, status):
    with GatewayEmulator() as elsewhere, GatewayEmulator() as emulator:
        where = elsewhere.url.replace("127.0.0.1", "localhost") + "/relay/messages"
        fault = Fault(status=status, body="", headers=(("Location", where),))
        emulator.fail_every(ENDPOINT[kind], 1, fault)
        outbox = Outbox(close_later(Database(str(tmp_path / "o.sqlite"))))
        gateway = provider(emulator.url, kind)
        dispatcher = Dispatcher(outbox, gateway, retry=QUICK, rate=1000.0)
        phones = [PHONE, "+393331000002", "+393331000003"]
        summary = dispatcher.send_intervention(REF, "start", TEXT, phones)
        assert not elsewhere.state.seen, "nothing, no credential, reaches the other host"
        assert emulator.request_count(ENDPOINT[kind]) == 1, "the run stops at the first"
        assert summary.error is not None and summary.error.params["why"] == reasons.REDIRECTED
        assert "to localhost" in summary.error.params["detail"]
        states = {row.state for row in outbox.messages()}
        assert states == ({UNCERTAIN} if kind == "skebby" else {UNCERTAIN, PENDING})


def test_a_redirected_skebby_login_is_a_redirect_not_refused_credentials(tmp_path, emulator):
    where = (("Location", "https://api.example.net/API/v1.0/REST/login"),)
    emulator.add_fault("skebby_login", Fault(status=302, body="", headers=where))
    outbox = Outbox(close_later(Database(str(tmp_path / "o.sqlite"))))
    dispatcher = Dispatcher(outbox, provider(emulator.url, "skebby"), retry=QUICK, rate=1000.0)
    summary = dispatcher.send_intervention(REF, "start", TEXT, [PHONE])
    assert summary.error.params["why"] == reasons.REDIRECTED
    assert [row.state for row in outbox.messages()] == [PENDING], "nothing was sent"


@pytest.mark.parametrize("kind", ["twilio", "generic"])
def test_credentials_refused_mid_run_stop_it_and_the_next_run_sends_the_rest_once(
    tmp_path, emulator, kind
):
    phones = [f"+39333100000{n}" for n in range(1, 6)]
    emulator.fail_every(ENDPOINT[kind], 3, Fault(status=401))
    outbox = Outbox(close_later(Database(str(tmp_path / "o.sqlite"))))
    first = Dispatcher(outbox, provider(emulator.url, kind), retry=QUICK, rate=1000.0)
    summary = first.send_intervention(REF, "start", TEXT, phones)
    assert summary.error.params["why"] == reasons.AUTH_REFUSED
    assert summary.counts[ACCEPTED] == 2 and summary.counts[PENDING] == 3, "the rest waits"
    emulator.fail_every(ENDPOINT[kind], 3, None)  # the credentials are corrected
    again = Dispatcher(outbox, provider(emulator.url, kind), retry=QUICK, rate=1000.0)
    _prepared, summary = recover(again, REF)
    assert summary.error is None and summary.counts[ACCEPTED] == len(phones)
    assert all(emulator.accepted_count(phone) == 1 for phone in phones)


@pytest.mark.parametrize("kind", KINDS)
def test_an_answer_trickling_past_the_timeout_is_a_lost_answer(emulator, kind):
    """Each byte comes before the read timeout, the whole answer long after:
    the answer is given up (the message asked about), the run does not hang."""
    body = '{"id": "R1", "sid": "SM1", "result": "OK", "status": "queued", "padding": "....."}'
    status = 200 if kind == "generic" else 201
    emulator.add_fault(
        ENDPOINT[kind], Fault(status=status, body=body, trickle=0.2, record_first=True)
    )
    result = provider(emulator.url, kind).submit("b", [message()])
    assert (result.outcome, result.code) == (Outcome.LOOKUP, reasons.NETWORK_LOST)
    emulator.state.stopping.set()  # the emulator stops trickling


def test_a_partly_taken_order_not_listed_yet_is_in_doubt_not_a_provider_crash(tmp_path, emulator):
    """Skebby took 1 of 2 numbers, and its order is not found right after
    (404): the numbers are in doubt ("not listed yet"), asked again later,
    each sent once; not a KeyError worded "the provider module failed"."""
    phones = [PHONE, "+393331000002"]
    emulator.set_invalid(phones[1])
    emulator.add_fault("skebby_status", Fault(status=404))
    outbox = Outbox(close_later(Database(str(tmp_path / "o.sqlite"))))
    dispatcher = Dispatcher(outbox, provider(emulator.url, "skebby"), retry=QUICK, rate=1000.0)
    dispatcher.send_intervention(REF, "start", TEXT, phones)
    rows = {row.phone: row for row in outbox.messages()}
    assert {row.code for row in rows.values()} == {reasons.NOT_LISTED_YET}
    recover(Dispatcher(outbox, provider(emulator.url, "skebby"), retry=QUICK, rate=1000.0), REF)
    rows = {row.phone: (row.state, row.code) for row in outbox.messages()}
    assert rows[PHONE][0] == ACCEPTED and rows[phones[1]] == ("FAILED", reasons.INVALID_NUMBER)
    assert emulator.request_count("skebby_send") == 1


@pytest.mark.parametrize("recorded", [True, False], ids=["taken", "not-taken"])
@pytest.mark.parametrize("kind", ["twilio_voice", "generic"])
def test_an_unreadable_answer_to_a_call_is_asked_about_and_the_call_placed_once(
    tmp_path, emulator, kind, recorded
):
    endpoint = "twilio_call" if kind == "twilio_voice" else "relay_call"
    emulator.add_fault(endpoint, Fault(status=201, body=HTML, record_first=recorded))
    user = "ACtest" if kind == "twilio_voice" else "utility"
    secret = "twilio-secret" if kind == "twilio_voice" else "skebby-secret"
    options = {"list_settle_seconds": 0} if kind == "twilio_voice" else RELAY_VOICE_OPTIONS
    sender = "+390542000000" if kind == "twilio_voice" else "HeraAcqua"
    profile = GatewayProfile("v", kind, emulator.url, sender, read_timeout=0.5, options=options)
    voice = close_later(create_provider(profile, Credentials(user, secret)))
    outbox = Outbox(close_later(Database(str(tmp_path / "o.sqlite"))))
    Dispatcher(outbox, voice, retry=QUICK, rate=1000.0).send_intervention(
        REF, "start", TEXT, [PHONE]
    )
    (row,) = outbox.messages()
    assert (row.channel, row.state) == ("call", ACCEPTED)
    assert len(emulator.calls(PHONE)) == 1, "placed once, found by asking"


LOOKUP_ENDPOINT = {"twilio": "twilio_list", "skebby": "skebby_status", "generic": "relay_status"}


@pytest.mark.parametrize("recorded", [True, False], ids=["taken", "not-taken"])
@pytest.mark.parametrize("kind", KINDS)
def test_a_look_up_answered_by_a_page_settles_nothing(tmp_path, emulator, kind, recorded):
    """A send in doubt (a 500), then the look-up answered 200 by an HTML page
    (a proxy's): no proof of anything. Before, the page read as "sent"
    (generic), "every number refused" (Skebby) or "not in the list", so
    sent again (Twilio). It stays in doubt until the provider really answers."""
    emulator.add_fault(ENDPOINT[kind], Fault(status=500, record_first=recorded))
    emulator.add_fault(LOOKUP_ENDPOINT[kind], Fault(status=200, body=HTML))
    outbox = Outbox(close_later(Database(str(tmp_path / "o.sqlite"))))
    dispatcher = Dispatcher(outbox, provider(emulator.url, kind), retry=QUICK, rate=1000.0)
    dispatcher.send_intervention(REF, "start", TEXT, [PHONE])
    (row,) = outbox.messages()
    assert (row.state, row.code) == (UNCERTAIN, reasons.LOOKUP_UNAVAILABLE)
    assert emulator.accepted_count(PHONE) == int(recorded), "never sent again on a guess"
    recover(Dispatcher(outbox, provider(emulator.url, kind), retry=QUICK, rate=1000.0), REF)
    (row,) = outbox.messages()
    assert row.state == ACCEPTED and emulator.accepted_count(PHONE) == 1


def test_a_skebby_login_answered_by_a_page_is_not_refused_credentials(tmp_path, emulator):
    """A proxy's page (200) instead of the session keys: the run stops, and
    says so, instead of blaming the user name and password."""
    emulator.add_fault("skebby_login", Fault(status=200, body=HTML))
    outbox = Outbox(close_later(Database(str(tmp_path / "o.sqlite"))))
    dispatcher = Dispatcher(outbox, provider(emulator.url, "skebby"), retry=QUICK, rate=1000.0)
    summary = dispatcher.send_intervention(REF, "start", TEXT, [PHONE])
    assert summary.error.params["why"] == reasons.UNREADABLE_ANSWER
    assert [row.state for row in outbox.messages()] == [PENDING], "nothing was sent"


def test_a_skebby_login_failing_with_a_5xx_is_an_outage_not_refused_credentials(tmp_path, emulator):
    """Skebby's login answering 503: nothing was sent, and the password is
    fine. The order waits and goes once the platform is back; the run is
    not stopped with "check the user name and password"."""
    emulator.add_fault("skebby_login", Fault(status=503))
    outbox = Outbox(close_later(Database(str(tmp_path / "o.sqlite"))))
    dispatcher = Dispatcher(outbox, provider(emulator.url, "skebby"), retry=QUICK, rate=1000.0)
    summary = dispatcher.send_intervention(REF, "start", TEXT, [PHONE])
    assert summary.error is None
    (row,) = outbox.messages()
    assert row.state == ACCEPTED and emulator.accepted_count(PHONE) == 1


@pytest.mark.parametrize("ahead", [600.0, -600.0], ids=["gateway-ahead", "gateway-behind"])
def test_a_retry_after_date_is_read_on_the_gateways_clock(ahead):
    """``Retry-After`` as an HTTP date, from a gateway whose clock is ten
    minutes off ours: the wait is the five seconds it meant (measured from
    its own ``Date``), not ten minutes more, nor none at all."""
    with GatewayEmulator(clock=lambda: time.time() + ahead) as emulator:
        when = email.utils.formatdate(time.time() + ahead + 5, usegmt=True)
        emulator.add_fault("relay_send", Fault(status=429, retry_after=when))
        result = provider(emulator.url, "generic").submit("b", [message()])
    assert (result.outcome, result.code) == (Outcome.RETRY, reasons.THROTTLED)
    assert 3.0 <= result.retry_after <= 6.0


@pytest.fixture
def proxy_refusing_the_tunnel():
    """A local HTTP proxy that answers every CONNECT with 407 (its password expired)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)

    def serve():
        while True:
            try:
                client, _ = server.accept()
            except OSError:
                return
            with client:
                client.recv(4096)
                client.sendall(
                    b"HTTP/1.1 407 Proxy Authentication Required\r\n"
                    b"Proxy-Authenticate: Basic\r\nContent-Length: 0\r\n\r\n"
                )

    threading.Thread(target=serve, daemon=True).start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    server.close()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def relay_behind(proxy: str, base_url: str = "https://sms.example.com"):
    """The relay profile, reached through the QGIS proxy at ``proxy``."""
    profile = GatewayProfile(
        "p", "generic", base_url, "HeraAcqua", options={**RELAY_OPTIONS, "lookup_url": ""}
    )
    proxies = {"https": proxy, "http": proxy}
    return close_later(create_provider(profile, Credentials("utility", "k"), proxies))


def test_a_proxy_that_is_down_is_not_a_doubt():
    """The QGIS proxy is down: the request never left for the gateway. Safe to
    send again later; before, every message of the run was "in doubt", held
    for the operator at a gateway that cannot be asked."""
    relay = relay_behind(f"http://127.0.0.1:{free_port()}")
    result = relay.submit("b", [message()])
    assert (result.outcome, result.code) == (Outcome.RETRY, reasons.NETWORK_UNREACHED)


@pytest.mark.parametrize("target", ["https", "http"], ids=["tunnel", "plain-http"])
def test_a_proxy_refusing_its_login_stops_the_run_at_once(
    tmp_path, proxy_refusing_the_tunnel, emulator, target
):
    """The proxy answers 407 (its password expired), to the tunnel or to a
    plain request: no message can go until the proxy settings are corrected.
    The run stops at the first request and says so, as for refused gateway
    credentials, and every message stays queued. Before, each message was
    retried until the run's patience ran out, then "could not be reached"."""
    base = emulator.url if target == "http" else "https://sms.example.com"
    relay = relay_behind(proxy_refusing_the_tunnel, base)
    outbox = Outbox(close_later(Database(str(tmp_path / "o.sqlite"))))
    phones = [PHONE, "+393331000002", "+393331000003"]
    summary = Dispatcher(outbox, relay, retry=QUICK, rate=1000.0).send_intervention(
        REF, "start", TEXT, phones
    )
    assert summary.error.params["why"] == reasons.PROXY_AUTH_REFUSED
    assert {row.state for row in outbox.messages()} == {PENDING}
    assert all(row.tries <= 1 for row in outbox.messages()), "not retried until the deadline"
    assert emulator.total_accepted() == 0 and not emulator.state.seen


def test_a_skebby_answer_with_a_garbled_count_is_asked_about(tmp_path, emulator):
    """``"total_sent": "n/a"``: the order was answered OK, but how much of it
    went cannot be read. Asked about by its order (each number once), not
    worded "the provider module failed"."""
    garbled = '{"result": "OK", "order_id": "b", "total_sent": "n/a"}'
    emulator.add_fault(
        "skebby_send",
        Fault(status=201, body=garbled, content_type="application/json", record_first=True),
    )
    result = provider(emulator.url, "skebby").submit("b", [message()])
    assert (result.outcome, result.code) == (Outcome.LOOKUP, reasons.UNREADABLE_ANSWER)
