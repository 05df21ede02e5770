"""The operator's test SMS and test email, through the real emulator and a local SMTP server."""

from __future__ import annotations

from opened import close_later
from water_outage_notifier.common.vocabulary import INVALID_PHONE, TEST_MESSAGE
from water_outage_notifier.devtools.smtp_server import LocalSmtpServer, free_port
from water_outage_notifier.mail.smtp import SmtpSettings
from water_outage_notifier.notify import trials
from water_outage_notifier.notify.request import Services
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import create_provider
from water_outage_notifier.store.backend import open_database
from water_outage_notifier.store.interventions import InterventionStore
from water_outage_notifier.store.outbox import Outbox

PHONE = "+393331234567"


def skebby(emulator, password="skebby-secret"):
    profile = GatewayProfile("Prova", "skebby", emulator.url, "AcquaImola", read_timeout=3.0)
    return create_provider(profile, Credentials("utility", password))


def test_a_test_sms_the_gateway_accepts(emulator):
    outcome = trials.send_trial_sms(skebby(emulator), "333 123 4567", "Prova")
    assert (outcome.ok, outcome.code) == (True, trials.SMS_ACCEPTED)
    assert outcome.params == {"phone": "+39 333 ***4567"}
    assert emulator.accepted_count(PHONE) == 1


def test_a_number_that_cannot_get_an_sms_is_said_and_nothing_is_sent(emulator):
    outcome = trials.send_trial_sms(skebby(emulator), "12ab", "Prova")
    assert (outcome.ok, outcome.code) == (False, trials.SMS_BAD_NUMBER)
    assert outcome.params["reason"] == INVALID_PHONE
    assert emulator.total_accepted() == 0


def test_a_refused_login_is_said(emulator):
    outcome = trials.send_trial_sms(skebby(emulator, password="wrong"), PHONE, "Prova")
    assert (outcome.ok, outcome.code) == (False, trials.SMS_LOGIN_REFUSED)
    assert emulator.total_accepted() == 0


def test_the_operator_test_goes_through_the_outbox_apart_from_customers(emulator, tmp_path):
    db = open_database(str(tmp_path / "store.sqlite"))
    services = close_later(Services(Outbox(db), InterventionStore(db), skebby(emulator)))
    summary = trials.send_operator_test(services, PHONE, "Prova del testo")
    assert summary.sent == 1
    (message,) = services.outbox.messages()
    assert message.kind == TEST_MESSAGE and message.intervention_id.startswith("TEST-")


def test_a_test_email_and_a_mail_server_that_is_not_there(tmp_path):
    recipients = ["callcentre@acqua.example.it"]
    with LocalSmtpServer(tmp_path / "mail") as server:
        smtp = SmtpSettings(host="127.0.0.1", port=server.port, security="none", timeout=5)
        sent = trials.send_trial_email(smtp, "noreply@acqua.example.it", recipients, "Prova", "x")
    assert (sent.ok, sent.code, sent.params) == (True, trials.EMAIL_SENT, {"addresses": recipients})
    assert server.messages[0]["Subject"] == "Prova"
    nobody = SmtpSettings(host="127.0.0.1", port=free_port(), security="none", timeout=2)
    failed = trials.send_trial_email(nobody, "noreply@acqua.example.it", recipients, "Prova", "x")
    assert (failed.ok, failed.code) == (False, trials.EMAIL_FAILED) and failed.params["detail"]
