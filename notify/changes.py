"""Changes to a work already announced: new dates, a later end, an early finish.

Works move and overrun. Each change is told to the numbers that had the
notice (never an opted-out one), as a message of its own kind, and the
history keeps the times before the change (``InterventionStore.change_window``):

* ``reschedule``: a new window; the postponement notice goes, the old
  reminders (and a postponement or extension still waiting for the send
  window, now wrong) are called off and, when there were reminders, new
  ones are scheduled for the new dates;
* ``extend``: a later end; the extension notice goes (an earlier one
  still waiting is called off);
* finished early: ``notify.lifecycle.finish`` with the moment the water
  came back, then the water-back notice (``pipeline.follow_up``).

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
    SMS,
)
from ..store.interventions import Intervention, to_rome
from .follow_channels import other_contacts
from .lifecycle import FollowUpPreview
from .pipeline import follow_up, preview_follow_up
from .publication import announce
from .reminders import call_off_waiting, cancel_reminders, schedule_reminders
from .replies import opted_out_numbers
from .request import MessageOptions, NotifyResult, Reason, Services


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
    refused = _checked(reference, services, options, POSTPONEMENT, start, end)
    if refused is not None:
        return refused
    services.store.change_window(reference, start, end, operator, CHANGE_RESCHEDULED)
    had_reminders = cancel_reminders(reference, services, operator, "work rescheduled")
    call_off_waiting(reference, services, operator, "work rescheduled", (POSTPONEMENT, EXTENSION))
    announce(services, reference, CHANGE_RESCHEDULED)
    result = follow_up(
        reference, POSTPONEMENT, services, options, operator, progress=progress, again=True
    )
    if had_reminders:
        schedule_reminders(reference, services, options, operator)
    return result


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
    refused = _checked(reference, services, options, EXTENSION, start, end)
    if refused is not None:
        return refused
    services.store.change_window(reference, start, end, operator, CHANGE_EXTENDED)
    call_off_waiting(reference, services, operator, "work extended again", (EXTENSION,))
    announce(services, reference, CHANGE_EXTENDED)
    return follow_up(
        reference, EXTENSION, services, options, operator, progress=progress, again=True
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
