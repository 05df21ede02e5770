"""The dialogs of a change to an announced work: new dates, a later end, the water back.

Each one shows what will happen before it happens. *Reschedule* and
*Extend* take the new times on the Rome wall clock (the operator's own,
whatever the computer's zone) and show the postponement or extension
notice exactly as customers will read it, with how many numbers get it and
by which channel; *Finish* asks when the water came back, which may be
before the planned end (a work finished early), and the water-back notice
then names that moment.
"""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from qgis.gui import QgsDateTimeEdit
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from ..gis.channel_text import channels_text
from ..gis.i18n import tr
from ..gis.notify_services import rome_picker_time, wall_clock
from ..notify.lifecycle import FollowUpPreview
from .lifecycle_dialogs import add_notice_and_send, show_issues

#: How the dialogs write a moment: the day and the Rome wall-clock time.
SHOWN = "%d/%m/%Y %H:%M"


def time_picker(parent, value: datetime | None = None) -> QgsDateTimeEdit:
    """A day-and-time picker on the Rome wall clock, never empty (now when ``value`` is None)."""
    picker = QgsDateTimeEdit(parent)
    picker.setAllowNull(False)
    picker.setDisplayFormat("dd/MM/yyyy HH:mm")
    picker.setDateTime(rome_picker_time(value))
    return picker


def wrapped(text: str, parent) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class ChangeDialog(QDialog):
    """*Reschedule* (a new start and end) or *Extend* (a new end): the notice, then Send.

    ``preview_for(start, end, override_window)`` renders the notice for the
    times picked (naive, Rome); ``numbers`` is how many get it per channel;
    ``waiting`` how many messages of the first notice still wait, per channel
    (they go with the new dates; when nobody had the notice, the dialog shows
    that notice, and no postponement goes).
    """

    def __init__(
        self,
        intervention,
        moving: bool,
        numbers: dict,
        preview_for: Callable[[datetime, datetime, bool], FollowUpPreview],
        parent=None,
        waiting: dict | None = None,
    ):
        super().__init__(parent)
        self.intervention = intervention
        self.moving = moving
        self._preview_for = preview_for
        reference = intervention.reference
        self.setWindowTitle(
            (tr("Reschedule {reference}") if moving else tr("Extend {reference}")).format(
                reference=reference
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                tr("Planned now: from {start} to {end} (Italian time).").format(
                    start=f"{intervention.planned_start:{SHOWN}}",
                    end=f"{intervention.planned_end:{SHOWN}}",
                ),
                self,
            )
        )
        form = QFormLayout()
        self.start = time_picker(self, intervention.planned_start)
        self.end = time_picker(self, intervention.planned_end)
        if moving:
            form.addRow(tr("New start"), self.start)
        else:
            self.start.setVisible(False)
        form.addRow(tr("New end"), self.end)
        layout.addLayout(form)
        audience = (
            tr(
                "The postponement notice goes to whoever had the notice, the same way, nobody "
                "else: {channels}. Reminders not sent yet are called off and, if there were "
                "some, scheduled again for the new dates."
            )
            if moving
            else tr(
                "The extension notice goes to whoever had the notice, the same way, nobody "
                "else: {channels}."
            )
        )
        said = [audience.format(channels=channels_text(numbers))] if numbers else []
        if waiting:
            said.append(
                tr(
                    "The notice still waiting ({channels}) is written again with the new "
                    "dates and goes to the same people, the same way: nobody gets the old "
                    "dates, nobody gets it twice."
                ).format(channels=channels_text(waiting))
            )
        if not said:
            said.append(audience.format(channels=channels_text(numbers)))
        self.audience = wrapped("\n".join(said), self)
        layout.addWidget(self.audience)
        layout.addWidget(QLabel(tr("The SMS exactly as customers will read it:"), self))
        if waiting and not numbers:
            send = tr("Move the notice")
        else:
            send = tr("Send the postponement") if moving else tr("Send the extension")
        add_notice_and_send(self, layout, send)
        for picker in (self.start, self.end):
            picker.dateTimeChanged.connect(self.refresh)
        self.resize(540, 460)
        self.refresh()

    def window(self) -> tuple[datetime, datetime]:
        """The new start and end as picked (naive: Rome time); an extension keeps the start."""
        start = wall_clock(self.start.dateTime()) if self.moving else None
        if start is None:
            start = self.intervention.planned_start.replace(tzinfo=None)
        return start, wall_clock(self.end.dateTime())

    def _not_a_change(self, start: datetime, end: datetime) -> str:
        """Why the times picked are no change to tell, or ''."""
        if end <= start:
            return tr("The end must come after the start.")
        if self.moving:
            planned = (self.intervention.planned_start, self.intervention.planned_end)
            if (start, end) == tuple(moment.replace(tzinfo=None) for moment in planned):
                return tr("Pick the new dates: these are the planned ones.")
        elif end <= self.intervention.planned_end.replace(tzinfo=None):
            return tr("An extension ends later than the planned end.")
        return ""

    def refresh(self, *_args) -> None:
        start, end = self.window()
        wrong = self._not_a_change(start, end)
        result = self._preview_for(start, end, self.override.isChecked())
        self.text.setPlainText(result.preview.text if result.preview else "")
        suggested = result.preview.suggested_text if result.preview else None
        show_issues(self.issues, result.blocking, result.warnings, suggested)
        if wrong:
            self.issues.insertItem(0, wrong)
        self.send_button.setEnabled(
            result.preview is not None and not result.blocking and not wrong
        )


class FinishDialog(QDialog):
    """When did the water come back? Before the planned end, the work finished early."""

    def __init__(self, intervention, parent=None):
        super().__init__(parent)
        self.intervention = intervention
        self.setWindowTitle(tr("Finish {reference}").format(reference=intervention.reference))
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                tr(
                    "The work of {reference} is over and the water is back. Planned end: "
                    "{end}. If it came back earlier, set the time: the work is recorded as "
                    "finished early and the water-back SMS names that time."
                ).format(
                    reference=intervention.reference,
                    end=f"{intervention.planned_end:{SHOWN}}",
                ),
                self,
            )
        )
        form = QFormLayout()
        self.water_back = time_picker(self)
        self.water_back.setMaximumDateTime(rome_picker_time())
        form.addRow(tr("Water back at (Italian time)"), self.water_back)
        layout.addLayout(form)
        self.early = wrapped("", self)
        layout.addWidget(self.early)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(tr("Finish"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.water_back.dateTimeChanged.connect(self.refresh)
        self.resize(480, 220)
        self.refresh()

    def at(self) -> datetime:
        """When the water came back (naive: Rome time)."""
        return wall_clock(self.water_back.dateTime())

    def refresh(self, *_args) -> None:
        start, end = (
            moment.replace(tzinfo=None)
            for moment in (self.intervention.planned_start, self.intervention.planned_end)
        )
        at = self.at()
        minutes = int((end - at).total_seconds() // 60)
        early = start <= at and minutes > 0  # within the planned window, before its end
        self.early.setText(
            tr("Finished early: {hours} h {minutes} min before the planned end.").format(
                hours=minutes // 60, minutes=minutes % 60
            )
            if early
            else ""
        )
