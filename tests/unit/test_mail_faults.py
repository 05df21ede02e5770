"""The call-centre copy against a mail server that misbehaves, on the local
SMTP server: a connection dropped after the whole message went (the server
may have it: re-sending blindly could deliver it twice), an address of the
call centre refused while the others took it, a 4xx or 5xx to the message.
The operator is told what is true: sent, not sent, or perhaps sent."""

from __future__ import annotations

import pytest
import test_mail_callcentre as callcentre
import test_notify_pipeline as pipeline
from opened import close_later
from water_outage_notifier.devtools.smtp_server import LocalSmtpServer
from water_outage_notifier.mail.customer_mail import EmailProvider, email_text
from water_outage_notifier.mail.smtp import SmtpSettings, send_email
from water_outage_notifier.notify.callcentre import COPY_IN_DOUBT, COPY_PARTLY_REFUSED
from water_outage_notifier.notify.pipeline import notify
from water_outage_notifier.notify.request import MailCopy
from water_outage_notifier.sms_gateway import reasons
from water_outage_notifier.sms_gateway.provider import Outcome, OutgoingMessage

DESK, SHIFT = "callcentre@acqua-imola.it", "turno@acqua-imola.it"


@pytest.fixture
def smtp(tmp_path):
    with LocalSmtpServer(tmp_path / "mail") as server:
        yield server


def settings(server) -> SmtpSettings:
    return SmtpSettings(host="127.0.0.1", port=server.port, security="none", timeout=5)


def test_a_connection_dropped_after_the_message_is_in_doubt_not_failed(smtp):
    smtp.drop_after_data = True
    result = send_email(callcentre.compose(), settings(smtp))
    assert len(smtp.messages) == 1, "the server has it"
    assert (result.ok, result.in_doubt) == (False, True)
    assert "may have" in result.error


@pytest.mark.parametrize("answer", ["451 4.3.0 try again later", "554 5.6.0 message refused"])
def test_an_answer_refusing_the_message_is_not_sent_and_says_the_code(smtp, answer):
    smtp.data_answer = answer
    result = send_email(callcentre.compose(), settings(smtp))
    assert (result.ok, result.in_doubt, smtp.messages) == (False, False, [])
    assert answer[:3] in result.error and answer[4:] in result.error


@pytest.mark.parametrize(
    "drop, outcome, code",
    [
        ("drop_at_rcpt", Outcome.RETRY, reasons.NETWORK_UNREACHED),
        ("drop_after_data", Outcome.UNCERTAIN, reasons.NETWORK_LOST),
    ],
)
def test_a_customer_email_is_in_doubt_only_once_the_message_went(smtp, drop, outcome, code):
    """Dropped before the message: surely not delivered, sent again later
    (not held for the operator); dropped after it: in doubt, never resent."""
    setattr(smtp, drop, True)
    provider = close_later(EmailProvider(settings(smtp), "avvisi@acqua-imola.it"))
    text = email_text("Acqua Imola: avviso", "Gentile cliente,\n\nacqua sospesa.")
    result = provider.submit("k-1", [OutgoingMessage("k-m1", "rossi@example.it", text)])
    assert (result.outcome, result.code) == (outcome, code)
    assert len(smtp.messages) == int(drop == "drop_after_data")


def copy_to(services, server, *recipients):
    services.mail = MailCopy(settings(server), "interruzioni@acqua-imola.it", recipients)
    return services


def test_the_operator_is_told_the_copy_may_have_arrived(tmp_path, emulator, smtp):
    smtp.drop_after_data = True
    services = copy_to(pipeline.make_services(tmp_path, emulator), smtp, DESK)
    result = notify(pipeline.request(), services)
    assert (result.email.status, result.email.code) == ("failed", COPY_IN_DOUBT)
    assert len(smtp.messages) == 1
    (recorded,) = services.store.emails(result.reference)
    assert "may have" in recorded.detail


def test_an_address_refused_by_the_server_is_named_not_hidden(tmp_path, emulator, smtp):
    smtp.refuse[SHIFT] = "550 5.1.1 no such mailbox"
    services = copy_to(pipeline.make_services(tmp_path, emulator), smtp, DESK, SHIFT)
    result = notify(pipeline.request(), services)
    assert (result.email.status, result.email.code) == ("sent", COPY_PARTLY_REFUSED)
    assert SHIFT in result.email.detail and "550" in result.email.detail
    assert DESK not in result.email.detail
    assert smtp.envelopes[0][1] == (DESK,)
    (recorded,) = services.store.emails(result.reference)
    assert SHIFT in recorded.detail
