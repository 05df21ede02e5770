"""The durable SMS outbox: every message is written down before it is sent.

The promise is "nothing lost, nothing sent twice", even across a ``kill -9``:

* a message row is committed as PENDING before any request leaves;
* it is claimed (PENDING → SUBMITTING, with ``claimed_by`` and a lease) and
  that claim is committed before the request is made;
* a row found in SUBMITTING by a later run was interrupted mid-request, so
  it becomes UNCERTAIN and is checked at the provider, never resent blindly;
* the deduplication key (intervention, kind, phone, generation) is a UNIQUE
  constraint, so a double click cannot queue a number twice; a deliberate
  re-send takes the next generation and is written to the audit table.

Reports only move a message forward (``RANK``): a late "sent" after
"delivered", or the same report twice, changes nothing.

Several senders may share the outbox (two operators' QGIS on one PostgreSQL
database, or two processes on one SQLite file). A claim locks the rows it
takes (``FOR UPDATE SKIP LOCKED`` on PostgreSQL; SQLite's single writer does
the same), so two senders get disjoint chunks and never one message twice;
a sender that dies leaves its claims to expire with their lease.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..common.vocabulary import (
    ACCEPTED,
    CANCELLED_BEFORE_SENDING,
    DELIVERED,
    FAILED,
    OUTBOX_STATES,
    PENDING,
    SENT_STATES,
    SMS,
    SUBMITTING,
    UNCERTAIN,
    UNDELIVERED,
)
from .db import Database
from .outbox_commit import GroupCommitter

_V2_COLUMNS = (
    "id, intervention_id, kind, phone, generation, text, state, chunk_ref, provider_id,"
    " tries, next_attempt_at, retryable, code, detail, claimed_by, lease_until,"
    " created_at, updated_at, attempted_at"
)
RANK = {PENDING: 0, SUBMITTING: 1, UNCERTAIN: 2, FAILED: 2, ACCEPTED: 3, DELIVERED: 4}
RANK[UNDELIVERED] = 4
_RANK_SQL = "CASE state " + " ".join(f"WHEN '{s}' THEN {r}" for s, r in RANK.items()) + " END"

MIGRATIONS = [
    f"""
    CREATE TABLE outbox_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE outbox_messages (
        id INTEGER PRIMARY KEY,
        intervention_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        phone TEXT NOT NULL,
        generation INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT '{PENDING}' CHECK (state IN {OUTBOX_STATES!r}),
        chunk_ref TEXT,
        provider_id TEXT,
        tries INTEGER NOT NULL DEFAULT 0,
        next_attempt_at REAL NOT NULL DEFAULT 0,
        retryable INTEGER NOT NULL DEFAULT 0,
        code TEXT,
        detail TEXT,
        claimed_by TEXT,
        lease_until REAL,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        UNIQUE (intervention_id, kind, phone, generation)
    );
    CREATE INDEX outbox_due ON outbox_messages (state, next_attempt_at, id);
    CREATE INDEX outbox_chunk ON outbox_messages (chunk_ref);
    CREATE TABLE outbox_audit (
        id INTEGER PRIMARY KEY,
        at REAL NOT NULL,
        intervention_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        action TEXT NOT NULL,
        operator TEXT NOT NULL,
        reason TEXT NOT NULL,
        messages INTEGER NOT NULL
    )
    """,
    # When the last send attempt started: a provider's list lags behind, so
    # absence from it proves "never sent" only some time after the attempt.
    "ALTER TABLE outbox_messages ADD COLUMN attempted_at REAL",
    # The channel (SMS, call, email) joins the key: a customer may get a
    # call and an email for one notice, each once. ``redials``: how many
    # times an unanswered call was placed again. SQLite cannot change a
    # UNIQUE constraint in place, so the table is rebuilt there.
    {
        "sqlite": f"""
        CREATE TABLE outbox_messages_v3 (
            id INTEGER PRIMARY KEY,
            intervention_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            channel TEXT NOT NULL DEFAULT '{SMS}',
            phone TEXT NOT NULL,
            generation INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT '{PENDING}' CHECK (state IN {OUTBOX_STATES!r}),
            chunk_ref TEXT,
            provider_id TEXT,
            tries INTEGER NOT NULL DEFAULT 0,
            next_attempt_at REAL NOT NULL DEFAULT 0,
            retryable INTEGER NOT NULL DEFAULT 0,
            code TEXT,
            detail TEXT,
            claimed_by TEXT,
            lease_until REAL,
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL,
            attempted_at REAL,
            redials INTEGER NOT NULL DEFAULT 0,
            UNIQUE (intervention_id, kind, channel, phone, generation)
        );
        INSERT INTO outbox_messages_v3 ({_V2_COLUMNS}) SELECT {_V2_COLUMNS} FROM outbox_messages;
        DROP TABLE outbox_messages;
        ALTER TABLE outbox_messages_v3 RENAME TO outbox_messages;
        CREATE INDEX outbox_due ON outbox_messages (state, next_attempt_at, id);
        CREATE INDEX outbox_chunk ON outbox_messages (chunk_ref)
        """,
        "postgresql": f"""
        ALTER TABLE outbox_messages ADD COLUMN channel TEXT NOT NULL DEFAULT '{SMS}';
        ALTER TABLE outbox_messages ADD COLUMN redials INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE outbox_messages
            DROP CONSTRAINT outbox_messages_intervention_id_kind_phone_generation_key;
        ALTER TABLE outbox_messages ADD CONSTRAINT outbox_messages_key
            UNIQUE (intervention_id, kind, channel, phone, generation)
        """,
    },
]


@dataclass(frozen=True)
class OutboxMessage:
    """One row of the outbox, as the dispatcher and the dialogs see it."""

    id: int
    intervention_id: str
    kind: str
    phone: str
    generation: int
    text: str
    state: str
    chunk_ref: str | None
    provider_id: str | None
    tries: int
    retryable: bool
    code: str | None
    detail: str | None
    attempted_at: float | None = None
    channel: str = SMS
    redials: int = 0

    @property
    def ref(self) -> str:
        """The per-message client reference (stable across retries and runs;
        a call placed again after no answer gets a new one, ``r<n>``, so the
        provider's record of the unanswered call is never taken for it)."""
        redial = f"r{self.redials}" if self.redials else ""
        return f"{self.chunk_ref.split('-')[0] if self.chunk_ref else 'm'}-m{self.id}{redial}"


@dataclass(frozen=True)
class Settlement:
    """The new state of one claimed or uncertain message."""

    message_id: int
    state: str
    provider_id: str | None = None
    code: str | None = None
    detail: str | None = None
    retry_at: float | None = None
    retryable: bool = False


#: A message not called off before it went (``Outbox.cancel``).
_NOT_CANCELLED = f"COALESCE(code, '') <> '{CANCELLED_BEFORE_SENDING}'"
#: Rows per multi-row INSERT and ids per IN list: under SQLite's oldest
#: limit of 999 bound values, and few round trips to a PostgreSQL server.
_ROWS_PER_INSERT = 150
_IDS_PER_STATEMENT = 900

_COLUMNS = (
    "id, intervention_id, kind, phone, generation, text, state, chunk_ref, "
    "provider_id, tries, retryable, code, detail, attempted_at, channel, redials"
)


def _scope(intervention_id, keyword: str, channel: str | None = None) -> tuple[str, tuple]:
    """An SQL filter on one intervention and one channel (or all), joined with ``keyword``."""
    clauses, args = [], []
    if intervention_id is not None:
        clauses.append("intervention_id = ?")
        args.append(str(intervention_id))
    if channel is not None:
        clauses.append("channel = ?")
        args.append(channel)
    if not clauses:
        return "", ()
    return f" {keyword} {' AND '.join(clauses)}", tuple(args)


def _message(row) -> OutboxMessage:
    values = dict(row)
    values["retryable"] = bool(values["retryable"])
    return OutboxMessage(**values)


class Outbox:
    """The outbox tables inside the shared database (component ``outbox``)."""

    def __init__(self, db: Database, clock=time.time):
        self.db = db
        self.clock = clock
        self._commits = GroupCommitter(db)
        db.ensure_schema("outbox", MIGRATIONS)
        with db.transaction() as conn:
            conn.execute(
                "INSERT INTO outbox_meta (key, value) VALUES ('token', ?)"
                " ON CONFLICT (key) DO NOTHING",
                (secrets.token_hex(4),),
            )
            self.token = conn.execute(
                "SELECT value FROM outbox_meta WHERE key = 'token'"
            ).fetchone()[0]

    # -- queueing --------------------------------------------------------
    def enqueue(
        self,
        intervention_id,
        kind: str,
        text: str,
        phones: Iterable[str],
        channel: str = SMS,
        *,
        not_before: float = 0.0,
        generation: int = 0,
    ) -> int:
        """Queue one message per phone (or address, on the email channel), to
        go at ``not_before`` (a ``clock()`` time; 0: as soon as possible);
        those already queued for this intervention, kind, channel and
        generation are left alone. Returns how many were added.

        The earliest send time is ``next_attempt_at``, the column a claim
        already waits on: a scheduled message is a message not due yet.
        ``generation`` tells apart messages of one kind meant to go several
        times (the reminders of ``notify.reminders``).
        """
        now = self.clock()
        rows = [
            (
                str(intervention_id),
                kind,
                channel,
                phone,
                generation,
                text,
                float(not_before),
                now,
                now,
            )
            for phone in phones
        ]
        added = 0
        with self.db.transaction() as conn:
            for start in range(0, len(rows), _ROWS_PER_INSERT):
                chunk = rows[start : start + _ROWS_PER_INSERT]
                added += conn.execute(
                    "INSERT INTO outbox_messages (intervention_id, kind, channel, phone,"
                    " generation, text, next_attempt_at, created_at, updated_at)"
                    f" VALUES {', '.join(['(?, ?, ?, ?, ?, ?, ?, ?, ?)'] * len(chunk))}"
                    " ON CONFLICT (intervention_id, kind, channel, phone, generation) DO NOTHING",
                    [value for row in chunk for value in row],
                ).rowcount
        return added

    def resend(
        self,
        intervention_id,
        kind: str,
        text: str,
        phones: Sequence[str],
        operator: str,
        reason: str,
        channel: str = SMS,
    ) -> int:
        """Deliberately send again: a new generation per phone, audited."""
        if not operator.strip() or not reason.strip():
            raise ValueError("A re-send needs the operator's name and a reason for the audit.")
        now = self.clock()
        key = str(intervention_id)
        with self.db.transaction() as conn:
            # The next generation is read then written: one re-send at a time.
            self.db.dialect.lock(conn, f"outbox resend {key}")
            for phone in phones:
                conn.execute(
                    "INSERT INTO outbox_messages (intervention_id, kind, channel, phone,"
                    " generation, text, created_at, updated_at)"
                    " SELECT ?, ?, ?, ?, COALESCE(MAX(generation) + 1, 0), ?, ?, ?"
                    " FROM outbox_messages WHERE intervention_id = ? AND kind = ?"
                    " AND channel = ? AND phone = ?",
                    (key, kind, channel, phone, text, now, now, key, kind, channel, phone),
                )
            conn.execute(
                "INSERT INTO outbox_audit (at, intervention_id, kind, action, operator,"
                " reason, messages) VALUES (?, ?, ?, 'resend', ?, ?, ?)",
                (now, key, kind, operator, reason, len(phones)),
            )
        return len(phones)

    def next_generation(self, intervention_id, kind: str) -> int:
        """The first generation no message of this intervention and kind has yet."""
        row = (
            self.db.connection()
            .execute(
                "SELECT COALESCE(MAX(generation) + 1, 0) FROM outbox_messages"
                " WHERE intervention_id = ? AND kind = ?",
                (str(intervention_id), kind),
            )
            .fetchone()
        )
        return row[0]

    def cancel(
        self,
        intervention_id,
        operator: str,
        reason: str,
        kind: str | None = None,
        generation: int | None = None,
        within=None,
    ) -> int:
        """Call off what has not gone yet: PENDING messages of this
        intervention (of one ``kind``, or all; of one ``generation`` of it, such
        as one reminder, or all) become FAILED with the code
        ``cancelled_before_sending``, never revived nor sent; audited.

        A message already claimed by a sender is past recall and is left
        alone (it went, or it is in doubt). Returns how many were cancelled.
        ``within`` is the caller's open transaction (a change of the work
        that calls off what waits in the same commit); None opens one.
        """
        if not operator.strip() or not reason.strip():
            raise ValueError("A cancellation needs the operator's name and a reason for the audit.")
        if within is None:
            with self.db.transaction() as conn:
                return self.cancel(intervention_id, operator, reason, kind, generation, conn)
        now = self.clock()
        key = str(intervention_id)
        which, args = ("", ()) if kind is None else (" AND kind = ?", (kind,))
        if kind is not None and generation is not None:
            which, args = which + " AND generation = ?", (*args, generation)
        cancelled = within.execute(
            f"UPDATE outbox_messages SET state = '{FAILED}',"
            f" code = '{CANCELLED_BEFORE_SENDING}', detail = ?, retryable = 0, updated_at = ?"
            f" WHERE state = '{PENDING}' AND intervention_id = ?{which}",
            (reason, now, key, *args),
        ).rowcount
        if cancelled:  # the audit tells of what was called off, not of nothing
            within.execute(
                "INSERT INTO outbox_audit (at, intervention_id, kind, action, operator,"
                " reason, messages) VALUES (?, ?, ?, 'cancel', ?, ?, ?)",
                (now, key, kind or "*", operator, reason, cancelled),
            )
        return cancelled

    def retext_in(
        self, conn, intervention_id, kind: str, texts: dict, not_before: float | None
    ) -> dict[str, int]:
        """Give the ``kind`` messages of ``intervention_id`` still waiting (PENDING)
        the new text of their channel (``texts``: channel → text) and, unless
        None, the send time ``not_before``, inside the caller's transaction
        ``conn``; per channel, how many. A message a sender has already claimed
        is past recall: it keeps its text (it went, or is going, as it was).
        The UPDATE takes each row's lock, so a claim either took the row
        before (it is no longer PENDING here) or finds it with the new text."""
        now = self.clock()
        moved = {}
        for channel, text in texts.items():
            moved[channel] = conn.execute(
                "UPDATE outbox_messages SET text = ?,"
                " next_attempt_at = COALESCE(?, next_attempt_at), updated_at = ?"
                f" WHERE state = '{PENDING}' AND intervention_id = ? AND kind = ? AND channel = ?",
                (text, not_before, now, str(intervention_id), kind, channel),
            ).rowcount
        return moved

    def hold(self, channel: str, kinds: Sequence[str], until: float, intervention_id=None) -> int:
        """PENDING messages of ``channel`` and ``kinds`` due before ``until``
        wait until then (a call outside its send window). Returns how many."""
        scope, args = _scope(intervention_id, "AND", channel)
        marks = ",".join("?" * len(kinds))
        with self.db.transaction() as conn:
            return conn.execute(
                "UPDATE outbox_messages SET next_attempt_at = ?, updated_at = ?"
                f" WHERE state = '{PENDING}' AND next_attempt_at < ? AND kind IN ({marks}){scope}",
                (until, self.clock(), until, *kinds, *args),
            ).rowcount

    def scheduled(self, intervention_id=None) -> dict[tuple[str, str], tuple[float, int]]:
        """Messages waiting for their send time, never tried yet: per
        (intervention, kind), the earliest time and how many."""
        scope, args = _scope(intervention_id, "AND")
        rows = self.db.connection().execute(
            "SELECT intervention_id, kind, MIN(next_attempt_at), COUNT(*) FROM outbox_messages"
            f" WHERE state = '{PENDING}' AND tries = 0 AND next_attempt_at > ?{scope}"
            " GROUP BY intervention_id, kind",
            (self.clock(), *args),
        )
        return {(row[0], row[1]): (row[2], row[3]) for row in rows}

    def waiting(self, intervention_id) -> list[tuple[str, int, str, float, int]]:
        """What of one intervention waits for its send time, never tried yet:
        ``(kind, generation, channel, earliest time, how many)``, soonest first."""
        rows = self.db.connection().execute(
            "SELECT kind, generation, channel, MIN(next_attempt_at), COUNT(*) FROM outbox_messages"
            f" WHERE state = '{PENDING}' AND tries = 0 AND next_attempt_at > ?"
            " AND intervention_id = ? GROUP BY kind, generation, channel ORDER BY 4, 1, 2, 3",
            (self.clock(), str(intervention_id)),
        )
        return [(row[0], row[1], row[2], row[3], row[4]) for row in rows]

    def audit(self, intervention_id) -> list[dict]:
        """The audit trail of deliberate re-sends for one intervention."""
        rows = self.db.connection().execute(
            "SELECT at, kind, action, operator, reason, messages FROM outbox_audit"
            " WHERE intervention_id = ? ORDER BY id",
            (str(intervention_id),),
        )
        return [dict(row) for row in rows]

    # -- claiming and settling -------------------------------------------
    def claim(
        self, worker: str, limit: int, lease_seconds: float, intervention_id=None, channel=SMS
    ) -> list[OutboxMessage]:
        """Take up to ``limit`` due PENDING messages of ``channel`` that can go
        in one request.

        They share one text and one chunk reference: a chunk retried after a
        throttle keeps its reference, a new chunk gets ``<token>-<first id>``.
        """
        now = self.clock()
        scope, args = _scope(intervention_id, "AND", channel)
        lock = self.db.dialect.lock_rows

        def work(conn):
            # A chunk retried after a throttle is taken whole, from its lowest
            # waiting id: two senders must never split it (it is one order).
            first = conn.execute(
                "SELECT id, intervention_id, kind, channel, text, chunk_ref"
                " FROM outbox_messages AS m"
                f" WHERE state = '{PENDING}' AND next_attempt_at <= ?{scope}"
                " AND (chunk_ref IS NULL OR id = (SELECT MIN(id) FROM outbox_messages AS c"
                f" WHERE c.chunk_ref = m.chunk_ref AND c.state = '{PENDING}'))"
                f" ORDER BY next_attempt_at, id LIMIT 1{lock}",
                (now, *args),
            ).fetchone()
            if first is None:
                return []
            if first["chunk_ref"] is not None:
                chunk_ref = first["chunk_ref"]
                ids = conn.execute(
                    f"SELECT id FROM outbox_messages WHERE chunk_ref = ? AND state = '{PENDING}'"
                    f" ORDER BY id LIMIT ?{lock}",
                    (chunk_ref, limit),
                ).fetchall()
            else:
                chunk_ref = f"{self.token}-{first['id']}"
                ids = conn.execute(
                    f"SELECT id FROM outbox_messages WHERE state = '{PENDING}'"
                    " AND chunk_ref IS NULL AND next_attempt_at <= ? AND intervention_id = ?"
                    " AND kind = ? AND channel = ? AND text = ?"
                    f" ORDER BY next_attempt_at, id LIMIT ?{lock}",
                    (
                        now,
                        first["intervention_id"],
                        first["kind"],
                        first["channel"],
                        first["text"],
                        limit,
                    ),
                ).fetchall()
            for start in range(0, len(ids), _IDS_PER_STATEMENT):
                chunk = [row["id"] for row in ids[start : start + _IDS_PER_STATEMENT]]
                conn.execute(
                    f"UPDATE outbox_messages SET state = '{SUBMITTING}', chunk_ref = ?,"
                    " claimed_by = ?, lease_until = ?, tries = tries + 1, attempted_at = ?,"
                    f" updated_at = ? WHERE id IN ({','.join('?' * len(chunk))})",
                    (chunk_ref, worker, now + lease_seconds, now, now, *chunk),
                )
            return conn.execute(
                f"SELECT {_COLUMNS} FROM outbox_messages WHERE chunk_ref = ?"
                f" AND state = '{SUBMITTING}' AND claimed_by = ? ORDER BY id",
                (chunk_ref, worker),
            ).fetchall()

        rows = self._commits.run(work)
        return [_message(row) for row in rows]

    def settle(self, settlements: Sequence[Settlement], from_states=(SUBMITTING,)) -> int:
        """Record send results; a row no longer in ``from_states`` is left alone."""
        now = self.clock()
        marks = ",".join("?" * len(from_states))

        def work(conn):
            return conn.executemany(
                "UPDATE outbox_messages SET state = ?,"
                " provider_id = COALESCE(?, provider_id), code = ?, detail = ?,"
                " next_attempt_at = COALESCE(?, next_attempt_at), retryable = ?,"
                " claimed_by = NULL, lease_until = NULL, updated_at = ?"
                f" WHERE id = ? AND state IN ({marks})",
                [
                    (
                        s.state,
                        s.provider_id,
                        s.code,
                        s.detail,
                        s.retry_at,
                        int(s.retryable),
                        now,
                        s.message_id,
                        *from_states,
                    )
                    for s in settlements
                ],
            ).rowcount

        return self._commits.run(work)

    def expire_leases(self, assume_dead: bool = False, dead_claimants: Iterable[str] = ()) -> int:
        """SUBMITTING rows whose sender died become UNCERTAIN (to reconcile).

        A sender is known dead when its lease ran out, when it is one of
        ``dead_claimants`` (``claimed_by`` values whose process is gone, see
        ``claimants``), or when ``assume_dead`` says no other sender can be
        running. A live sender's claims are left alone.
        """
        now = self.clock()
        dead = sorted(set(dead_claimants))
        if assume_dead:
            condition, args = "", ()
        else:
            marks = ",".join("?" * len(dead))
            condition = " AND (lease_until <= ?" + (
                f" OR claimed_by IN ({marks}))" if dead else ")"
            )
            args = (now, *dead)
        with self.db.transaction() as conn:
            cursor = conn.execute(
                f"UPDATE outbox_messages SET state = '{UNCERTAIN}', claimed_by = NULL,"
                " lease_until = NULL, detail = 'interrupted while sending', updated_at = ?"
                f" WHERE state = '{SUBMITTING}'{condition}",
                (now, *args),
            )
            return cursor.rowcount

    def claimants(self) -> list[str]:
        """Who holds SUBMITTING messages now (``claimed_by``: host, process, sender)."""
        rows = self.db.connection().execute(
            "SELECT DISTINCT claimed_by FROM outbox_messages"
            f" WHERE state = '{SUBMITTING}' AND claimed_by IS NOT NULL ORDER BY claimed_by"
        )
        return [row[0] for row in rows]

    def revive_transient(
        self, codes: Iterable[str], intervention_id=None, channel: str | None = None
    ) -> int:
        """FAILED messages that failed for a transient reason go back to PENDING.

        A transient failure (throttled, unreachable, surely never sent) only
        meant "not now": the message is due again, its tries counted afresh.
        ``codes`` are the transient reason codes (``sms_gateway.reasons``);
        a row given up on after its retries (``retryable``) is one too.
        Returns how many were revived.
        """
        codes = sorted(set(codes))
        scope, args = _scope(intervention_id, "AND", channel)
        marks = ",".join("?" * len(codes)) or "NULL"
        with self.db.transaction() as conn:
            return conn.execute(
                f"UPDATE outbox_messages SET state = '{PENDING}', tries = 0,"
                " next_attempt_at = 0, retryable = 0, updated_at = ?"
                f" WHERE state = '{FAILED}' AND (retryable = 1 OR code IN ({marks})){scope}",
                (self.clock(), *codes, *args),
            ).rowcount

    def redial(
        self, message_id: int, provider_id: str | None, retry_at: float, code: str | None
    ) -> bool:
        """An unanswered call (busy, no answer) is due again at ``retry_at``.

        The provider's final status says the call was placed and nobody
        answered, so placing another is safe. Only the row still holding
        that call moves (it is ACCEPTED with its id, or UNCERTAIN and found
        by a search), so a report read twice never redials twice.
        """
        with self.db.transaction() as conn:
            cursor = conn.execute(
                f"UPDATE outbox_messages SET state = '{PENDING}', provider_id = NULL,"
                " redials = redials + 1, tries = 0, next_attempt_at = ?, code = ?,"
                " retryable = 0, updated_at = ?"
                f" WHERE id = ? AND state IN ('{ACCEPTED}', '{UNCERTAIN}')"
                " AND COALESCE(provider_id, ?) = ?",
                (retry_at, code, self.clock(), message_id, provider_id or "", provider_id or ""),
            )
            return cursor.rowcount == 1

    def apply_report(
        self, message_id: int, state: str, code: str | None = None, provider_id: str | None = None
    ) -> bool:
        """Move a message forward on a provider report; never backwards."""
        return self.apply_reports([(message_id, state, code, provider_id)]) == 1

    def apply_reports(self, reports: Sequence[tuple]) -> int:
        """``apply_report`` for many ``(message_id, state, code, provider_id)``
        in one transaction (a chunk's reports: one commit, not one per number).
        Returns how many messages moved."""
        for report in reports:
            if report[1] not in RANK:
                raise ValueError(f"Unknown outbox state '{report[1]}'.")
        now = self.clock()
        with self.db.transaction() as conn:
            return conn.executemany(
                "UPDATE outbox_messages SET state = ?, code = COALESCE(?, code),"
                " provider_id = COALESCE(?, provider_id), updated_at = ?"
                f" WHERE id = ? AND {_RANK_SQL} < ?",
                [
                    (state, code, provider_id, now, message_id, RANK[state])
                    for message_id, state, code, provider_id in reports
                ],
            ).rowcount

    # -- reading ---------------------------------------------------------
    def messages(
        self, state: str | None = None, intervention_id=None, channel: str | None = None
    ) -> list[OutboxMessage]:
        """Messages, optionally of one state, intervention and/or channel, by id."""
        where, args = _scope(intervention_id, "WHERE", channel)
        if state is not None:
            where += f" {'AND' if where else 'WHERE'} state = ?"
            args = (*args, state)
        rows = self.db.connection().execute(
            f"SELECT {_COLUMNS} FROM outbox_messages{where} ORDER BY id", args
        )
        return [_message(row) for row in rows]

    def counts(self, intervention_id=None, channel: str | None = None) -> dict[str, int]:
        """How many messages are in each state (every state listed, even at 0);
        a message called off before it went (``cancel``) is none of them."""
        where, args = _scope(intervention_id, "AND", channel)
        found = dict.fromkeys(OUTBOX_STATES, 0)
        for row in self.db.connection().execute(
            f"SELECT state, COUNT(*) FROM outbox_messages WHERE {_NOT_CANCELLED}{where}"
            " GROUP BY state",
            args,
        ):
            found[row[0]] = row[1]
        return found

    def changed_since(self, since: float) -> set[tuple[str, str]]:
        """The (intervention, kind) pairs with a message that changed at or after ``since``."""
        rows = self.db.connection().execute(
            "SELECT DISTINCT intervention_id, kind FROM outbox_messages WHERE updated_at >= ?",
            (since,),
        )
        return {(row[0], row[1]) for row in rows}

    def latest_counts(self, intervention_ids: Sequence[str] | None = None) -> dict[str, dict]:
        """Per intervention, how many numbers are in each state, counting each
        kind and number once (its latest generation: a deliberate re-send
        replaces the message it repeats; one called off before it went is
        not counted). Every state listed, even at 0."""
        found: dict[str, dict] = {}
        for reference, channels in self.latest_channel_counts(intervention_ids).items():
            counts = found.setdefault(reference, dict.fromkeys(OUTBOX_STATES, 0))
            for states in channels.values():
                for state, count in states.items():
                    counts[state] += count
        return found

    def latest_channel_counts(
        self, intervention_ids: Sequence[str] | None = None, kinds: Sequence[str] = ()
    ) -> dict[str, dict[str, dict]]:
        """``latest_counts`` per channel (intervention → channel → state →
        count), of the message ``kinds`` only when given."""
        where, args = "", ()
        if intervention_ids is not None:
            if not intervention_ids:
                return {}
            where = f" AND m.intervention_id IN ({','.join('?' * len(intervention_ids))})"
            args = tuple(str(i) for i in intervention_ids)
        if kinds:
            where += f" AND m.kind IN ({','.join('?' * len(kinds))})"
            args += tuple(kinds)
        found: dict[str, dict] = {}
        for row in self.db.connection().execute(
            "SELECT m.intervention_id, m.channel, m.state, COUNT(*) FROM outbox_messages AS m"
            f" WHERE {_NOT_CANCELLED.replace('code', 'm.code')}"
            " AND NOT EXISTS (SELECT 1 FROM outbox_messages AS n"
            " WHERE n.intervention_id = m.intervention_id AND n.kind = m.kind"
            " AND n.channel = m.channel AND n.phone = m.phone AND n.generation > m.generation"
            f" AND {_NOT_CANCELLED.replace('code', 'n.code')}){where}"
            " GROUP BY m.intervention_id, m.channel, m.state",
            args,
        ):
            channels = found.setdefault(row[0], {})
            channels.setdefault(row[1], dict.fromkeys(OUTBOX_STATES, 0))[row[2]] = row[3]
        return found

    def last_sent_to(self, phone: str, before: float) -> tuple[str, str] | None:
        """The (intervention, kind) of the newest SMS the provider took for
        ``phone`` before ``before``: what a reply at that moment answers."""
        marks = ",".join("?" * len(SENT_STATES))
        row = (
            self.db.connection()
            .execute(
                "SELECT intervention_id, kind FROM outbox_messages WHERE phone = ?"
                f" AND channel = ? AND state IN ({marks}) AND attempted_at <= ?"
                " ORDER BY attempted_at DESC, id DESC LIMIT 1",
                (phone, SMS, *SENT_STATES, before),
            )
            .fetchone()
        )
        return None if row is None else (row[0], row[1])

    def next_due(
        self,
        intervention_id=None,
        state: str = PENDING,
        retrying: bool = False,
        channel: str | None = None,
    ) -> float | None:
        """When the earliest message in ``state`` (PENDING: to send; UNCERTAIN:
        to ask the provider about again) is due, or None if none waits.
        ``retrying`` counts only messages tried or placed before (a retry or a
        redial to wait for), not those scheduled for later (the dispatch run
        sends them)."""
        where, args = _scope(intervention_id, "AND", channel)
        if retrying:
            where += " AND (tries > 0 OR redials > 0)"
        row = (
            self.db.connection()
            .execute(
                f"SELECT MIN(next_attempt_at) FROM outbox_messages WHERE state = ?{where}",
                (state, *args),
            )
            .fetchone()
        )
        return row[0]
