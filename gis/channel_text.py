"""How the calls and the customers' emails went, in the operator's words.

A notice and what follows it go by SMS, by a call to a landline or by
email (``customers.channels``, ``notify.follow_channels``); the notify
dialog, the history dock (its figures and its follow-ups) and
``outage:reschedule`` say each channel apart, with the same sentences.
"""

from __future__ import annotations

from ..common.vocabulary import CALL, EMAIL, FAILED, PENDING, SENT_STATES, SMS, UNCERTAIN
from .i18n import tr


def per_channel_text(counts: dict) -> str:
    """``{"sms": 80, "call": 5, "email": 3}`` as "80 SMS, 5 calls, 3 emails"
    (the channels given, in that order)."""
    words = {SMS: tr("{n} SMS"), CALL: tr("{n} calls"), EMAIL: tr("{n} emails")}
    return ", ".join(
        words[channel].format(n=counts[channel])
        for channel in (SMS, CALL, EMAIL)
        if channel in counts
    )


def channels_text(counts: dict) -> str:
    """Who a message goes to per channel, "2 SMS, 2 calls, 1 emails" (the
    channels with nobody left out); "nobody" when none."""
    return per_channel_text({channel: n for channel, n in counts.items() if n}) or tr("nobody")


def other_channels_text(result) -> list:
    """How the calls and the customers' emails of ``result`` (a
    ``NotifyResult``) went, when there were any."""
    lines = []
    for counts, text in (
        (
            result.calls,
            tr("Calls: {sent} placed, {waiting} waiting, {doubt} in doubt, {failed} failed."),
        ),
        (
            result.emails,
            tr("Emails: {sent} sent, {waiting} waiting, {doubt} in doubt, {failed} failed."),
        ),
    ):
        if any(counts.values()):
            lines.append(
                text.format(
                    sent=sum(counts.get(state, 0) for state in SENT_STATES),
                    waiting=counts.get(PENDING, 0),
                    doubt=counts.get(UNCERTAIN, 0),
                    failed=counts.get(FAILED, 0),
                )
            )
    return lines
