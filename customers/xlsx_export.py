"""Spreadsheets for people: the customer list and the flyer round as ``.xlsx``.

The CSV files keep stable English codes for machines; a call-centre agent
or a crew leader opens a spreadsheet instead, so this one speaks their
language (Italian or English headings, words for kinds, reasons and flags
from :mod:`..labels`), shows phone numbers and house numbers as text (no
``3.93E+11``, no lost ``+``), sizes its columns and freezes its heading row.

Every text cell is written with the text type, so a value from an
attribute table that starts with ``=`` is shown as typed and can never run
as a formula; no apostrophe is needed, so none shows. openpyxl writes the
file (pure Python, no Qt).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ..common.labels import label
from ..common.phone_privacy import mask_phone
from .csv_export import CUSTOMER_HEADER, FLYER_HEADER
from .flyers import FlyerStreet
from .selection import AffectedCustomer

#: Excel's number format for text: what the user types there stays text too.
TEXT_FORMAT = "@"
MIN_WIDTH, MAX_WIDTH = 8, 60
HEADING_FILL = PatternFill("solid", fgColor="DDE7F0")
#: Columns typed as text whatever their values look like.
TEXT_COLUMNS = frozenset({"customer_id", "phones", "house_number", "customers"})


@dataclass(frozen=True)
class Column:
    """One column: its heading and whether its cells are typed as text."""

    heading: str
    text: bool = False


def xlsx_bytes(title: str, columns: Sequence[Column], rows: Iterable[Sequence[object]]) -> bytes:
    """A one-sheet workbook: a bold frozen heading row with a filter, then ``rows``.

    Strings are text cells (never formulas); numbers stay numbers; ``None``
    is an empty cell. Column widths follow the longest value, within limits.
    """
    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]
    sheet.append([column.heading for column in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADING_FILL
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    widths = [len(column.heading) for column in columns]
    for number, values in enumerate(rows, start=2):
        for position, (column, value) in enumerate(zip(columns, values)):
            cell = sheet.cell(row=number, column=position + 1)
            if isinstance(value, str):
                cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
                cell.data_type = "s"  # text, even when it starts with "="
            else:
                cell.value = value
            if column.text:
                cell.number_format = TEXT_FORMAT
            widths[position] = max(widths[position], len(str(value)) if value is not None else 0)
    for position, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(position)].width = min(
            max(width + 2, MIN_WIDTH), MAX_WIDTH
        )
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _columns(codes: Sequence[str], lang: str) -> list[Column]:
    return [Column(label("column", code, lang), code in TEXT_COLUMNS) for code in codes]


def _text(value: object) -> str | None:
    """An attribute value as text (ids and house numbers keep their zeros)."""
    return None if value is None else str(value)


def customers_xlsx(
    customers: Iterable[AffectedCustomer], lang: str = "it", mask_phones: bool = False
) -> bytes:
    """The affected customers, in the selection's order, with words for the codes."""
    show = mask_phone if mask_phones else str

    def row(c: AffectedCustomer) -> tuple:
        return (
            _text(c.customer_id),
            label("role", c.role, lang),
            _text(c.category),
            label("answer", bool(c.sensitive), lang),
            label("answer", bool(c.shared_meter), lang),
            c.units,
            ", ".join(show(p) for p in c.phones),
            label("answer", bool(c.reachable), lang),
            label("reason", c.reason, lang) if c.reason else None,
            _text(c.municipality),
            _text(c.address),
            _text(c.house_number),
        )

    return xlsx_bytes(
        label("sheet", "customers", lang),
        _columns(CUSTOMER_HEADER, lang),
        (row(c) for c in customers),
    )


def flyers_xlsx(streets: Iterable[FlyerStreet], lang: str = "it") -> bytes:
    """The flyer round, one row per door in walking order."""
    return xlsx_bytes(
        label("sheet", "flyers", lang),
        _columns(FLYER_HEADER, lang),
        (
            (
                _text(street.municipality),
                _text(street.street),
                _text(stop.house_number),
                ", ".join(str(c) for c in stop.customers),
                stop.units,
                label("answer", stop.sensitive, lang),
            )
            for street in streets
            for stop in street.stops
        ),
    )
