"""*Prova connessione*: a mail server that refuses connections is found while setting up.

Before, a closed port or a wrong server showed only when a notice's
call-centre copy was sent. The Email tab's connection test connects and
logs in as the copy would, sends nothing, says the outcome in Italian, and
the readiness panel says that the last test of this server failed until a
test passes. Real settings dialog under Xvfb, a closed port, then the local
SMTP server (``devtools/smtp_server.py``) on the same port.
"""

from __future__ import annotations

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QLabel
from screens import grab, interface_in
from water_outage_notifier.devtools.smtp_server import LocalSmtpServer, free_port
from water_outage_notifier.dialogs.settings_dialog import SettingsDialog
from water_outage_notifier.gis.mail_check import LAST_CHECK_KEY
from water_outage_notifier.gis.readiness import MAIL_TEST_FAILED, missing_for_sending
from water_outage_notifier.gis.settings_store import EmailSettings, PluginSettings


@pytest.fixture()
def italian_settings(qgis_app, qgis_new_project):
    """The settings dialog in Italian with a mail server at a port where nothing listens."""
    port = free_port()
    email = EmailSettings(
        enabled=True,
        host="127.0.0.1",
        port=port,
        security="none",
        from_address="interruzioni@acqua-imola.it",
        call_centre=["cc@acqua-imola.it"],
        timeout=5.0,
    )
    QgsSettings().remove(LAST_CHECK_KEY)
    with interface_in("it"):
        dialog = SettingsDialog()
        dialog.global_tabs.set_settings(PluginSettings(email=email))
        dialog.check_readiness()
        dialog.tabs.setCurrentWidget(dialog.global_tabs.email)
        dialog.show()
        yield dialog, port
        dialog.close()
        dialog.deleteLater()
        # gone before the project is cleared: a live layers tab aborted the next test's clear()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QgsSettings().remove(LAST_CHECK_KEY)


def panel_text(dialog) -> str:
    return " ".join(label.text() for label in dialog.readiness.findChildren(QLabel))


def test_a_closed_port_is_said_in_italian_and_stays_in_the_readiness_panel(
    italian_settings, tmp_path
):
    dialog, port = italian_settings
    tab = dialog.global_tabs.email
    assert tab.check_button.text() == "Prova connessione"
    assert MAIL_TEST_FAILED not in [item.code for item in dialog.readiness.items]

    tab.check_button.click()

    said = tab.check_result.text()
    assert said.startswith(f"127.0.0.1:{port} ha rifiutato la connessione"), said
    assert "Controlla il nome del server e la porta" in said
    assert [item.code for item in dialog.readiness.items][-1] == MAIL_TEST_FAILED
    assert "l'ultima prova di connessione non è riuscita" in panel_text(dialog)
    assert "ha rifiutato la connessione" in panel_text(dialog)
    grab(dialog, tmp_path / "email_tab_check_failed.png")
    # the notify dialog asks the same list: the failed test shows there too
    settings = PluginSettings(email=tab.email_settings())
    assert MAIL_TEST_FAILED in [item.code for item in missing_for_sending(settings)]

    with LocalSmtpServer(tmp_path / "mail", port=port) as server:
        tab.check_button.click()
        assert server.messages == [], "a connection test sends no email"
    assert tab.check_result.text().startswith(f"Il server di posta 127.0.0.1:{port} ha accettato")
    assert MAIL_TEST_FAILED not in [item.code for item in dialog.readiness.items]


def test_a_failed_test_is_about_its_server_only(italian_settings):
    dialog, _port = italian_settings
    tab = dialog.global_tabs.email
    tab.check_button.click()
    assert MAIL_TEST_FAILED in [item.code for item in dialog.readiness.items]
    tab.port.setValue(tab.port.value() + 1)  # another server: not tested yet
    dialog.check_readiness()
    assert MAIL_TEST_FAILED not in [item.code for item in dialog.readiness.items]
