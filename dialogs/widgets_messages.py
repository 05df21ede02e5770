"""The "Messages" tab: when SMS may go out, in which language, and what they say.

These values fill the templates (utility name, call-centre number, short
link), bound the send window and the SMS length, and say where the outbox
and history database lives.
"""

from __future__ import annotations

from qgis.gui import QgsAuthConfigSelect, QgsFileWidget
from qgis.PyQt.QtCore import QTime
from qgis.PyQt.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QTimeEdit

from ..common.labels import label
from ..gis.i18n import tr
from ..gis.readiness import CALL_CENTRE_NUMBER, UTILITY_NAME, Missing
from ..gis.settings_store import LANGUAGES, MessageSettings, default_store_file
from .readiness import missing_text
from .widgets_common import FormTab

TIME_FORMAT = "HH:mm"


class MessagesTab(FormTab):
    """Edits ``MessageSettings`` and the database path."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.window_start = QTimeEdit()
        self.window_end = QTimeEdit()
        for edit in (self.window_start, self.window_end):
            edit.setDisplayFormat(TIME_FORMAT)
        window = QHBoxLayout()
        window.addWidget(self.window_start)
        window.addWidget(QLabel(tr("to")))
        window.addWidget(self.window_end)
        window.addStretch(1)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(label("language", code), code)
        self.utility_name = QLineEdit()
        self.call_centre_number = QLineEdit()
        self.short_link_base = QLineEdit()
        self.short_link_base.setPlaceholderText("https://")
        self.templates_dir = QgsFileWidget()
        self.templates_dir.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.templates_dir.setToolTip(
            tr("Your own templates, used instead of the built-in ones of the same name.")
        )
        self.max_segments = QSpinBox()
        self.max_segments.setRange(1, 10)
        self.operator_phone = QLineEdit()
        self.operator_phone.setPlaceholderText("+39 333 1234567")
        self.store_location = QgsFileWidget()
        self.store_location.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.store_location.setFilter(tr("SQLite database (*.sqlite)"))
        self.store_location.lineEdit().setPlaceholderText(default_store_file())
        self.store_location.setToolTip(
            tr(
                "A SQLite file for one operator, or a PostgreSQL connection shared by a team, "
                "such as postgresql://gis@db.example.it/utility (no password here: choose the "
                "login below)."
            )
        )
        self.store_login = QgsAuthConfigSelect()

        self.form.addRow(tr("Send window"), window)
        self.form.addRow(tr("Message language"), self.language)
        self.form.addRow(tr("Utility name"), self.utility_name)
        self.form.addRow(tr("Call-centre number"), self.call_centre_number)
        self.short_link_base.setToolTip(
            tr(
                "The public pages' address: the SMS ends with it plus the intervention's short "
                "reference (https://www.example.it/lavori/2026-0001/). Empty: no link."
            )
        )
        self.form.addRow(tr("Public pages address (SMS link)"), self.short_link_base)
        self.form.addRow(tr("Your templates folder"), self.templates_dir)
        self.form.addRow(tr("Most SMS parts per message"), self.max_segments)
        self.form.addRow(tr("Your phone (test SMS)"), self.operator_phone)
        self.form.addRow(tr("Outbox and history database"), self.store_location)
        self.form.addRow(tr("Database login (PostgreSQL)"), self.store_login)

        for edit in (
            self.utility_name,
            self.call_centre_number,
            self.short_link_base,
            self.operator_phone,
        ):
            edit.textChanged.connect(self.refresh)
        for edit in (self.window_start, self.window_end):
            edit.timeChanged.connect(self.refresh)
        self.language.currentIndexChanged.connect(self.refresh)
        self.max_segments.valueChanged.connect(self.refresh)
        self.templates_dir.fileChanged.connect(self.refresh)
        self.set_message_settings(MessageSettings(), "")

    def set_message_settings(self, messages: MessageSettings, store_location: str) -> None:
        self.window_start.setTime(QTime.fromString(messages.window_start, TIME_FORMAT))
        self.window_end.setTime(QTime.fromString(messages.window_end, TIME_FORMAT))
        self.language.setCurrentIndex(max(0, self.language.findData(messages.language)))
        self.utility_name.setText(messages.utility_name)
        self.call_centre_number.setText(messages.call_centre_number)
        self.short_link_base.setText(messages.short_link_base)
        self.templates_dir.setFilePath(messages.templates_dir)
        self.max_segments.setValue(int(messages.max_segments))
        self.operator_phone.setText(messages.operator_phone)
        self.store_location.setFilePath(store_location)
        self.refresh()

    def message_settings(self) -> MessageSettings:
        return MessageSettings(
            window_start=self.window_start.time().toString(TIME_FORMAT),
            window_end=self.window_end.time().toString(TIME_FORMAT),
            language=self.language.currentData(),
            utility_name=self.utility_name.text().strip(),
            call_centre_number=self.call_centre_number.text().strip(),
            short_link_base=self.short_link_base.text().strip(),
            templates_dir=self.templates_dir.filePath(),
            max_segments=self.max_segments.value(),
            operator_phone=self.operator_phone.text().strip(),
        )

    def store_location_text(self) -> str:
        return self.store_location.filePath()

    def refresh(self) -> None:
        """The problems of the values typed, and what every SMS needs that is still empty."""
        messages = self.message_settings()
        empty = [
            Missing(code)
            for code, value in (
                (UTILITY_NAME, messages.utility_name),
                (CALL_CENTRE_NUMBER, messages.call_centre_number),
            )
            if not value
        ]
        self.problems_label.show_problems(
            messages.problems() + [missing_text(item) for item in empty]
        )
