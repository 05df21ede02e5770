"""The notify dialog tells the truth about each press, and the call-centre copy goes with the SMS.

Issue 13, findings 1 and 9, as an operator meets them: the gateway
profile has a wrong password, Send fails, the password is fixed in the
authentication database, Send again sends all 80 SMS. The dialog must say
80 sent now (not "they already had it") and offer no re-send; the
call-centre email must go with the second press and say 80 were sent, not
with the first press that sent none. The real dialog and task manager, the
local gateway emulator and a local SMTP server.
"""

from __future__ import annotations

import socket

import pytest
from notify_support import customer, emulator_settings, planned, wait_for_task
from qgis.PyQt.QtTest import QTest
from water_outage_notifier.customers.selection import assemble
from water_outage_notifier.devtools.smtp_server import LocalSmtpServer
from water_outage_notifier.dialogs.notify_dialog import NotifyDialog
from water_outage_notifier.gis.auth import store_credentials

PHONES = tuple(f"+3933300{n:05d}" for n in range(80))
SELECTION = assemble([customer(f"C{n}", [phone]) for n, phone in enumerate(PHONES)], ("isolated",))
RIGHT = {"username": "utility", "password": "skebby-secret"}


def closed_port() -> int:
    """A local port nothing listens on (a mail server that is down)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture()
def smtp(tmp_path):
    with LocalSmtpServer(tmp_path / "mail") as server:
        yield server


@pytest.fixture()
def settings(qgis_app, emulator, store_location, smtp):
    """Emulator profile, the call-centre copy to the local SMTP server."""
    settings = emulator_settings(emulator, store_location)
    mail = settings.email
    mail.enabled, mail.host, mail.port, mail.security = True, "127.0.0.1", smtp.port, "none"
    mail.from_address, mail.call_centre = "interruzioni@acqua-imola.it", ["cc@acqua-imola.it"]
    mail.timeout = 5.0
    return settings


@pytest.fixture()
def dialog(settings):
    window = planned(NotifyDialog(SELECTION, settings=settings))
    yield window
    window.close()


def press_send(window):
    window.send_button.click()
    wait_for_task(window)
    return window.last_result


def body(message) -> str:
    return message.get_body(("plain",)).get_content()


def test_wrong_password_then_fixed_says_80_sent_now_and_offers_no_resend(
    dialog, settings, emulator, smtp
):
    authcfg = settings.profile().authcfg
    store_credentials("emulator", {"username": "utility", "password": "wrong"}, authcfg)
    first = press_send(dialog)
    assert emulator.total_accepted() == 0 and first.sent_now == 0
    assert "This press sent no SMS" in dialog.summary.text()
    assert "(?)" not in dialog.summary.text()  # the gateway's answer is named
    assert smtp.messages == []  # finding 9: no copy with a press that sent nothing
    assert not dialog.resend_button.isVisibleTo(dialog)

    store_credentials("emulator", RIGHT, authcfg)
    second = press_send(dialog)
    assert emulator.total_accepted() == 80
    assert (second.reference, second.sent_now, second.already_sent) == (first.reference, 80, 0)
    summary = dialog.summary.text()
    assert "This press sent 80 SMS." in summary and "already had" not in summary
    assert f"{first.reference} now holds: 80 SMS sent (0 of them before this press)" in summary
    assert not dialog.resend_button.isVisibleTo(dialog)  # finding 1: no duplicate invited
    (message,) = smtp.messages  # finding 9: the copy goes with the press that sent the SMS
    assert "Testo dell'SMS inviato a 80 numeri" in body(message)

    third = press_send(dialog)
    assert (third.sent_now, third.already_sent) == (0, 80)
    assert "already had this notice" in dialog.summary.text()
    assert len(smtp.messages) == 1 and emulator.total_accepted() == 80
    assert not dialog.resend_button.isVisibleTo(dialog)


def test_a_copy_refused_after_sending_is_offered_again(dialog, settings, emulator, smtp):
    settings.email.port = closed_port()
    dialog.refresh_preview()
    assert dialog.email.isChecked() and dialog.email.isEnabled()
    result = press_send(dialog)
    assert result.sent_now == 80 and result.email.status == "failed"
    assert "Call-centre email: NOT sent" in dialog.summary.text()
    assert dialog.email_again_button.isVisibleTo(dialog)

    settings.email.port = smtp.port
    dialog.email_again_button.click()
    wait_for_task(dialog)
    (message,) = smtp.messages
    assert "Testo dell'SMS inviato a 80 numeri" in body(message)
    assert emulator.total_accepted() == 80  # the copy again, never the SMS
    assert not dialog.email_again_button.isVisibleTo(dialog)


def test_a_copy_the_server_got_but_never_confirmed_is_perhaps_sent(dialog, emulator, smtp):
    """The mail server keeps the whole email, then drops the connection before
    its "250": the dialog must not say "NOT sent" and invite a second copy."""
    smtp.drop_after_data = True
    result = press_send(dialog)
    assert result.sent_now == 80 and len(smtp.messages) == 1
    summary = dialog.summary.text()
    assert "Call-centre email: perhaps sent." in summary and "NOT sent" not in summary
    assert "Ask the call centre before sending it again" in summary


def test_a_gateway_that_does_not_take_the_sms_is_said_while_the_press_waits(
    qgis_app, emulator, store_location
):
    """Seen in real QGIS with the gateway down: Send stood at 0 % for the run's whole
    patience (10 minutes) under "Sending…". While the press waits to try again, the
    dialog now says when it tries, until when, and that cancelling loses nothing."""
    from screens import interface_in
    from water_outage_notifier.devtools.gateway_emulator import SERVER_ERROR

    settings = emulator_settings(emulator, store_location)
    profile = settings.profile()
    profile.options.update(retry_base_delay="1.0", retry_max_delay="1.0", retry_patience="60")
    emulator.add_fault("skebby_send", SERVER_ERROR, times=2)
    with interface_in("it"):
        window = planned(NotifyDialog(SELECTION, settings=settings))
        said = []
        window.send_button.click()
        waited = 0.0
        while window.task is not None and waited < 60:
            said.append(window.summary.text())
            QTest.qWait(50)
            waited += 0.05
        assert window.task is None
        window.close()
    waits = [text for text in said if "nuovo tentativo alle" in text]
    assert waits, f"nothing said while waiting: {sorted(set(said))}"
    assert "Annulla l'invio" in waits[0] and "in coda" in waits[0]
    assert emulator.total_accepted() == 80
