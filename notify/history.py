"""What the history dock lists: the interventions of a period and how their notice went.

The call-centre asks "were the people of via Emilia warned on Tuesday?"
and the planner "what is already planned next week around here?". The
listing reads the shared store through the same ``Services`` the sending
uses, so the dock never opens the store itself.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from ..common.vocabulary import (
    ACCEPTED,
    DELIVERED,
    FAILED,
    NOTICE_KINDS,
    PENDING,
    SENT_STATES,
    SMS,
    SUBMITTING,
    UNCERTAIN,
    UNDELIVERED,
)
from ..store.history import list_interventions
from ..store.interventions import Intervention
from ..store.outbox import Outbox
from .request import Services


@dataclass(frozen=True)
class HistoryEntry:
    """One intervention and the outbox states of its first notice's numbers
    (empty: none); ``channels`` the states of its calls and emails, by channel."""

    intervention: Intervention
    notice_states: dict[str, int]
    channels: dict[str, dict] = field(default_factory=dict)

    def count(self, *states: str) -> int:
        """How many of the notice's SMS, calls and emails are in ``states``."""
        every = (self.notice_states, *self.channels.values())
        return sum(found.get(state, 0) for found in every for state in states)

    @property
    def sent_by_channel(self) -> dict[str, int]:
        """What the provider took of the notice, per channel (SMS, calls,
        emails); a channel the notice did not use is left out."""
        sent = {SMS: sum(self.notice_states.get(state, 0) for state in SENT_STATES)}
        for channel, states in sorted(self.channels.items()):
            sent[channel] = sum(states.get(state, 0) for state in SENT_STATES)
        return sent

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

    Newest is the last made: the one the operator is most likely looking for. The
    notice's states are the outbox's, as the sending left them: a run killed mid-send
    leaves its numbers in doubt there, while the history's snapshot, written before
    the send and updated after it, would still call them waiting. The snapshot
    answers only where this outbox holds none of the notice's SMS.
    """
    store = services.store
    found = list_interventions(store, start, end, states=states)
    channels = services.outbox.latest_channel_counts(
        [item.reference for item in found], NOTICE_KINDS
    )
    entries = []
    for item in sorted(found, key=lambda item: item.id, reverse=True):
        others = dict(channels.get(item.reference, {}))
        texted = others.pop(SMS, None)
        if texted is None:  # sent from another PC, or before the outbox kept it
            texted = Counter(r.state for r in store.notice_recipients(item.reference))
        entries.append(HistoryEntry(item, _present(texted), others))
    return entries


def _present(states) -> dict[str, int]:
    """``states`` without the states no number is in, in order of name."""
    return {state: count for state, count in sorted(states.items()) if count}


def sent_per_channel(outbox: Outbox, references=None) -> dict[str, dict[str, int]]:
    """Per intervention, what the provider took of its first notice, per
    channel (``{"sms": 80, "call": 5, "email": 3}``): the history layer's figures."""
    return {
        reference: {
            channel: sum(states[state] for state in SENT_STATES)
            for channel, states in channels.items()
        }
        for reference, channels in outbox.latest_channel_counts(references, NOTICE_KINDS).items()
    }
