"""An intervention's messages, number by number, and the deliberate re-send.

Two questions come up after the first notice: which messages each number
got and in which state (an UNCERTAIN one must be checked, not blindly
repeated), and how to repeat a message on purpose. A deliberate re-send
goes through ``Outbox.resend`` with the operator's name and reason, so it is
the only way a number gets the same message twice and it is in the audit
trail.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from ..common.vocabulary import UNCERTAIN
from ..store.interventions import ROME
from ..store.outbox import OutboxMessage
from .dispatcher import Dispatcher
from .recovery import prepare, send_due
from .request import NotifyResult, Reason, Resend, Services
from .states import latest_messages, not_received, sent_by_press, state_counts

LOG = logging.getLogger("water_outage_notifier.notify")


@dataclass(frozen=True)
class Resent:
    """One line of the re-send audit trail: who sent what again, to how many, and why."""

    at: datetime
    kind: str
    operator: str
    reason: str
    messages: int


@dataclass(frozen=True)
class MessagesView:
    """An intervention's newest message per kind and number, and its re-sends."""

    rows: tuple[OutboxMessage, ...]
    resent: tuple[Resent, ...]

    @property
    def uncertain(self) -> int:
        return sum(1 for m in self.rows if m.state == UNCERTAIN)


def messages_of(services: Services, reference: str) -> MessagesView:
    """The newest message per message kind and phone (notice first, then follow-ups)."""
    outbox = services.outbox
    kinds = dict.fromkeys(m.kind for m in outbox.messages(intervention_id=reference))
    rows: list[OutboxMessage] = []
    for kind in kinds:
        latest = latest_messages(outbox, reference, kind).values()
        rows.extend(sorted(latest, key=lambda message: message.phone))
    resent = tuple(
        Resent(
            datetime.fromtimestamp(entry["at"], ROME),
            entry["kind"],
            entry["operator"],
            entry["reason"],
            entry["messages"],
        )
        for entry in outbox.audit(reference)
    )
    return MessagesView(tuple(rows), resent)


def resend_messages(
    services: Services,
    reference: str,
    kind: str,
    phones: list[str],
    resend: Resend,
    progress=None,
) -> NotifyResult:
    """Send the ``kind`` message of ``reference`` again to ``phones``, on purpose.

    Each number gets the exact text it had (a new outbox generation, one
    audit row with the operator and the reason); the history's recipient
    states are brought up to date afterwards.
    """
    before = latest_messages(services.outbox, reference, kind)
    unknown = [phone for phone in phones if phone not in before]
    if unknown or not phones:
        return NotifyResult(
            kind=kind,
            reference=reference,
            refused=(
                Reason(
                    f"Only a message already sent can be re-sent: {len(unknown)} of the "
                    f"{len(phones)} number(s) never had the '{kind}' message of {reference}.",
                    "resend_never_sent",
                    {
                        "unknown": len(unknown),
                        "numbers": len(phones),
                        "kind": kind,
                        "reference": reference,
                    },
                ),
            ),
        )
    by_text: dict[str, list[str]] = {}
    for phone in phones:
        by_text.setdefault(before[phone].text, []).append(phone)
    dispatcher = Dispatcher(services.outbox, services.provider, retry=services.retry)
    prepare(dispatcher, reference)
    for text, group in by_text.items():
        services.outbox.resend(reference, kind, text, group, resend.operator, resend.reason)
    summary = send_due(dispatcher, reference, progress)
    LOG.info(
        "Intervention %s: '%s' re-sent to %d number(s) by %s: %s",
        reference,
        kind,
        len(phones),
        resend.operator,
        resend.reason,
    )
    after = latest_messages(services.outbox, reference, kind)
    services.store.update_recipient_states(
        reference, kind, {phone: after[phone].state for phone in phones}
    )
    chosen = {phone: after[phone] for phone in phones}
    return NotifyResult(
        kind=kind,
        reference=reference,
        counts=state_counts(chosen),
        recipients=len(phones),
        queued=len(phones),
        sent_now=sent_by_press(before, after, phones)[0],
        not_received=not_received(chosen),
        canceled=summary.canceled,
        error=summary.error,
        needs_operator=len(summary.needs_operator),
        state=services.store.get(reference).state,
    )
