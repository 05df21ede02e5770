"""What the history dock lists: the interventions of a period and how their notice went.

The call-centre asks "were the people of via Emilia warned on Tuesday?"
and the planner "what is already planned next week around here?". The
listing reads the shared store through the same ``Services`` the sending
uses, so the dock never opens the store itself.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from ..common.vocabulary import (
    ACCEPTED,
    DELIVERED,
    FAILED,
    PENDING,
    SUBMITTING,
    UNCERTAIN,
    UNDELIVERED,
)
from ..store.history import list_interventions
from ..store.interventions import Intervention
from .request import Services


@dataclass(frozen=True)
class HistoryEntry:
    """One intervention and the outbox states of its first notice's numbers (empty: none)."""

    intervention: Intervention
    notice_states: dict[str, int]

    def count(self, *states: str) -> int:
        return sum(self.notice_states.get(state, 0) for state in states)

    @property
    def sent(self) -> int:
        """Numbers the provider took (delivered or not)."""
        return self.count(ACCEPTED, DELIVERED, UNDELIVERED)

    @property
    def delivered(self) -> int:
        return self.count(DELIVERED)

    @property
    def failed(self) -> int:
        """Numbers that surely did not get the notice: refused, or not delivered."""
        return self.count(FAILED, UNDELIVERED)

    @property
    def in_doubt(self) -> int:
        """Numbers the provider may or may not have taken: checked before any re-send."""
        return self.count(UNCERTAIN, SUBMITTING)

    @property
    def waiting(self) -> int:
        return self.count(PENDING)


def list_history(
    services: Services, start: datetime | None, end: datetime | None, states: tuple = ()
) -> list[HistoryEntry]:
    """Interventions whose planned window meets [start, end] (naive: Rome time; None: no
    limit on that side), newest first.

    Newest is the last made: the one the operator is most likely looking for.
    """
    store = services.store
    found = list_interventions(store, start, end, states=states)
    return [
        HistoryEntry(
            item,
            dict(sorted(Counter(r.state for r in store.notice_recipients(item.reference)).items())),
        )
        for item in sorted(found, key=lambda item: item.id, reverse=True)
    ]
