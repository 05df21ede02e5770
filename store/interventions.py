"""Intervention records: what was planned, who was warned, and what happened.

An intervention is the unit the utility reports on (the pilot counted "472
customers warned for 16 interventions"), so everything the operator decided
and everything sent is written down here, in the shared SQLite file, and
survives a restart of QGIS. The record is also the key the outbox uses:
messages are keyed by the intervention *reference* (``INT-2026-0001``), which
stays readable in the call-centre email and stable across database files.

States follow the field work: planned -> notified -> in_progress -> finished,
and planned / notified / in_progress -> cancelled. Every change of state and
every recorded notification or email is an event (who, when, what), so the
history doubles as an audit trail.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable, Union

from ..common.log_words import say
from ..common.vocabulary import (
    CANCELLED,
    CHANGE_EXTENDED,
    FINISHED,
    FOLLOW_UP_KINDS,
    IN_PROGRESS,
    INTERVENTION_STATES,
    MAY_HAVE_RECEIVED,
    NOTIFIED,
    PLANNED,
    SMS,
)
from .db import Database

try:  # Python 3.9+; tzdata may be missing on Windows.
    from zoneinfo import ZoneInfo

    ROME = ZoneInfo("Europe/Rome")
except Exception as exc:  # pragma: no cover - depends on the platform
    raise ImportError(
        "The Europe/Rome time zone is not available; install the 'tzdata' package."
    ) from exc

log = logging.getLogger("water_outage_notifier.store")

COMPONENT = "interventions"

ALLOWED_TRANSITIONS: Mapping[str, tuple[str, ...]] = {
    PLANNED: (NOTIFIED, CANCELLED),
    NOTIFIED: (IN_PROGRESS, CANCELLED),
    IN_PROGRESS: (FINISHED, CANCELLED),
    FINISHED: (),
    CANCELLED: (),
}
_STATE_TIMESTAMP = {
    NOTIFIED: "notified_at",
    IN_PROGRESS: "started_at",
    FINISHED: "finished_at",
    CANCELLED: "cancelled_at",
}

_REFERENCE_PATTERN = re.compile(r"^INT-(\d{4})-(\d+)$")

_V1 = """
    CREATE TABLE interventions (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        state TEXT NOT NULL,
        planned_start TEXT NOT NULL,
        planned_end TEXT NOT NULL,
        start_ts INTEGER NOT NULL,
        end_ts INTEGER NOT NULL,
        operator TEXT NOT NULL,
        work_pipe_ids TEXT NOT NULL,
        valves_to_close TEXT NOT NULL,
        segment_ids TEXT NOT NULL,
        customer_ids TEXT NOT NULL,
        unreachable TEXT NOT NULL DEFAULT '[]',
        counts TEXT NOT NULL,
        area_wkt TEXT,
        {bbox_columns},
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        notified_at TEXT,
        notified_ts INTEGER,
        notified_day TEXT,
        started_at TEXT,
        finished_at TEXT,
        cancelled_at TEXT
    );
    CREATE INDEX interventions_window ON interventions (start_ts, end_ts);
    CREATE INDEX interventions_end ON interventions (end_ts);
    CREATE INDEX interventions_state ON interventions (state);
    CREATE INDEX interventions_notified_day ON interventions (notified_day);
    CREATE INDEX interventions_bbox ON interventions ({bbox_index});
    CREATE TABLE intervention_municipalities (
        intervention_id INTEGER NOT NULL REFERENCES interventions (id),
        municipality TEXT NOT NULL COLLATE NOCASE,
        PRIMARY KEY (intervention_id, municipality)
    );
    CREATE INDEX intervention_municipalities_name ON intervention_municipalities (municipality);
    CREATE TABLE intervention_events (
        id INTEGER PRIMARY KEY,
        intervention_id INTEGER NOT NULL REFERENCES interventions (id),
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        from_state TEXT,
        to_state TEXT,
        details TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX intervention_events_intervention ON intervention_events (intervention_id);
    CREATE TABLE intervention_messages (
        id INTEGER PRIMARY KEY,
        intervention_id INTEGER NOT NULL REFERENCES interventions (id),
        message_kind TEXT NOT NULL,
        language TEXT NOT NULL,
        text TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        UNIQUE (intervention_id, message_kind, language, text)
    );
    CREATE TABLE intervention_recipients (
        intervention_id INTEGER NOT NULL REFERENCES interventions (id),
        message_kind TEXT NOT NULL,
        phone TEXT NOT NULL,
        customer_ids TEXT NOT NULL,
        state TEXT NOT NULL,
        segments INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (intervention_id, message_kind, phone)
    );
    CREATE TABLE intervention_emails (
        id INTEGER PRIMARY KEY,
        intervention_id INTEGER NOT NULL REFERENCES interventions (id),
        recipients TEXT NOT NULL,
        message_id TEXT,
        status TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL
    );
    CREATE INDEX intervention_emails_intervention ON intervention_emails (intervention_id)
    """
_AREA = ("area_xmin", "area_ymin", "area_xmax", "area_ymax")


def _v1(xmin: str, ymin: str, xmax: str, ymax: str) -> str:
    """The version 1 script with these names for the area's extent."""
    columns = ", ".join(f"{name} REAL" for name in (xmin, ymin, xmax, ymax))
    return _V1.replace("{bbox_columns}", columns).replace(
        "{bbox_index}", ", ".join((xmin, xmax, ymin, ymax))
    )


MIGRATIONS = (
    # Version 1 as released for SQLite. PostgreSQL reserves xmin and xmax
    # (system columns), so it starts with the names version 2 gave them.
    {"sqlite": _v1("xmin", "ymin", "xmax", "ymax"), "postgresql": _v1(*_AREA)},
    {
        "sqlite": ";".join(
            f"ALTER TABLE interventions RENAME COLUMN {old} TO {new}"
            for old, new in zip(("xmin", "ymin", "xmax", "ymax"), _AREA)
        ),
        "postgresql": "",
    },
    # Version 3: the channel of each recipient (a landline called, an address
    # emailed, beside the SMS numbers), so the pilot report knows which
    # customers a call or an email reached.
    {
        "sqlite": "ALTER TABLE intervention_recipients ADD COLUMN channel TEXT NOT NULL"
        " DEFAULT 'sms'",
        "postgresql": "ALTER TABLE intervention_recipients ADD COLUMN channel TEXT NOT NULL"
        " DEFAULT 'sms'",
    },
)

When = Union[datetime, str]
CustomerId = Union[str, int]


class TransitionRefused(ValueError):  # noqa: N818 - the name the project uses
    """A change of state the intervention's life cycle does not allow.

    The message is the English default; ``code`` and ``params`` are what the
    adapters word it with.
    """

    code = "transition_refused"

    def __init__(self, reference: str, from_state: str, to_state: str):
        allowed = ", ".join(ALLOWED_TRANSITIONS.get(from_state, ())) or "none"
        super().__init__(
            f"Intervention {reference} cannot go from '{from_state}' to '{to_state}' "
            f"(allowed from '{from_state}': {allowed})."
        )
        self.reference = reference
        self.from_state = from_state
        self.to_state = to_state

    @property
    def params(self) -> dict:
        return {
            "reference": self.reference,
            "from_state": self.from_state,
            "to_state": self.to_state,
            "allowed": list(ALLOWED_TRANSITIONS.get(self.from_state, ())),
        }


class UnknownInterventionError(LookupError):
    """No intervention with this reference in the database."""


def to_rome(value: When, what: str) -> datetime:
    """An aware datetime in Europe/Rome; naive input is read as Rome time.

    Operators think in local time, so a naive value is taken as Rome time
    rather than refused; a string that is not ISO 8601 is a clear error.
    """
    if isinstance(value, str):
        text = value.strip()
        if text.endswith(("Z", "z")):
            text = text[:-1] + "+00:00"
        try:
            value = datetime.fromisoformat(text)
        except ValueError:
            raise ValueError(
                f"{what}: '{value}' is not an ISO 8601 date and time "
                "(e.g. 2026-03-02T08:30:00+01:00)."
            ) from None
    if not isinstance(value, datetime):
        raise ValueError(f"{what}: expected a date and time, got {value!r}.")
    if value.tzinfo is None:
        value = value.replace(tzinfo=ROME)
    return value.astimezone(ROME)


def iso(moment: datetime) -> str:
    """The stored form: Rome local time with its offset, to the second."""
    return moment.astimezone(ROME).isoformat(timespec="seconds")


def wkt_bbox(wkt: str) -> tuple[float, float, float, float] | None:
    """(xmin, ymin, xmax, ymax) of any WKT geometry, or None when EMPTY.

    The area is computed on the QGIS side; the store only needs its extent
    for quick filtering, so a tiny reader of coordinate tuples (x y [z [m]])
    is enough and keeps the core free of GIS libraries.
    """
    xs: list[float] = []
    ys: list[float] = []
    for chunk in re.split(r"[(),]", wkt):
        tokens = chunk.split()
        try:
            numbers = [float(token) for token in tokens]
        except ValueError:
            continue
        if len(numbers) >= 2:
            xs.append(numbers[0])
            ys.append(numbers[1])
    if not xs:
        if "EMPTY" in wkt.upper():
            return None
        raise ValueError(f"area_wkt: no coordinates found in '{wkt[:60]}'.")
    return (min(xs), min(ys), max(xs), max(ys))


@dataclass(frozen=True)
class InterventionDraft:
    """What the operator decided, before the intervention gets its reference."""

    kind: str
    planned_start: When
    planned_end: When
    operator: str
    municipalities: Sequence[str] = ()
    work_pipe_ids: Sequence[Any] = ()
    valves_to_close: Sequence[Any] = ()
    segment_ids: Sequence[Any] = ()
    customer_ids: Sequence[CustomerId] = ()
    area_wkt: str | None = None
    counts: Mapping[str, Any] = field(default_factory=dict)
    reference: str | None = None
    notes: str = ""
    #: The streets the notice names, kept so that a notice still waiting is
    #: written again with new dates and the same words (``notice_streets``).
    streets: Sequence[str] = ()


@dataclass(frozen=True)
class Intervention:
    """One stored intervention, as read back from the database."""

    id: int
    reference: str
    kind: str
    state: str
    planned_start: datetime
    planned_end: datetime
    operator: str
    municipalities: tuple[str, ...]
    work_pipe_ids: tuple[Any, ...]
    valves_to_close: tuple[Any, ...]
    segment_ids: tuple[Any, ...]
    customer_ids: tuple[CustomerId, ...]
    unreachable: tuple[tuple[CustomerId, str], ...]
    counts: Mapping[str, Any]
    area_wkt: str | None
    bbox: tuple[float, float, float, float] | None
    notes: str
    created_at: datetime
    notified_at: datetime | None
    started_at: datetime | None
    finished_at: datetime | None
    cancelled_at: datetime | None


@dataclass(frozen=True)
class RecipientState:
    """One phone of one message kind, with the customers it stands for
    (``channel``: a landline called or an address emailed, beside SMS)."""

    phone: str
    customer_ids: tuple[CustomerId, ...]
    state: str
    segments: int = 0
    channel: str = SMS


@dataclass(frozen=True)
class MessageRow:
    """One message as the report sees it: the shape asked of the outbox
    (``phone`` is the number, landline or address of its ``channel``)."""

    kind: str
    phone: str
    state: str
    segments: int
    channel: str = SMS


@dataclass(frozen=True)
class Event:
    """One line of the audit trail."""

    at: datetime
    actor: str
    action: str
    from_state: str | None
    to_state: str | None
    details: Mapping[str, Any]


@dataclass(frozen=True)
class EmailRecord:
    """The call-centre copy as sent (or not)."""

    recipients: tuple[str, ...]
    message_id: str | None
    status: str
    detail: str
    at: datetime


def _json(values: Any) -> str:
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


def _read_time(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(ROME)


def _optional_time(text: str | None) -> datetime | None:
    return _read_time(text) if text else None


def _now() -> datetime:
    return datetime.now(timezone.utc)


class InterventionStore:
    """Interventions, their audit trail and notification snapshots in one Database.

    ``clock`` returns the current aware datetime; tests pass a fixed one.
    """

    def __init__(self, db: Database, clock: Callable[[], datetime] = _now):
        self.db = db
        self._clock = clock
        db.ensure_schema(COMPONENT, MIGRATIONS)

    def now(self) -> datetime:
        """The store's clock, in Europe/Rome."""
        return to_rome(self._clock(), "clock")

    # -- creating and reading ---------------------------------------------

    def next_reference(self) -> str:
        """The reference :meth:`create` would give a new intervention now (nothing is written)."""
        with self.db.transaction() as conn:
            return _next_reference(conn, self.now().year)

    def create(self, draft: InterventionDraft) -> Intervention:
        """Record a new planned intervention and return it with its reference."""
        start = to_rome(draft.planned_start, "planned_start")
        end = to_rome(draft.planned_end, "planned_end")
        if end <= start:
            raise ValueError(f"planned_end {iso(end)} must be after planned_start {iso(start)}.")
        if not draft.kind or not draft.kind.strip():
            raise ValueError("kind: the intervention kind is empty.")
        if not draft.operator or not draft.operator.strip():
            raise ValueError("operator: the operator's name is empty.")
        bbox = wkt_bbox(draft.area_wkt) if draft.area_wkt else None
        created = self.now()
        with self.db.transaction() as conn:
            if draft.reference:
                reference = draft.reference
            else:  # numbered from the highest so far: one numbering at a time
                self.db.dialect.lock(conn, "intervention reference")
                reference = _next_reference(conn, created.year)
            try:
                intervention_id = self._insert(conn, reference, draft, start, end, bbox, created)
            except self.db.integrity_error:
                raise ValueError(
                    f"reference: an intervention {reference} already exists."
                ) from None
            conn.executemany(
                "INSERT INTO intervention_municipalities VALUES (?, ?) ON CONFLICT DO NOTHING",
                [(intervention_id, name) for name in _distinct_names(draft.municipalities)],
            )
            named = {"streets": list(draft.streets)} if draft.streets else None
            _add_event(
                conn, intervention_id, created, draft.operator, "created", None, PLANNED, named
            )
        say(log, logging.INFO, "intervention_recorded", reference=reference, kind=draft.kind)
        return self.get(reference)

    def change_window(
        self,
        reference: str,
        start: When,
        end: When,
        actor: str,
        action: str,
        also: Callable[[Any], Any] | None = None,
    ) -> Intervention:
        """New planned times (a postponement, an extension): the times before
        the change stay in the history's event, so planned and actual (the
        ``started_at`` and ``finished_at`` of the transitions) can be compared.

        ``also(conn)`` runs in the same transaction (the outbox shares this
        database): what waits to be sent is changed with the dates, in one
        commit, so a crash leaves both as they were or both changed."""
        start = to_rome(start, "planned_start")
        end = to_rome(end, "planned_end")
        if end <= start:
            raise ValueError(f"planned_end {iso(end)} must be after planned_start {iso(start)}.")
        with self.db.transaction() as conn:
            intervention_id, state = self._id_and_state(conn, reference)
            before = conn.execute(
                "SELECT planned_start, planned_end FROM interventions WHERE id = ?",
                (intervention_id,),
            ).fetchone()
            conn.execute(
                "UPDATE interventions SET planned_start = ?, planned_end = ?, start_ts = ?,"
                " end_ts = ? WHERE id = ?",
                (
                    iso(start),
                    iso(end),
                    int(start.timestamp()),
                    int(end.timestamp()),
                    intervention_id,
                ),
            )
            details = {
                "planned_start": before[0],
                "planned_end": before[1],
                "new_start": iso(start),
                "new_end": iso(end),
            }
            _add_event(conn, intervention_id, self.now(), actor, action, state, state, details)
            if also is not None:
                also(conn)
        said = "intervention_extended" if action == CHANGE_EXTENDED else "intervention_rescheduled"
        say(log, logging.INFO, said, reference=reference, start=iso(start), end=iso(end))
        return self.get(reference)

    def _insert(self, conn, reference, draft, start, end, bbox, created) -> int:
        """The interventions row; a reference already taken raises the integrity error."""
        return self.db.dialect.insert_id(
            conn,
            "INSERT INTO interventions (reference, kind, state, planned_start, planned_end,"
            " start_ts, end_ts, operator, work_pipe_ids, valves_to_close, segment_ids,"
            " customer_ids, counts, area_wkt, area_xmin, area_ymin, area_xmax, area_ymax,"
            " notes, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                reference,
                draft.kind.strip(),
                PLANNED,
                iso(start),
                iso(end),
                int(start.timestamp()),
                int(end.timestamp()),
                draft.operator.strip(),
                _json(list(draft.work_pipe_ids)),
                _json(list(draft.valves_to_close)),
                _json(list(dict.fromkeys(draft.segment_ids))),
                _json(list(dict.fromkeys(draft.customer_ids))),
                _json(dict(draft.counts)),
                draft.area_wkt,
                *(bbox or (None, None, None, None)),
                draft.notes,
                iso(created),
            ),
        )

    def get(self, reference: str) -> Intervention:
        """The intervention with this reference, or UnknownInterventionError."""
        rows = self.select("i.reference = ?", (reference,))
        if not rows:
            raise UnknownInterventionError(f"No intervention with reference {reference}.")
        return rows[0]

    def select(self, where: str = "1=1", params: Sequence[Any] = (), order: str = "i.start_ts"):
        """Interventions matching an SQL condition on alias ``i`` (for history queries)."""
        conn = self.db.connection()
        rows = conn.execute(
            f"SELECT i.* FROM interventions AS i WHERE {where} ORDER BY {order}, i.id", params
        ).fetchall()
        names = _municipalities(conn, [row["id"] for row in rows])
        return [_intervention(row, names.get(row["id"], ())) for row in rows]

    def notice_streets(self, reference: str) -> tuple[str, ...]:
        """The streets the notice of ``reference`` named when it was created."""
        for event in self.events(reference):
            if event.action == "created":
                return tuple(event.details.get("streets", ()))
        return ()

    def events(self, reference: str) -> list[Event]:
        """The audit trail of one intervention, oldest first."""
        rows = self._rows("intervention_events", reference, "t.id")
        return [
            Event(
                _read_time(r["at"]),
                r["actor"],
                r["action"],
                r["from_state"],
                r["to_state"],
                json.loads(r["details"]),
            )
            for r in rows
        ]

    # -- life cycle ---------------------------------------------------------

    def transition(
        self, reference: str, to_state: str, actor: str, at: When | None = None, note: str = ""
    ) -> Intervention:
        """Move the intervention to ``to_state``, or raise TransitionRefused.

        The check and the update run in one write transaction, so two
        operators finishing and cancelling at once cannot both succeed.
        """
        if to_state not in INTERVENTION_STATES:
            raise ValueError(
                f"Unknown state '{to_state}'; states are {', '.join(INTERVENTION_STATES)}."
            )
        moment = to_rome(at, "at") if at is not None else self.now()
        with self.db.transaction() as conn:
            intervention_id, from_state = self._id_and_state(conn, reference)
            if to_state not in ALLOWED_TRANSITIONS[from_state]:
                raise TransitionRefused(reference, from_state, to_state)
            column = _STATE_TIMESTAMP[to_state]
            conn.execute(
                f"UPDATE interventions SET state = ?, {column} = ? WHERE id = ?",
                (to_state, iso(moment), intervention_id),
            )
            if to_state == NOTIFIED:
                conn.execute(
                    "UPDATE interventions SET notified_ts = ?, notified_day = ? WHERE id = ?",
                    (int(moment.timestamp()), moment.date().isoformat(), intervention_id),
                )
            details = {"note": note} if note else {}
            _add_event(
                conn, intervention_id, moment, actor, "transition", from_state, to_state, details
            )
        say(
            log,
            logging.INFO,
            "intervention_state",
            reference=reference,
            from_state=from_state,
            to_state=to_state,
            actor=actor,
        )
        return self.get(reference)

    # -- what was sent --------------------------------------------------------

    def record_notification(
        self,
        reference: str,
        message_kind: str,
        recipients: Iterable[RecipientState],
        text: str | None = None,
        language: str = "it",
        unreachable: Iterable[tuple[CustomerId, str]] | None = None,
        actor: str = "system",
    ) -> None:
        """Store the text sent and a snapshot of each recipient's delivery state.

        Callers call it again whenever the outbox learns new states; a phone
        already recorded for this message kind is updated, not duplicated.
        ``unreachable`` replaces the list of (customer id, reason) that could
        not be warned by SMS (they get flyers or loudspeaker announcements).
        """
        now = self.now()
        recipients = list(recipients)
        with self.db.transaction() as conn:
            intervention_id, _ = self._id_and_state(conn, reference)
            if text is not None:
                conn.execute(
                    "INSERT INTO intervention_messages"
                    " (intervention_id, message_kind, language, text, recorded_at)"
                    " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    (intervention_id, message_kind, language, text, iso(now)),
                )
            conn.executemany(
                "INSERT INTO intervention_recipients (intervention_id, message_kind, phone,"
                " customer_ids, state, segments, updated_at, channel)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (intervention_id, message_kind, phone) DO UPDATE SET"
                " customer_ids = excluded.customer_ids, state = excluded.state,"
                " segments = excluded.segments, updated_at = excluded.updated_at",
                [
                    (
                        intervention_id,
                        message_kind,
                        r.phone,
                        _json(list(r.customer_ids)),
                        r.state,
                        r.segments,
                        iso(now),
                        r.channel,
                    )
                    for r in recipients
                ],
            )
            details: dict[str, Any] = {"message_kind": message_kind, "recipients": len(recipients)}
            if unreachable is not None:
                pairs = [[customer, reason] for customer, reason in unreachable]
                conn.execute(
                    "UPDATE interventions SET unreachable = ? WHERE id = ?",
                    (_json(pairs), intervention_id),
                )
                details["unreachable"] = len(pairs)
            _add_event(
                conn, intervention_id, now, actor, "notification_recorded", None, None, details
            )

    def update_recipient_states(
        self, reference: str, message_kind: str, states: Mapping[str, str]
    ) -> int:
        """Refresh delivery states by phone; returns how many rows changed."""
        now = iso(self.now())
        with self.db.transaction() as conn:
            intervention_id, _ = self._id_and_state(conn, reference)
            cursor = conn.executemany(
                "UPDATE intervention_recipients SET state = ?, updated_at = ?"
                " WHERE intervention_id = ? AND message_kind = ? AND phone = ? AND state != ?",
                [
                    (state, now, intervention_id, message_kind, phone, state)
                    for phone, state in states.items()
                ],
            )
        return cursor.rowcount

    def recipients(self, reference: str, message_kind: str | None = None) -> list[RecipientState]:
        """The recipient snapshot, all message kinds or one."""
        if message_kind is None:
            return self._recipients(reference, "1=1", ())
        return self._recipients(reference, "t.message_kind = ?", (message_kind,))

    def notice_recipients(
        self, reference: str, every_channel: bool = False
    ) -> list[RecipientState]:
        """The SMS snapshot of the first notice only (follow-up messages left
        out); ``every_channel`` adds the landlines called and addresses emailed."""
        marks = ",".join("?" * len(FOLLOW_UP_KINDS))
        condition = f"t.message_kind NOT IN ({marks})"
        if not every_channel:
            return self._recipients(
                reference, f"{condition} AND t.channel = ?", (*FOLLOW_UP_KINDS, SMS)
            )
        return self._recipients(reference, condition, FOLLOW_UP_KINDS)

    def message_rows(self, reference: str) -> list[MessageRow]:
        """The snapshot in the outbox's shape: the report's default message source."""
        rows = self._rows("intervention_recipients", reference, "t.message_kind, t.phone")
        return [
            MessageRow(r["message_kind"], r["phone"], r["state"], r["segments"], r["channel"])
            for r in rows
        ]

    def message_texts(self, reference: str) -> list[tuple[str, str, str]]:
        """(message kind, language, exact text) of every text sent, in order."""
        rows = self._rows("intervention_messages", reference, "t.id")
        return [(r["message_kind"], r["language"], r["text"]) for r in rows]

    def record_email(
        self,
        reference: str,
        recipients: Sequence[str],
        message_id: str | None,
        status: str,
        detail: str = "",
        actor: str = "system",
    ) -> None:
        """Write down the call-centre email: recipients, Message-ID, 'sent' or 'failed'."""
        now = self.now()
        with self.db.transaction() as conn:
            intervention_id, _ = self._id_and_state(conn, reference)
            conn.execute(
                "INSERT INTO intervention_emails"
                " (intervention_id, recipients, message_id, status, detail, at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (intervention_id, _json(list(recipients)), message_id, status, detail, iso(now)),
            )
            _add_event(
                conn,
                intervention_id,
                now,
                actor,
                "email_recorded",
                None,
                None,
                {"status": status, "message_id": message_id},
            )

    def emails(self, reference: str) -> list[EmailRecord]:
        """Every call-centre email recorded for the intervention, oldest first."""
        rows = self._rows("intervention_emails", reference, "t.id")
        return [
            EmailRecord(
                tuple(json.loads(r["recipients"])),
                r["message_id"],
                r["status"],
                r["detail"],
                _read_time(r["at"]),
            )
            for r in rows
        ]

    # -- follow-up messages ---------------------------------------------------

    def already_warned(self, reference: str) -> list[RecipientState]:
        """Phones that may have received the first notice, with their customers.

        These are the recipients of both follow-ups, the "cancelled" message
        after a cancellation and the "water back" message after the work:
        the same people, never more. Asking twice is harmless, since the
        outbox deduplicates by intervention + message kind + phone.
        """
        return [r for r in self.notice_recipients(reference) if r.state in MAY_HAVE_RECEIVED]

    def _recipients(self, reference: str, condition: str, params: Sequence[Any]):
        rows = self._rows(
            "intervention_recipients", reference, "t.phone, t.message_kind", condition, params
        )
        return [
            RecipientState(
                r["phone"],
                tuple(json.loads(r["customer_ids"])),
                r["state"],
                r["segments"],
                r["channel"],
            )
            for r in rows
        ]

    def _rows(self, table, reference, order, condition="1=1", params: Sequence[Any] = ()):
        """Rows of one of the intervention's own tables (alias ``t``)."""
        return self.db.connection().execute(
            f"SELECT t.* FROM {table} AS t JOIN interventions AS i"
            f" ON i.id = t.intervention_id WHERE i.reference = ? AND ({condition})"
            f" ORDER BY {order}",
            (reference, *params),
        )

    def _id_and_state(self, conn, reference: str) -> tuple[int, str]:
        """Id and state, the row locked until the transaction ends (checked, then changed)."""
        row = conn.execute(
            f"SELECT id, state FROM interventions WHERE reference = ?{self.db.dialect.lock_row}",
            (reference,),
        ).fetchone()
        if row is None:
            raise UnknownInterventionError(f"No intervention with reference {reference}.")
        return row["id"], row["state"]


def _next_reference(conn, year: int) -> str:
    """INT-<year>-<nnnn>, one more than the highest generated this year."""
    rows = conn.execute(
        "SELECT reference FROM interventions WHERE reference LIKE ?", (f"INT-{year}-%",)
    )
    numbers = [
        int(match.group(2))
        for (reference,) in rows
        if (match := _REFERENCE_PATTERN.match(reference))
    ]
    return f"INT-{year}-{max(numbers, default=0) + 1:04d}"


def _add_event(conn, intervention_id, at, actor, action, from_state, to_state, details=None):
    conn.execute(
        "INSERT INTO intervention_events"
        " (intervention_id, at, actor, action, from_state, to_state, details)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            intervention_id,
            iso(at),
            actor or "unknown",
            action,
            from_state,
            to_state,
            _json(details or {}),
        ),
    )


def _distinct_names(names: Iterable[str]) -> list[str]:
    """Stripped, non-empty, first spelling kept when only the case differs."""
    found: dict[str, str] = {}
    for name in names:
        found.setdefault(name.strip().casefold(), name.strip())
    return [name for key, name in found.items() if key]


def _municipalities(conn, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    names: dict[int, list[str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            "SELECT intervention_id, municipality FROM intervention_municipalities"
            f" WHERE intervention_id IN ({marks}) ORDER BY municipality",
            chunk,
        ):
            names.setdefault(row[0], []).append(row[1])
    return {key: tuple(value) for key, value in names.items()}


def _intervention(row, municipalities: tuple[str, ...]) -> Intervention:
    bbox = None if row["area_xmin"] is None else tuple(row[name] for name in _AREA)
    return Intervention(
        id=row["id"],
        reference=row["reference"],
        kind=row["kind"],
        state=row["state"],
        planned_start=_read_time(row["planned_start"]),
        planned_end=_read_time(row["planned_end"]),
        operator=row["operator"],
        municipalities=municipalities,
        work_pipe_ids=tuple(json.loads(row["work_pipe_ids"])),
        valves_to_close=tuple(json.loads(row["valves_to_close"])),
        segment_ids=tuple(json.loads(row["segment_ids"])),
        customer_ids=tuple(json.loads(row["customer_ids"])),
        unreachable=tuple((c, reason) for c, reason in json.loads(row["unreachable"])),
        counts=json.loads(row["counts"]),
        area_wkt=row["area_wkt"],
        bbox=bbox,
        notes=row["notes"],
        created_at=_read_time(row["created_at"]),
        notified_at=_optional_time(row["notified_at"]),
        started_at=_optional_time(row["started_at"]),
        finished_at=_optional_time(row["finished_at"]),
        cancelled_at=_optional_time(row["cancelled_at"]),
    )
