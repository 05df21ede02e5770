"""Issue 16, gateway security items 1-3, each first seen failing:

1. secrets are redacted by value wherever they appear (URLs, headers,
   bodies, error texts, stored details, log lines at every level), and
   phones are masked in logs and in the details the outbox stores;
2. plain ``http://`` is refused in the profile check and at send time,
   except to this machine;
3. the generic provider encodes every value for the place it lands in
   (raw only on request), and a header with CR/LF is FAILED before sending.
"""

import json
import logging
from urllib.parse import parse_qs, quote, quote_plus, urlsplit

import pytest
from opened import close_later
from water_outage_notifier.common.vocabulary import FAILED, PENDING, UNCERTAIN
from water_outage_notifier.devtools.gateway_emulator import RELAY_OPTIONS, Fault, GatewayEmulator
from water_outage_notifier.notify.dispatcher import Dispatcher
from water_outage_notifier.sms_gateway import reasons
from water_outage_notifier.sms_gateway.http import (
    GatewayStop,
    HttpClient,
    InsecureUrlError,
    TransportError,
    url_problem,
)
from water_outage_notifier.sms_gateway.privacy import SecretValues, clean
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import (
    Capabilities,
    Outcome,
    OutgoingMessage,
    Provider,
    create_provider,
    register_provider,
)
from water_outage_notifier.sms_gateway.providers.generic import ENVIRONMENTS
from water_outage_notifier.store.db import Database
from water_outage_notifier.store.outbox import Outbox

USER, PASSWORD, TOKEN = "acct-user-42", "pa55&word/+x ü", "tok-XYZ-123456"
PHONES = ["+393331112223", "+393334445556"]
STREET = "Via Roma&to=+19005550100&from=EVIL"
TEXT = f"Acqua sospesa in {STREET} dalle 8:30. Rif. INT-2026-0001"
LEAKY = {  # the password under a name no list knows, and a header no list knows
    "method": "GET",
    "url": "{{ base_url }}/sms/json?api_key={{ credentials.username }}"
    "&api_secret={{ credentials.password }}&pwd={{ credentials.password }}&from={{ sender }}&to={{ message.phone }}"
    "&text={{ message.text }}&client-ref={{ message.ref }}",
    "headers": {"X-Api-Pass": "{{ credentials.token }}"},
    "status_path": "messages.0.status",
    "accepted_values": ["0"],
}
VONAGE_FORM = {  # the natural template, with no filter at all
    "url": "{{ base_url }}/sms/json",
    "body": "api_key={{ credentials.username }}&api_secret={{ credentials.password }}"
    "&from={{ sender }}&to={{ message.phone }}&text={{ message.text }}",
    "status_path": "messages.0.status",
    "accepted_values": ["0"],
}


def leaked(text: str) -> list[str]:
    """Every spelling of a secret, or a whole phone number, found in ``text``."""
    secrets = [PASSWORD, TOKEN, USER]
    spellings = {f(s) for s in secrets for f in (str, quote, quote_plus, json.dumps)}
    spellings |= {json.dumps(s)[1:-1] for s in secrets}
    return [s for s in spellings | set(PHONES) | {p[1:] for p in PHONES} if s in text]


def generic(emu_url, options, tmp_path, name="g"):
    profile = GatewayProfile(
        name, "generic", emu_url, "HeraAcqua", read_timeout=0.5, options=options
    )
    provider = close_later(create_provider(profile, Credentials(USER, PASSWORD, TOKEN)))
    return Dispatcher(Outbox(Database(str(tmp_path / f"{name}.sqlite"))), provider, rate=1000.0)


# -- 1. redaction by value --------------------------------------------------------


def test_secrets_under_any_name_and_phones_stay_out_of_logs_and_stored_details(tmp_path, caplog):
    caplog.set_level(logging.DEBUG, logger="water_outage_notifier")
    with GatewayEmulator(username=USER, password=PASSWORD) as emu:
        emu.add_fault("vonage_send", Fault(status=400, echo=True))  # quotes the request back
        emu.add_fault("vonage_send", Fault(hang=2.0))  # no answer: the URL goes to the log
        disp = generic(emu.url, LEAKY, tmp_path)
        disp.send_intervention(1, "start", TEXT, PHONES)
        assert emu.request_count("vonage_send") == 2
        details = [m.detail or "" for m in disp.outbox.messages()]
    assert {m.state for m in disp.outbox.messages()} == {FAILED, UNCERTAIN}
    assert "cannot process GET" in " ".join(details)  # the echo was stored, cleaned
    for text in [caplog.text, *details]:
        assert leaked(text) == [], text
    assert "+39 333 ***2223" in caplog.text + " ".join(details)


def test_every_spelling_of_a_credential_is_redacted():
    values = SecretValues()
    values.add_credentials(Credentials("u-42", "p@ss w&rd", "tok-1", {"api": "xkey-9"}))
    text = (
        'url ?x=p%40ss%20w%26rd&y=p%40ss+w%26rd body {"k": "p@ss w&rd"} '
        "Authorization: Basic dS00MjpwQHNzIHcmcmQ= tok-1 xkey-9 u-42"
    )
    assert values.redact(text).count("***") == 7
    for secret in ("p%40ss", "p@ss", "dS00Mj", "tok-1", "xkey-9", "u-42"):
        assert secret not in values.redact(text)


class Exploding(Provider):
    name = "exploding"
    capabilities = Capabilities(max_batch=5)

    def submit(self, batch_ref, messages):
        raise RuntimeError(
            f"bug while sending to {messages[0].phone} with {self.credentials.password}"
        )


def test_a_traceback_at_error_level_and_the_stored_detail_are_cleaned(tmp_path, caplog):
    register_provider("exploding", Exploding)
    provider = close_later(
        create_provider(GatewayProfile("x", "exploding"), Credentials(USER, PASSWORD))
    )
    disp = Dispatcher(Outbox(Database(str(tmp_path / "x.sqlite"))), provider)
    disp.send_intervention(1, "start", TEXT, PHONES[:1])
    (row,) = disp.outbox.messages()
    assert row.state == UNCERTAIN and row.code == reasons.PROVIDER_ERROR
    assert "Traceback" in caplog.text and "bug while sending" in caplog.text
    assert leaked(caplog.text) == [] and leaked(row.detail) == []


def test_skebby_session_keys_are_secrets_too(tmp_path, emulator, caplog):
    caplog.set_level(logging.DEBUG, logger="water_outage_notifier")
    profile = GatewayProfile("s", "skebby", emulator.url, "HeraAcqua")
    provider = close_later(create_provider(profile, Credentials("utility", "skebby-secret")))
    provider.submit("o1", [OutgoingMessage("o1-m1", PHONES[0], TEXT)])
    (user_key, session) = next(iter(emulator.state.sessions))
    logging.getLogger("water_outage_notifier.sms_gateway").warning("keys %s %s", user_key, session)
    assert user_key not in caplog.text and session not in caplog.text


# -- 2. plain http:// ----------------------------------------------------------------


@pytest.mark.parametrize(
    "url, code",
    [
        ("https://api.skebby.it", None),
        ("http://127.0.0.1:8765", None),
        ("http://127.9.9.9/x", None),
        ("http://localhost:8000", None),
        ("http://[::1]:8000/relay", None),
        ("http://api.skebby.it", reasons.INSECURE_URL),
        ("http://192.168.1.10:8080/sms", reasons.INSECURE_URL),
        ("http://127.0.0.1.example.com/", reasons.INSECURE_URL),
        ("ftp://files.example.com", reasons.INVALID_REQUEST),
    ],
)
def test_plain_http_is_refused_except_to_this_machine(url, code):
    assert url_problem(url) == code
    problems = GatewayProfile("p", "skebby", url).check()
    assert [p.code for p in problems] == ([code] if code else [])


def test_the_profile_check_names_the_problem_and_the_dispatcher_refuses_to_start(tmp_path):
    profile = GatewayProfile("p", "twilio", "http://api.twilio.com", "HeraAcqua")
    (problem,) = profile.check()
    assert problem.params == {"profile": "p", "field": "base_url", "host": "api.twilio.com"}
    assert "http://" in problem.message and profile.problems() == [problem.message]
    literal = GatewayProfile(
        "g", "generic", options={"url": "http://gw.example.com/send?x={{ x }}"}
    )
    assert [p.code for p in literal.check()] == [reasons.INSECURE_URL]
    with pytest.raises(ValueError, match="plain http://"):
        Dispatcher(
            Outbox(Database(str(tmp_path / "o.sqlite"))),
            close_later(create_provider(profile, Credentials("AC1", "t0ken-secret"))),
        )


def test_plain_http_is_refused_at_send_time_before_any_connection(tmp_path):
    with pytest.raises(InsecureUrlError) as refused:
        close_later(HttpClient((1.0, 1.0))).request("GET", "http://198.51.100.7/never")
    assert refused.value.code == reasons.INSECURE_URL and isinstance(refused.value, GatewayStop)
    # A URL built by a template escapes the profile check, not the send.
    options = {"url": "{{ 'ht' ~ 'tp' }}://198.51.100.7/sms", "body": "to={{ message.phone }}"}
    disp = generic("https://unused.example", options, tmp_path)
    summary = disp.send_intervention(1, "start", TEXT, PHONES)
    assert summary.error and "http://" in summary.error
    first, second = disp.outbox.messages()
    assert (first.state, first.code, second.state) == (PENDING, reasons.INSECURE_URL, PENDING)


# -- 3. encoding in the generic provider -----------------------------------------


def test_a_street_name_cannot_add_a_recipient_or_a_sender_and_plus_stays_plus(tmp_path):
    with GatewayEmulator(username=USER, password=PASSWORD) as emu:
        disp = generic(emu.url, VONAGE_FORM, tmp_path)
        summary = disp.send_intervention(1, "start", TEXT, PHONES[:1])
        (request,) = list(emu.state.seen)
        sent_to = (emu.accepted_count(PHONES[0]), emu.accepted_count("+19005550100"))
    assert summary.counts["ACCEPTED"] == 1 and sent_to == (1, 0)
    form = parse_qs(request["body"])
    assert form["to"] == [PHONES[0]] and form["from"] == ["HeraAcqua"] and form["text"] == [TEXT]
    assert form["api_secret"] == [PASSWORD]


def test_values_in_a_url_query_are_encoded_too(tmp_path):
    with GatewayEmulator(username=USER, password=PASSWORD) as emu:
        disp = generic(emu.url, LEAKY, tmp_path)
        disp.send_intervention(1, "start", TEXT, PHONES[:1])
        (request,) = list(emu.state.seen)
    query = parse_qs(urlsplit(request["target"]).query)
    assert query["pwd"] == [PASSWORD] and query["to"] == [PHONES[0]] and query["text"] == [TEXT]
    assert query["from"] == ["HeraAcqua"]


def test_a_json_body_escapes_quotes_backslashes_and_line_breaks(tmp_path, emulator):
    profile = GatewayProfile("r", "generic", emulator.url, "HeraAcqua", options=RELAY_OPTIONS)
    provider = close_later(create_provider(profile, Credentials("utility", "skebby-secret")))
    tricky = 'Acqua "sospesa"\\n, a capo\r\n", "to": "+19005550100'
    result = provider.submit("b", [OutgoingMessage("b-m1", PHONES[0], tricky)])
    assert result.outcome is Outcome.ACCEPTED
    (stored,) = emulator.state.relay.values()
    assert stored["text"] == tricky and stored["to"] == PHONES[0]


def render(place, template, **values):
    return ENVIRONMENTS[place].from_string(template).render(values)


def test_raw_insertion_is_an_explicit_opt_in_and_filters_are_not_applied_twice():
    assert render("url", "t={{ v }}", v="a&b c+") == "t=a%26b%20c%2B"
    assert render("url", "t={{ v|raw }}", v="a&b") == "t=a&b"  # the documented opt-in
    assert render("url", "t={{ v|urlencode }}", v="a&b") == "t=a%26b"  # not %2526
    assert render("url", "t={{ v|tojson }}", v=["+39"]) == "t=%5B%22%2B39%22%5D"
    assert render("json", '{"to": {{ v|tojson }}}', v=["+39", 'x"y']) == '{"to": ["+39", "x\\"y"]}'
    assert render("xml", "<t>{{ v }}</t>", v="<b>&'") == "<t>&lt;b&gt;&amp;&#39;</t>"
    assert render("header", "Bearer {{ v }}", v="a&b") == "Bearer a&b"


def test_a_header_with_a_line_break_fails_the_message_before_sending(tmp_path, emulator):
    options = {**VONAGE_FORM, "headers": {"X-Note": "{{ message.text }}"}}
    disp = generic(emulator.url, options, tmp_path)
    summary = disp.send_intervention(1, "start", "Acqua\r\nX-Injected: 1", PHONES[:1])
    assert summary.counts[FAILED] == 1 and summary.counts[UNCERTAIN] == 0
    (row,) = disp.outbox.messages()
    assert row.code == reasons.HEADER_CRLF and not row.retryable
    assert emulator.request_count("vonage_send") == 0
    with pytest.raises(TransportError) as refused:
        close_later(HttpClient((1.0, 1.0))).request("GET", emulator.url, headers={"X": "a\nb"})
    assert refused.value.permanent and refused.value.code == reasons.HEADER_CRLF


def test_clean_is_idempotent_and_masks_numbers_in_free_text():
    once = clean(f"refused {PHONES[0]} and 393334445556")
    assert once == clean(once) and "+39 333 ***2223" in once and "393 ***5556" in once
