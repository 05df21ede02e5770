"""Customers' emails as an outbox channel (issue 23): what the SMTP server's
answers mean for the message, against real local SMTP servers."""

import pytest
from aiosmtpd.controller import Controller
from opened import close_later
from water_outage_notifier.devtools.smtp_server import LocalSmtpServer, free_port
from water_outage_notifier.mail.customer_mail import EmailProvider, email_text
from water_outage_notifier.mail.smtp import SmtpSettings
from water_outage_notifier.sms_gateway import reasons
from water_outage_notifier.sms_gateway.provider import Outcome, OutgoingMessage

TEXT = email_text("Acqua Imola:  avviso\n rif. INT-2026-0001", "Gentile cliente,\n\nacqua sospesa.")


def provider(port, **settings):
    smtp = SmtpSettings("127.0.0.1", port, security="none", timeout=2.0, **settings)
    return close_later(EmailProvider(smtp, "avvisi@acqua-imola.it"))


def message(address="rossi@example.it"):
    return OutgoingMessage("k-m1", address, TEXT, reference="INT-2026-0001")


def test_an_email_is_taken_with_its_subject_body_and_reference(tmp_path):
    with LocalSmtpServer(tmp_path / "mail") as server:
        result = provider(server.port).submit("k-1", [message()])
        (sent,) = server.messages
    answer = result.for_message("k-m1")
    assert answer.outcome is Outcome.ACCEPTED and answer.provider_id == sent["Message-ID"]
    assert sent["Subject"] == "Acqua Imola: avviso rif. INT-2026-0001"
    assert sent["X-Outage-Reference"] == "INT-2026-0001" and sent["To"] == "rossi@example.it"
    assert sent.get_content().replace("\r\n", "\n").strip() == "Gentile cliente,\n\nacqua sospesa."


class Answering:
    """An SMTP server that answers RCPT TO with a chosen code per address."""

    def __init__(self, codes):
        self.codes = codes

    async def handle_RCPT(self, server, session, envelope, address, options):  # noqa: N802
        code = self.codes.get(address)
        if code:
            return f"{code} not now" if code < 500 else f"{code} no such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"


@pytest.mark.parametrize(
    ("code", "outcome", "reason"),
    [(451, Outcome.RETRY, reasons.THROTTLED), (550, Outcome.FAILED, reasons.REQUEST_REFUSED)],
)
def test_a_refusal_is_transient_or_permanent_by_its_smtp_code(code, outcome, reason):
    port = free_port()
    controller = Controller(Answering({"rossi@example.it": code}), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        result = provider(port).submit("k-1", [message()])
    finally:
        controller.stop()
    assert (result.outcome, result.code) == (outcome, reason)


def test_no_server_is_safe_to_retry_and_no_host_is_refused():
    result = provider(free_port()).submit("k-1", [message()])
    assert (result.outcome, result.code) == (Outcome.RETRY, reasons.NETWORK_UNREACHED)
    nowhere = close_later(EmailProvider(SmtpSettings(""), "avvisi@acqua-imola.it"))
    result = nowhere.submit("k-1", [message()])
    assert (result.outcome, result.code) == (Outcome.FAILED, reasons.INVALID_REQUEST)
