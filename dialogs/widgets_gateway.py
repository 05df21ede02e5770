"""The "SMS gateway" tab: gateway profiles, their credentials, and a test SMS.

A utility may keep several profiles (the contracted provider, a backup, the
dry-run file gateway for drills) and picks the one used for sending.
Credentials are chosen with QGIS's own authentication selector, so only an
authcfg id is ever stored. The test SMS goes through exactly the code path
of a real notice (registry, provider, credentials, proxy), so a green test
means the real send will authenticate too.
"""

from __future__ import annotations

import json
from dataclasses import replace

from qgis.gui import QgsAuthConfigSelect
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ..gis.i18n import tr
from ..gis.notify_services import NotifySetupError, open_provider
from ..gis.problem_text import profile_problems, sender_text
from ..gis.readiness import GATEWAY_PROFILE, Missing
from ..gis.settings_store import gateway_providers, new_gateway_profile
from ..gis.trial_text import trial_sms_text
from ..notify import trials
from .readiness import missing_text
from .widgets_common import BAD_STYLE, FormTab, run_test_send


def send_trial_sms(profile, phone: str, text: str) -> tuple:
    """Send one SMS through ``profile`` to ``phone``; returns ``(ok, explanation)``.

    Used by the "Send a test SMS to my number" button, and usable from the
    console. It never raises for a wrong number, credential or answer: each
    comes back as a sentence the operator can act on.
    """
    try:
        provider = open_provider(profile)
    except NotifySetupError as exc:
        return False, str(exc)
    outcome = trials.send_trial_sms(provider, phone, text)
    return outcome.ok, trial_sms_text(outcome)


def options_text(options: dict) -> str:
    """Provider options as ``key = value`` lines; values in JSON when not plain text."""
    return "\n".join(
        f"{key} = {value if isinstance(value, str) else json.dumps(value)}"
        for key, value in sorted(options.items())
    )


def options_from_text(text: str) -> dict:
    """The lines of :func:`options_text` read back. A body template stays the
    text it is, even when it reads as JSON (``{"to": "{{ message.phone }}"}``);
    ``true``/``false`` are booleans, so ``basic_auth = false`` is off."""
    options = {}
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not key:
            continue
        if key.endswith("body") or value[:1] not in "[{0123456789tf":
            options[key] = value
            continue
        try:
            options[key] = json.loads(value)
        except ValueError:
            options[key] = value
    return options


class GatewayTab(FormTab):
    """Edits the list of gateway profiles and which one sends."""

    def __init__(self, parent=None, phone_source=None):
        super().__init__(parent)
        self.phone_source = phone_source or (lambda: "")
        self._profiles: list = []
        self._loading = False

        self.profile_list = QListWidget()
        self.profile_list.setMaximumHeight(90)
        add_button = QPushButton(tr("Add"))
        remove_button = QPushButton(tr("Remove"))
        buttons = QVBoxLayout()
        buttons.addWidget(add_button)
        buttons.addWidget(remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.profile_list, 1)
        row.addLayout(buttons)
        self.form.addRow(tr("Profiles"), row)
        self.selected = QComboBox()
        self.form.addRow(tr("Send with"), self.selected)
        self.voice = QComboBox()
        self.voice.setToolTip(
            tr(
                "Customers with no mobile but a landline with consent are called through this "
                "profile (a voice provider: twilio_voice, or generic with channel = call)."
            )
        )
        self.form.addRow(tr("Call landlines with"), self.voice)
        self.dispatch_minutes = QSpinBox()
        self.dispatch_minutes.setRange(0, 1440)
        self.dispatch_minutes.setValue(5)
        self.dispatch_minutes.setSuffix(tr(" min"))
        self.dispatch_minutes.setSpecialValueText(tr("never"))
        self.dispatch_minutes.setToolTip(
            tr(
                "While QGIS is open, finish interrupted sends and read delivery reports in the "
                "background this often (0: never; outage:dispatch does it from cron)."
            )
        )
        self.form.addRow(tr("Dispatch every"), self.dispatch_minutes)

        self.name = QLineEdit()
        self.provider = QComboBox()
        self.provider.addItems(gateway_providers())
        self.base_url = QLineEdit()
        self.base_url.setPlaceholderText(tr("the provider's default"))
        self.sender = QLineEdit()
        self.sender.setMaxLength(16)
        self.sender_problem = QLabel()
        self.sender_problem.setStyleSheet(BAD_STYLE)
        self.authcfg = QgsAuthConfigSelect()
        self.rate = QDoubleSpinBox()
        self.rate.setRange(0.1, 1000.0)
        self.rate.setSuffix(tr(" SMS/s"))
        self.concurrency = QSpinBox()
        self.concurrency.setRange(1, 32)
        self.options = QPlainTextEdit()
        self.options.setPlaceholderText(tr("key = value, one a line (e.g. path = /tmp/sms.jsonl)"))
        self.options.setMaximumHeight(70)
        self.form.addRow(tr("Name"), self.name)
        self.form.addRow(tr("Provider"), self.provider)
        self.form.addRow(tr("Base URL"), self.base_url)
        self.form.addRow(tr("Sender"), self.sender)
        self.form.addRow("", self.sender_problem)
        self.form.addRow(tr("Credentials"), self.authcfg)
        self.form.addRow(tr("Rate"), self.rate)
        self.form.addRow(tr("Parallel requests"), self.concurrency)
        self.form.addRow(tr("Provider options"), self.options)

        self.test_button = QPushButton(tr("Send a test SMS to my number"))
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.form.addRow(self.test_button, self.test_result)

        add_button.clicked.connect(self.add_profile)
        remove_button.clicked.connect(self.remove_profile)
        self.profile_list.currentRowChanged.connect(self._show_profile)
        self.selected.currentIndexChanged.connect(self.refresh)
        self.test_button.clicked.connect(self.send_test)
        for edit in (self.name, self.base_url, self.sender):
            edit.textChanged.connect(self._form_changed)
        self.provider.currentIndexChanged.connect(self._form_changed)
        self.authcfg.selectedConfigIdChanged.connect(self._form_changed)
        self.rate.valueChanged.connect(self._form_changed)
        self.concurrency.valueChanged.connect(self._form_changed)
        self.options.textChanged.connect(self._form_changed)
        self._show_profile(-1)

    # Profiles ---------------------------------------------------------------
    def set_profiles(self, profiles: list, selected: str) -> None:
        self._profiles = list(profiles)
        self._loading = True
        self.profile_list.clear()
        self.profile_list.addItems([p.name for p in self._profiles])
        self._loading = False
        self._refresh_selected(selected)
        self.profile_list.setCurrentRow(0 if self._profiles else -1)
        self._show_profile(self.profile_list.currentRow())

    def profiles(self) -> list:
        return list(self._profiles)

    def selected_profile(self) -> str:
        return self.selected.currentText()

    def voice_profile(self) -> str:
        """The profile that places calls; "" (the first entry) for none."""
        return self.voice.currentText() if self.voice.currentIndex() > 0 else ""

    def set_voice_profile(self, name: str) -> None:
        self.voice.setCurrentIndex(max(0, self.voice.findText(name)) if name else 0)

    def add_profile(self) -> None:
        names = {p.name for p in self._profiles}
        number = len(self._profiles) + 1
        while tr("Profile {number}").format(number=number) in names:
            number += 1
        profile = new_gateway_profile(tr("Profile {number}").format(number=number))
        self._profiles.append(profile)
        self.profile_list.addItem(profile.name)
        self._refresh_selected(self.selected_profile() or profile.name)
        self.profile_list.setCurrentRow(len(self._profiles) - 1)

    def remove_profile(self) -> None:
        row = self.profile_list.currentRow()
        if row < 0:
            return
        del self._profiles[row]
        self.profile_list.takeItem(row)
        self._refresh_selected(self.selected_profile())
        self._show_profile(self.profile_list.currentRow())

    def _refresh_selected(self, name: str) -> None:
        self.selected.blockSignals(True)
        self.selected.clear()
        self.selected.addItems([p.name for p in self._profiles])
        self.selected.setCurrentIndex(max(0, self.selected.findText(name)))
        self.selected.blockSignals(False)
        calling = self.voice_profile()
        self.voice.clear()
        self.voice.addItems([tr("nobody is called")] + [p.name for p in self._profiles])
        self.set_voice_profile(calling)
        self.refresh()

    # The form ---------------------------------------------------------------
    def _show_profile(self, row: int) -> None:
        if self._loading:
            return
        profile = self._profiles[row] if 0 <= row < len(self._profiles) else None
        self._loading = True
        shown = profile or new_gateway_profile("")
        self.name.setText(shown.name)
        self.provider.setCurrentIndex(max(0, self.provider.findText(shown.provider)))
        self.base_url.setText(shown.base_url)
        self.sender.setText(shown.sender)
        self.authcfg.setConfigId(shown.authcfg)
        self.rate.setValue(shown.rate)
        self.concurrency.setValue(shown.concurrency)
        self.options.setPlainText(options_text(shown.options))
        for widget in (
            self.name,
            self.provider,
            self.base_url,
            self.sender,
            self.authcfg,
            self.rate,
            self.concurrency,
            self.options,
            self.test_button,
        ):
            widget.setEnabled(profile is not None)
        self._loading = False
        self.refresh()

    def _form_changed(self, *_args) -> None:
        row = self.profile_list.currentRow()
        if self._loading or not 0 <= row < len(self._profiles):
            return
        old = self._profiles[row]
        self._profiles[row] = replace(
            old,
            name=self.name.text().strip(),
            provider=self.provider.currentText(),
            base_url=self.base_url.text().strip(),
            sender=self.sender.text().strip(),
            authcfg=self.authcfg.configId(),
            rate=self.rate.value(),
            concurrency=self.concurrency.value(),
            options=options_from_text(self.options.toPlainText()),
        )
        if old.name != self._profiles[row].name:
            self.profile_list.item(row).setText(self._profiles[row].name)
            was_selected = self.selected_profile() == old.name
            self._refresh_selected(
                self._profiles[row].name if was_selected else self.selected_profile()
            )
        self.refresh()

    def problems(self) -> list:
        found = [] if self._profiles else [missing_text(Missing(GATEWAY_PROFILE))]
        for profile in self._profiles:
            found.extend(profile_problems(profile))
            if not profile.name:
                found.append(tr("A gateway profile has no name."))
        return found

    def refresh(self) -> None:
        sender = self.sender.text().strip()
        self.sender_problem.setText(sender_text(sender))
        self.sender_problem.setVisible(bool(self.sender_problem.text()))
        self.problems_label.show_problems(self.problems())

    # Test -------------------------------------------------------------------
    def send_test(self) -> None:
        row = self.profile_list.currentRow()
        if not 0 <= row < len(self._profiles):
            return
        phone = self.phone_source()
        if not phone:
            self.test_result.setText(tr("Enter your phone number in the Messages tab first."))
            return
        text = tr("Water Outage Notifier: test SMS, no action needed.")
        run_test_send(self.test_result, send_trial_sms, self._profiles[row], phone, text)
