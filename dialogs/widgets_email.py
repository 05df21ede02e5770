"""The "Email" tab: the call-centre copy of every notice, and a test email.

The SMTP login is chosen with QGIS's authentication selector (only the
authcfg id is stored). The test email (``notify.trials``) uses the mail server with
the same settings a real notice would, so certificate, port and login
mistakes show up here, at setup time. *Test the connection* finds the same
mistakes without sending anything (``gis.mail_check``); a failed test stays
in the readiness panel until a test passes.
"""

from __future__ import annotations

from qgis.gui import QgsAuthConfigSelect, QgsFileWidget
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
)

from ..gis.i18n import tr
from ..gis.mail_check import check_mail_server, usable_smtp
from ..gis.settings_store import DEFAULT_PORTS, EmailSettings
from ..notify import trials
from .widgets_common import FormTab, comma_text, comma_values, run_test_send


def send_trial_email(email: EmailSettings) -> tuple:
    """Send a short test email to the call-centre addresses; returns ``(ok, explanation)``."""
    if not email.enabled:
        return False, tr("The call-centre email is turned off.")
    smtp, why_not = usable_smtp(email)
    if smtp is None:
        return False, why_not
    outcome = trials.send_trial_email(
        smtp,
        email.from_address,
        list(email.call_centre),
        tr("Water Outage Notifier: test email"),
        tr("This is a test of the call-centre copy of outage notices. No action is needed."),
    )
    params = outcome.params
    if outcome.code == trials.EMAIL_FAILED:
        return False, params["detail"]
    if outcome.code == trials.EMAIL_REFUSED:
        return False, tr("The server refused: {addresses}").format(
            addresses="; ".join(f"{a} ({why})" for a, why in params["refused"].items())
        )
    return True, tr("Test email sent to {addresses}.").format(
        addresses=", ".join(params["addresses"])
    )


class EmailTab(FormTab):
    """Edits ``EmailSettings``; ``email_settings()`` reads them back.

    ``connection_checked`` is emitted after each connection test, so that the
    readiness panel can say a failed one.
    """

    connection_checked = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.enabled = QCheckBox(tr("Mail a copy of every notice to the call-centre"))
        self.host = QLineEdit()
        self.host.setPlaceholderText("smtp.example.it")
        self.security = QComboBox()
        self.security.addItem(tr("STARTTLS (port 587)"), "starttls")
        self.security.addItem(tr("SSL/TLS (port 465)"), "ssl")
        self.security.addItem(tr("None (unencrypted)"), "none")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.authcfg = QgsAuthConfigSelect()
        self.from_address = QLineEdit()
        self.call_centre = QLineEdit()
        self.call_centre.setPlaceholderText(tr("one or more addresses, separated by commas"))
        self.cafile = QgsFileWidget()
        self.cafile.setFilter(tr("Certificates (*.pem *.crt *.cer)"))
        self.cafile.setToolTip(
            tr("Only when the mail server uses a private certificate authority.")
        )
        self.timeout = QDoubleSpinBox()
        self.timeout.setRange(1.0, 300.0)
        self.timeout.setSuffix(tr(" s"))
        self.test_button = QPushButton(tr("Send a test email"))
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.check_button = QPushButton(tr("Test the connection"))
        self.check_result = QLabel()
        self.check_result.setWordWrap(True)

        self.form.addRow(self.enabled)
        self.form.addRow(tr("Mail server"), self.host)
        self.form.addRow(tr("Security"), self.security)
        self.form.addRow(tr("Port"), self.port)
        self.form.addRow(tr("Login"), self.authcfg)
        self.form.addRow(tr("From"), self.from_address)
        self.form.addRow(tr("Call-centre addresses"), self.call_centre)
        self.form.addRow(tr("CA file"), self.cafile)
        self.form.addRow(tr("Timeout"), self.timeout)
        # each outcome on its own full-width row: a long sentence wraps whole there
        for button, result in (
            (self.check_button, self.check_result),
            (self.test_button, self.test_result),
        ):
            self.form.addRow(button)
            self.form.addRow(result)

        self.enabled.toggled.connect(self.refresh)
        self.security.currentIndexChanged.connect(self._security_changed)
        for edit in (self.host, self.from_address, self.call_centre):
            edit.textChanged.connect(self.refresh)
        self.port.valueChanged.connect(self.refresh)
        self.cafile.fileChanged.connect(self.refresh)
        self.test_button.clicked.connect(self.send_test)
        self.check_button.clicked.connect(self.check_connection)
        self.set_email_settings(EmailSettings())

    def set_email_settings(self, email: EmailSettings) -> None:
        self.enabled.setChecked(email.enabled)
        self.host.setText(email.host)
        self.security.blockSignals(True)
        self.security.setCurrentIndex(max(0, self.security.findData(email.security)))
        self.security.blockSignals(False)
        self.port.setValue(int(email.port))
        self.authcfg.setConfigId(email.authcfg)
        self.from_address.setText(email.from_address)
        self.call_centre.setText(comma_text(email.call_centre))
        self.cafile.setFilePath(email.cafile)
        self.timeout.setValue(float(email.timeout))
        self.refresh()

    def email_settings(self) -> EmailSettings:
        return EmailSettings(
            enabled=self.enabled.isChecked(),
            host=self.host.text().strip(),
            port=self.port.value(),
            security=self.security.currentData(),
            authcfg=self.authcfg.configId(),
            from_address=self.from_address.text().strip(),
            call_centre=comma_values(self.call_centre.text()),
            cafile=self.cafile.filePath(),
            timeout=self.timeout.value(),
        )

    def _security_changed(self) -> None:
        """Follow the usual port of the new mode, unless the user chose another port."""
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[self.security.currentData()])
        self.refresh()

    def refresh(self) -> None:
        for widget in (
            self.host,
            self.security,
            self.port,
            self.authcfg,
            self.from_address,
            self.call_centre,
            self.cafile,
            self.timeout,
            self.test_button,
            self.check_button,
        ):
            widget.setEnabled(self.enabled.isChecked())
        self.problems_label.show_problems(self.email_settings().problems())

    def send_test(self) -> None:
        run_test_send(self.test_result, send_trial_email, self.email_settings())

    def check_connection(self) -> None:
        """Connect and log in to the mail server as a copy would, sending nothing."""
        run_test_send(self.check_result, check_mail_server, self.email_settings())
        self.connection_checked.emit()
