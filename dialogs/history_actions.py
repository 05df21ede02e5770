"""The history dock's life-cycle buttons: the work's menu (start, reschedule, extend,
finish, cancel, follow-up SMS, reminders) and messages.

They walk the selected intervention's life with the field work. At the
dock's ~300 px the changes sit in one *Change the work ▾* menu; only those
its state allows are enabled (``notify.lifecycle.allowed_actions``), and a
disabled one says why in its tooltip (``refusal_code``). Reschedule, extend
and reminders are the ``history_changes`` part.
Finishing asks when the water came back (a work may finish early).
Right after finishing or cancelling, the "water back" or "cancelled" SMS is
offered to the very numbers that had the notice, with its exact text; it
goes through the outbox, so a second offer sends nothing. "Messages…"
shows each number's state, sets UNCERTAIN ones apart and re-sends only on
purpose, with a reason. Sending runs in a ``QgsTask``.

Everything is done by ``notify`` functions on the store the dock opened
(``HistoryDock.open_history``); this part only asks and tells. Each change
is published on the public page too; the dock's ``publishing`` part says
how that went and uploads in the background.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtWidgets import QAction, QMenu, QMessageBox, QPushButton

from ..common.vocabulary import FOLLOW_UP_OF_STATE, WATER_BACK
from ..gis.history_layer import state_label
from ..gis.i18n import tr
from ..gis.notify_services import (
    NotifySetupError,
    gateway_profile,
    message_options,
    open_services,
    operator_name,
)
from ..gis.problem_text import problem_text
from ..gis.store_access import StoreError, store_error_text
from ..notify import lifecycle
from ..notify.lifecycle import TransitionRefused, UnknownInterventionError
from ..notify.pipeline import follow_up
from ..notify.request import NotifyResult, Resend
from ..notify.resend import messages_of, resend_messages
from .action_offers import offer, refusal_text
from .change_dialogs import FinishDialog
from .history_changes import ChangeActions
from .lifecycle_dialogs import FollowUpOffer, MessagesDialog, ReasonDialog, follow_up_name
from .notify_dialog import NotifyTask, run_and_close
from .notify_results import result_summary

LOG = logging.getLogger("water_outage_notifier.dialogs")


class LifecycleActions(QObject):
    """The actions that change the selected intervention of ``dock``, and what they do."""

    def __init__(self, dock):
        super().__init__(dock)
        self.dock = dock
        self.task: NotifyTask | None = None
        self.messages_dialog: MessagesDialog | None = None
        body = dock.widget()
        self.changes = ChangeActions(self)
        self.start_action = QAction(tr("Start work"), body)
        self.finish_action = QAction(tr("Finish (also early)…"), body)
        self.cancel_action = QAction(tr("Cancel the work…"), body)
        self.follow_up_action = QAction(tr("Follow-up notice…"), body)
        self.messages_button = QPushButton(tr("Messages…"), body)
        self.messages_button.clicked.connect(self.show_messages)
        self.purposes = {
            self.start_action: tr("The crew is on site: the work is in progress."),
            self.finish_action: tr(
                "The water is back (also before the planned end): then the water-back SMS."
            ),
            self.cancel_action: tr("The work will not be done: then the 'cancelled' SMS."),
            self.follow_up_action: tr(
                "Send the water-back or cancelled SMS to whoever does not have it yet."
            ),
        }
        menu = QMenu(body)
        menu.setToolTipsVisible(True)  # a disabled entry says why
        for action, slot in (
            (self.start_action, self.start_selected),
            (self.changes.reschedule_action, None),
            (self.changes.extend_action, None),
            (self.finish_action, self.finish_selected),
            (self.cancel_action, self.cancel_selected),
            (None, None),
            (self.follow_up_action, self.follow_up_selected),
            (self.changes.reminders_action, None),
        ):
            if action is None:
                menu.addSeparator()
                continue
            menu.addAction(action)
            if slot is not None:
                action.triggered.connect(slot)
        self.work_button = QPushButton(tr("Change the work"), body)
        self.work_button.setMenu(menu)  # the style draws the ▾ and opens the menu on a click

    def buttons(self) -> list:
        return [self.work_button, self.messages_button]

    def update_buttons(self, item) -> None:
        """Offer only the changes ``item``'s state allows, and nothing while sending;
        a change not offered says why in its tooltip."""
        idle = self.task is None
        for action, code in (
            (self.start_action, lifecycle.START),
            (self.finish_action, lifecycle.FINISH),
            (self.cancel_action, lifecycle.CANCEL),
            (self.follow_up_action, lifecycle.FOLLOW_UP),
        ):
            offer(action, item, code, idle, self.purposes[action])
        self.changes.update_buttons(item, idle)
        self.work_button.setEnabled(item is not None)
        self.work_button.setToolTip(
            tr("Start, reschedule, extend, finish or cancel the selected work.")
            if item is not None
            else refusal_text("no_intervention", "", None)
        )
        self.messages_button.setEnabled(item is not None)

    def _say(self, text: str) -> None:
        self.dock.message.setText(text)

    # Changes of state ------------------------------------------------------------
    def start_selected(self) -> None:
        """notified → in progress: the crew is on site."""
        item = self.dock.chosen()
        started = item is not None and self._apply(
            lambda services: lifecycle.start_work(item.reference, services, operator_name())
        )
        if started:
            self._say(tr("{reference} is in progress.").format(reference=item.reference))
            self.dock.publishing.published(started.publication)

    def finish_selected(self) -> None:
        """Finish the work when the water came back (maybe early), then offer "water back"."""
        item = self.dock.chosen()
        if item is None:
            return
        dialog = FinishDialog(item, self.dock)
        if self.dock.ask(dialog):
            at = dialog.at()
            self._close(
                lambda services: lifecycle.finish(item.reference, services, operator_name(), at)
            )

    def cancel_selected(self) -> None:
        """Cancel the intervention, then offer "cancelled" to those who had the notice."""
        item = self.dock.chosen()
        if item is not None and self._confirm(
            tr("Cancel {reference}? This cannot be undone.").format(reference=item.reference)
        ):
            self._close(
                lambda services: lifecycle.cancel(item.reference, services, operator_name())
            )

    def follow_up_selected(self) -> None:
        """Offer the follow-up of a finished or cancelled intervention again (only what is missing)."""
        item = self.dock.chosen()
        if item is not None and item.state in FOLLOW_UP_OF_STATE:
            self.offer_follow_up(item, FOLLOW_UP_OF_STATE[item.state])

    def _confirm(self, question: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Intervention history"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.dock,
        )
        return self.dock.ask(box)

    def _apply(self, change):
        """Run a change of state; a refused one is explained. Returns its result or None."""
        try:
            with self.dock.open_history(publishing=True) as services:
                result = change(services)
        except TransitionRefused as error:
            LOG.warning("%s", problem_text(error))  # worded here, at the edge
            self.dock.refresh()
            self._say(tr("Refused: {reason}").format(reason=problem_text(error)))
            return None
        except StoreError as error:
            self.dock.refresh()
            self._say(tr("The change was not saved: {error}").format(error=store_error_text(error)))
            return None
        except UnknownInterventionError as error:
            self.dock.refresh()
            self._say(tr("The change was not saved: {error}").format(error=error))
            return None
        self.dock.refresh()
        return result

    def _close(self, change) -> None:
        closing = self._apply(change)
        if closing is not None:
            self.offer_follow_up(closing.intervention, closing.follow_up_kind)
            self.dock.publishing.published(closing.publication)

    # The follow-up -----------------------------------------------------------------
    def offer_follow_up(self, intervention, kind: str) -> None:
        """Offer the ``kind`` follow-up to the warned numbers that do not have it yet."""
        reference, name = intervention.reference, follow_up_name(kind)
        state = state_label(intervention.state)
        try:
            with self.dock.open_history() as services:
                plan = lifecycle.follow_up_plan(services, reference, kind)
        except StoreError as error:
            self._say(store_error_text(error))
            return
        if not plan.warned:
            self._say(
                tr(
                    "{reference} is {state}. Nobody had the notice: no '{kind}' SMS to send."
                ).format(reference=reference, state=state, kind=name)
            )
            return
        if not plan.channels:
            self._say(
                tr(
                    "{reference} is {state}. Nothing sent: the {n} numbers that had the notice "
                    "already had the '{kind}' SMS; it never goes twice."
                ).format(reference=reference, state=state, n=plan.warned, kind=name)
            )
            return
        at = intervention.finished_at if kind == WATER_BACK else None
        now = datetime.now(timezone.utc)
        try:
            options = self.options_for()

            def preview_for(override: bool):
                return lifecycle.follow_up_preview(intervention, kind, options(override), now, at)

            preview_for(False)  # a bad setting is said here, not inside the dialog
        except NotifySetupError as error:
            self._say(str(error))
            return
        offer = FollowUpOffer(reference, kind, plan.channels, preview_for, self.dock)
        if not self.dock.ask(offer):
            self._say(
                tr(
                    "{reference} is {state}. The '{kind}' message was not sent; send it later "
                    "with Follow-up notice…"
                ).format(reference=reference, state=state, kind=name)
            )
            return
        chosen = options(offer.override.isChecked())
        operator = operator_name()
        self.send(
            tr("Sending the '{kind}' SMS").format(kind=name),
            lambda sending, progress: follow_up(
                reference, kind, sending, chosen, operator, at=at, progress=progress
            ),
        )

    # Sending -----------------------------------------------------------------------
    def options_for(self):
        """``options(override_window)``: the message options of the settings and the
        selected gateway's sender; raises ``NotifySetupError`` on a bad setting."""
        settings = self.dock.settings_now()
        sender = gateway_profile(settings).sender or None

        def options(override: bool):
            return message_options(settings, None, override, sender)

        return options

    def send(self, description: str, work) -> None:
        """Run ``work(services, progress)`` with the gateway in a background task."""
        settings = self.dock.settings_now()
        try:
            services = open_services(settings, gateway_profile(settings))
        except NotifySetupError as error:
            self._say(str(error))
            return
        self.task = NotifyTask(
            description,
            lambda progress: run_and_close(services, work, services, progress),
            self._sent,
        )
        self._say(description + "…")
        self.dock.update_buttons()
        QgsApplication.taskManager().addTask(self.task)

    def _sent(self, result: NotifyResult | None, error: str) -> None:
        self.task = None
        self.dock.refresh()
        if result is None:
            self._say(tr("Sending failed: {error}").format(error=error))
        else:
            self._say(result_summary(result))
        if self.messages_dialog is not None:
            self._fill_messages()

    # Messages ----------------------------------------------------------------------
    def show_messages(self) -> None:
        """Each number's messages and states for the selected intervention."""
        item = self.dock.chosen()
        if item is None:
            return
        if self.messages_dialog is not None:
            self.messages_dialog.close()
            self.messages_dialog.deleteLater()
        self.messages_dialog = MessagesDialog(item.reference, self.dock)
        self.messages_dialog.resend_requested.connect(self.resend)
        self._fill_messages()
        self.messages_dialog.show()

    def _fill_messages(self) -> None:
        dialog = self.messages_dialog
        try:
            with self.dock.open_history() as services:
                dialog.show_messages(messages_of(services, dialog.reference))
        except StoreError as error:
            dialog.message.setText(store_error_text(error))

    def resend(self, kind: str, phones: list) -> None:
        """Send ``kind`` again to ``phones`` of the messages dialog's intervention, with a reason."""
        reference = self.messages_dialog.reference
        dialog = ReasonDialog(kind, phones, self.dock)
        if not self.dock.ask(dialog) or not dialog.reason():
            self.messages_dialog.message.setText(tr("Nothing re-sent."))
            return
        request = Resend(operator_name(), dialog.reason())
        self.send(
            tr("Re-sending the '{kind}' SMS to {n} number(s)").format(kind=kind, n=len(phones)),
            lambda services, progress: resend_messages(
                services, reference, kind, phones, request, progress
            ),
        )
