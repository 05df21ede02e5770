"""The crew's valve sheet: which valves to shut, where, and what if one will not.

Crews work from paper or a phone in the street, so the sheet is a CSV (for
the work-order system) and a one-page PDF printed from a QGIS layout: a map
of the work site with the result layers, and a table of the valves to close
with their ids, coordinates and plan B. Both come from the work site's
report, so the sheet says exactly what the results dock shows.
"""

from __future__ import annotations

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
    QgsLayoutTableColumn,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
)
from qgis.PyQt.QtGui import QFont

from ..gis.i18n import tr
from ..notify.exports import table_file

#: Column keys of the sheet, in order (the CSV header; the PDF shows them translated).
SHEET_COLUMNS = (
    "order",
    "valve_id",
    "x",
    "y",
    "plan_b_valves",
    "plan_b_pipes",
    "plan_b_customers",
)


class CrewSheetError(RuntimeError):
    """The PDF could not be written; the message says where and why."""


def valve_rows(report: dict) -> list:
    """One row per valve to close, in the order of the report, with its plan B."""
    plans = {plan["valve_id"]: plan for plan in report["plan_b"]}
    rows = []
    for order, valve in enumerate(report["valves"]["to_close"], start=1):
        plan = plans.get(valve["valve_id"], {})
        x, y = valve["point"] if valve["point"] is not None else (None, None)
        pipes = [
            *plan.get("extra_isolated_pipe_ids", []),
            *plan.get("extra_unsupplied_pipe_ids", []),
        ]
        rows.append(
            (
                order,
                valve["valve_id"],
                None if x is None else round(x, 2),
                None if y is None else round(y, 2),
                ", ".join(str(v) for v in plan.get("extra_valves_to_close", [])),
                ", ".join(str(p) for p in pipes),
                plan.get("extra_customers", 0),
            )
        )
    return rows


def crew_sheet_csv(report: dict) -> bytes:
    """The valve sheet as a CSV file (``;``, UTF-8 with BOM, formula-safe)."""
    return table_file(SHEET_COLUMNS, valve_rows(report))


def _headings() -> tuple:
    return (
        tr("#"),
        tr("Valve"),
        tr("X"),
        tr("Y"),
        tr("If it will not close: also close"),
        tr("Extra pipes"),
        tr("Extra customers"),
    )


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
    table.setColumns([QgsLayoutTableColumn(h) for h in _headings()])
    table.setContents(
        [["" if cell is None else str(cell) for cell in row] for row in valve_rows(report)]
    )
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
