"""An intervention's messages, number by number, and the deliberate re-send.

Two questions come up after the first notice: which messages each number
got and in which state (an UNCERTAIN one must be checked, not blindly
repeated), and how to repeat a message on purpose. A deliberate re-send
goes through ``Outbox.resend`` with the operator's name and reason, so it is
the only way a number gets the same message twice and it is in the audit
trail. Both cover every channel: a call that rang out is called again, an
email the server refused is sent again, each on its own channel.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from ..common.log_words import say
from ..common.vocabulary import CALL, CHANNELS, EMAIL, SMS, UNCERTAIN
from ..store.interventions import ROME
from ..store.outbox import OutboxMessage
from .dispatcher import Dispatcher
from .follow_channels import not_configured
from .other_channels import mail_provider
from .recovery import prepare, send_due
from .request import NotifyResult, Reason, Resend, Services
from .states import latest_by_channel, latest_messages, not_received, sent_by_press, state_counts

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
    """The newest message per message kind, channel and number or address
    (notice first, then follow-ups; SMS, then calls, then emails)."""
    outbox = services.outbox
    kinds = dict.fromkeys(m.kind for m in outbox.messages(intervention_id=reference))
    rows: list[OutboxMessage] = []
    for kind in kinds:
        for channel in CHANNELS:
            latest = latest_messages(outbox, reference, kind, channel).values()
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

    Each number or address gets the exact text it had, on the channel it had
    it by: an SMS is texted again, a landline called again, an address
    emailed again (a new outbox generation, one audit row per channel with
    the operator and the reason); the history's recipient states are
    brought up to date afterwards. A channel no longer set up (no voice
    profile, no mail server) is refused with its code, nothing sent.
    """
    before = latest_by_channel(services.outbox, reference, kind)
    groups: dict[str, list[str]] = {}
    for phone in phones:
        channel = next((c for c in CHANNELS if phone in before[c]), None)
        groups.setdefault(channel, []).append(phone)
    unknown = groups.pop(None, [])
    if unknown or not phones:
        return _refused(
            kind,
            reference,
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
        )
    missing = [
        not_configured(channel, len(group), kind, reference)
        for channel, group in groups.items()
        if _provider(services, channel) is None
    ]
    if missing:
        return _refused(kind, reference, *missing)
    summary = None
    for channel, group in groups.items():
        summary = _resend_channel(
            services, reference, kind, channel, group, before[channel], resend, progress
        )
        if summary.error or summary.canceled:
            break
    say(
        LOG,
        logging.INFO,
        "resent",
        reference=reference,
        kind=kind,
        count=len(phones),
        actor=resend.operator,
        why=resend.reason,
    )
    after = latest_by_channel(services.outbox, reference, kind)
    texted = groups.get(SMS, [])
    if texted:
        services.store.update_recipient_states(
            reference, kind, {phone: after[SMS][phone].state for phone in texted}
        )
    chosen = {phone: after[channel][phone] for channel, group in groups.items() for phone in group}
    sent_now = sum(
        sent_by_press(before[channel], after[channel], group)[0]
        for channel, group in groups.items()
    )
    return NotifyResult(
        kind=kind,
        reference=reference,
        counts=state_counts(chosen),
        recipients=len(phones),
        queued=len(phones),
        sent_now=sent_now,
        not_received=not_received(chosen),
        canceled=summary.canceled,
        error=summary.error,
        needs_operator=len(summary.needs_operator),
        state=services.store.get(reference).state,
        calls=_states_of(after[CALL], groups.get(CALL, [])),
        emails=_states_of(after[EMAIL], groups.get(EMAIL, [])),
    )


def _resend_channel(services, reference, kind, channel, phones, before, resend, progress):
    """One channel's deliberate re-send, recovering first: each text again,
    a new generation per number, audited."""
    provider = _provider(services, channel)
    try:
        dispatcher = Dispatcher(services.outbox, provider, retry=services.retry)
        prepare(dispatcher, reference)
        by_text: dict[str, list[str]] = {}
        for phone in phones:
            by_text.setdefault(before[phone].text, []).append(phone)
        for text, group in by_text.items():
            services.outbox.resend(
                reference, kind, text, group, resend.operator, resend.reason, channel
            )
        return send_due(dispatcher, reference, progress)
    finally:
        if channel == EMAIL:
            provider.close()


def _provider(services: Services, channel: str):
    """The provider ``services`` send ``channel`` by, None when it is not set up."""
    if channel == CALL:
        return services.voice
    if channel == EMAIL:
        return mail_provider(services) if services.mail else None
    return services.provider


def _states_of(latest: dict, phones) -> dict:
    return state_counts({phone: latest[phone] for phone in phones}) if phones else {}


def _refused(kind: str, reference: str, *reasons) -> NotifyResult:
    return NotifyResult(kind=kind, reference=reference, refused=reasons)
