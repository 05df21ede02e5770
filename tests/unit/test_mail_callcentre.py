"""The call-centre email, sent to a real local SMTP server and read back
(reference sms.md, item 23)."""

from __future__ import annotations

import io
import ssl
from datetime import datetime, timezone

import pytest
import trustme
from openpyxl import load_workbook
from water_outage_notifier.customers.selection import AffectedCustomer, assemble
from water_outage_notifier.devtools.smtp_server import LocalSmtpServer, free_port
from water_outage_notifier.mail.compose import (
    INTERVENTION_HEADER,
    CallcentreReport,
    MailError,
    compose_callcentre_email,
)
from water_outage_notifier.mail.smtp import (
    FAILURE_TEXTS,
    MailSendError,
    SmtpSettings,
    check_connection,
    raise_for_error,
    send_email,
)
from water_outage_notifier.notify.trials import (
    MAIL_SERVER_FAILED,
    MAIL_SERVER_OK,
    check_mail_server,
)

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(17)
SMS = "HERA Acqua: per lavori programmati mar 3 dic dalle 08:30 alle 12:00 ... Rif. INT-7"


def customer(cid, phones=(), sensitive=False, reason=None, address="Via Emilia 1", role="isolated"):
    return AffectedCustomer(
        customer_id=cid,
        fid=1,
        role=role,
        category="domestic",
        sensitive=sensitive,
        shared_meter=False,
        units=2,
        phones=tuple(phones),
        reason=reason,
        address=address,
        house_number="1",
        municipality="Imola",
        point=None,
    )


def report(**changes):
    selection = assemble(
        [
            customer("C1", ["+393331234567"]),
            customer("C2", [], sensitive=True, reason="landline"),
            customer("C3", ["+393339876543"], address='=HYPERLINK("http://x")', role="unsupplied"),
        ],
        ("isolated", "unsupplied"),
    )
    values = dict(
        reference="INT-2024-017",
        kind="planned_interruption",
        start=datetime(2024, 12, 3, 8, 30),
        end=datetime(2024, 12, 3, 12, 0),
        municipalities=("Imola",),
        streets=("Via Emilia", "Via <Cavour> & Co"),
        valves_to_close=("V-12", 13),
        sms_text=SMS,
        selection=selection,
        utility_name="HERA Acqua",
        map_png=PNG,
    )
    values.update(changes)
    return CallcentreReport(**values)


def compose(lang="it", **changes):
    return compose_callcentre_email(
        report(**changes),
        sender="gis@acqua.example.it",
        recipients=["callcentre@acqua.example.it", "turno@acqua.example.it"],
        lang=lang,
        now=datetime(2024, 12, 1, 9, 0, tzinfo=timezone.utc),
    )


def parts(message):
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    attachments = {a.get_filename(): a for a in message.iter_attachments()}
    return text, html, attachments


def test_email_round_trip_through_local_smtp(tmp_path):
    with LocalSmtpServer(tmp_path / "mail") as server:
        result = send_email(
            compose(), SmtpSettings(host="127.0.0.1", port=server.port, security="none", timeout=5)
        )
    assert result.ok, result.error
    assert result.accepted == ("callcentre@acqua.example.it", "turno@acqua.example.it")
    assert len(server.messages) == 1
    assert sorted(server.envelopes[0][1]) == sorted(result.accepted)
    assert (tmp_path / "mail" / "0001.eml").is_file()

    received = server.messages[0]
    assert received[INTERVENTION_HEADER] == "INT-2024-017"
    assert received["Message-ID"] == result.message_id and "@acqua.example.it>" in result.message_id
    assert received["Date"].datetime == datetime(2024, 12, 1, 9, 0, tzinfo=timezone.utc)
    assert "INT-2024-017" in received["Subject"]
    assert "Interruzione programmata" in received["Subject"]

    text, html, attachments = parts(received)
    for body in (text, html):
        assert SMS in body
        assert "V-12" in body and "13" in body
        assert "mar 3 dic dalle 08:30 alle 12:00" in body
    assert "Clienti coinvolti: 3 (6 unità abitative)" in text
    assert "Clienti sensibili: 1, di cui 1 NON raggiungibili" in text
    assert "Raggiungibili via SMS: 2 (2 numeri)" in text
    assert "Numero fisso: 1" in text and "landline" not in text + html
    # Autoescape in HTML, raw in text.
    assert "Via &lt;Cavour&gt; &amp; Co" in html and "<Cavour>" not in html
    assert "Via <Cavour> & Co" in text

    png = attachments["mappa_INT-2024-017.png"]
    assert png.get_content_type() == "image/png"
    assert png.get_content().startswith(b"\x89PNG\r\n\x1a\n")

    sheet = attachments["utenze_INT-2024-017.xlsx"]
    assert sheet.get_content_type() == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    rows = list(load_workbook(io.BytesIO(sheet.get_content())).active.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert {"Indirizzo", "Coinvolgimento", "Categoria", "Cellulari"} <= set(header)
    assert len(body) == 3
    flat = repr(rows)
    assert "+393331234567" not in flat and "landline" not in flat
    phones = [row[header.index("Cellulari")] for row in body]
    assert "+39 333 ***4567" in phones
    addresses = [row[header.index("Indirizzo")] for row in body]
    assert '=HYPERLINK("http://x")' in addresses, "shown as typed: a text cell cannot run"
    reasons = [row[header.index("Motivo se non raggiungibile")] for row in body]
    assert "Numero fisso" in reasons


def test_english_email_and_no_map():
    message = compose("en", map_png=None)
    text, html, attachments = parts(message)
    assert "Customers affected: 3" in text
    assert "Tue 3 Dec from 08:30 to 12:00" in html
    assert list(attachments) == ["customers_INT-2024-017.xlsx"]
    assert "Landline: 1" in text


@pytest.mark.parametrize(
    ("changes", "recipients", "match"),
    [
        ({}, ["not-an-address"], "call-centre address 'not-an-address'"),
        ({}, [], "No call-centre address"),
        ({"reference": "INT\r\nBcc: x@y.it"}, ["a@b.it"], "reference"),
        ({"map_png": b"GIF89a"}, ["a@b.it"], "not a PNG"),
    ],
)
def test_bad_input_is_a_clear_error(changes, recipients, match):
    with pytest.raises(MailError, match=match):
        compose_callcentre_email(report(**changes), "gis@acqua.example.it", recipients)


def test_nothing_listening_is_a_result_not_an_exception():
    settings = SmtpSettings(host="127.0.0.1", port=free_port(), security="none", timeout=2)
    result = send_email(compose(), settings)
    assert not result.ok
    assert "refused the connection" in result.error
    with pytest.raises(MailSendError, match="refused the connection"):
        raise_for_error(result)


def test_password_never_sent_in_clear():
    settings = SmtpSettings("127.0.0.1", free_port(), "none", username="u", password="pw")
    result = send_email(compose(), settings)
    assert not result.ok and "unencrypted" in result.error
    assert "pw" not in repr(settings)


@pytest.fixture(scope="module")
def tls_server_files(tmp_path_factory):
    """A private CA and a certificate for 127.0.0.1, as a utility's IT would make."""
    folder = tmp_path_factory.mktemp("tls")
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    cafile = folder / "ca.pem"
    ca.cert_pem.write_to_path(str(cafile))
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(server_context)
    return server_context, str(cafile)


@pytest.fixture
def tls_server(tls_server_files):
    server_context, _cafile = tls_server_files
    with LocalSmtpServer(
        tls_context=server_context, require_starttls=True, credentials=("gis", "s3cret")
    ) as server:
        yield server


def starttls(server, cafile=None, password="s3cret"):
    return SmtpSettings(
        "127.0.0.1", server.port, "starttls", "gis", password, cafile=cafile, timeout=5
    )


def test_self_signed_certificate_refused_without_its_ca(tls_server, caplog):
    result = send_email(compose(), starttls(tls_server))
    assert not result.ok
    assert "not trusted" in result.error and "CA file" in result.error
    assert tls_server.messages == []
    assert "s3cret" not in caplog.text


def test_self_signed_certificate_accepted_with_its_ca(tls_server, tls_server_files):
    _context, cafile = tls_server_files
    result = send_email(compose(), starttls(tls_server, cafile))
    assert result.ok, result.error
    assert tls_server.messages[0][INTERVENTION_HEADER] == "INT-2024-017"


def test_wrong_password_is_reported(tls_server, tls_server_files):
    _context, cafile = tls_server_files
    result = send_email(compose(), starttls(tls_server, cafile, password="wrong"))
    assert not result.ok
    assert "refused the login of user 'gis'" in result.error
    assert tls_server.messages == []


def test_plain_sending_refused_by_a_server_requiring_starttls(tls_server):
    settings = SmtpSettings("127.0.0.1", tls_server.port, "none", timeout=5)
    result = send_email(compose(), settings)
    assert not result.ok
    assert tls_server.messages == []


def test_the_connection_test_logs_in_and_sends_nothing(tls_server, tls_server_files):
    _context, cafile = tls_server_files
    assert check_connection(starttls(tls_server, cafile)) is None
    assert tls_server.messages == []
    outcome = check_mail_server(starttls(tls_server, cafile))
    assert outcome.ok and outcome.code == MAIL_SERVER_OK
    assert outcome.params == {"where": f"127.0.0.1:{tls_server.port}"}


def test_the_connection_test_finds_a_closed_port_a_wrong_password_and_an_unknown_ca(
    tls_server, tls_server_files
):
    _context, cafile = tls_server_files
    closed = SmtpSettings(host="127.0.0.1", port=free_port(), security="none", timeout=2)
    where = f"127.0.0.1:{closed.port}"
    assert check_connection(closed) == ("connection_refused", {"where": where})
    outcome = check_mail_server(closed)
    assert not outcome.ok and outcome.code == MAIL_SERVER_FAILED
    assert outcome.params["failure"] == "connection_refused"
    code, params = check_connection(starttls(tls_server, cafile, password="wrong"))
    assert code == "login_refused" and params["user"] == "'gis'"
    assert check_connection(starttls(tls_server))[0] == "certificate_untrusted"
    assert tls_server.messages == []


def test_the_english_of_a_failure_is_its_code_said(tls_server):
    # explain() (logs, reports) and the interface word the same codes: one classification
    closed = SmtpSettings(host="127.0.0.1", port=free_port(), security="none", timeout=2)
    code, params = check_connection(closed)
    assert send_email(compose(), closed).error == FAILURE_TEXTS[code].format_map(params)
