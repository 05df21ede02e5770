"""The crew's valve sheet: which valves to shut, where, and what if one will not.

Crews work from paper or a phone in the street, so the sheet is a CSV (for
the work-order system) and a one-page PDF printed from a QGIS layout: the
same map as the call-centre's (the result layers over the project's own
background, legend, scale bar, north arrow) and a table of the steps: the
valves to close with their ids, coordinates and plan B, then the sources to
shut (their connection toward the work, or their pump), then the valves not
required, optional. Both come from the work site's report, so the sheet
says exactly what the results dock shows.
"""

from __future__ import annotations

from collections import defaultdict
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


def _headings() -> tuple:
    return (tr("Step"), tr("Valve or source"), tr("X"), tr("Y"), tr("What to do"))


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


#: A4 landscape; the panel beside the map holds the legend and the valve table.
CREW_PAGE = MapPage(297.0, 210.0, 112.0, legend_at_bottom=True)
#: Widths (mm) of the table's columns, in :func:`_headings` order: with their cell
#: margins they fill the panel, and the longer texts wrap inside it.
COLUMN_WIDTHS = (16.0, 16.0, 15.0, 16.0, 39.0)
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
    table.setContents(_pdf_rows(report))
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
