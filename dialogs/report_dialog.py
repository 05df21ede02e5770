"""The pilot report's period and folder, asked from the history dock.

The report answers "how did the pilot go this month?", so the period
defaults to the last 30 days (today included) and the folder to a
``reports`` folder beside the store's database, where the operator finds
the previous reports too.
"""

from __future__ import annotations

from datetime import date

from qgis.gui import QgsDateEdit, QgsFileWidget
from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from ..gis.i18n import tr

#: Days in the default period, today included.
DEFAULT_DAYS = 30


class PilotReportDialog(QDialog):
    """Asks the period (whole days, both included) and the folder of the pilot report."""

    def __init__(self, folder: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Pilot report"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        today = QDate.currentDate()
        self.from_date = self._date_edit(today.addDays(1 - DEFAULT_DAYS))
        self.to_date = self._date_edit(today)
        self.folder_widget = QgsFileWidget(self)
        self.folder_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder_widget.setFilePath(folder)
        form.addRow(tr("From"), self.from_date)
        form.addRow(tr("To"), self.to_date)
        form.addRow(tr("Folder"), self.folder_widget)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Write and open"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _date_edit(self, value: QDate) -> QgsDateEdit:
        edit = QgsDateEdit(self)
        edit.setAllowNull(False)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setDate(value)
        return edit

    def period(self) -> tuple[date, date]:
        """The first and the last day of the report."""
        return self.from_date.date().toPyDate(), self.to_date.date().toPyDate()

    def folder(self) -> str:
        return self.folder_widget.filePath().strip()

    def problems(self) -> list:
        """What stops the report from being written, in words the operator can act on."""
        start, end = self.period()
        found = []
        if start > end:
            found.append(tr("The period must start on or before its last day."))
        if not self.folder():
            found.append(tr("Choose the folder the report is written to."))
        return found

    def accept(self) -> None:
        found = self.problems()
        self.problem.setText("\n".join(found))
        if not found:
            super().accept()
