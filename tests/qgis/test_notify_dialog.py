"""The notify dialog filled programmatically, sending through its QgsTask to the emulator.

Settings are real plugin settings (profile on the local gateway emulator,
no email server, or the real local SMTP server for "Send email only"); the
wait is on the real QGIS task manager; the database a SQLite file in tmp_path.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import screens
from notify_support import customer, emulator_settings, planned, wait_for_task
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QDateTime
from water_outage_notifier.common.sms_encoding import analyse
from water_outage_notifier.common.vocabulary import NOTIFIED, PLANNED
from water_outage_notifier.customers.selection import assemble
from water_outage_notifier.devtools.smtp_server import LocalSmtpServer
from water_outage_notifier.dialogs.notify_dialog import NotifyDialog
from water_outage_notifier.gis.store_access import open_store
from water_outage_notifier.mail.compose import INTERVENTION_HEADER
from water_outage_notifier.store.interventions import InterventionStore
from water_outage_notifier.store.outbox import Outbox

PHONES = ("+393331111111", "+393332222222")
CALL_CENTRE = "callcentre@acqua-imola.it"


PNG = b"\x89PNG\r\n\x1a\n" + bytes(24)
SELECTION = assemble(
    [customer("C1", [PHONES[0]]), customer("C2", [PHONES[1]]), customer("C3", reason="landline")],
    ("isolated",),
)


@pytest.fixture()
def smtp(tmp_path):
    with LocalSmtpServer(tmp_path / "mail") as server:
        yield server


@pytest.fixture()
def settings(qgis_app, emulator, store_location):
    return emulator_settings(emulator, store_location)


@pytest.fixture()
def email_settings(settings, smtp):
    """The same settings with the call-centre copy going to the local SMTP server."""
    mail = settings.email
    mail.enabled, mail.host, mail.port, mail.security = True, "127.0.0.1", smtp.port, "none"
    mail.from_address, mail.call_centre = "interruzioni@acqua-imola.it", [CALL_CENTRE]
    mail.timeout = 5.0
    return settings


def open_dialog(settings):
    return planned(NotifyDialog(SELECTION, {"valves_to_close": ("V1",)}, settings=settings))


@pytest.fixture()
def dialog(settings):
    window = open_dialog(settings)
    yield window
    window.close()


@pytest.fixture()
def email_dialog(email_settings):
    window = open_dialog(email_settings)
    yield window
    window.close()


def test_the_preview_shows_the_exact_text_and_its_segments(dialog):
    text = dialog.text.toPlainText()
    assert "Acqua Imola" in text and "Via Emilia" in text
    segments = analyse(text).segments
    assert f"{segments} SMS" in dialog.figures.text()
    assert "2 " in dialog.figures.text()
    assert not dialog.email.isChecked()  # no mail server in these settings: said before Send
    assert dialog.send_button.isEnabled()

    dialog.override.setChecked(False)
    # under 48 hours' notice whenever the test runs: at night too, when the notice
    # would wait for 08:00 (a start a few hours away would have passed by then)
    dialog.start.setDateTime(QDateTime(datetime.now() + timedelta(hours=30)))
    warnings = [dialog.issues.item(i).text() for i in range(dialog.issues.count())]
    assert any("48" in w for w in warnings), warnings


def test_send_goes_through_the_task_once_and_a_second_send_says_why(dialog, emulator):
    results = []
    dialog.sent.connect(results.append)
    dialog.send_button.click()
    assert dialog.task is not None and not dialog.send_button.isEnabled()
    wait_for_task(dialog)

    assert [emulator.accepted_count(p) for p in PHONES] == [1, 1]
    (first,) = results
    assert first.sent == 2 and first.reference in dialog.summary.text()

    dialog.send_button.click()
    wait_for_task(dialog)
    assert emulator.total_accepted() == 2
    assert (results[1].already_sent, results[1].sent_now) == (2, 0)
    assert "already had this notice" in dialog.summary.text()
    assert QgsApplication.taskManager().countActiveTasks() == 0


def test_send_email_only_mails_the_call_centre_and_sends_no_sms(
    email_dialog, email_settings, emulator, smtp
):
    results = []
    email_dialog.sent.connect(results.append)
    assert email_dialog.email_only_button.isEnabled()
    email_dialog.email_only_button.click()
    assert email_dialog.task is not None and not email_dialog.email_only_button.isEnabled()
    wait_for_task(email_dialog)

    (result,) = results
    (message,) = smtp.messages
    assert message[INTERVENTION_HEADER] == result.reference == email_dialog.reference
    assert result.preview.text in message.get_body(("plain",)).get_content()
    assert emulator.total_accepted() == 0
    assert (
        result.reference in email_dialog.summary.text() and "no SMS" in email_dialog.summary.text()
    )
    database = open_store(email_settings)
    assert Outbox(database).messages() == []
    store = InterventionStore(database)
    assert store.get(result.reference).state == PLANNED
    assert [e.status for e in store.emails(result.reference)] == ["sent"]

    email_dialog.send_button.click()  # the SMS follow on the same intervention
    wait_for_task(email_dialog)
    assert results[1].reference == result.reference and results[1].sent == 2
    assert store.get(result.reference).state == NOTIFIED
    assert len(store.select()) == 1 and emulator.total_accepted() == 2


def test_the_map_is_titled_with_the_reference_the_notice_gets_and_goes_with_the_email(
    email_settings, smtp
):
    titles = []

    def map_png(title, subtitle):  # the dialog renders it in the GUI thread, before the task
        titles.append((title, subtitle))
        return PNG

    window = planned(
        NotifyDialog(SELECTION, {"valves_to_close": ("V1",)}, map_png, settings=email_settings)
    )
    results = []
    window.sent.connect(results.append)
    window.send_button.click()
    wait_for_task(window)
    window.close()
    ((title, subtitle),) = titles
    assert title == f"Interruzione programmata – {results[0].reference}"
    assert "dalle" in subtitle and "Via Emilia" in subtitle
    (message,) = smtp.messages
    pictures = [p for p in message.walk() if p.get_content_type() == "image/png"]
    assert [p.get_content() for p in pictures] == [PNG]


def test_without_a_mail_server_email_only_is_off_and_says_why(dialog):
    assert dialog.send_button.isEnabled() and not dialog.email_only_button.isEnabled()
    assert "settings" in dialog.email_only_button.toolTip()


def test_screenshot(screen_language, settings, tmp_path):
    window = open_dialog(settings)  # made in the screenshots' language
    try:
        path = screens.grab(window, screens.screenshot_dir(tmp_path) / "notify_dialog.png")
        screens.assert_painted(path)
    finally:
        window.close()


def test_the_checks_list_shows_only_when_it_has_something_to_say(dialog):
    """Seen at 1920×1080 after a send: with no warning the checks list stood in the dialog
    as an empty white box. It shows when a check has something to say, and only then."""
    dialog.show()
    QgsApplication.processEvents()
    assert dialog.issues.count() == 0
    assert not dialog.issues.isVisibleTo(dialog), "an empty white box"
    dialog.override.setChecked(False)
    dialog.start.setDateTime(QDateTime(datetime.now() + timedelta(hours=30)))  # under 48 h
    QgsApplication.processEvents()
    assert dialog.issues.count() > 0 and dialog.issues.isVisibleTo(dialog)
