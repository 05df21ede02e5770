"""The history dock: past and planned interventions and how their notices went.

The call-centre asks "were the people of via Emilia warned on Tuesday?"
and the planner "what is already planned next week around here?". The dock
lists the interventions of the shared database filtered by state and
planned dates, with the delivery state of their first notice, and shows an
intervention's affected area on the map (one area, or all of them as the
history layer, filtered like the list).

It also walks the intervention's life with the field work: start, finish
or cancel it (only the changes its state allows are offered), and right
after finishing or cancelling it offers the "water back" or "cancelled"
SMS to the very numbers that had the notice, through the outbox, so a
second offer sends nothing. "Messages…" shows each number's state, sets
UNCERTAIN ones apart and re-sends only on purpose, with a reason. "Pilot
report…" writes the pilot's CSV and HTML report for a period and opens the
page, for whoever asks how the pilot is going.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import Counter
from datetime import datetime, time, timezone
from typing import Callable, Optional

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
    QgsWkbTypes,
)
from qgis.gui import QgsDockWidget, QgsRubberBand
from qgis.PyQt.QtCore import QDate, QUrl
from qgis.PyQt.QtGui import QColor, QDesktopServices
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..gis.history_layer import history_filter, refresh_history_layer, show_history_layer
from ..gis.i18n import document_language, tr
from ..gis.notify_services import (
    NotifySetupError,
    gateway_profile,
    message_options,
    open_services,
    operator_name,
)
from ..gis.settings_store import PluginSettings
from ..gis.work_site_area import history_crs
from ..messages.context import CANCELLED as CANCELLED_MESSAGE
from ..messages.context import WATER_BACK
from ..notify.lifecycle import cancel, finish
from ..notify.pipeline import follow_up
from ..notify.request import NotifyResult, Resend, Services
from ..notify.states import message_rows_source
from ..store.db import Database
from ..store.history import list_interventions
from ..store.interventions import (
    ALLOWED_TRANSITIONS,
    CANCELLED,
    FINISHED,
    IN_PROGRESS,
    ROME,
    STATES,
    InterventionStore,
    TransitionRefused,
    UnknownInterventionError,
)
from ..store.outbox import Outbox
from ..store.report import write_report
from .lifecycle_actions import follow_up_preview, latest_by_kind, missing_follow_up, resend_messages
from .lifecycle_dialogs import FollowUpOffer, MessagesDialog, ReasonDialog, follow_up_name
from .notify_dialog import NotifyTask, result_summary, run_and_close
from .report_dialog import PilotReportDialog, default_report_folder

LOG = logging.getLogger("water_outage_notifier.dialogs")

#: Days shown before and after today when the dock opens.
DEFAULT_DAYS = 60


def notification_status(store: InterventionStore, reference: str) -> str:
    """``"12 DELIVERED, 1 FAILED"`` for the first notice, or "not notified"."""
    states = Counter(r.state for r in store.notice_recipients(reference))
    if not states:
        return tr("not notified")
    return ", ".join(f"{n} {state}" for state, n in sorted(states.items()))


def state_text(state: str) -> str:
    return {
        "planned": tr("planned"),
        "notified": tr("notified"),
        "in_progress": tr("in progress"),
        "finished": tr("finished"),
        "cancelled": tr("cancelled"),
    }.get(state, state)


#: States "Finish…" is offered from (``notify.lifecycle.finish`` passes through in progress).
FINISHABLE = tuple(
    state
    for state, allowed in ALLOWED_TRANSITIONS.items()
    if IN_PROGRESS in allowed or FINISHED in allowed
)
#: The follow-up message each closed state offers.
FOLLOW_UP_OF_STATE = {FINISHED: WATER_BACK, CANCELLED: CANCELLED_MESSAGE}


class HistoryDock(QgsDockWidget):
    """Lists interventions, shows their areas, and moves them through their life cycle.

    ``settings`` (default: the saved plugin settings, read when needed)
    give the database, the gateway for follow-ups and re-sends, and the
    message options; ``database_path`` overrides the database.
    ``open_url`` opens the written report (the desktop's browser).
    """

    COLUMNS = ("reference", "kind", "state", "start", "end", "customers", "notification")

    def __init__(
        self,
        canvas,
        database_path: Optional[str] = None,
        parent=None,
        settings: Optional[PluginSettings] = None,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
    ):
        super().__init__(tr("Intervention history"), parent)
        self.setObjectName("WaterOutageNotifierHistoryDock")
        self.canvas = canvas
        self.database_path = database_path
        self.settings = settings
        self.open_url = open_url
        self.interventions: list = []
        self.highlight: Optional[QgsRubberBand] = None
        self.task: Optional[NotifyTask] = None
        self.messages_dialog: Optional[MessagesDialog] = None

        body = QWidget(self)
        layout = QVBoxLayout(body)
        filters = QHBoxLayout()
        self.state_combo = QComboBox(body)
        self.state_combo.addItem(tr("All states"), "")
        for state in STATES:
            self.state_combo.addItem(state_text(state), state)
        today = QDate.currentDate()
        self.from_date = self._date_edit(today.addDays(-DEFAULT_DAYS))
        self.to_date = self._date_edit(today.addDays(DEFAULT_DAYS))
        for widget in (
            self.state_combo,
            QLabel(tr("from"), body),
            self.from_date,
            QLabel(tr("to"), body),
            self.to_date,
        ):
            filters.addWidget(widget)
        layout.addLayout(filters)

        self.table = QTableWidget(0, len(self.COLUMNS), body)
        self.table.setHorizontalHeaderLabels(
            [
                tr("Reference"),
                tr("Kind"),
                tr("State"),
                tr("Start"),
                tr("End"),
                tr("Customers"),
                tr("Notification"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _index: self.show_selected())
        layout.addWidget(self.table)

        self.message = QLabel(body)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QGridLayout()
        self.start_button = QPushButton(tr("Start work"), body)
        self.finish_button = QPushButton(tr("Finish…"), body)
        self.cancel_button = QPushButton(tr("Cancel…"), body)
        self.follow_up_button = QPushButton(tr("Follow-up SMS…"), body)
        self.messages_button = QPushButton(tr("Messages…"), body)
        refresh = QPushButton(tr("Refresh"), body)
        show = QPushButton(tr("Show on map"), body)
        self.layer_button = QPushButton(tr("Show history layer"), body)
        self.report_button = QPushButton(tr("Pilot report…"), body)
        for index, (button, action) in enumerate(
            (
                (self.start_button, self.start_selected),
                (self.finish_button, self.finish_selected),
                (self.cancel_button, self.cancel_selected),
                (self.follow_up_button, self.follow_up_selected),
                (self.messages_button, self.show_messages),
                (refresh, self.refresh),
                (show, self.show_selected),
                (self.layer_button, self.show_history_layer),
                (self.report_button, self.pilot_report),
            )
        ):
            button.clicked.connect(action)
            buttons.addWidget(button, index // 4, index % 4)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.state_combo.currentIndexChanged.connect(self.refresh)
        self.from_date.dateChanged.connect(self.refresh)
        self.to_date.dateChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.update_buttons()

    def _date_edit(self, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    def _settings(self) -> PluginSettings:
        return self.settings or PluginSettings.load()

    def _database_file(self) -> str:
        return self.database_path or self._settings().database_file()

    def _store(self) -> InterventionStore:
        return InterventionStore(Database(self._database_file()))

    def _history_services(self) -> Services:
        """The database only: changing state needs no gateway (follow-ups open their own)."""
        database = Database(self._database_file())
        return Services(outbox=Outbox(database), store=InterventionStore(database), provider=None)

    def ask(self, dialog) -> bool:
        """Show ``dialog`` modally; True when the operator accepted it."""
        answer = dialog.exec()
        return answer in (QDialog.DialogCode.Accepted, QMessageBox.StandardButton.Yes)

    # Listing -------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the interventions again with the current filters (and the history layer)."""
        chosen = self.selected()
        state = self.state_combo.currentData()
        start = datetime.combine(self.from_date.date().toPyDate(), time.min, ROME)
        end = datetime.combine(self.to_date.date().toPyDate(), time.max, ROME)
        try:
            store = self._store()
            self.interventions = list_interventions(
                store, start, end, states=(state,) if state else ()
            )
            statuses = [notification_status(store, i.reference) for i in self.interventions]
            refresh_history_layer(store, self.history_filter())
        except (sqlite3.Error, OSError, RuntimeError) as error:  # locked, foreign or newer file
            LOG.warning("The intervention history could not be read: %s", error)
            self.message.setText(
                tr("The intervention history could not be read: {error}").format(error=error)
            )
            self.interventions, statuses = [], []
        else:
            self.message.setText(tr("{n} interventions.").format(n=len(self.interventions)))
        self.table.setRowCount(len(self.interventions))
        for row, (item, status) in enumerate(zip(self.interventions, statuses)):
            values = (
                item.reference,
                item.kind,
                state_text(item.state),
                item.planned_start.strftime("%d/%m/%Y %H:%M"),
                item.planned_end.strftime("%d/%m/%Y %H:%M"),
                str(len(item.customer_ids)),
                status,
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        if chosen is not None:
            self.select_reference(chosen.reference)
        self.update_buttons()

    def selected(self):
        """The selected intervention, or None."""
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows or rows[0].row() >= len(self.interventions):
            return None
        return self.interventions[rows[0].row()]

    def select_reference(self, reference: str) -> bool:
        """Select the listed intervention ``reference``; False when it is not listed."""
        for row, item in enumerate(self.interventions):
            if item.reference == reference:
                self.table.selectRow(row)
                return True
        return False

    def update_buttons(self) -> None:
        """Offer only the changes the selected intervention's state allows."""
        item = self.selected()
        state = item.state if item is not None else None
        allowed = ALLOWED_TRANSITIONS.get(state, ())
        idle = self.task is None
        self.start_button.setEnabled(idle and IN_PROGRESS in allowed)
        self.finish_button.setEnabled(idle and state in FINISHABLE)
        self.cancel_button.setEnabled(idle and CANCELLED in allowed)
        self.follow_up_button.setEnabled(idle and state in FOLLOW_UP_OF_STATE)
        self.messages_button.setEnabled(item is not None)

    def _chosen(self):
        item = self.selected()
        if item is None:
            self.message.setText(tr("Select an intervention first."))
        return item

    # Life cycle ----------------------------------------------------------------
    def start_selected(self) -> None:
        """notified → in progress: the crew is on site."""
        item = self._chosen()
        if item is not None and self._apply(
            lambda services: services.store.transition(item.reference, IN_PROGRESS, operator_name())
        ):
            self.message.setText(tr("{reference} is in progress.").format(reference=item.reference))

    def finish_selected(self) -> None:
        """Finish the work, then offer "water back" to those who had the notice."""
        item = self._chosen()
        if item is not None and self._confirm(
            tr("Finish {reference}: the work is over and the water is back?").format(
                reference=item.reference
            )
        ):
            self._close(lambda services: finish(item.reference, services, operator_name()))

    def cancel_selected(self) -> None:
        """Cancel the intervention, then offer "cancelled" to those who had the notice."""
        item = self._chosen()
        if item is not None and self._confirm(
            tr("Cancel {reference}? This cannot be undone.").format(reference=item.reference)
        ):
            self._close(lambda services: cancel(item.reference, services, operator_name()))

    def follow_up_selected(self) -> None:
        """Offer the follow-up of a finished or cancelled intervention again (only what is missing)."""
        item = self._chosen()
        if item is not None and item.state in FOLLOW_UP_OF_STATE:
            self.offer_follow_up(item, FOLLOW_UP_OF_STATE[item.state])

    def _confirm(self, question: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Intervention history"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        return self.ask(box)

    def _apply(self, change):
        """Run a change of state; a refused one is explained. Returns its result or None."""
        try:
            result = change(self._history_services())
        except TransitionRefused as error:
            LOG.warning("%s", error)
            self.refresh()
            self.message.setText(tr("Refused: {reason}").format(reason=error))
            return None
        except (UnknownInterventionError, sqlite3.Error, OSError, RuntimeError) as error:
            self.refresh()
            self.message.setText(tr("The change was not saved: {error}").format(error=error))
            return None
        self.refresh()
        return result

    def _close(self, change) -> None:
        closing = self._apply(change)
        if closing is not None:
            self.offer_follow_up(closing.intervention, closing.follow_up_kind)

    def offer_follow_up(self, intervention, kind: str) -> None:
        """Offer the ``kind`` follow-up to the warned numbers that do not have it yet."""
        reference, name = intervention.reference, follow_up_name(kind)
        state = state_text(intervention.state)
        services = self._history_services()
        missing = missing_follow_up(services, reference, kind)
        warned = len(services.store.already_warned(reference))
        if not warned:
            self.message.setText(
                tr(
                    "{reference} is {state}. Nobody had the notice: no '{kind}' SMS to send."
                ).format(reference=reference, state=state, kind=name)
            )
            return
        if not missing:
            self.message.setText(
                tr(
                    "{reference} is {state}. Nothing sent: the {n} numbers that had the notice "
                    "already had the '{kind}' SMS; it never goes twice."
                ).format(reference=reference, state=state, n=warned, kind=name)
            )
            return
        settings = self._settings()
        at = intervention.finished_at if kind == WATER_BACK else None
        now = datetime.now(timezone.utc)
        try:
            profile = gateway_profile(settings)
            sender = profile.sender or None

            def options(override: bool):
                return message_options(settings, None, override, sender)

            def preview_for(override: bool):
                return follow_up_preview(intervention, kind, options(override), now, at)

            preview_for(False)  # a bad setting is said here, not inside the dialog
        except NotifySetupError as error:
            self.message.setText(str(error))
            return
        offer = FollowUpOffer(reference, kind, len(missing), preview_for, self)
        if not self.ask(offer):
            self.message.setText(
                tr(
                    "{reference} is {state}. The '{kind}' SMS was not sent; send it later with "
                    "Follow-up SMS…"
                ).format(reference=reference, state=state, kind=name)
            )
            return
        chosen = options(offer.override.isChecked())
        operator = operator_name()
        self._send(
            tr("Sending the '{kind}' SMS").format(kind=name),
            lambda sending, progress: follow_up(
                reference, kind, sending, chosen, operator, at=at, progress=progress
            ),
        )

    # Sending -------------------------------------------------------------------
    def _send(self, description: str, work) -> None:
        """Run ``work(services, progress)`` with the gateway in a background task."""
        settings = self._settings()
        try:
            services = open_services(
                settings, gateway_profile(settings), self._database_file(), with_email=False
            )
        except NotifySetupError as error:
            self.message.setText(str(error))
            return
        self.task = NotifyTask(
            description,
            lambda progress: run_and_close(services, work, services, progress),
            self._sent,
        )
        self.message.setText(description + "…")
        self.update_buttons()
        QgsApplication.taskManager().addTask(self.task)

    def _sent(self, result: Optional[NotifyResult], error: str) -> None:
        self.task = None
        self.refresh()
        if result is None:
            self.message.setText(tr("Sending failed: {error}").format(error=error))
        else:
            self.message.setText(result_summary(result))
        if self.messages_dialog is not None:
            self._fill_messages()

    # Messages ------------------------------------------------------------------
    def show_messages(self) -> None:
        """Each number's messages and states for the selected intervention."""
        item = self._chosen()
        if item is None:
            return
        if self.messages_dialog is not None:
            self.messages_dialog.close()
            self.messages_dialog.deleteLater()
        self.messages_dialog = MessagesDialog(item.reference, self)
        self.messages_dialog.resend_requested.connect(self.resend)
        self._fill_messages()
        self.messages_dialog.show()

    def _fill_messages(self) -> None:
        outbox = Outbox(Database(self._database_file()))
        reference = self.messages_dialog.reference
        self.messages_dialog.show_messages(
            latest_by_kind(outbox, reference), outbox.audit(reference)
        )

    def resend(self, kind: str, phones: list) -> None:
        """Send ``kind`` again to ``phones`` of the messages dialog's intervention, with a reason."""
        reference = self.messages_dialog.reference
        dialog = ReasonDialog(kind, phones, self)
        if not self.ask(dialog) or not dialog.reason():
            self.messages_dialog.message.setText(tr("Nothing re-sent."))
            return
        request = Resend(operator_name(), dialog.reason())
        self._send(
            tr("Re-sending the '{kind}' SMS to {n} number(s)").format(kind=kind, n=len(phones)),
            lambda services, progress: resend_messages(
                services, reference, kind, phones, request, progress
            ),
        )

    # Pilot report ----------------------------------------------------------------
    def pilot_report(self) -> None:
        """Write the pilot report (CSV and HTML) for a chosen period, then open the page."""
        database_file = self._database_file()
        dialog = PilotReportDialog(default_report_folder(database_file), self)
        if not self.ask(dialog):
            return
        (start, end), folder = dialog.period(), dialog.folder()
        try:
            database = Database(database_file)
            try:
                paths = write_report(
                    InterventionStore(database),
                    start,
                    end,
                    folder,
                    messages=message_rows_source(Outbox(database)),
                    lang=document_language(),
                )
            finally:
                database.close()
        except (sqlite3.Error, OSError, RuntimeError) as error:
            LOG.warning("The pilot report could not be written to %s: %s", folder, error)
            self.message.setText(
                tr("The pilot report could not be written: {error}").format(error=error)
            )
            return
        if self.open_url(QUrl.fromLocalFile(paths.html)):
            self.message.setText(tr("Pilot report written to {folder}.").format(folder=folder))
        else:
            self.message.setText(
                tr("Pilot report written to {folder}; open {page} in a browser.").format(
                    folder=folder, page=paths.html
                )
            )

    # Map -------------------------------------------------------------------------
    def history_filter(self) -> str:
        """The dock's state and dates as the history layer's subset string."""
        state = self.state_combo.currentData()
        return history_filter(
            self.from_date.date().toPyDate(),
            self.to_date.date().toPyDate(),
            (state,) if state else (),
        )

    def show_history_layer(self) -> None:
        """Add (or refresh) the history layer, filtered like the list."""
        try:
            layer = show_history_layer(self._store(), self._area_crs(), self.history_filter())
        except (sqlite3.Error, OSError, RuntimeError) as error:
            self.message.setText(
                tr("The intervention history could not be read: {error}").format(error=error)
            )
            return
        self.message.setText(
            tr("History layer: {n} interventions shown.").format(n=layer.featureCount())
        )

    def show_selected(self) -> None:
        """Zoom to the selected intervention's area and highlight it."""
        item = self._chosen()
        if item is not None:
            self.show_intervention(item)

    def show_intervention(self, intervention) -> None:
        geometry = QgsGeometry.fromWkt(intervention.area_wkt or "")
        if geometry.isNull() or geometry.isEmpty():
            self.message.setText(
                tr("Intervention {reference} has no recorded area to show.").format(
                    reference=intervention.reference
                )
            )
            return
        crs = self._area_crs()
        self.clear_highlight()
        self.highlight = QgsRubberBand(self.canvas, QgsWkbTypes.GeometryType.PolygonGeometry)
        self.highlight.setColor(QColor(255, 0, 0, 200))
        self.highlight.setFillColor(QColor(255, 0, 0, 50))
        self.highlight.setWidth(3)
        self.highlight.setToGeometry(geometry, crs)
        transform = QgsCoordinateTransform(
            crs, self.canvas.mapSettings().destinationCrs(), QgsProject.instance()
        )
        extent = transform.transformBoundingBox(geometry.boundingBox())
        extent.scale(1.3)
        self.canvas.setExtent(extent)
        self.canvas.refresh()

    def _area_crs(self) -> QgsCoordinateReferenceSystem:
        """Areas are stored in the pipes' CRS; the canvas CRS if no pipes are mapped."""
        return history_crs(self.canvas.mapSettings().destinationCrs())

    def clear_highlight(self) -> None:
        if self.highlight is not None:
            self.canvas.scene().removeItem(self.highlight)
            self.highlight = None
