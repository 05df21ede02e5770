"""The history dock's changes to an announced work: reschedule, extend, reminders.

Works move and overrun. *Reschedule…* and *Extend…* ask the new times,
show the postponement or extension notice with how many numbers get it
(or, when nobody had the notice yet, the notice still waiting with the new
dates: it is written again, not followed by a postponement), and on *Send* run ``notify.changes.reschedule`` or ``extend`` (the same
functions ``outage:reschedule`` runs) in the life cycle's sending task, so
the send recovers first and the dock says what this press sent.
*Reminders and scheduled sends…* schedules the reminders
(``notify.reminders``, as ``outage:reminders``: they wait in the outbox for
the dispatch pass) and lists what of the work waits for its time, a notice
sent "later" too, calling off what the operator selects
(``notify.scheduled``).
"""

from __future__ import annotations

from datetime import datetime, timezone

from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtWidgets import QAction

from ..common.vocabulary import CALL, EMAIL, EXTENSION, POSTPONEMENT, REMINDER, SMS
from ..gis.i18n import tr
from ..gis.notify_services import NotifySetupError, operator_name
from ..gis.problem_text import problem_text
from ..gis.store_access import StoreError, store_error_text
from ..notify import changes, lifecycle, reminders, scheduled
from ..notify.waiting_notice import waiting_notice
from .action_offers import offer, refusal_text
from .change_dialogs import ChangeDialog
from .reminder_dialog import RemindersDialog, scheduled_text


class ChangeActions(QObject):
    """Reschedule and extend the selected intervention, sending through ``lifecycle``."""

    def __init__(self, lifecycle_actions):
        super().__init__(lifecycle_actions)
        self.lifecycle = lifecycle_actions
        self.dock = lifecycle_actions.dock
        body = self.dock.widget()
        self.reschedule_action = QAction(tr("Reschedule…"), body)
        self.extend_action = QAction(tr("Extend…"), body)
        self.reschedule_action.triggered.connect(lambda: self.change_selected(moving=True))
        self.extend_action.triggered.connect(lambda: self.change_selected(moving=False))
        self.reminders_action = QAction(tr("Reminders and scheduled sends…"), body)
        self.reminders_action.triggered.connect(self.show_reminders)
        self.reminders_dialog: RemindersDialog | None = None

    def update_buttons(self, item, idle: bool) -> None:
        offer(
            self.reschedule_action,
            item,
            lifecycle.RESCHEDULE,
            idle,
            tr(
                "New dates: the postponement to whoever had the notice; a notice still "
                "waiting goes with the new dates."
            ),
        )
        offer(
            self.extend_action,
            item,
            lifecycle.EXTEND,
            idle,
            tr(
                "A later end: the extension to whoever had the notice; a notice still "
                "waiting goes with the new end."
            ),
        )
        self.reminders_action.setEnabled(item is not None)
        self.reminders_action.setToolTip(
            tr(
                "Reminders the evening before and the morning of the work; what waits to be "
                "sent, which can be called off before it goes."
            )
            if item is not None
            else refusal_text("no_intervention", "", None)
        )

    def _say(self, text: str) -> None:
        self.dock.message.setText(text)

    def _options_and_audience(self, item, waiting: bool = False):
        """``(options(override_window), numbers told)`` for ``item`` (and, when
        ``waiting``, the messages of its notice still waiting per channel), or
        None after saying what is wrong with the settings or the store."""
        try:
            options = self.lifecycle.options_for()
            with self.dock.open_history() as services:
                told = changes.audience(services, item.reference)
                if waiting:
                    return options, told, waiting_notice(services, item.reference)
                return options, told
        except NotifySetupError as error:
            self._say(str(error))
        except StoreError as error:
            self._say(store_error_text(error))
        return None

    def change_selected(self, moving: bool) -> None:
        """Ask the new times, show the notice, and send it (see module)."""
        item = self.dock.chosen()
        if item is None:
            return
        kind = POSTPONEMENT if moving else EXTENSION
        found = self._options_and_audience(item, waiting=True)
        if found is None:
            return
        options, numbers, waiting = found

        def preview_for(start, end, override: bool):
            with self.dock.open_history() as services:
                return changes.change_preview(services, item, kind, options(override), start, end)

        dialog = ChangeDialog(item, moving, numbers, preview_for, self.dock, waiting)
        if not self.dock.ask(dialog):
            self._say(
                tr("{reference}: nothing changed, nothing sent.").format(reference=item.reference)
            )
            return
        start, end = dialog.window()
        chosen = options(dialog.override.isChecked())
        operator, reference = operator_name(), item.reference
        if waiting and not numbers:
            title = tr("Moving the notice of {reference}")
        elif moving:
            title = tr("Sending the postponement of {reference}")
        else:
            title = tr("Sending the extension of {reference}")
        if moving:
            self.lifecycle.send(
                title.format(reference=reference),
                lambda services, progress: changes.reschedule(
                    reference, services, chosen, operator, start, end, progress
                ),
            )
        else:
            self.lifecycle.send(
                title.format(reference=reference),
                lambda services, progress: changes.extend(
                    reference, services, chosen, operator, end, progress
                ),
            )

    # Reminders and what waits ------------------------------------------------------
    def show_reminders(self) -> None:
        """The reminders dialog of the selected intervention, with what waits to be sent."""
        item = self.dock.chosen()
        if item is None:
            return
        code = lifecycle.refusal_code(item.state, lifecycle.REMIND)
        blocked = refusal_text(code, lifecycle.REMIND, item) if code else ""
        now = datetime.now(timezone.utc)
        found = self._options_and_audience(item)
        if found is None:
            return
        options, numbers = found[0](False), found[1]

        def plan_for(evening, morning: bool):
            times = reminders.reminder_times(
                item.planned_start,
                item.planned_end,
                now,
                evening,
                reminders.MORNING if morning else None,
            )
            at = times[0] if times else now
            return times, numbers, lifecycle.follow_up_preview(item, REMINDER, options, at)

        if self.reminders_dialog is not None:
            self.reminders_dialog.close()
            self.reminders_dialog.deleteLater()
        dialog = RemindersDialog(item.reference, plan_for, blocked, self.dock)
        dialog.schedule_requested.connect(
            lambda evening, morning: self.schedule(item.reference, options, evening, morning)
        )
        dialog.call_off_requested.connect(lambda items: self.call_off(item.reference, items))
        self.reminders_dialog = dialog
        self._fill_waiting()
        dialog.show()

    def schedule(self, reference: str, options, evening, morning: bool) -> None:
        """Schedule the reminders anew (those waiting are replaced, never doubled)."""
        dialog = self.reminders_dialog
        try:
            with self.dock.open_history() as services:
                done = reminders.schedule_reminders(
                    reference,
                    services,
                    options,
                    operator_name(),
                    evening,
                    reminders.MORNING if morning else None,
                    replace=True,
                )
        except StoreError as error:
            dialog.message.setText(store_error_text(error))
            return
        if done.refused:
            dialog.message.setText(
                tr("No reminder scheduled: {reasons}").format(
                    reasons=" ".join(problem_text(reason) for reason in done.refused)
                )
            )
        else:
            reached = {SMS: done.numbers, CALL: done.calls, EMAIL: done.emails}
            dialog.message.setText(
                "\n".join(
                    [scheduled_text(len(done.times), {k: n for k, n in reached.items() if n})]
                    + [problem_text(warning) for warning in done.warnings]
                )
            )
        self._fill_waiting()

    def call_off(self, reference: str, items: list) -> None:
        """Call off the selected waiting messages: they will never be sent."""
        dialog = self.reminders_dialog
        try:
            with self.dock.open_history() as services:
                count = scheduled.call_off(
                    services, reference, operator_name(), "called off in the history dock", items
                )
        except StoreError as error:
            dialog.message.setText(store_error_text(error))
            return
        dialog.message.setText(
            tr("{n} message(s) called off: they will not be sent.").format(n=count)
        )
        self._fill_waiting()
        self.dock.refresh()

    def _fill_waiting(self) -> None:
        dialog = self.reminders_dialog
        try:
            with self.dock.open_history() as services:
                dialog.show_waiting(scheduled.waiting(services, dialog.reference))
        except StoreError as error:
            dialog.message.setText(store_error_text(error))
