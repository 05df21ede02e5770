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

from ..store.history import list_interventions
from ..store.interventions import Intervention
from .request import Services


@dataclass(frozen=True)
class HistoryEntry:
    """One intervention and the outbox states of its first notice's numbers (empty: none)."""

    intervention: Intervention
    notice_states: dict[str, int]


def list_history(
    services: Services, start: datetime, end: datetime, states: tuple = ()
) -> list[HistoryEntry]:
    """Interventions whose planned window meets [start, end] (naive: Rome time), oldest first."""
    store = services.store
    return [
        HistoryEntry(
            item,
            dict(sorted(Counter(r.state for r in store.notice_recipients(item.reference)).items())),
        )
        for item in list_interventions(store, start, end, states=states)
    ]
