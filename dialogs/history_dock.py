"""The history dock: past and planned interventions and how their notices went.

The call-centre asks "were the people of via Emilia warned on Tuesday?"
and the planner "what is already planned next week around here?". The
dock lists the interventions of the store the settings point at (a SQLite
file or the team's PostgreSQL database, opened by ``gis.store_access``)
filtered by state and planned dates, with the delivery state of their
first notice, and shows an intervention's affected area on the map (one
area, or all of them as the history layer, filtered like the list).

Three parts of their own do the rest: the life-cycle buttons
(``history_actions``: start, finish, cancel, follow-up SMS, messages and
re-sends), the pilot report (``history_report``) and the public pages
(``history_publish``: publish, retry an upload, print the flyers).
"""

from __future__ import annotations

import logging
from datetime import datetime, time
from typing import Callable

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
    QgsWkbTypes,
)
from qgis.gui import QgsDateEdit, QgsDockWidget, QgsRubberBand
from qgis.PyQt.QtCore import QDate, QUrl
from qgis.PyQt.QtGui import QColor, QDesktopServices
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..common.labels import kind_label
from ..common.vocabulary import INTERVENTION_STATES
from ..gis.channel_text import per_channel_text
from ..gis.history_layer import (
    history_filter,
    refresh_history_layer,
    show_history_layer,
    state_label,
)
from ..gis.i18n import document_language, tr, tr_n
from ..gis.notify_services import open_history
from ..gis.settings_store import PluginSettings
from ..gis.store_access import StoreError, store_error_text
from ..gis.work_site_area import history_crs
from ..notify.history import list_history
from ..notify.request import Services
from .card_rows import CARD_ROLE, show_as_cards
from .flow_layout import FlowLayout
from .history_actions import LifecycleActions
from .history_publish import PublishActions
from .history_replies import RepliesMapAction
from .history_report import PilotReportAction

LOG = logging.getLogger("water_outage_notifier.dialogs")

#: Days shown before today when the dock opens; ahead, every planned work is shown.
DEFAULT_DAYS = 60


def notification_text(entry) -> str:
    """What the first notice holds: sent (per channel when it also called or
    emailed), delivered, not received, in doubt, and waiting when any still
    wait (a send cut short); or "not notified"."""
    if not entry.notice_states and not entry.channels:
        return tr("not notified")
    if entry.channels:
        text = tr(
            "Sent: {channels}; {delivered} delivered, {failed} not received, {doubt} in doubt"
        ).format(
            channels=per_channel_text(entry.sent_by_channel),
            delivered=entry.delivered,
            failed=entry.failed,
            doubt=entry.in_doubt,
        )
    else:
        text = tr(
            "{sent} sent, {delivered} delivered, {failed} not received, {doubt} in doubt"
        ).format(
            sent=entry.sent, delivered=entry.delivered, failed=entry.failed, doubt=entry.in_doubt
        )
    if entry.waiting:
        text += tr(", {waiting} waiting").format(waiting=entry.waiting)
    return text


class HistoryDock(QgsDockWidget):
    """Lists interventions and shows their areas; its parts move them through their life.

    ``settings`` (default: the saved plugin settings, read when needed)
    give the store, the gateway for follow-ups and re-sends, and the
    message options. ``open_url`` opens the written report (the desktop's
    browser). ``message_bar`` (QGIS's) is told the outcome of the work done in the
    background, as QGIS tells what its own tasks did.
    """

    #: The notice's figures come right after the state: they are what is looked for, and
    #: they stay in sight at the dock's default width.
    COLUMNS = ("reference", "state", "notification", "kind", "start", "end", "customers")

    def __init__(
        self,
        canvas,
        parent=None,
        settings: PluginSettings | None = None,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        message_bar=None,
    ):
        super().__init__(tr("Intervention history"), parent)
        self.setObjectName("WaterOutageNotifierHistoryDock")
        self.canvas = canvas
        self.settings = settings
        self.message_bar = message_bar
        self.interventions: list = []
        self.highlight: QgsRubberBand | None = None

        body = QWidget(self)
        self.setWidget(body)
        layout = QVBoxLayout(body)
        filters = FlowLayout()
        self.state_combo = QComboBox(body)
        self.state_combo.addItem(tr("All states"), "")
        for state in INTERVENTION_STATES:
            self.state_combo.addItem(state_label(state), state)
        self.from_date = self._date_edit(QDate.currentDate().addDays(-DEFAULT_DAYS))
        self.to_date = self._date_edit(None)
        self.to_date.setToolTip(
            tr("Empty: every planned work, however far ahead. Pick a date to stop there.")
        )
        filters.addWidget(self.state_combo)
        filters.addWidget(self._labelled(tr("from"), self.from_date))
        filters.addWidget(self._labelled(tr("to"), self.to_date))
        layout.addLayout(filters)

        self.table = QTableWidget(0, len(self.COLUMNS), body)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _index: self.show_selected())
        show_as_cards(self.table)  # every field in sight at the ~300 px docked width
        layout.addWidget(self.table)

        self.message = QLabel(body)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.lifecycle = LifecycleActions(self)
        self.report = PilotReportAction(self, open_url)
        self.publishing = PublishActions(self)
        self.replies = RepliesMapAction(self)
        refresh = QPushButton(tr("Refresh"), body)
        show = QPushButton(tr("Show on map"), body)
        self.layer_button = QPushButton(tr("Show history layer"), body)
        refresh.clicked.connect(self.refresh)
        show.clicked.connect(self.show_selected)
        self.layer_button.clicked.connect(self.show_history_layer)
        buttons = FlowLayout()  # whole labels at the ~300 px docked width: rows wrap
        for button in (
            self.lifecycle.buttons()
            + [refresh, show, self.layer_button, self.report.button]
            + self.publishing.buttons()
            + [self.replies.button]
        ):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.state_combo.currentIndexChanged.connect(self.refresh)
        self.from_date.dateValueChanged.connect(self.refresh)
        self.to_date.dateValueChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.update_buttons()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API name
        """Read the store whenever the dock appears, also when QGIS restores it at start."""
        super().showEvent(event)
        self.refresh()

    def _date_edit(self, value: QDate | None) -> QgsDateEdit:
        """A day picker; None leaves it empty (no limit), and its clear button empties it."""
        edit = QgsDateEdit(self)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setAllowNull(True)
        edit.setNullRepresentation(tr("no limit"))
        # the day and the clear button whole, even where the style's hint is narrower
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("00/00/00000") + 48)
        for clear in edit.lineEdit().actions():  # QGIS's own clear button, said in our words
            clear.setText(tr("Empty the date: no limit"))
            clear.setToolTip(tr("Empty the date: no limit"))
        if value is None:
            edit.clear()
        else:
            edit.setDate(value)
        return edit

    def _labelled(self, text: str, field) -> QWidget:
        """``text`` and ``field`` kept together on one row of the filters."""
        pair = QWidget(self.widget())
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(text, pair))
        row.addWidget(field)
        return pair

    def date_range(self) -> tuple:
        """The filters' first and last day (``date``), None where a picker is empty."""
        return tuple(
            None if edit.isNull() else edit.date().toPyDate()
            for edit in (self.from_date, self.to_date)
        )

    def settings_now(self) -> PluginSettings:
        """The settings given, or the saved ones as they are now."""
        return self.settings or PluginSettings.load()

    def open_history(self, publishing: bool = False) -> Services:
        """The store the settings point at (outbox and history, no gateway); raises StoreError.

        ``publishing`` adds the public pages' publisher, for a change of state.
        """
        return open_history(self.settings_now(), publishing=publishing)

    def ask(self, dialog) -> bool:
        """Show ``dialog`` modally; True when the operator accepted it."""
        answer = dialog.exec()
        return answer in (QDialog.DialogCode.Accepted, QMessageBox.StandardButton.Yes)

    # Listing -------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the interventions again with the current filters (and the history layer)."""
        chosen = self.selected()
        state = self.state_combo.currentData()
        first, last = self.date_range()
        start = None if first is None else datetime.combine(first, time.min)
        end = None if last is None else datetime.combine(last, time.max)
        try:
            with self.open_history() as services:
                entries = list_history(services, start, end, (state,) if state else ())
                refresh_history_layer(services.store, self.history_filter())
        except StoreError as error:  # damaged, locked, unreachable, newer: said as it is
            LOG.warning("The intervention history could not be read: %s", error)
            self.message.setText(store_error_text(error))
            entries = []
        else:
            self.message.setText(tr("{n} interventions.").format(n=len(entries)))
        self.interventions = [entry.intervention for entry in entries]
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            item = entry.intervention
            values = (
                item.reference,
                state_label(item.state),
                notification_text(entry),
                kind_label(item.kind, document_language()),
                item.planned_start.strftime("%d/%m/%Y %H:%M"),
                item.planned_end.strftime("%d/%m/%Y %H:%M"),
                str(len(item.customer_ids)),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
            self.table.item(row, 0).setData(CARD_ROLE, self._card(values))
        if chosen is not None:
            self.select_reference(chosen.reference)
        self.update_buttons()

    def _card(self, values: tuple) -> str:
        """A row's fields as the lines the list shows: what, when, how the notice went."""
        fields = dict(zip(self.COLUMNS, values))
        start, end = fields["start"], fields["end"]
        if start[:10] == end[:10]:
            end = end[11:]  # the same day: its date once
        return "\n".join(
            (
                f"{fields['reference']} · {fields['state']}",
                fields["kind"],
                f"{start}–{end} · " + tr_n("%n customers", int(fields["customers"])),
                fields["notification"],
            )
        )

    def card_text(self, row: int) -> str:
        """What the list shows for ``row``: its card."""
        return self.table.item(row, 0).data(CARD_ROLE)

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
        item = self.selected()
        self.lifecycle.update_buttons(item)
        self.publishing.update_buttons(item)
        self.replies.update_buttons(item)

    def announce(self, text: str, level=Qgis.MessageLevel.Info) -> None:
        """Say ``text`` on the dock's line and, where there is one, on the message bar."""
        self.message.setText(text)
        if self.message_bar is not None:
            seconds = 6 if level == Qgis.MessageLevel.Info else 0  # a warning stays until read
            self.message_bar.pushMessage(tr("Water Outage Notifier"), text, level, seconds)

    def chosen(self):
        """The selected intervention, or None after asking the operator to select one."""
        item = self.selected()
        if item is None:
            self.message.setText(tr("Select an intervention first."))
        return item

    # Map -------------------------------------------------------------------------
    def history_filter(self) -> str:
        """The dock's state and dates as the history layer's subset string."""
        state = self.state_combo.currentData()
        return history_filter(*self.date_range(), (state,) if state else ())

    def show_history_layer(self) -> None:
        """Add (or refresh) the history layer, filtered like the list."""
        try:
            with self.open_history() as services:
                layer = show_history_layer(services.store, self._area_crs(), self.history_filter())
        except StoreError as error:
            self.message.setText(store_error_text(error))
            return
        self.message.setText(
            tr("History layer: {n} interventions shown.").format(n=layer.featureCount())
        )

    def show_selected(self) -> None:
        """Zoom to the selected intervention's area and highlight it."""
        item = self.chosen()
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
