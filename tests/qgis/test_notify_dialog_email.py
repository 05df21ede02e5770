""" "Send email only" in the notify dialog: the call-centre copy through its QgsTask, no SMS.

The email goes to the real local SMTP server, the SMS gateway is the local
emulator (which must receive nothing), the database a SQLite file in tmp_path.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from notify_support import customer, emulator_settings, wait_for_task
from qgis.PyQt.QtCore import QDateTime
from water_outage_notifier.customers.selection import assemble
from water_outage_notifier.devtools.gateway_emulator import GatewayEmulator
from water_outage_notifier.devtools.smtp_server import LocalSmtpServer
from water_outage_notifier.dialogs.notify_dialog import NotifyDialog
from water_outage_notifier.mail.compose import INTERVENTION_HEADER
from water_outage_notifier.store.db import Database
from water_outage_notifier.store.interventions import NOTIFIED, PLANNED, InterventionStore
from water_outage_notifier.store.outbox import Outbox

PHONES = ("+393331111111", "+393332222222")
CALL_CENTRE = "callcentre@acqua-imola.it"
SELECTION = assemble(
    [customer("C1", [PHONES[0]]), customer("C2", [PHONES[1]]), customer("C3", reason="landline")],
    ("isolated",),
)


@pytest.fixture()
def emulator():
    with GatewayEmulator() as emu:
        yield emu


@pytest.fixture()
def smtp(tmp_path):
    with LocalSmtpServer(tmp_path / "mail") as server:
        yield server


def open_dialog(settings):
    window = NotifyDialog(SELECTION, {"valves_to_close": ("V1",)}, settings=settings)
    start = (datetime.now() + timedelta(days=3)).replace(hour=8, minute=30, second=0)
    window.start.setDateTime(QDateTime(start))
    window.end.setDateTime(QDateTime(start + timedelta(hours=4)))
    window.override.setChecked(True)  # the test may run at night
    return window


@pytest.fixture()
def settings(qgis_app, emulator, smtp, tmp_path):
    settings = emulator_settings(emulator, str(tmp_path / "history.sqlite"))
    mail = settings.email
    mail.enabled, mail.host, mail.port, mail.security = True, "127.0.0.1", smtp.port, "none"
    mail.from_address, mail.call_centre, mail.timeout = (
        "interruzioni@acqua-imola.it",
        [CALL_CENTRE],
        5.0,
    )
    return settings


@pytest.fixture()
def dialog(settings):
    window = open_dialog(settings)
    yield window
    window.close()


def test_the_button_sends_the_email_and_no_sms(dialog, settings, emulator, smtp):
    results = []
    dialog.sent.connect(results.append)
    assert dialog.email_only_button.isEnabled()
    dialog.email_only_button.click()
    assert dialog.task is not None and not dialog.email_only_button.isEnabled()
    wait_for_task(dialog)

    (result,) = results
    (message,) = smtp.messages
    assert message[INTERVENTION_HEADER] == result.reference == dialog.reference
    assert result.preview.text in message.get_body(("plain",)).get_content()
    assert emulator.total_accepted() == 0
    assert result.reference in dialog.summary.text() and "no SMS" in dialog.summary.text()
    database = Database(settings.database_file())
    assert Outbox(database).messages() == []
    store = InterventionStore(database)
    assert store.get(result.reference).state == PLANNED
    assert [e.status for e in store.emails(result.reference)] == ["sent"]

    dialog.send_button.click()  # the SMS follow on the same intervention
    wait_for_task(dialog)
    assert results[1].reference == result.reference and results[1].sent == 2
    assert store.get(result.reference).state == NOTIFIED
    assert len(store.select()) == 1 and emulator.total_accepted() == 2


def test_without_a_mail_server_the_button_is_off_and_says_why(qgis_app, emulator, tmp_path):
    window = open_dialog(emulator_settings(emulator, str(tmp_path / "history.sqlite")))
    try:
        assert window.send_button.isEnabled() and not window.email_only_button.isEnabled()
        assert "settings" in window.email_only_button.toolTip()
    finally:
        window.close()
