"""The reminders of a work and everything of it waiting to be sent, with a way to call them off.

The operator ticks the evening before (at an hour, 19:00 by default) and
the morning of the work (08:00, and each morning of a work of several
days), reads when they will go, to how many numbers and with which text,
and schedules them. Below, every message of the intervention still waiting
for its time (a notice sent "later", the reminders) is listed with its
time and numbers; the selected ones can be called off before they go.
"""

from __future__ import annotations

from typing import Callable

from qgis.PyQt.QtCore import QTime, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
)

from ..common.labels import kind_label
from ..gis.channel_text import channels_text
from ..gis.i18n import document_language, tr, tr_n
from .change_dialogs import wrapped
from .lifecycle_dialogs import issues_list, show_issues, sms_text_box


def planned_text(times: list, numbers: dict) -> str:
    """The reminders the ticked choices make: how many, to whom, when ("1 promemoria, a
    80 SMS", never "1 promemoria, ognuno a")."""
    return tr_n("%n reminder(s), each to {channels}: {times}.", len(times)).format(
        channels=channels_text(numbers),
        times=", ".join(f"{moment:%d/%m %H:%M}" for moment in times),
    )


def scheduled_text(count: int, channels: dict) -> str:
    """The reminders just scheduled: how many, to whom."""
    return tr_n(
        "%n reminder(s) scheduled, each to {channels}; they go at their time, also with "
        "QGIS closed (outage:dispatch).",
        count,
    ).format(channels=channels_text(channels))


class RemindersDialog(QDialog):
    """Schedule the reminders of one intervention; list and call off what waits.

    ``plan_for(evening, morning)`` gives ``(times, {channel: how many}, preview)`` for the
    choices (``preview`` a ``FollowUpPreview``); ``blocked`` is why reminders
    cannot be scheduled for this intervention ('' when they can).
    ``schedule_requested(evening or None, morning)`` and
    ``call_off_requested(items)`` ask the owner, who calls :meth:`show_waiting`.
    """

    schedule_requested = pyqtSignal(object, bool)
    call_off_requested = pyqtSignal(list)

    def __init__(self, reference: str, plan_for: Callable, blocked: str = "", parent=None):
        super().__init__(parent)
        self.reference = reference
        self._plan_for = plan_for
        self.items: list = []
        self.setWindowTitle(tr("Reminders of {reference}").format(reference=reference))
        layout = QVBoxLayout(self)

        choose = QGroupBox(tr("Schedule reminders"), self)
        form = QVBoxLayout(choose)
        evening_row = QHBoxLayout()
        self.evening = QCheckBox(tr("The evening before, at"), choose)
        self.evening.setChecked(True)
        self.evening_at = QTimeEdit(QTime(19, 0), choose)
        self.evening_at.setDisplayFormat("HH:mm")
        evening_row.addWidget(self.evening)
        evening_row.addWidget(self.evening_at)
        evening_row.addStretch(1)
        form.addLayout(evening_row)
        self.morning = QCheckBox(
            tr("The morning of the work at 08:00, and each morning while it lasts"), choose
        )
        self.morning.setChecked(True)
        form.addWidget(self.morning)
        self.when = wrapped("", choose)
        form.addWidget(self.when)
        self.text = sms_text_box(choose)
        form.addWidget(self.text)
        self.issues = issues_list(choose, 60)
        form.addWidget(self.issues)
        self.schedule_button = QPushButton(tr("Schedule the reminders"), choose)
        form.addWidget(self.schedule_button)
        layout.addWidget(choose)

        waiting = QGroupBox(tr("Waiting to be sent"), self)
        rows = QVBoxLayout(waiting)
        self.table = QTableWidget(0, 3, waiting)
        self.table.setHorizontalHeaderLabels([tr("Message"), tr("Goes at"), tr("Numbers")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows.addWidget(self.table)
        self.call_off_button = QPushButton(tr("Do not send the selected ones"), waiting)
        rows.addWidget(self.call_off_button)
        layout.addWidget(waiting)

        self.message = wrapped("", self)
        layout.addWidget(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

        for box in (self.evening, self.morning):
            box.toggled.connect(self.refresh)
        self.evening_at.timeChanged.connect(self.refresh)
        self.schedule_button.clicked.connect(self._schedule)
        self.call_off_button.clicked.connect(self._call_off)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.blocked = blocked
        if blocked:
            choose.setEnabled(False)
            choose.setToolTip(blocked)
            self.when.setText(blocked)
        else:
            self.refresh()
        self.resize(560, 620)

    def choices(self) -> tuple:
        """``(evening time or None, morning)`` as ticked."""
        evening = self.evening_at.time().toPyTime() if self.evening.isChecked() else None
        return evening, self.morning.isChecked()

    def refresh(self, *_args) -> None:
        self.evening_at.setEnabled(self.evening.isChecked())
        times, numbers, preview = self._plan_for(*self.choices())
        if times:
            self.when.setText(planned_text(times, numbers))
        else:
            self.when.setText(tr("No reminder left to schedule: their times have passed."))
        self.text.setPlainText(preview.preview.text if preview.preview else "")
        show_issues(self.issues, preview.blocking, preview.warnings)
        self.issues.setVisible(self.issues.count() > 0)
        self.schedule_button.setEnabled(
            bool(times) and bool(numbers) and preview.preview is not None and not preview.blocking
        )

    def _schedule(self) -> None:
        self.schedule_requested.emit(*self.choices())

    def show_waiting(self, items: list) -> None:
        """List what waits (``notify.scheduled.Waiting``), soonest first."""
        self.items = list(items)
        self.table.clearSelection()
        self.table.setRowCount(len(self.items))
        lang = document_language()
        for row, item in enumerate(self.items):
            numbers = channels_text(item.channels)
            values = (kind_label(item.kind, lang), f"{item.at:%d/%m/%Y %H:%M}", numbers)
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        if not self.items:
            self.message.setText(
                tr("Nothing of {reference} waits to be sent.").format(reference=self.reference)
            )
        self._selection_changed()

    def selected_items(self) -> list:
        return [self.items[index.row()] for index in self.table.selectionModel().selectedRows()]

    def _selection_changed(self) -> None:
        self.call_off_button.setEnabled(bool(self.selected_items()))

    def _call_off(self) -> None:
        chosen = self.selected_items()
        if chosen:
            self.call_off_requested.emit(chosen)
