"""The files an operator takes away from a work site: customers, flyers, the crew's table.

Spreadsheet files for Excel (UTF-8 with BOM, ``;``, formula guard), written
the one way the customers room knows, so the results dock and the crew
sheet never assemble CSV themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..customers.csv_export import csv_bytes, customers_csv, flyers_csv
from ..customers.flyers import flyer_list
from ..customers.selection import CustomerSelection


def customers_file(selection: CustomerSelection) -> bytes:
    """Every affected customer, one line each."""
    return customers_csv(selection.customers)


def flyers_file(selection: CustomerSelection) -> bytes:
    """The flyer round: the customers no SMS reaches, by street and house number."""
    return flyers_csv(flyer_list(selection.customers))


def table_file(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """Any table (the crew sheet's valves) in the same spreadsheet format."""
    return csv_bytes(header, rows)
