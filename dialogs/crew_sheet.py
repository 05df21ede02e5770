"""The crew's valve sheet: which valves to shut, where, and what if one will not.

Crews work from paper or a phone in the street, so the sheet is a CSV (for
the work-order system) and a one-page PDF printed from a QGIS layout: a map
of the work site with the result layers, and a table of the steps: the
valves to close with their ids, coordinates and plan B, then the sources to
shut (their connection toward the work, or their pump), then the valves not
required, optional. Both come from the work site's report, so the sheet
says exactly what the results dock shows.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemTextTable,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
)
from qgis.PyQt.QtGui import QFont

from ..gis.i18n import tr
from ..notify.exports import table_file

#: Column keys of the CSV sheet, in order. ``step`` is one of :data:`STEPS`; ``note`` holds
#: the reason a valve is not required (``dry_after_closure`` or ``never_supplied``).
SHEET_COLUMNS = (
    "step",
    "order",
    "id",
    "x",
    "y",
    "plan_b_valves",
    "plan_b_pipes",
    "plan_b_customers",
    "note",
)
CLOSE, SHUT_SOURCE, OPTIONAL = "close", "shut_source", "optional"
STEPS = (CLOSE, SHUT_SOURCE, OPTIONAL)


class CrewSheetError(RuntimeError):
    """The PDF could not be written; the message says where and why."""


def feature_label(entry: dict, key: str = "valve_id", repeated=()) -> str:
    """How a valve or source is named to the crew: its id, never "None".

    A feature without an id is named by its feature number; an id that
    stands for more than one feature (``repeated``) gets the number too.
    """
    value = entry.get(key)
    if value is None or not str(value).strip():
        return tr("no id (feature {fid})").format(fid=entry.get("fid"))
    if value in repeated:
        return tr("{id} (feature {fid})").format(id=value, fid=entry.get("fid"))
    return str(value)


def repeated_ids(report: dict) -> set:
    """Valve ids that name more than one valve of the report's lists."""
    fids = defaultdict(set)
    for entries in report["valves"].values():
        for entry in entries:
            fids[entry["valve_id"]].add(entry["fid"])
    return {valve_id for valve_id, found in fids.items() if len(found) > 1}


def _xy(entry: dict) -> tuple:
    if entry["point"] is None:
        return None, None
    return round(entry["point"][0], 2), round(entry["point"][1], 2)


def valve_rows(report: dict) -> list:
    """One row per valve to close, in the order of the report, with its plan B:
    ``(order, name, x, y, extra valves, extra pipes, extra customers)``."""
    plans = {plan["fid"]: plan for plan in report["plan_b"]}
    repeated = repeated_ids(report)
    rows = []
    for order, valve in enumerate(report["valves"]["to_close"], start=1):
        plan = plans.get(valve["fid"], {})
        pipes = [
            *plan.get("extra_isolated_pipe_ids", []),
            *plan.get("extra_unsupplied_pipe_ids", []),
        ]
        rows.append(
            (
                order,
                feature_label(valve, repeated=repeated),
                *_xy(valve),
                ", ".join(str(v) for v in plan.get("extra_valves_to_close", [])),
                ", ".join(str(p) for p in pipes),
                plan.get("extra_customers", 0),
            )
        )
    return rows


def sheet_rows(report: dict) -> list:
    """Every step of the sheet, keyed by :data:`SHEET_COLUMNS`: close, shut sources, optional."""
    rows = [
        (CLOSE, order, name, x, y, valves, pipes, customers, "")
        for order, name, x, y, valves, pipes, customers in valve_rows(report)
    ]
    for order, source in enumerate(report["sources"]["to_shut"], start=1):
        rows.append(
            (SHUT_SOURCE, order, feature_label(source, "source_id"), *_xy(source), "", "", "", "")
        )
    repeated = repeated_ids(report)
    for order, valve in enumerate(report["valves"]["not_required"], start=1):
        rows.append(
            (
                OPTIONAL,
                order,
                feature_label(valve, repeated=repeated),
                *_xy(valve),
                "",
                "",
                "",
                valve["reason"],
            )
        )
    return rows


def crew_sheet_csv(report: dict) -> bytes:
    """The valve sheet as a CSV file (``;``, UTF-8 with BOM, formula-safe)."""
    return table_file(SHEET_COLUMNS, sheet_rows(report))


def step_text(step: str) -> str:
    """The sheet's words for a step."""
    return {
        CLOSE: tr("Close the valve"),
        SHUT_SOURCE: tr("Shut the source"),
        OPTIONAL: tr("Optional"),
    }[step]


def not_required_text(reason: str) -> str:
    """Why a valve is not required, in the operator's words."""
    return {
        "dry_after_closure": tr(
            "Not required: its far side is dry anyway; closing it keeps that zone full "
            "(less water lost, a faster restart)."
        ),
        "never_supplied": tr("Not required: its far side had no supply before the work."),
    }.get(reason, "")


def _what_to_do(row) -> str:
    step, _order, _name, _x, _y, valves, pipes, customers, note = row
    if step == SHUT_SOURCE:
        return tr("Shut its connection toward the work, or stop the pump.")
    if step == OPTIONAL:
        return not_required_text(note)
    count = len([p for p in pipes.split(", ") if p])
    return tr(
        "If it will not close: also close {valves}; +{pipes} pipes, +{customers} customers"
    ).format(valves=valves or tr("nothing else"), pipes=count, customers=customers)


def _columns() -> list:
    """The PDF table's columns with fixed widths (mm), so long texts wrap inside the page:
    102 mm of text plus a 1 mm margin each side of each cell fill the 112 mm frame."""
    columns = []
    for heading, width in (
        (tr("Step"), 17),
        (tr("Valve or source"), 17),
        (tr("X"), 19),
        (tr("Y"), 20),
        (tr("What to do"), 29),
    ):
        column = QgsLayoutTableColumn(heading)
        column.setWidth(width)
        columns.append(column)
    return columns


def _pdf_rows(report: dict) -> list:
    """The table's rows; the steps to do are numbered (1 close, 2 shut), the optional one not."""
    rows, numbers = [], {}
    for row in sheet_rows(report):
        step, _order, name, x, y = row[:5]
        label = step_text(step)
        if step != OPTIONAL:
            label = f"{numbers.setdefault(step, len(numbers) + 1)}. {label}"
        cells = [label, name, "" if x is None else str(x), "" if y is None else str(y)]
        rows.append(cells + [_what_to_do(row)])
    return rows


def work_site_extent(work_site) -> QgsRectangle:
    """The extent of the isolated and unsupplied pipes, with a margin."""
    network = work_site.isolation.network
    extent = QgsRectangle()
    extent.setMinimal()
    for index in (*work_site.isolation.isolated_pieces, *work_site.isolation.unsupplied_pieces):
        for x, y in network.pieces[index].coords:
            extent.combineExtentWith(x, y)
    extent.scale(1.15)
    if extent.width() < 1 or extent.height() < 1:
        extent.grow(50)
    return extent


def build_layout(work_site, report: dict, crs, layers: list, title: str) -> QgsPrintLayout:
    """An A4 landscape layout: title, map of the work site, valve table."""
    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)
    mm = QgsUnitTypes.LayoutUnit.LayoutMillimeters

    heading = QgsLayoutItemLabel(layout)
    heading.setText(title)
    font = QFont()
    font.setPointSize(16)
    font.setBold(True)
    heading.setFont(font)
    layout.addLayoutItem(heading)
    heading.attemptMove(QgsLayoutPoint(10, 8, mm))
    heading.attemptResize(QgsLayoutSize(277, 10, mm))

    map_item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(map_item)
    map_item.attemptMove(QgsLayoutPoint(10, 20, mm))
    map_item.attemptResize(QgsLayoutSize(160, 180, mm))
    map_item.setCrs(crs)
    map_item.setLayers(layers)
    map_item.setKeepLayerSet(True)
    map_item.setFrameEnabled(True)
    map_item.zoomToExtent(work_site_extent(work_site))

    table = QgsLayoutItemTextTable(layout)
    layout.addMultiFrame(table)
    table.setColumns(_columns())
    table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
    table.setContents(_pdf_rows(report))
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.RepeatUntilFinished)
    frame = QgsLayoutFrame(layout, table)
    frame.attemptMove(QgsLayoutPoint(175, 20, mm))
    frame.attemptResize(QgsLayoutSize(112, 180, mm))
    table.addFrame(frame)
    return layout


def write_crew_sheet(
    work_site, crs, layers: list, csv_path: str, pdf_path: str, title: str = ""
) -> None:
    """Write the CSV and the PDF sheets of ``work_site``."""
    report = work_site.report()
    with open(csv_path, "wb") as handle:
        handle.write(crew_sheet_csv(report))
    title = title or tr("Valves to close — {when}").format(
        when=datetime.now().strftime("%d/%m/%Y %H:%M")
    )
    layout = build_layout(work_site, report, crs, layers, title)
    result = QgsLayoutExporter(layout).exportToPdf(pdf_path, QgsLayoutExporter.PdfExportSettings())
    if result != QgsLayoutExporter.ExportResult.Success:
        raise CrewSheetError(
            tr("The valve sheet PDF could not be written to {path} (error {code}).").format(
                path=pdf_path, code=int(result)
            )
        )
