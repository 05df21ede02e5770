"""Changes to a work already announced: new dates, a later end, an early finish.

Works move and overrun. Each change is told to the numbers that had the
notice (never an opted-out one), as a message of its own kind, and the
history keeps the times before the change (``InterventionStore.change_window``):

* ``reschedule``: a new window; the postponement notice goes, the old
  reminders (and a postponement or extension still waiting for the send
  window, now wrong) are called off and, when there were reminders, new
  ones are scheduled for the new dates;
* ``extend``: a later end; the extension notice goes (an earlier one
  still waiting is called off) and the reminders waiting are scheduled
  again for the new end;
* finished early: ``notify.lifecycle.finish`` with the moment the water
  came back, then the water-back notice (``pipeline.follow_up``).

A notice still waiting for its first send (for 08:00, or for the time the
operator chose) is not followed by a postponement: it is written again
with the new dates and goes to its recipients as they were
(``notify.waiting_notice``); only whoever already had it gets the
postponement or extension. Recovery comes first, so a dead sender's
messages count as had.

Each change may happen more than once (a second postponement), so each
notice is a new generation of its kind: its own deduplication key. The
text is checked before anything changes: a refused notice leaves the
intervention as it was.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from ..common.vocabulary import (
    ACTIVE_STATES,
    CHANGE_EXTENDED,
    CHANGE_RESCHEDULED,
    EXTENSION,
    POSTPONEMENT,
    REMINDER,
    SENT_STATES,
    SMS,
)
from ..store.interventions import Intervention, to_rome
from .dispatcher import Dispatcher
from .follow_channels import other_contacts
from .lifecycle import FollowUpPreview
from .pipeline import follow_up, preview_follow_up
from .publication import announce
from .recovery import prepare, send_due
from .reminders import schedule_reminders
from .replies import opted_out_numbers
from .request import MessageOptions, NotifyResult, Reason, Services
from .states import latest_messages, state_counts
from .waiting_notice import Change, move, moved_reason, preview_moved


def reschedule(
    reference: str,
    services: Services,
    options: MessageOptions,
    operator: str,
    start: datetime,
    end: datetime,
    progress=None,
) -> NotifyResult:
    """Move the work to ``start``-``end`` and tell the same numbers (see module)."""
    return _change(reference, services, options, operator, POSTPONEMENT, start, end, progress)


def extend(
    reference: str,
    services: Services,
    options: MessageOptions,
    operator: str,
    end: datetime,
    progress=None,
) -> NotifyResult:
    """The work ends later, at ``end``: the extension notice to the same numbers."""
    start = services.store.get(reference).planned_start
    return _change(reference, services, options, operator, EXTENSION, start, end, progress)


#: Per change: its history action, the waiting kinds it makes wrong, the audit's reason.
_CHANGES = {
    POSTPONEMENT: (CHANGE_RESCHEDULED, (REMINDER, POSTPONEMENT, EXTENSION), "work rescheduled"),
    EXTENSION: (CHANGE_EXTENDED, (REMINDER, EXTENSION), "work extended again"),
}


def _change(reference, services, options, operator, kind, start, end, progress) -> NotifyResult:
    """Recovery first; then the new dates, the waiting notice written again
    and what they make wrong called off, in one commit
    (``notify.waiting_notice``); then the ``kind`` notice to whoever had the
    notice, and the reminders again for the new dates when there were some."""
    refused = _checked(reference, services, options, kind, start, end)
    if refused is not None:
        return refused
    dispatcher = _dispatcher(services)
    if dispatcher is not None:
        prepare(dispatcher, reference)  # a dead run's claims settled: who had it is known
    action, stale, reason = _CHANGES[kind]
    moved = move(
        services, reference, (start, end), Change(options, operator, action, stale, reason)
    )
    if moved.refused:
        return NotifyResult(kind=kind, reference=reference, refused=moved.refused)
    announce(services, reference, action)
    if _anyone_told(services, reference):
        result = follow_up(
            reference, kind, services, options, operator, progress=progress, again=True
        )
    else:
        result = _notice_moved(reference, services, options, moved, dispatcher, progress)
    if moved.called_off.get(REMINDER):
        schedule_reminders(reference, services, options, operator)
    if moved.count and result.kind == kind:
        said = moved_reason(reference, moved, options.language)
        result = replace(result, warnings=(said,) + tuple(result.warnings))
    return replace(result, moved=moved.count)


def _anyone_told(services: Services, reference: str) -> bool:
    """Whether anybody had (or is having) the notice, on any channel."""
    return bool(services.store.already_warned(reference)) or any(
        other_contacts(services, reference).values()
    )


def _notice_moved(reference, services, options, moved, dispatcher, progress) -> NotifyResult:
    """The result when nobody had the notice: it waits (or goes, when due)
    with the new dates; no postponement is sent."""
    intervention = services.store.get(reference)
    summary = None
    if dispatcher is not None and moved.count and moved.scheduled_at is None:
        summary = send_due(dispatcher, reference, progress)
    after = latest_messages(services.outbox, reference, intervention.kind)
    said = (moved_reason(reference, moved, options.language),) if moved.count else ()
    noted = tuple(w for w in moved.warnings if getattr(w, "code", "") != "scheduled")
    return NotifyResult(
        kind=intervention.kind,
        reference=reference,
        preview=moved.preview,
        warnings=said + noted,
        counts=state_counts(after),
        recipients=len(after),
        queued=moved.count,
        sent_now=sum(1 for m in after.values() if m.state in SENT_STATES),
        canceled=bool(summary and summary.canceled),
        error=summary.error if summary else None,
        state=intervention.state,
        scheduled_at=moved.scheduled_at,
    )


def _dispatcher(services: Services) -> Dispatcher | None:
    """A dispatcher on the services' gateway (None: no gateway opened here)."""
    if services.provider is None:
        return None
    return Dispatcher(
        services.outbox, services.provider, retry=services.retry, clock=services.outbox.clock
    )


def preview_change(
    intervention: Intervention,
    kind: str,
    options: MessageOptions,
    now: datetime,
    start: datetime,
    end: datetime,
) -> FollowUpPreview:
    """The postponement or extension notice of ``intervention`` moved to
    ``start``-``end``, exactly as ``reschedule`` or ``extend`` sends it; nothing
    is read or written (the dialog shows it before the operator confirms)."""
    try:
        moved = replace(
            intervention,
            planned_start=to_rome(start, "planned_start"),
            planned_end=to_rome(end, "planned_end"),
        )
    except ValueError as error:
        return FollowUpPreview(None, (str(error),))
    shown = preview_follow_up(moved, kind, options, now)
    return FollowUpPreview(shown.preview, shown.refused, shown.warnings)


def change_preview(
    services: Services,
    intervention: Intervention,
    kind: str,
    options: MessageOptions,
    start: datetime,
    end: datetime,
) -> FollowUpPreview:
    """What a change of ``intervention`` to ``start``-``end`` sends, for the
    dialog to show before the operator confirms; nothing is written. The
    postponement or extension when anybody had the notice; when nobody did
    and the notice still waits, that notice with the new dates (and when it
    goes), as ``reschedule`` and ``extend`` write it."""
    now = services.now()
    if not _anyone_told(services, intervention.reference):
        moved = preview_moved(services, intervention, options, start, end)
        if moved.preview is not None or moved.refused:
            return FollowUpPreview(moved.preview, tuple(moved.refused), tuple(moved.warnings))
    return preview_change(intervention, kind, options, now, start, end)


def audience(services: Services, reference: str) -> dict[str, int]:
    """Who a change of ``reference`` is told to, per channel: the numbers that
    had the notice by SMS (less those on the opt-out list), and the landlines
    and addresses it reached by call or email (``notify.follow_channels``);
    channels with nobody are left out."""
    warned = [r.phone for r in services.store.already_warned(reference)]
    counts = {SMS: len(warned) - len(opted_out_numbers(services, warned))}
    counts.update(
        {channel: len(found) for channel, found in other_contacts(services, reference).items()}
    )
    return {channel: count for channel, count in counts.items() if count}


def _checked(reference, services, options, kind, start, end) -> NotifyResult | None:
    """The refusal of this change's notice, or None when it can go."""
    intervention = services.store.get(reference)
    if intervention.state not in ACTIVE_STATES:
        closed = Reason(
            f"Intervention {reference} is {intervention.state}: no notice is sent for it.",
            "intervention_closed",
            {"reference": reference, "state": intervention.state},
        )
        return NotifyResult(kind=kind, reference=reference, refused=(closed,))
    shown = preview_change(intervention, kind, options, services.now(), start, end)
    if not shown.blocking:
        return None
    return NotifyResult(kind=kind, reference=reference, refused=tuple(shown.blocking))
