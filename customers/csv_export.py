"""CSV files for the call-centre, the crews and Italian Excel.

Excel in Italy expects ``;`` between cells and only reads UTF-8 accents when
the file starts with a byte-order mark. Addresses and names come from
attribute tables anyone can edit, so a cell that Excel would run as a
formula (starting with ``= + - @``, tab or carriage return) is neutralised
with a leading apostrophe. Phone numbers, masked or not (``+39 333 ***4567``,
a list of them), are made of digits, spaces, ``+`` and ``*`` only: they
cannot call a function or reach another program, so they are left as they
are (an apostrophe there would only show in the spreadsheet). Numbers are masked when the file
leaves the utility's hands (the email copy), never in the operator's own
export. These files are for machines, with stable English codes; people get
the ``.xlsx`` of :mod:`.xlsx_export`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

from ..common.phone_privacy import mask_phone
from .flyers import FlyerStreet
from .selection import AffectedCustomer

ENCODING = "utf-8-sig"
DELIMITER = ";"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Phone numbers (``+39 333 ***4567``, ``+393331234567, +393471234567``).
_PHONES = re.compile(r"\+?[0-9][0-9 *]*(?:, \+?[0-9][0-9 *]*)*")

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
    if text.startswith(FORMULA_STARTS) and not _PHONES.fullmatch(text):
        return "'" + text
    return text


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
