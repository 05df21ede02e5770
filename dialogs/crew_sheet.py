"""The crew's valve sheet: which valves to shut, where, and what if one will not.

Crews work from paper or a phone in the street, so the sheet is a CSV (for
the work-order system) and a one-page PDF printed from a QGIS layout: the
same map as the call-centre's (the result layers over the project's own
background, legend, scale bar, north arrow) and a table of the valves to
close with their ids, coordinates and plan B. Both come from the work site's
report, so the sheet says exactly what the results dock shows.
"""

from __future__ import annotations

from datetime import datetime

from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItemTextTable,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsTextFormat,
)
from qgis.PyQt.QtGui import QFont

from ..gis.i18n import tr
from ..gis.map_image import work_site_layout
from ..gis.map_layout import FONT, MARGIN, MM, MapPage, layout_pdf
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


#: A4 landscape; the panel beside the map holds the legend and the valve table.
CREW_PAGE = MapPage(297.0, 210.0, 112.0, legend_at_bottom=True)
#: Widths (mm) of the table's columns, in SHEET_COLUMNS order: with their cell
#: margins they fill the panel.
COLUMN_WIDTHS = (4.0, 14.0, 14.0, 15.0, 20.0, 16.0, 12.0)
#: The panel's height kept for the legend under the table.
LEGEND_ROOM = 62.0


def _table_text(size: float, bold: bool = False) -> QgsTextFormat:
    text = QgsTextFormat()
    font = QFont(FONT)
    font.setBold(bold)
    text.setFont(font)
    text.setSize(size)
    return text


def build_layout(work_site, report: dict, crs, background: list, title: str, subtitle: str = ""):
    """An A4 landscape layout: title, map of the work site, legend and valve table.

    The map is the call-centre's (``gis.map_image.work_site_layout``) on a
    crew page; the valve table fills the panel under the legend. Returns
    the :class:`~..gis.map_image.WorkSiteMap` (``None``: nothing to map).
    """
    made = work_site_layout(work_site, crs, background, title, subtitle, CREW_PAGE)
    if made is None:
        return None
    layout = made.layout
    table = QgsLayoutItemTextTable(layout)
    layout.addMultiFrame(table)
    columns = []
    for heading, width in zip(_headings(), COLUMN_WIDTHS):
        column = QgsLayoutTableColumn(heading)
        column.setWidth(width)
        columns.append(column)
    table.setColumns(columns)
    table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
    table.setHeaderTextFormat(_table_text(7.5, bold=True))
    table.setContentTextFormat(_table_text(7.5))
    table.setContents(
        [["" if cell is None else str(cell) for cell in row] for row in valve_rows(report)]
    )
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.RepeatUntilFinished)
    top = made.map_item.positionWithUnits().y()
    left = made.legend.positionWithUnits().x()
    frame = QgsLayoutFrame(layout, table)
    frame.attemptMove(QgsLayoutPoint(left, top, MM))
    height = CREW_PAGE.height - top - MARGIN - LEGEND_ROOM
    frame.attemptResize(QgsLayoutSize(CREW_PAGE.panel, height, MM))
    table.addFrame(frame)
    return made


def write_crew_sheet(
    work_site, crs, background: list, csv_path: str, pdf_path: str, title: str = ""
) -> None:
    """Write the CSV and the PDF sheets of ``work_site``; ``background`` is the project's map."""
    report = work_site.report()
    with open(csv_path, "wb") as handle:
        handle.write(crew_sheet_csv(report))
    pipes = ", ".join(str(p) for p in report["work_site"]["pipe_ids"])
    subtitle = tr("Work on pipe(s) {pipes} · prepared {when}").format(
        pipes=pipes, when=datetime.now().strftime("%d/%m/%Y %H:%M")
    )
    made = build_layout(
        work_site, report, crs, background, title or tr("Valves to close"), subtitle
    )
    if made is None or not layout_pdf(made.layout, pdf_path):
        raise CrewSheetError(
            tr("The valve sheet PDF could not be written to {path}.").format(path=pdf_path)
        )
