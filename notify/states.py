"""Reading one message kind's states back from the outbox.

The outbox keys messages by intervention, kind and phone (plus a generation
for deliberate re-sends); the dialog, the JSON report and the history want
one state per phone, the latest generation's, and counts per state.
"""

from __future__ import annotations

from collections import Counter

from ..common.sms_encoding import analyse
from ..common.vocabulary import (
    CANCELLED_BEFORE_SENDING,
    CHANNELS,
    FAILED,
    OUTBOX_STATES,
    SENT_STATES,
    SMS,
    UNDELIVERED,
)
from ..store.interventions import MessageRow, RecipientState
from ..store.outbox import Outbox, OutboxMessage


def latest_messages(
    outbox: Outbox, reference: str, kind: str, channel: str = SMS
) -> dict[str, OutboxMessage]:
    """The newest outbox row per phone for this intervention, message kind
    and channel (the SMS, unless asked: the history lists numbers texted)."""
    latest: dict[str, OutboxMessage] = {}
    for message in outbox.messages(intervention_id=reference, channel=channel):
        if message.kind == kind:
            latest[message.phone] = message  # rows come by id: a later generation wins
    return latest


def latest_by_channel(outbox: Outbox, reference: str, kind: str) -> dict[str, dict]:
    """:func:`latest_messages` of every channel (SMS, calls, emails), by channel."""
    return {channel: latest_messages(outbox, reference, kind, channel) for channel in CHANNELS}


def every_channel_states(latest: dict[str, dict]) -> dict[str, str]:
    """Each number's, landline's and address's latest state, from :func:`latest_by_channel`'s
    answer, for the history's snapshot (``InterventionStore.update_recipient_states``)."""
    states = {}
    for found in latest.values():
        states.update({phone: message.state for phone, message in found.items()})
    return states


def state_counts(messages: dict[str, OutboxMessage]) -> dict[str, int]:
    """How many phones are in each outbox state (every state listed)."""
    found = Counter(message.state for message in messages.values())
    return {state: found.get(state, 0) for state in OUTBOX_STATES}


def sent_by_press(before: dict, after: dict, phones) -> tuple[int, int]:
    """``(now, before)``: numbers the provider took during one press, and those it had
    taken already (a number left PENDING by a refused login counts as sent now
    when the next press sends it; a deliberate re-send is a new row, so now too)."""
    now = earlier = 0
    for phone in phones:
        old, new = before.get(phone), after.get(phone)
        if old is not None and old.state in SENT_STATES and (new is None or new.id == old.id):
            earlier += 1
        elif new is not None and new.state in SENT_STATES:
            now += 1
    return now, earlier


def not_received(messages: dict[str, OutboxMessage]) -> dict[str, int]:
    """Numbers that surely did not get the notice (FAILED, UNDELIVERED), by reason code."""
    found = Counter(
        message.code or message.state
        for message in messages.values()
        if message.state in (FAILED, UNDELIVERED)
    )
    return dict(sorted(found.items()))


def recipient_states(
    messages: dict[str, OutboxMessage], customers_by_phone: dict, segments: int, channel=SMS
) -> list[RecipientState]:
    """The history's snapshot: each phone's (landline's, address's) state and
    the customers it speaks for."""
    return [
        RecipientState(
            phone, tuple(customers_by_phone.get(phone, ())), row.state, segments, channel
        )
        for phone, row in messages.items()
        if phone in customers_by_phone
    ]


def message_rows_source(outbox: Outbox):
    """The pilot report's ``messages`` callable: each intervention's messages
    as the outbox has them, SMS, calls and emails.

    One row per message kind, channel and number or address (the latest
    generation); an SMS with the segments its text takes, so the report
    counts what was really billed (a call or an email has none).
    """

    def rows(reference: str) -> list[MessageRow]:
        latest: dict = {}
        for message in outbox.messages(intervention_id=reference):
            if message.code != CANCELLED_BEFORE_SENDING:  # never sent, never billed
                latest[(message.kind, message.channel, message.phone)] = message
        return [
            MessageRow(
                kind, phone, row.state, analyse(row.text).segments if channel == SMS else 0, channel
            )
            for (kind, channel, phone), row in sorted(latest.items())
        ]

    return rows
