"""What customers answer: the stored opt-out list and the replies read from the provider.

A customer who answers STOP (or ANNULLA, CANCELLA: the keywords are the
utility's) must never get another SMS, whichever path sends it: the notify
dialog, ``outage:batch`` or ``outage:notify``. The list is kept here, in the
shared database (component ``replies``), with when and where each number
came from (``sms`` for a reply, ``import`` for a list loaded by hand,
``operator``), so the utility can show why a number is off the list.

Every reply read from the provider is kept once (its provider id is the
key, so polling twice records nothing twice), with the intervention it
answers when one is known ("1" to the water-back notice: still no water).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass

from .db import Database

MIGRATIONS = [
    """
    CREATE TABLE opt_outs (
        phone TEXT PRIMARY KEY,
        at REAL NOT NULL,
        source TEXT NOT NULL
    );
    CREATE TABLE inbound_messages (
        provider_id TEXT PRIMARY KEY,
        phone TEXT NOT NULL,
        text TEXT NOT NULL,
        at REAL NOT NULL,
        meaning TEXT NOT NULL,
        intervention_id TEXT
    );
    CREATE INDEX inbound_by_intervention ON inbound_messages (intervention_id, meaning)
    """,
]

#: How a number came onto the opt-out list.
FROM_SMS = "sms"
FROM_IMPORT = "import"
FROM_OPERATOR = "operator"


@dataclass(frozen=True)
class OptOut:
    """One number that must not be sent to: since when, and from where."""

    phone: str
    at: float
    source: str


@dataclass(frozen=True)
class Reply:
    """One message a customer sent us, as kept (``meaning``: opt_out, no_water, other)."""

    provider_id: str
    phone: str
    text: str
    at: float
    meaning: str
    intervention_id: str | None = None


class Replies:
    """The opt-out list and the inbound messages inside the shared database."""

    def __init__(self, db: Database, clock=time.time):
        self.db = db
        self.clock = clock
        db.ensure_schema("replies", MIGRATIONS)

    # -- the opt-out list --------------------------------------------------
    def opt_out(self, phones: Iterable[str], source: str, at: float | None = None) -> int:
        """Put numbers (E.164) on the list; one already there keeps its first date.
        Returns how many were added."""
        when = self.clock() if at is None else at
        added = 0
        with self.db.transaction() as conn:
            for phone in phones:
                added += conn.execute(
                    "INSERT INTO opt_outs (phone, at, source) VALUES (?, ?, ?)"
                    " ON CONFLICT (phone) DO NOTHING",
                    (phone, when, source),
                ).rowcount
        return added

    def opt_in(self, phones: Iterable[str]) -> int:
        """Take numbers off the list (the customer asked again); returns how many."""
        with self.db.transaction() as conn:
            return sum(
                conn.execute("DELETE FROM opt_outs WHERE phone = ?", (phone,)).rowcount
                for phone in phones
            )

    def opted_out(self) -> list[OptOut]:
        """The whole list, oldest first."""
        rows = self.db.connection().execute(
            "SELECT phone, at, source FROM opt_outs ORDER BY at, phone"
        )
        return [OptOut(row[0], row[1], row[2]) for row in rows]

    def opted_out_among(self, phones: Iterable[str]) -> set[str]:
        """Which of ``phones`` are on the list (a notice's numbers, a few thousand)."""
        wanted = sorted(set(phones))
        found: set[str] = set()
        conn = self.db.connection()
        for start in range(0, len(wanted), 900):
            chunk = wanted[start : start + 900]
            rows = conn.execute(
                f"SELECT phone FROM opt_outs WHERE phone IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            found.update(row[0] for row in rows)
        return found

    # -- replies -------------------------------------------------------------
    def record(self, replies: Iterable[Reply]) -> list[Reply]:
        """Keep replies not seen before; returns those that were new."""
        new = []
        with self.db.transaction() as conn:
            for reply in replies:
                if conn.execute(
                    "INSERT INTO inbound_messages (provider_id, phone, text, at, meaning,"
                    " intervention_id) VALUES (?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (provider_id) DO NOTHING",
                    (
                        reply.provider_id,
                        reply.phone,
                        reply.text,
                        reply.at,
                        reply.meaning,
                        reply.intervention_id,
                    ),
                ).rowcount:
                    new.append(reply)
        return new

    def replies(self, intervention_id=None, meaning: str | None = None) -> list[Reply]:
        """Kept replies, of one intervention and/or one meaning, oldest first."""
        clauses, args = [], []
        if intervention_id is not None:
            clauses.append("intervention_id = ?")
            args.append(str(intervention_id))
        if meaning is not None:
            clauses.append("meaning = ?")
            args.append(meaning)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self.db.connection().execute(
            "SELECT provider_id, phone, text, at, meaning, intervention_id"
            f" FROM inbound_messages{where} ORDER BY at, provider_id",
            args,
        )
        return [Reply(*tuple(row)) for row in rows]

    def last_reply_at(self) -> float | None:
        """When the newest kept reply arrived: the next poll starts from there."""
        return self.db.connection().execute("SELECT MAX(at) FROM inbound_messages").fetchone()[0]
