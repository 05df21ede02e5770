"""What the history dock does to an intervention's messages, without any Qt.

Three questions come up after the first notice: what will the follow-up
say (the operator confirms the exact text before it goes), which messages
each number got and in which state (an UNCERTAIN one must be checked, not
blindly repeated), and how to repeat a message on purpose. A deliberate
re-send goes through ``Outbox.resend`` with the operator's name and reason,
so it is the only way a number gets the same message twice and it is in
the audit trail. Kept free of Qt so the batch tools could call it too.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Optional

from ..common.vocabulary import UNCERTAIN
from ..messages.preview import Preview
from ..notify.dispatcher import Dispatcher
from ..notify.pipeline import preview_follow_up
from ..notify.request import MessageOptions, NotifyResult, Resend, Services
from ..notify.states import latest_messages, state_counts
from ..store.interventions import Intervention
from ..store.outbox import Outbox, OutboxMessage

LOG = logging.getLogger("water_outage_notifier.dialogs")


@dataclass(frozen=True)
class FollowUpPreview:
    """The follow-up text (None when it cannot be made), what blocks it, what to note."""

    preview: Optional[Preview]
    blocking: tuple = ()
    warnings: tuple = ()


def follow_up_preview(
    intervention: Intervention,
    kind: str,
    options: MessageOptions,
    now: datetime,
    at: Optional[datetime] = None,
) -> FollowUpPreview:
    """The "water back" or "cancelled" SMS exactly as ``notify.pipeline.follow_up`` sends it.

    The pipeline's own preview (``preview_follow_up``), in the shape the offer dialog shows.
    """
    shown = preview_follow_up(intervention, kind, options, now, at)
    return FollowUpPreview(shown.preview, shown.refused, shown.warnings)


def latest_by_kind(outbox: Outbox, reference: str) -> list[OutboxMessage]:
    """The newest message per message kind and phone, notice first, then follow-ups."""
    kinds = dict.fromkeys(m.kind for m in outbox.messages(intervention_id=reference))
    rows: list[OutboxMessage] = []
    for kind in kinds:
        rows.extend(sorted(latest_messages(outbox, reference, kind).values(), key=_by_phone))
    return rows


def _by_phone(message: OutboxMessage) -> str:
    return message.phone


def uncertain_count(messages: list[OutboxMessage]) -> int:
    return sum(1 for m in messages if m.state == UNCERTAIN)


def missing_follow_up(services: Services, reference: str, kind: str) -> list[str]:
    """Warned numbers that have no ``kind`` message yet (what a follow-up would still send)."""
    had = latest_messages(services.outbox, reference, kind)
    return [r.phone for r in services.store.already_warned(reference) if r.phone not in had]


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
                f"Only a message already sent can be re-sent: {len(unknown)} of the "
                f"{len(phones)} number(s) never had the '{kind}' message of {reference}.",
            ),
        )
    by_text: dict[str, list[str]] = {}
    for phone in phones:
        by_text.setdefault(before[phone].text, []).append(phone)
    dispatcher = Dispatcher(services.outbox, services.provider, retry=services.retry)
    summary = None
    for text, group in by_text.items():
        services.outbox.resend(reference, kind, text, group, resend.operator, resend.reason)
        summary = dispatcher.send_intervention(reference, kind, text, group, progress)
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
        canceled=summary.canceled,
        error=summary.error,
        needs_operator=len(summary.needs_operator),
        state=services.store.get(reference).state,
    )
