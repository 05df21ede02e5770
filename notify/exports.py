"""The files an operator takes away from a work site: customers, flyers, the crew's table.

For people, an ``.xlsx`` sheet in Italian or English (words for codes, text
phones: ``customers.xlsx_export``); for other programs, the CSV of stable
codes (UTF-8 with BOM, ``;``, formula guard). Written the one way the
customers room knows, so the results dock and the crew sheet never
assemble a file themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..customers.csv_export import csv_bytes, customers_csv, flyers_csv
from ..customers.flyers import flyer_list
from ..customers.selection import CustomerSelection
from ..customers.xlsx_export import customers_xlsx, flyers_xlsx


def customers_file(selection: CustomerSelection, sheet_language: str | None = None) -> bytes:
    """Every affected customer, one line each: the sheet in ``sheet_language``, else the CSV."""
    if sheet_language:
        return customers_xlsx(selection.customers, sheet_language)
    return customers_csv(selection.customers)


def flyers_file(selection: CustomerSelection, sheet_language: str | None = None) -> bytes:
    """The flyer round: the customers no SMS reaches, by street and house number
    (the sheet in ``sheet_language``, else the CSV)."""
    streets = flyer_list(selection.customers)
    return flyers_xlsx(streets, sheet_language) if sheet_language else flyers_csv(streets)


def table_file(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """Any table (the crew sheet's valves) in the same spreadsheet format."""
    return csv_bytes(header, rows)
