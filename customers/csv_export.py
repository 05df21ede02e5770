"""CSV files for the call-centre, the crews and Italian Excel.

Excel in Italy expects ``;`` between cells and only reads UTF-8 accents when
the file starts with a byte-order mark. Addresses and names come from
attribute tables anyone can edit, so a cell that a spreadsheet would run as
a formula (starting with ``= + - @``, tab or carriage return, or ``of:=``,
which GDAL writes into an ``.ods`` as a live formula) is neutralised with a
leading apostrophe (:func:`defuse_formula`, also used for the layers
Processing writes as CSV or ODS). Numbers and phone numbers are left as
they are: made of digits and signs only, they cannot call a function or
reach a cell, and an apostrophe would stay visible and break dialling.
Numbers are masked when the file leaves the utility's hands (the email
copy), never in the operator's own export. These files are for machines,
with stable English codes; people get the ``.xlsx`` of :mod:`.xlsx_export`.
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
#: GDAL's ODS writer turns a text starting with this into a formula cell.
ODS_FORMULA = "of:="
#: A number, or a list of phone numbers (E.164 or masked, ``+39 333 ***4567``).
_PHONE = r"\+?\d+(?: \d+)*(?: ?\*+\d+)?"
_INERT = re.compile(rf"[+-]?\d+(?:[.,]\d+)?|{_PHONE}(?:\s*[,;]\s*{_PHONE})*")

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
    return defuse_formula(str(value))


def defuse_formula(text: str) -> str:
    """``text`` with a leading apostrophe when a spreadsheet would run it as a formula.

    Leading spaces do not hide a formula; numbers and phone numbers (see
    the module docstring) are returned unchanged.
    """
    start = text.lstrip(" ")
    if start[: len(ODS_FORMULA)].casefold() == ODS_FORMULA or (
        start.startswith(FORMULA_STARTS) and not _INERT.fullmatch(text)
    ):
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
