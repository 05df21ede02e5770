"""The results dock: the figures, the valves to close with plan B, the warnings, the exports.

Everything on it comes from the work site's report, the same JSON the
``outage:isolate`` algorithm writes, so the dock, the valve sheet and the
batch answer agree. The valves tab lists the steps as the crew does them:
the valves to close (with plan B), the sources to shut, then apart the
valves not required (optional, with the reason), those already closed and
those passed. The warnings tab lists warnings first and groups the data
notes by kind. The operator acts from here: zoom to a valve, mark a valve
the crew could not close (the trace is recomputed for this intervention
only), export the crew sheet and the customer lists, and start the
notification.
"""

from __future__ import annotations

import logging

from qgis.core import QgsCoordinateTransform, QgsGeometry, QgsPointXY, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..common.log_words import say
from ..common.vocabulary import INVALID_PHONE, LANDLINE, NO_CONSENT, NO_PHONE, OPTED_OUT
from ..gis.i18n import decimal_text, document_language, tr, tr_n
from ..gis.problem_text import problem_text
from ..notify.exports import customers_file, flyers_file
from .crew_sheet import (
    CrewSheetError,
    feature_label,
    not_required_text,
    repeated_ids,
    valve_rows,
    write_crew_sheet,
)
from .fitting_tabs import FittingTabWidget
from .pressure_tab import PressureTab
from .wrapping_tree import WrappingTree

LOG = logging.getLogger("water_outage_notifier.dialogs")

#: Largest scale denominator kept when zooming to a valve or a warning.
ZOOM_SCALE = 1000

_POINT_ROLE = Qt.ItemDataRole.UserRole
_VALVE_ROLE = Qt.ItemDataRole.UserRole + 1
_SPANNED_ROLE = Qt.ItemDataRole.UserRole + 2
_GROUP_ROLE = Qt.ItemDataRole.UserRole + 3  # a notes header: the code of its notes
_FOLDED_ROLE = Qt.ItemDataRole.UserRole + 4
_MEMBER_ROLE = Qt.ItemDataRole.UserRole + 5  # a note: the code of its header


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
            tr("{n} ({km} km)").format(
                n=counts["isolated_pipes"], km=decimal_text(counts["isolated_km"])
            ),
        ),
        (
            tr("Unsupplied pipes"),
            tr("{n} ({km} km)").format(
                n=counts["unsupplied_pipes"], km=decimal_text(counts["unsupplied_km"])
            ),
        ),
        (tr("Valves to close"), str(counts["valves_to_close"])),
        (tr("Sources to shut"), str(counts["sources_to_shut"])),
        (tr("Valves not required (optional)"), str(counts["valves_not_required"])),
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


def note_title(code: str, count: int) -> str:
    """The group title of the data notes of one kind."""
    title = {
        "tee_without_node": tr("Tees without a node, joined ({n})"),
        "pipes_out_of_service": tr("Pipes out of service, left out ({n})"),
        "valves_not_isolating": tr("Valves that do not isolate, passed ({n})"),
        "valve_at_source": tr("Valves standing on a source ({n})"),
    }.get(code, tr("Other notes ({n})"))
    return title.format(n=count)


def _spanned(text: str, point=None) -> QTreeWidgetItem:
    """A row of explanation under a group or a valve, across every column once shown."""
    item = QTreeWidgetItem([text])
    item.setToolTip(0, text)
    item.setData(0, _POINT_ROLE, point)
    item.setData(0, _SPANNED_ROLE, True)
    return item


def _valve_note(key: str, valve: dict) -> str:
    """The note column of a valve outside "To close": why it is listed there."""
    if key == "not_required":
        return not_required_text(valve["reason"])
    if valve.get("check") and key == "already_closed":
        return tr("check valve: holds back the water of its far side")
    extra = valve.get("extra_customers")
    return "" if extra is None else tr_n("+%n customers", extra)


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
        # At the ~300 px QGIS docks a panel, every figure and value wraps in view.
        self.figures = WrappingTree(body, stretched=(0, 1), fit_height=True)
        self.figures.setRootIsDecorated(False)
        self.figures.setHeaderLabels([tr("Figure"), tr("Value")])
        layout.addWidget(self.figures)

        # At the ~300 px of a docked panel the Italian labels and their counts do not fit
        # side by side: they are fitted, so every tab stays in view (not behind arrows).
        self.tabs = FittingTabWidget(body)
        self.valves = WrappingTree(self.tabs, stretched=(0, 3))
        self.valves.setHeaderLabels([tr("Valve"), tr("X"), tr("Y"), tr("Note")])
        for column in (1, 2):  # the coordinates: a click zooms there, the tooltip says them
            self.valves.setColumnHidden(column, True)
        self.valves.itemClicked.connect(self._zoom_to_item)
        self.tabs.add_page(self.valves, tr("Valves"))
        self.warnings = QListWidget(self.tabs)
        self.warnings.setWordWrap(True)
        self.warnings.itemClicked.connect(self._warning_clicked)
        self.tabs.add_page(self.warnings, tr("Warnings"))
        self.pressure = PressureTab(self.tabs)
        self.tabs.add_page(self.pressure, self.pressure.title())
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
        self._fill_warnings()
        self.valves.expandAll()
        for item in self._spanned_items():
            item.setFirstColumnSpanned(True)
        for row in range(self.valves.topLevelItemCount()):  # group titles use the whole row
            self.valves.topLevelItem(row).setFirstColumnSpanned(True)
        self.figures.relayout()
        self.valves.relayout()

    def show_pressure(self, work_site, layers=()) -> None:
        """The simulation's answer for ``work_site`` arrived: refresh the pressure tab."""
        if work_site is not self.work_site:
            return
        self.result_layers = list(layers)
        self.report = work_site.report()
        self._show_pressure_tab()

    def _show_pressure_tab(self) -> None:
        self.pressure.show_report(self.report if self.work_site is not None else None)
        self.tabs.set_title(self.pressure, self.pressure.title())

    def _fill_valves(self) -> None:
        valves = self.report["valves"]
        to_close = QTreeWidgetItem([tr("To close ({n})").format(n=len(valves["to_close"]))])
        rows = zip(valve_rows(self.report), valves["to_close"])
        for (order, label, x, y, extra_valves, extra_pipes, extra_customers), valve in rows:
            valve_id = valve["valve_id"]
            plan = tr(
                "Plan B, if it will not close: also close {valves}; "
                "+{pipes} pipes, +{customers} customers"
            ).format(
                valves=extra_valves or tr("nothing else"),
                pipes=len([p for p in extra_pipes.split(", ") if p]),
                customers=extra_customers,
            )
            point = [x, y] if x is not None else None
            item = QTreeWidgetItem([f"{order}. {label}", str(x), str(y)])
            item.setData(0, _POINT_ROLE, point)
            item.setData(0, _VALVE_ROLE, valve_id)
            plan_item = _spanned(plan, point)
            plan_item.setToolTip(
                0, f"{plan}\n" + tr("Extra pipes: {pipes}").format(pipes=extra_pipes or "-")
            )
            plan_item.setData(0, _VALVE_ROLE, valve_id)
            item.addChild(plan_item)
            to_close.addChild(item)
        self.valves.addTopLevelItem(to_close)
        sources = self.report["sources"]["to_shut"]
        group = QTreeWidgetItem([tr("Sources to shut ({n})").format(n=len(sources))])
        if sources:
            group.addChild(_spanned(tr("Shut toward the work, or stop the pump.")))
        for source in sources:
            group.addChild(
                self._point_item(feature_label(source, "source_id"), source["point"], "")
            )
        self.valves.addTopLevelItem(group)
        repeated = repeated_ids(self.report)
        for key, title in (
            ("not_required", tr("Not required, optional ({n})")),
            ("already_closed", tr("Already closed ({n})")),
            ("inoperable_passed", tr("Inoperable or check valves, passed through ({n})")),
            ("failed", tr("Will not close, this time ({n})")),
        ):
            group = QTreeWidgetItem([title.format(n=len(valves[key]))])
            for valve in valves[key]:
                label = feature_label(valve, repeated=repeated)
                if key == "not_required":  # the reason reads better on a row of its own
                    item = self._point_item(label, valve["point"], "")
                    item.addChild(_spanned(_valve_note(key, valve), valve["point"]))
                else:
                    item = self._point_item(label, valve["point"], _valve_note(key, valve))
                    item.setToolTip(3, item.text(3))
                group.addChild(item)
            self.valves.addTopLevelItem(group)

    def _spanned_items(self):
        """The explanation rows of the valves tree (plan B, sources, reasons)."""
        stack = [self.valves.topLevelItem(i) for i in range(self.valves.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item.data(0, _SPANNED_ROLE):
                yield item
            stack.extend(item.child(i) for i in range(item.childCount()))

    @staticmethod
    def _point_item(label: str, point, note: str) -> QTreeWidgetItem:
        x, y = point if point is not None else ("", "")
        item = QTreeWidgetItem([label, str(x), str(y), note])
        item.setData(0, _POINT_ROLE, point)
        return item

    def _fill_warnings(self) -> None:
        """Warnings one by one, then one header row per kind of data note, folded.

        A list (not a tree) so long messages wrap within the dock's width;
        clicking a header shows or hides its notes.
        """
        warnings = [w for w in self.report["warnings"] if w.get("level") != "note"]
        notes = {}
        for note in self.report["warnings"]:
            if note.get("level") == "note":
                notes.setdefault(note["code"], []).append(note)
        for warning in warnings:
            self._warning_item(warning)
        for code, group in notes.items():
            header = QListWidgetItem(note_title(code, len(group)), self.warnings)
            header.setData(_GROUP_ROLE, code)
            header.setData(_FOLDED_ROLE, True)
            header.setText(f"▸ {header.text()}")
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            for note in group:
                self._warning_item(note, code).setHidden(True)
        title = tr("Warnings ({n})").format(n=len(warnings))
        if notes:
            title = tr("Warnings ({n}), notes ({notes})").format(
                n=len(warnings), notes=sum(map(len, notes.values()))
            )
        self.tabs.set_title(self.warnings, title)

    def _warning_item(self, warning: dict, group: str = "") -> QListWidgetItem:
        item = QListWidgetItem(problem_text(warning), self.warnings)
        item.setData(_POINT_ROLE, warning["point"])
        item.setData(_MEMBER_ROLE, group)
        return item

    def _warning_clicked(self, item) -> None:
        """Zoom to a warning's feature; on a notes header, show or hide its notes."""
        code = item.data(_GROUP_ROLE)
        if not code:
            self._zoom_to_item(item)
            return
        folded = not item.data(_FOLDED_ROLE)
        item.setData(_FOLDED_ROLE, folded)
        item.setText(("▸ " if folded else "▾ ") + item.text()[2:])
        for row in range(self.warnings.count()):
            member = self.warnings.item(row)
            if member.data(_MEMBER_ROLE) == code:
                member.setHidden(folded)

    def valves_to_close(self) -> list:
        """The valve ids listed under "To close", in order."""
        group = self.valves.topLevelItem(0)
        if group is None:
            return []
        return [group.child(i).data(0, _VALVE_ROLE) for i in range(group.childCount())]

    # Acting ----------------------------------------------------------------------
    def refuse_valve(self, valve_id) -> None:
        """Ask for a new trace where ``valve_id`` will not close."""
        say(LOG, logging.INFO, "valve_refused", valve=str(valve_id))
        self.valve_refused.emit(valve_id)

    def _refuse_current(self) -> None:
        item = self.valves.currentItem()
        chosen = item is not None and item.parent() is not None and self._in_to_close(item)
        valve_id = item.data(0, _VALVE_ROLE) if chosen else None
        if not chosen:
            QMessageBox.information(
                self, tr("Will not close"), tr("Select a valve to close in the list first.")
            )
            return
        if valve_id is None or not str(valve_id).strip():
            QMessageBox.information(
                self,
                tr("Will not close"),
                tr(
                    "This valve has no id in the valve layer, so it cannot be marked; "
                    "give it an id and trace again."
                ),
            )
            return
        self.refuse_valve(valve_id)

    def _in_to_close(self, item) -> bool:
        """Whether ``item`` is a valve under "To close" (or its plan B row)."""
        while item.parent() is not None:
            item = item.parent()
        return item is self.valves.topLevelItem(0)

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
