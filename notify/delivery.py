"""What an intervention's SMS came to, in the four figures the operator reads.

The outbox holds seven states; the history dock, the pilot report and the
dispatch run speak of four things: sent (the provider took it), delivered
(the phone got it), failed (refused, or sent but never delivered) and in
doubt (the provider may have it; it is being checked, never resent
blindly), plus what still waits to go.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..common.vocabulary import (
    DELIVERED,
    FAILED,
    PENDING,
    SENT_STATES,
    SUBMITTING,
    UNCERTAIN,
    UNDELIVERED,
)
from ..store.outbox import Outbox


@dataclass(frozen=True)
class DeliveryCounts:
    """One intervention's numbers (each message kind and number once)."""

    sent: int = 0
    delivered: int = 0
    failed: int = 0
    in_doubt: int = 0
    waiting: int = 0

    @classmethod
    def of(cls, states: dict) -> DeliveryCounts:
        """The figures of a per-state count (``Outbox.latest_counts``)."""
        return cls(
            sent=sum(states.get(state, 0) for state in SENT_STATES),
            delivered=states.get(DELIVERED, 0),
            failed=states.get(FAILED, 0) + states.get(UNDELIVERED, 0),
            in_doubt=states.get(UNCERTAIN, 0) + states.get(SUBMITTING, 0),
            waiting=states.get(PENDING, 0),
        )


def delivery_counts(
    outbox: Outbox, references: Sequence[str] | None = None
) -> dict[str, DeliveryCounts]:
    """Per intervention reference (all, or ``references``), its figures;
    an intervention without any SMS is absent (the caller shows zeros)."""
    return {
        reference: DeliveryCounts.of(states)
        for reference, states in outbox.latest_counts(references).items()
    }
