"""The history dock: past and planned interventions and how their notices went.

The call-centre asks "were the people of via Emilia warned on Tuesday?"
and the planner "what is already planned next week around here?". The dock
lists the interventions of the shared database filtered by state and
planned dates, with the delivery state of their first notice, and shows an
intervention's affected area on the map.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import Counter
from datetime import datetime, time
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
    QgsWkbTypes,
)
from qgis.gui import QgsDockWidget, QgsRubberBand
from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..gis.i18n import tr
from ..gis.mapping import load_mapping
from ..store.db import Database
from ..store.history import list_interventions
from ..store.interventions import ROME, STATES, InterventionStore

LOG = logging.getLogger("water_outage_notifier.dialogs")

#: Days shown before and after today when the dock opens.
DEFAULT_DAYS = 60


def default_database_file() -> str:
    """The database chosen in the plugin settings."""
    from ..gis.settings_store import PluginSettings

    return PluginSettings.load().database_file()


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


class HistoryDock(QgsDockWidget):
    """Lists interventions; "Show on map" zooms to and highlights the selected area."""

    COLUMNS = ("reference", "kind", "state", "start", "end", "customers", "notification")

    def __init__(self, canvas, database_path: Optional[str] = None, parent=None):
        super().__init__(tr("Intervention history"), parent)
        self.setObjectName("WaterOutageNotifierHistoryDock")
        self.canvas = canvas
        self.database_path = database_path
        self.interventions: list = []
        self.highlight: Optional[QgsRubberBand] = None

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
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _index: self.show_selected())
        layout.addWidget(self.table)

        self.message = QLabel(body)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        refresh = QPushButton(tr("Refresh"), body)
        refresh.clicked.connect(self.refresh)
        show = QPushButton(tr("Show on map"), body)
        show.clicked.connect(self.show_selected)
        buttons.addWidget(refresh)
        buttons.addWidget(show)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.state_combo.currentIndexChanged.connect(self.refresh)
        self.from_date.dateChanged.connect(self.refresh)
        self.to_date.dateChanged.connect(self.refresh)

    def _date_edit(self, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    def _store(self) -> InterventionStore:
        return InterventionStore(Database(self.database_path or default_database_file()))

    def refresh(self) -> None:
        """Read the interventions again with the current filters."""
        state = self.state_combo.currentData()
        start = datetime.combine(self.from_date.date().toPyDate(), time.min, ROME)
        end = datetime.combine(self.to_date.date().toPyDate(), time.max, ROME)
        try:
            store = self._store()
            self.interventions = list_interventions(
                store, start, end, states=(state,) if state else ()
            )
            statuses = [notification_status(store, i.reference) for i in self.interventions]
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

    def show_selected(self) -> None:
        """Zoom to the selected intervention's area and highlight it."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(tr("Select an intervention first."))
            return
        self.show_intervention(self.interventions[rows[0].row()])

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
        pipes = load_mapping().layer("pipes")
        return pipes.crs() if pipes is not None else self.canvas.mapSettings().destinationCrs()

    def clear_highlight(self) -> None:
        if self.highlight is not None:
            self.canvas.scene().removeItem(self.highlight)
            self.highlight = None
