"""A notice still waiting for its first send moves with the work.

A notice prepared at night waits for the send window's 08:00, and one the
operator scheduled waits for its *send at*. When the work then moves
(``notify.changes.reschedule``) or takes longer (``extend``), nobody may get
the old dates: the messages of the notice still waiting (PENDING, on every
channel) are written again from the same template with the new dates, for
the same recipients on the same channels, and keep their send time unless
it would now leave less than 48 hours before the new start (then they go as
early as they may: now, or the window's next opening). Whoever already had
the notice (or is having it: a message a sender holds is past recall) gets
the postponement or extension instead (``notify.changes``); the others get
the notice with the new dates, and no postponement of a notice they never had.

The new dates, the new texts and calling off what the change makes wrong
(the reminders, a postponement or extension still waiting) are one
transaction (``InterventionStore.change_window(also=...)``): after a crash
either everything is as before or everything has moved. The outbox's UPDATE
takes each waiting row's lock, so a dispatcher claiming at the same moment
either took the message first (it goes as it was, and its number gets the
postponement) or finds it with the new text, never both.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone

from ..common.vocabulary import CALL, EMAIL, PENDING
from ..messages.context import MessageError
from ..messages.dates import to_local
from ..messages.preview import Preview
from ..messages.render import TemplateError
from ..messages.rules import MIN_NOTICE
from ..messages.send_time import is_later, phrase, send_time
from ..messages.speech import render_speech
from ..store.interventions import Intervention, to_rome
from .other_channels import customer_email, message_context
from .pipeline import preview_at
from .request import MessageOptions, Reason, Services
from .states import every_channel_states, latest_by_channel


@dataclass(frozen=True)
class Change:
    """A change of the work: who (``operator``), how its texts are written
    (``options``), its history ``action`` (rescheduled, extended), the
    waiting kinds it makes wrong (``call_off``) and the audit's ``reason``."""

    options: MessageOptions
    operator: str
    action: str
    call_off: tuple = ()
    reason: str = "work changed"


@dataclass(frozen=True)
class Moved:
    """A change's effect on the notice still waiting: the notice with the new
    dates (None: nothing of it waits), how many messages per channel were
    written again, when they go (``at``; ``retimed``: a new send time), what
    else was called off per kind, and why it cannot be done."""

    preview: Preview | None = None
    waiting: dict = field(default_factory=dict)
    at: datetime | None = None
    now: datetime | None = None
    retimed: bool = False
    called_off: dict = field(default_factory=dict)
    refused: tuple = ()
    warnings: tuple = ()

    @property
    def count(self) -> int:
        return sum(self.waiting.values())

    @property
    def scheduled_at(self) -> datetime | None:
        """When the notice written again goes, if later than now (None: now)."""
        return self.at if self.at and is_later(self.at, self.now) else None


def waiting_notice(services: Services, reference: str) -> dict[str, int]:
    """How many messages of the notice of ``reference`` still wait, per channel."""
    kind = services.store.get(reference).kind
    pending = services.outbox.messages(PENDING, reference)
    return dict(Counter(message.channel for message in pending if message.kind == kind))


def preview_moved(
    services: Services,
    intervention: Intervention,
    options: MessageOptions,
    start: datetime,
    end: datetime,
) -> Moved:
    """The notice of ``intervention`` written again for ``start``-``end`` and
    when it goes, as ``move`` does it; nothing is written (the dialog shows it)."""
    waiting = waiting_notice(services, intervention.reference)
    if not waiting:
        return Moved()
    try:
        start, end = to_rome(start, "planned_start"), to_rome(end, "planned_end")
    except ValueError as error:
        return Moved(refused=(str(error),))
    options = _notice_options(services, intervention, options)
    now = to_local(services.now())
    retimed, leaves = _send_time(services, intervention, options, now, start)
    places = {
        "municipalities": intervention.municipalities,
        "streets": services.store.notice_streets(intervention.reference),
    }
    kind, reference = intervention.kind, intervention.reference
    shown = preview_at(kind, start, end, reference, places, options, leaves, now)
    if shown.refused or shown.preview is None:
        return Moved(waiting=waiting, refused=tuple(shown.refused))
    return Moved(shown.preview, waiting, leaves, now, retimed, warnings=tuple(shown.warnings))


def move(services: Services, reference: str, window: tuple, change: Change) -> Moved:
    """Change the work's ``window`` (start, end) as ``change`` says, write
    the waiting notice again and call off the waiting messages of the
    kinds the change makes wrong, in one transaction (see module).
    The history's snapshot of the notice is then brought up to date, so the
    follow-up goes to whoever had the notice or is having it, nobody else."""
    store, outbox = services.store, services.outbox
    start, end = window
    options, operator = change.options, change.operator
    intervention = store.get(reference)
    planned = preview_moved(services, intervention, options, start, end)
    if planned.refused:
        return planned
    texts = _texts(services, intervention, options, planned, start, end) if planned.count else {}
    if isinstance(texts, Moved):
        return texts
    if store.db is not outbox.db:
        raise ValueError("The outbox and the interventions must share one database.")
    not_before = planned.at.timestamp() if planned.retimed else None
    found: dict = {}

    def also(conn) -> None:
        found["waiting"] = outbox.retext_in(conn, reference, intervention.kind, texts, not_before)
        found["called_off"] = {
            kind: outbox.cancel(reference, operator, change.reason, kind=kind, within=conn)
            for kind in change.call_off
        }

    store.change_window(reference, start, end, operator, change.action, also=also)
    moved = {channel: count for channel, count in found["waiting"].items() if count}
    if moved:
        store.record_notification(
            reference,
            intervention.kind,
            (),
            text=planned.preview.text,
            language=_notice_options(services, intervention, options).language,
            actor=operator,
        )
    store.update_recipient_states(
        reference,
        intervention.kind,
        every_channel_states(latest_by_channel(outbox, reference, intervention.kind)),
    )
    return Moved(
        planned.preview if moved else None,
        moved,
        planned.at if moved else None,
        planned.now,
        planned.retimed and bool(moved),
        {kind: count for kind, count in found["called_off"].items() if count},
        warnings=planned.warnings if moved else (),
    )


def moved_reason(reference: str, moved: Moved, lang: str) -> Reason:
    """What the operator is told of the notice written again: how many
    messages, and when they go ("domani alle 08:00"; said only when later)."""
    params = {"reference": reference, "messages": moved.count}
    when = moved.scheduled_at
    if when is None:
        return Reason(
            f"The notice still waiting for {moved.count} message(s) of {reference} goes with "
            "the new dates.",
            "waiting_notice_moved",
            params,
        )
    said = phrase(when, moved.now, lang)
    return Reason(
        f"The notice still waiting for {moved.count} message(s) of {reference} goes with the "
        f"new dates, {said}.",
        "waiting_notice_moved_at",
        {**params, "when": said, "at": when.isoformat()},
    )


def _notice_options(services, intervention, options: MessageOptions) -> MessageOptions:
    """``options`` in the language the notice was written in."""
    for kind, language, _text in services.store.message_texts(intervention.reference):
        if kind == intervention.kind:
            return replace(options, language=language)
    return options


def _send_time(services, intervention, options, now: datetime, start: datetime):
    """``(retimed, leaves)``: when the waiting notice goes. It keeps its
    time (not retimed) unless the work now starts sooner and that time no
    longer gives 48 hours' notice of ``start``: then it goes as early as it
    may (now, or the send window's next opening)."""
    times = [
        to_local(datetime.fromtimestamp(at, timezone.utc))
        for kind, _generation, _channel, at, _count in services.outbox.waiting(
            intervention.reference
        )
        if kind == intervention.kind
    ]
    waits_until = max(times, default=now)
    sooner = start < intervention.planned_start
    if not sooner or waits_until + MIN_NOTICE <= start or waits_until <= now:
        return False, waits_until
    soonest = send_time(now, intervention.kind, None, options.rules.window, options.override_window)
    return True, soonest


def _texts(services, intervention, options, planned: Moved, start, end):
    """The new text of each channel that waits, or a refused ``Moved``."""
    options = _notice_options(services, intervention, options)
    places = {
        "municipalities": intervention.municipalities,
        "streets": services.store.notice_streets(intervention.reference),
    }
    context = message_context(
        intervention.kind, start, end, intervention.reference, places, options
    )
    sms = planned.preview.text
    texts = {}
    try:
        for channel in planned.waiting:
            if channel == CALL:
                texts[channel] = render_speech(context, options.templates_dir)
            elif channel == EMAIL:
                texts[channel] = customer_email(context, options.templates_dir, sms)
            else:
                texts[channel] = sms
    except (TemplateError, MessageError) as error:
        return Moved(waiting=planned.waiting, refused=(Reason.of(error),))
    return texts
