"""Conflicts between interventions, and customers warned twice in one day.

Two crews closing valves on the same segments at overlapping times, or one
crew reopening water another still needs off, are real field incidents; and
a customer receiving two SMS on one day from the same utility calls the
call-centre. Both checks run before sending, so they must be cheap: only the
rows overlapping in time (an indexed range on the planned window) or
notified on the same Rome day (an indexed day column) are read, and the
network comparison is a set intersection.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from ..common.vocabulary import ACTIVE_STATES
from .interventions import CustomerId, InterventionStore, When, iso, to_rome

#: How many shared ids a Conflict keeps for display (the counts are exact).
FIRST_IDS = 5
#: The intervention being checked is not its own conflict (bound twice: the reference or None).
_NOT_EXCLUDED = "(? IS NULL OR reference <> ?)"


@dataclass(frozen=True)
class Conflict:
    """Another active intervention overlapping in time and sharing network or customers."""

    reference: str
    kind: str
    state: str
    overlap_start: datetime
    overlap_end: datetime
    shared_segment_count: int
    shared_segments: tuple
    shared_customer_count: int
    shared_customers: tuple

    code = "overlap"

    @property
    def params(self) -> dict:
        """The plain values the adapters word the conflict with."""
        return {
            "reference": self.reference,
            "kind": self.kind,
            "state": self.state,
            "start": iso(self.overlap_start),
            "end": iso(self.overlap_end),
            "segments": self.shared_segment_count,
            "segment_ids": list(self.shared_segments),
            "customers": self.shared_customer_count,
            "customer_ids": list(self.shared_customers),
        }

    def message(self) -> str:
        """One sentence for logs and reports (the adapters word ``code`` and ``params``)."""
        return (
            f"Overlaps {self.reference} ({self.kind}, {self.state}) from "
            f"{iso(self.overlap_start)} to {iso(self.overlap_end)}: "
            f"{self.shared_segment_count} shared segment(s){_first(self.shared_segments)}, "
            f"{self.shared_customer_count} shared customer(s){_first(self.shared_customers)}."
        )


@dataclass(frozen=True)
class DoubleWarning:
    """Customers who already got a notice on the same Rome day from another intervention."""

    reference: str
    day: date
    customer_count: int
    customers: tuple

    code = "warned_same_day"

    @property
    def params(self) -> dict:
        """The plain values the adapters word the warning with."""
        return {
            "reference": self.reference,
            "day": self.day.isoformat(),
            "customers": self.customer_count,
            "customer_ids": list(self.customers),
        }

    def message(self) -> str:
        """One sentence for logs and reports (the adapters word ``code`` and ``params``)."""
        return (
            f"{self.customer_count} customer(s){_first(self.customers)} were already warned "
            f"on {self.day.isoformat()} for {self.reference}; they would get a second SMS "
            "the same day."
        )


def find_conflicts(
    store: InterventionStore,
    planned_start: When,
    planned_end: When,
    segment_ids: Iterable,
    customer_ids: Iterable[CustomerId],
    exclude_reference: str | None = None,
) -> list[Conflict]:
    """Active interventions overlapping [start, end) in time AND sharing segments or customers.

    Overlapping in time alone is no conflict (two towns, two crews); sharing
    network alone is none either (last month's work). Ordered by start.
    """
    start = to_rome(planned_start, "planned_start")
    end = to_rome(planned_end, "planned_end")
    segments = set(segment_ids)
    customers = set(customer_ids)
    marks = ",".join("?" * len(ACTIVE_STATES))
    rows = store.db.connection().execute(
        "SELECT reference, kind, state, planned_start, planned_end, segment_ids, customer_ids"
        " FROM interventions WHERE start_ts < ? AND end_ts > ?"
        f" AND state IN ({marks}) AND {_NOT_EXCLUDED} ORDER BY start_ts, id",
        (
            int(end.timestamp()),
            int(start.timestamp()),
            *ACTIVE_STATES,
            exclude_reference,
            exclude_reference,
        ),
    )
    conflicts = []
    for row in rows:
        shared_segments = _shared(segments, row["segment_ids"])
        shared_customers = _shared(customers, row["customer_ids"])
        if not shared_segments and not shared_customers:
            continue
        conflicts.append(
            Conflict(
                reference=row["reference"],
                kind=row["kind"],
                state=row["state"],
                overlap_start=max(start, to_rome(row["planned_start"], "planned_start")),
                overlap_end=min(end, to_rome(row["planned_end"], "planned_end")),
                shared_segment_count=len(shared_segments),
                shared_segments=tuple(shared_segments[:FIRST_IDS]),
                shared_customer_count=len(shared_customers),
                shared_customers=tuple(shared_customers[:FIRST_IDS]),
            )
        )
    return conflicts


def same_day_warnings(
    store: InterventionStore,
    customer_ids: Iterable[CustomerId],
    send_time: When,
    exclude_reference: str | None = None,
) -> list[DoubleWarning]:
    """Interventions notified on the Rome day of ``send_time`` that warned some of these customers.

    "Same day" is the customer's calendar day in Europe/Rome, so 00:30 and
    23:30 on the day clocks change are one day even though they are 22
    hours apart and fall on two different UTC dates.
    """
    day = to_rome(send_time, "send_time").date()
    customers = set(customer_ids)
    rows = store.db.connection().execute(
        "SELECT reference, customer_ids FROM interventions"
        f" WHERE notified_day = ? AND {_NOT_EXCLUDED} ORDER BY notified_ts, id",
        (day.isoformat(), exclude_reference, exclude_reference),
    )
    warnings = []
    for row in rows:
        shared = _shared(customers, row["customer_ids"])
        if shared:
            warnings.append(
                DoubleWarning(row["reference"], day, len(shared), tuple(shared[:FIRST_IDS]))
            )
    return warnings


def _shared(ours: set, stored_json: str) -> list:
    """Ids in both, in the stored (user's) order, so 'first ids' are stable."""
    if not ours:
        return []
    return [value for value in json.loads(stored_json) if value in ours]


def _first(ids: Sequence) -> str:
    return f" (first: {', '.join(str(value) for value in ids)})" if ids else ""
