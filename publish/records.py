"""What the public side remembers: the public facts, each published change, each upload.

Kept in the shared store database as a component of its own
(``publications``), so the intervention tables stay as they are and a
team on PostgreSQL shares its publications too.

- The **public facts** are written once, when the first notice goes: the
  street names (already cut down by :mod:`.privacy`) and the generalised
  area in WGS 84. Nothing else about the customers is ever stored here.
- Every **published change** (notified, started, finished, cancelled,
  rescheduled, extended, published again by hand) gets a row: its time is
  the status time on the page, and its number makes each CAP message's
  identifier unique, with the earlier ones as its ``references``.
- The **upload** row says whether the last upload of an intervention's
  files went, and which files still wait, so the dock can offer a retry.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..store.interventions import iso, to_rome

COMPONENT = "publications"

MIGRATIONS = (
    """
    CREATE TABLE public_facts (
        reference TEXT PRIMARY KEY,
        streets TEXT NOT NULL,
        area TEXT NOT NULL,
        recorded_at TEXT NOT NULL
    );
    CREATE TABLE public_changes (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL,
        change TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE INDEX public_changes_reference ON public_changes (reference);
    CREATE TABLE public_uploads (
        reference TEXT PRIMARY KEY,
        target TEXT NOT NULL,
        state TEXT NOT NULL,
        code TEXT NOT NULL DEFAULT '',
        files TEXT NOT NULL,
        at TEXT NOT NULL
    )
    """,
)

UPLOADED = "uploaded"
UPLOAD_FAILED = "failed"


@dataclass(frozen=True)
class PublicFacts:
    """Streets and area of one intervention, as they may be published.

    ``area`` is GeoJSON MultiPolygon coordinates: polygons of rings of
    ``(longitude, latitude)``, outer ring first.
    """

    reference: str
    streets: tuple[str, ...] = ()
    area: tuple = ()


@dataclass(frozen=True)
class PublishedChange:
    """One published change; ``number`` counts from 1 per intervention."""

    reference: str
    number: int
    change: str
    at: datetime


@dataclass(frozen=True)
class UploadState:
    """The last upload of an intervention's files: ``uploaded`` or ``failed``.

    ``code`` says why it failed (a :mod:`.upload` code); ``files`` are the
    relative paths still to upload (empty once uploaded).
    """

    reference: str
    target: str
    state: str
    code: str
    files: tuple[str, ...]
    at: datetime


class Publications:
    """The ``publications`` tables of one store database."""

    def __init__(self, db):
        self.db = db
        db.ensure_schema(COMPONENT, MIGRATIONS)

    # -- facts ----------------------------------------------------------------

    def remember(self, facts: PublicFacts, at: datetime) -> None:
        """Keep (or replace) the public facts of an intervention."""
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO public_facts VALUES (?, ?, ?, ?) ON CONFLICT (reference) DO UPDATE"
                " SET streets = excluded.streets, area = excluded.area,"
                " recorded_at = excluded.recorded_at",
                (
                    facts.reference,
                    json.dumps(list(facts.streets), ensure_ascii=False),
                    json.dumps(facts.area),
                    iso(to_rome(at, "at")),
                ),
            )

    def facts(self, references: Sequence[str]) -> dict[str, PublicFacts]:
        """The facts kept for these references (missing ones are left out)."""
        found = {}
        for chunk in _chunks(references):
            marks = ",".join("?" * len(chunk))
            for row in self.db.connection().execute(
                f"SELECT * FROM public_facts WHERE reference IN ({marks})", chunk
            ):
                found[row["reference"]] = PublicFacts(
                    row["reference"],
                    tuple(json.loads(row["streets"])),
                    _tuples(json.loads(row["area"])),
                )
        return found

    # -- changes --------------------------------------------------------------

    def record_change(self, reference: str, change: str, at: datetime) -> PublishedChange:
        """Add a published change and return it with its number."""
        with self.db.transaction() as conn:
            self.db.dialect.lock(conn, f"publication {reference}")
            row = conn.execute(
                "SELECT COUNT(*) AS n FROM public_changes WHERE reference = ?", (reference,)
            ).fetchone()
            conn.execute(
                "INSERT INTO public_changes (reference, change, at) VALUES (?, ?, ?)",
                (reference, change, iso(to_rome(at, "at"))),
            )
        return PublishedChange(reference, row["n"] + 1, change, to_rome(at, "at"))

    def changes(self, references: Sequence[str]) -> dict[str, list[PublishedChange]]:
        """Every published change of these references, oldest first."""
        found: dict[str, list[PublishedChange]] = {}
        for chunk in _chunks(references):
            marks = ",".join("?" * len(chunk))
            for row in self.db.connection().execute(
                f"SELECT * FROM public_changes WHERE reference IN ({marks}) ORDER BY id", chunk
            ):
                mine = found.setdefault(row["reference"], [])
                mine.append(
                    PublishedChange(
                        row["reference"],
                        len(mine) + 1,
                        row["change"],
                        datetime.fromisoformat(row["at"]),
                    )
                )
        return found

    def changed_since(self, moment: datetime) -> list[str]:
        """References with a change published after ``moment`` (to the hour across DST)."""
        rows = self.db.connection().execute(
            "SELECT DISTINCT reference FROM public_changes WHERE at > ?",
            (iso(to_rome(moment, "moment")),),
        )
        return [row["reference"] for row in rows]

    # -- uploads --------------------------------------------------------------

    def record_upload(
        self, reference: str, target: str, state: str, code: str, files: Sequence[str], at
    ) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO public_uploads VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (reference)"
                " DO UPDATE SET target = excluded.target, state = excluded.state,"
                " code = excluded.code, files = excluded.files, at = excluded.at",
                (reference, target, state, code, json.dumps(list(files)), iso(to_rome(at, "at"))),
            )

    def upload_state(self, reference: str) -> UploadState | None:
        row = (
            self.db.connection()
            .execute("SELECT * FROM public_uploads WHERE reference = ?", (reference,))
            .fetchone()
        )
        if row is None:
            return None
        return UploadState(
            row["reference"],
            row["target"],
            row["state"],
            row["code"],
            tuple(json.loads(row["files"])),
            datetime.fromisoformat(row["at"]),
        )

    def failed_uploads(self) -> list[UploadState]:
        """Every intervention whose last upload failed: what a retry would send."""
        rows = self.db.connection().execute(
            "SELECT reference FROM public_uploads WHERE state = ? ORDER BY at", (UPLOAD_FAILED,)
        )
        return [self.upload_state(row["reference"]) for row in rows]


def _chunks(values: Sequence[Any], size: int = 500):
    values = list(values)
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _tuples(area: list) -> tuple:
    """MultiPolygon coordinates read from JSON (lists) as the tuples they were given as."""
    return tuple(
        tuple(tuple(tuple(point) for point in ring) for ring in polygon) for polygon in area
    )
