"""CSV files for the call-centre, the crews and Italian Excel.

Excel in Italy expects ``;`` between cells and only reads UTF-8 accents when
the file starts with a byte-order mark. Addresses and names come from
attribute tables anyone can edit, so a cell that Excel would run as a
formula (starting with ``= + - @``, tab or carriage return) is neutralised
with a leading apostrophe. Numbers are masked when the file leaves the
utility's hands (the email copy), never in the operator's own export.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from ..common.phone_privacy import mask_phone
from .flyers import FlyerStreet
from .selection import AffectedCustomer

ENCODING = "utf-8-sig"
DELIMITER = ";"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

CUSTOMER_HEADER = (
    "customer_id",
    "role",
    "category",
    "sensitive",
    "shared_meter",
    "units",
    "phones",
    "reachable",
    "reason",
    "municipality",
    "address",
    "house_number",
)
FLYER_HEADER = ("municipality", "street", "house_number", "customers", "units", "sensitive")


def safe_cell(value: object) -> str:
    """The text of a cell, defused if a spreadsheet would read it as a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """A whole CSV file, ready to write or to attach to an email."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([safe_cell(cell) for cell in row] for row in rows)
    return buffer.getvalue().encode(ENCODING)


def customers_csv(customers: Iterable[AffectedCustomer], mask_phones: bool = False) -> bytes:
    """One row per affected customer, in the selection's order."""
    show = mask_phone if mask_phones else str
    return csv_bytes(
        CUSTOMER_HEADER,
        (
            (
                c.customer_id,
                c.role,
                c.category,
                c.sensitive,
                c.shared_meter,
                c.units,
                ", ".join(show(p) for p in c.phones),
                c.reachable,
                c.reason,
                c.municipality,
                c.address,
                c.house_number,
            )
            for c in customers
        ),
    )


def flyers_csv(streets: Iterable[FlyerStreet]) -> bytes:
    """One row per door of the flyer round, in walking order."""
    return csv_bytes(
        FLYER_HEADER,
        (
            (
                street.municipality,
                street.street,
                stop.house_number,
                ", ".join(str(c) for c in stop.customers),
                stop.units,
                stop.sensitive,
            )
            for street in streets
            for stop in street.stops
        ),
    )
