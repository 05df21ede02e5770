"""The results dock: the figures, the valves to close with plan B, the warnings, the exports.

Everything on it comes from the work site's report, the same JSON the
``outage:isolate`` algorithm writes, so the dock, the valve sheet and the
batch answer agree. The operator acts from here: zoom to a valve, mark a
valve the crew could not close (the trace is recomputed for this
intervention only), export the crew sheet and the customer lists, and
start the notification.
"""

from __future__ import annotations

import logging

from qgis.core import QgsCoordinateTransform, QgsGeometry, QgsPointXY, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..common.vocabulary import INVALID_PHONE, LANDLINE, NO_CONSENT, NO_PHONE, OPTED_OUT
from ..gis.i18n import document_language, tr
from ..notify.exports import customers_file, flyers_file
from .crew_sheet import CrewSheetError, valve_rows, write_crew_sheet
from .pressure_tab import PressureTab

LOG = logging.getLogger("water_outage_notifier.dialogs")

#: Largest scale denominator kept when zooming to a valve or a warning.
ZOOM_SCALE = 1000

_POINT_ROLE = Qt.ItemDataRole.UserRole
_VALVE_ROLE = Qt.ItemDataRole.UserRole + 1


def reason_text(reason: str) -> str:
    """The operator's words for an unreachable reason code."""
    return {
        NO_PHONE: tr("no phone number"),
        INVALID_PHONE: tr("invalid number"),
        LANDLINE: tr("landline only"),
        NO_CONSENT: tr("no SMS consent"),
        OPTED_OUT: tr("opted out"),
    }.get(reason, reason)


def summary_rows(report: dict) -> list:
    """``(label, value)`` figures of a work site report, in the dock's order."""
    counts = report["counts"]
    rows = [
        (
            tr("Isolated pipes"),
            tr("{n} ({km} km)").format(n=counts["isolated_pipes"], km=counts["isolated_km"]),
        ),
        (
            tr("Unsupplied pipes"),
            tr("{n} ({km} km)").format(n=counts["unsupplied_pipes"], km=counts["unsupplied_km"]),
        ),
        (tr("Valves to close"), str(counts["valves_to_close"])),
        (tr("Valves already closed"), str(counts["valves_already_closed"])),
        (tr("Inoperable or check valves passed"), str(counts["valves_inoperable_passed"])),
    ]
    if "customers" in counts:
        rows += [
            (
                tr("Customers"),
                tr("{n} ({isolated} isolated, {unsupplied} unsupplied)").format(
                    n=counts["customers"],
                    isolated=counts.get("isolated", 0),
                    unsupplied=counts.get("unsupplied", 0),
                ),
            ),
            (tr("Units"), str(counts["units"])),
            (tr("Sensitive customers"), str(counts["sensitive"])),
            (tr("Reachable by SMS"), str(counts["reachable"])),
        ]
        rows += [
            (tr("Unreachable: {reason}").format(reason=reason_text(reason)), str(n))
            for reason, n in counts["unreachable"].items()
        ]
    return rows


class ResultsDock(QgsDockWidget):
    """Shows one work site; ``valve_refused(valve_id)`` and ``notify_requested(work_site)`` ask for more."""

    valve_refused = pyqtSignal(object)
    notify_requested = pyqtSignal(object)

    def __init__(self, canvas, parent=None):
        super().__init__(tr("Outage results"), parent)
        self.setObjectName("WaterOutageNotifierResultsDock")
        self.canvas = canvas
        self.work_site = None
        self.report: dict = {}
        self.crs = None
        self.background_layers: list = []

        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.figures = QTreeWidget(body)
        self.figures.setHeaderLabels([tr("Figure"), tr("Value")])
        self.figures.setRootIsDecorated(False)
        self.figures.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.figures)

        self.tabs = QTabWidget(body)
        self.valves = QTreeWidget(self.tabs)
        self.valves.setHeaderLabels([tr("Valve"), tr("X"), tr("Y"), tr("Note")])
        self.valves.setWordWrap(True)
        self.valves.itemClicked.connect(self._zoom_to_item)
        self.tabs.addTab(self.valves, tr("Valves"))
        self.warnings = QListWidget(self.tabs)
        self.warnings.setWordWrap(True)
        self.warnings.itemClicked.connect(self._zoom_to_item)
        self.tabs.addTab(self.warnings, tr("Warnings"))
        self.pressure = PressureTab(self.tabs)
        self.tabs.addTab(self.pressure, tr("Pressure"))
        layout.addWidget(self.tabs, 1)

        buttons = QGridLayout()
        self.refuse_button = self._button(tr("Will not close"), self._refuse_current)
        self.refuse_button.setToolTip(
            tr("The crew could not close the selected valve: trace again without it.")
        )
        self.sheet_button = self._button(tr("Valve sheet…"), self._ask_crew_sheet)
        self.customers_button = self._button(tr("Customer list…"), self._ask_customers)
        self.flyers_button = self._button(tr("Flyer addresses…"), self._ask_flyers)
        self.notify_button = self._button(
            tr("Notify customers…"), lambda: self.notify_requested.emit(self.work_site)
        )
        for position, button in enumerate(
            (
                self.refuse_button,
                self.sheet_button,
                self.customers_button,
                self.flyers_button,
                self.notify_button,
            )
        ):
            buttons.addWidget(button, position // 2, position % 2)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.show_work_site(None, None)

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        return button

    # Showing -------------------------------------------------------------------
    def show_work_site(self, work_site, crs, background=()) -> None:
        """Show ``work_site`` (None empties the dock); the valve sheet's map draws it over
        ``background``, the project's own map."""
        self.work_site, self.crs = work_site, crs
        self.background_layers = list(background)
        self.report = work_site.report() if work_site is not None else {}
        self.figures.clear()
        self.valves.clear()
        self.warnings.clear()
        self._show_pressure_tab()
        has_site = work_site is not None
        has_customers = has_site and work_site.customers is not None
        for button in (self.refuse_button, self.sheet_button, self.notify_button):
            button.setEnabled(has_site)
        self.customers_button.setEnabled(has_customers)
        self.flyers_button.setEnabled(has_customers)
        if not has_site:
            return
        for label, value in summary_rows(self.report):
            self.figures.addTopLevelItem(QTreeWidgetItem([label, value]))
        self._fill_valves()
        for warning in self.report["warnings"]:
            item = QListWidgetItem(warning["message"], self.warnings)
            item.setData(_POINT_ROLE, warning["point"])
        self.tabs.setTabText(1, tr("Warnings ({n})").format(n=len(self.report["warnings"])))
        self.valves.expandAll()
        for index in range(self.valves.topLevelItem(0).childCount()):
            self.valves.topLevelItem(0).child(index).child(0).setFirstColumnSpanned(True)
        self._fit_figures()
        for column in range(3):
            self.valves.resizeColumnToContents(column)

    def show_pressure(self, work_site, layers=()) -> None:
        """The simulation's answer for ``work_site`` arrived: refresh the pressure tab."""
        if work_site is not self.work_site:
            return
        self.result_layers = list(layers)
        self.report = work_site.report()
        self._show_pressure_tab()

    def _show_pressure_tab(self) -> None:
        self.pressure.show_report(self.report if self.work_site is not None else None)
        self.tabs.setTabText(self.tabs.indexOf(self.pressure), self.pressure.title())

    def _fit_figures(self) -> None:
        """Make the figures table exactly as tall as its rows, leaving room for the valves."""
        rows = self.figures.topLevelItemCount()
        height = self.figures.header().height() + 2 * self.figures.frameWidth()
        self.figures.setFixedHeight(height + rows * max(self.figures.sizeHintForRow(0), 1) + 2)

    def _fill_valves(self) -> None:
        valves = self.report["valves"]
        to_close = QTreeWidgetItem([tr("To close ({n})").format(n=len(valves["to_close"]))])
        for order, valve_id, x, y, extra_valves, extra_pipes, extra_customers in valve_rows(
            self.report
        ):
            plan = tr(
                "Plan B, if it will not close: also close {valves}; "
                "+{pipes} pipes, +{customers} customers"
            ).format(
                valves=extra_valves or tr("nothing else"),
                pipes=len([p for p in extra_pipes.split(", ") if p]),
                customers=extra_customers,
            )
            point = [x, y] if x is not None else None
            item = QTreeWidgetItem([f"{order}. {valve_id}", str(x), str(y)])
            item.setData(0, _POINT_ROLE, point)
            item.setData(0, _VALVE_ROLE, valve_id)
            plan_item = QTreeWidgetItem([plan])
            plan_item.setToolTip(0, tr("Extra pipes: {pipes}").format(pipes=extra_pipes or "-"))
            plan_item.setData(0, _POINT_ROLE, point)
            plan_item.setData(0, _VALVE_ROLE, valve_id)
            item.addChild(plan_item)
            to_close.addChild(item)
        self.valves.addTopLevelItem(to_close)
        for key, title in (
            ("already_closed", tr("Already closed ({n})")),
            ("inoperable_passed", tr("Inoperable or check valves, passed through ({n})")),
            ("failed", tr("Will not close, this time ({n})")),
        ):
            group = QTreeWidgetItem([title.format(n=len(valves[key]))])
            for valve in valves[key]:
                x, y = valve["point"] if valve["point"] is not None else ("", "")
                extra = valve.get("extra_customers")
                note = "" if extra is None else tr("+{n} customers").format(n=extra)
                item = QTreeWidgetItem([str(valve["valve_id"]), str(x), str(y), note])
                item.setData(0, _POINT_ROLE, valve["point"])
                group.addChild(item)
            self.valves.addTopLevelItem(group)

    def valves_to_close(self) -> list:
        """The valve ids listed under "To close", in order."""
        group = self.valves.topLevelItem(0)
        if group is None:
            return []
        return [group.child(i).data(0, _VALVE_ROLE) for i in range(group.childCount())]

    # Acting ----------------------------------------------------------------------
    def refuse_valve(self, valve_id) -> None:
        """Ask for a new trace where ``valve_id`` will not close."""
        LOG.info("Valve %s marked as 'will not close' for this intervention.", valve_id)
        self.valve_refused.emit(valve_id)

    def _refuse_current(self) -> None:
        item = self.valves.currentItem()
        valve_id = item.data(0, _VALVE_ROLE) if item is not None else None
        if valve_id is None:
            QMessageBox.information(
                self, tr("Will not close"), tr("Select a valve to close in the list first.")
            )
            return
        self.refuse_valve(valve_id)

    def _zoom_to_item(self, item, _column=0) -> None:
        point = (
            item.data(0, _POINT_ROLE)
            if isinstance(item, QTreeWidgetItem)
            else item.data(_POINT_ROLE)
        )
        if point:
            self.zoom_to(point)

    def zoom_to(self, point) -> None:
        """Centre the map on ``point`` (model CRS), zoom in if far out, and flash it."""
        if self.crs is None:
            return
        transform = QgsCoordinateTransform(
            self.crs, self.canvas.mapSettings().destinationCrs(), QgsProject.instance()
        )
        self.canvas.setCenter(transform.transform(QgsPointXY(*point)))
        if self.canvas.scale() > ZOOM_SCALE:
            self.canvas.zoomScale(ZOOM_SCALE)
        self.canvas.refresh()
        self.canvas.flashGeometries([QgsGeometry.fromPointXY(QgsPointXY(*point))], self.crs)

    # Exports -------------------------------------------------------------------------
    def export_crew_sheet(self, csv_path: str, pdf_path: str) -> None:
        write_crew_sheet(self.work_site, self.crs, self.background_layers, csv_path, pdf_path)

    def export_customers(self, path: str) -> None:
        """The customer list: a sheet for people (``.xlsx``), else the CSV of codes."""
        data = customers_file(self.work_site.customers, _sheet_language(path))
        with open(path, "wb") as handle:
            handle.write(data)

    def export_flyers(self, path: str) -> None:
        """The flyer round: a sheet for people (``.xlsx``), else the CSV of codes."""
        data = flyers_file(self.work_site.customers, _sheet_language(path))
        with open(path, "wb") as handle:
            handle.write(data)

    def _ask_path(self, title: str, name: str, pattern: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, name, pattern)
        return path

    def _ask_table_path(self, title: str, stem: str) -> str:
        """A path for a table: Excel for people (the default) or CSV for other programs."""
        excel, csv = tr("Excel sheet (*.xlsx)"), tr("CSV for other programs (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(
            self, title, stem + ".xlsx", f"{excel};;{csv}", excel
        )
        if path and not path.lower().endswith((".xlsx", ".csv")):
            path += ".csv" if chosen == csv else ".xlsx"
        return path

    def _save(self, what: str, action) -> None:
        """Run an export, telling the operator why it failed instead of raising."""
        try:
            action()
        except (OSError, CrewSheetError) as error:
            QMessageBox.warning(
                self,
                tr("Export failed"),
                tr("The {what} could not be saved: {error}").format(what=what, error=error),
            )

    def _ask_crew_sheet(self) -> None:
        path = self._ask_path(tr("Save the valve sheet"), "valve_sheet.pdf", tr("PDF (*.pdf)"))
        if path:
            base = path[:-4] if path.lower().endswith(".pdf") else path
            self._save(
                tr("valve sheet"), lambda: self.export_crew_sheet(base + ".csv", base + ".pdf")
            )

    def _ask_customers(self) -> None:
        path = self._ask_table_path(tr("Save the customer list"), tr("customers"))
        if path:
            self._save(tr("customer list"), lambda: self.export_customers(path))

    def _ask_flyers(self) -> None:
        path = self._ask_table_path(tr("Save the flyer addresses"), tr("flyers"))
        if path:
            self._save(tr("flyer list"), lambda: self.export_flyers(path))


def _sheet_language(path: str) -> str | None:
    """The language of a sheet for people (``.xlsx``); ``None`` for a CSV of codes."""
    return document_language() if path.lower().endswith(".xlsx") else None
