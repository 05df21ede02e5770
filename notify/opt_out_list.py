"""The stored opt-out list in and out of a CSV file.

A utility moving to the plugin brings the numbers that already said STOP
elsewhere (its old SMS service, the call-centre's register), and its data
protection officer wants the list the plugin keeps: ``import_opt_outs``
and ``export_opt_outs`` (``outage:opt_outs``) read and write
``phone;since;source``, one number a line (``;`` or ``,``; a header line
is optional, only the first column is needed to import). Numbers are read
as the customers layer's are (``customers.phones``), so ``333 123 4567``
and ``+393331234567`` are one number.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime, timezone

from ..customers.phones import PhoneNormalizer
from ..store.replies import FROM_IMPORT, Replies
from .request import Services

HEADER = ("phone", "since", "source")


@dataclass(frozen=True)
class OptOutImport:
    """What an import did: numbers added, already on the list, and the lines
    that are not a mobile number (line number, value)."""

    added: int
    already: int
    invalid: tuple = ()


def listed(services: Services) -> int:
    """How many numbers the list holds."""
    return len(Replies(services.outbox.db).opted_out())


def export_opt_outs(services: Services, path: str) -> int:
    """Write the whole list to ``path`` (UTF-8, ``;``); returns how many numbers."""
    rows = Replies(services.outbox.db).opted_out()
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        for entry in rows:
            since = datetime.fromtimestamp(entry.at, timezone.utc).isoformat(timespec="seconds")
            writer.writerow((entry.phone, since, entry.source))
    return len(rows)


def import_opt_outs(services: Services, path: str, region: str = "IT") -> OptOutImport:
    """Add the numbers of ``path`` to the list (source ``import``, dated now)."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        text = handle.read()
    normalizer = PhoneNormalizer(region)
    numbers, invalid = [], []
    dialect = ";" if text.count(";") >= text.count(",") else ","
    for line, row in enumerate(csv.reader(io.StringIO(text), delimiter=dialect), start=1):
        value = row[0].strip() if row else ""
        if not value or (line == 1 and value.lower() == HEADER[0]):
            continue
        found = normalizer.normalize(value)
        if found.e164 is None:
            invalid.append((line, value))
        else:
            numbers.append(found.e164)
    unique = list(dict.fromkeys(numbers))
    added = Replies(services.outbox.db).opt_out(unique, FROM_IMPORT)
    return OptOutImport(added, len(unique) - added, tuple(invalid))
