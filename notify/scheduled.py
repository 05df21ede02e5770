"""What of an intervention waits to be sent at a later time, and calling it off.

A notice prepared with *send at* (or outside the send window) and the
reminders wait in the outbox for their time (``next_attempt_at``). The
operator sees them per message and time, "the reminder of Thursday 19:00
to 120 numbers", and may call one off before it goes: its messages become
FAILED ``cancelled_before_sending`` (``Outbox.cancel``), audited, never
sent; one a sender has already claimed is past recall.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from ..messages.dates import to_local
from .request import Services


@dataclass(frozen=True)
class Waiting:
    """One message waiting for its time: its kind, which one of that kind
    (``generation``), when it goes (Rome) and how many per channel."""

    kind: str
    generation: int
    at: datetime
    channels: dict = field(default_factory=dict)

    @property
    def count(self) -> int:
        return sum(self.channels.values())


def waiting(services: Services, reference: str) -> list[Waiting]:
    """What of ``reference`` waits for a later time, soonest first."""
    found: dict = {}
    for kind, generation, channel, at, count in services.outbox.waiting(reference):
        key = (kind, generation)
        if key not in found:
            found[key] = Waiting(
                kind, generation, to_local(datetime.fromtimestamp(at, timezone.utc))
            )
        found[key].channels[channel] = count
    return sorted(found.values(), key=lambda item: (item.at, item.kind, item.generation))


def call_off(services: Services, reference: str, operator: str, reason: str, items) -> int:
    """Call off the waiting ``items`` (``Waiting``) of ``reference``; how many messages."""
    return sum(
        services.outbox.cancel(
            reference, operator, reason, kind=item.kind, generation=item.generation
        )
        for item in items
    )
