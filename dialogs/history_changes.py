"""The history dock's changes to an announced work: reschedule and extend.

Works move and overrun. *Reschedule…* and *Extend…* ask the new times,
show the postponement or extension notice with how many numbers get it,
and on *Send* run ``notify.changes.reschedule`` or ``extend`` (the same
functions ``outage:reschedule`` runs) in the life cycle's sending task, so
the send recovers first and the dock says what this press sent.
"""

from __future__ import annotations

from datetime import datetime, timezone

from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtWidgets import QAction

from ..common.vocabulary import EXTENSION, POSTPONEMENT
from ..gis.i18n import tr
from ..gis.notify_services import NotifySetupError, operator_name
from ..gis.store_access import StoreError, store_error_text
from ..notify import changes, lifecycle
from .action_offers import offer
from .change_dialogs import ChangeDialog


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

    def update_buttons(self, item, idle: bool) -> None:
        offer(
            self.reschedule_action,
            item,
            lifecycle.RESCHEDULE,
            idle,
            tr("New dates: the postponement SMS to the same numbers."),
        )
        offer(
            self.extend_action,
            item,
            lifecycle.EXTEND,
            idle,
            tr("A later end: the extension SMS to the same numbers."),
        )

    def _say(self, text: str) -> None:
        self.dock.message.setText(text)

    def change_selected(self, moving: bool) -> None:
        """Ask the new times, show the notice, and send it (see module)."""
        item = self.dock.chosen()
        if item is None:
            return
        kind = POSTPONEMENT if moving else EXTENSION
        now = datetime.now(timezone.utc)
        try:
            options = self.lifecycle.options_for()
            with self.dock.open_history() as services:
                numbers = changes.audience(services, item.reference)
        except NotifySetupError as error:
            self._say(str(error))
            return
        except StoreError as error:
            self._say(store_error_text(error))
            return

        def preview_for(start, end, override: bool):
            return changes.preview_change(item, kind, options(override), now, start, end)

        dialog = ChangeDialog(item, moving, numbers, preview_for, self.dock)
        if not self.dock.ask(dialog):
            self._say(
                tr("{reference}: nothing changed, nothing sent.").format(reference=item.reference)
            )
            return
        start, end = dialog.window()
        chosen = options(dialog.override.isChecked())
        operator, reference = operator_name(), item.reference
        if moving:
            self.lifecycle.send(
                tr("Sending the postponement of {reference}").format(reference=reference),
                lambda services, progress: changes.reschedule(
                    reference, services, chosen, operator, start, end, progress
                ),
            )
        else:
            self.lifecycle.send(
                tr("Sending the extension of {reference}").format(reference=reference),
                lambda services, progress: changes.extend(
                    reference, services, chosen, operator, end, progress
                ),
            )
