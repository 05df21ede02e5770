"""Reminders of a notice already sent: the evening before, the morning of, each day.

A notice goes days ahead (48 hours at least); a reminder closer to the
work keeps people from being caught without water. Per intervention the
operator may schedule, to the numbers that had the notice (never more,
never an opted-out one):

* the **evening before**, at a set hour (19:00 by default);
* the **morning of the work**, at the send window's opening (08:00), when
  that is before the start;
* for a work of several days, **each following morning** it still lasts.

Each reminder is a message of its own in the outbox, kind ``reminder``,
one generation per reminder (so its deduplication key is its own), waiting
for its send time (``next_attempt_at``): ``outage:dispatch`` or the
background task sends it when due. Cancelling the work, or finishing it,
calls off those not gone yet, with anything else still waiting
(``call_off_waiting``; ``notify.lifecycle`` does it), so a cancelled work
never gets one. The texts are
``templates/sms/reminder/any.{it,en}.j2``.

A customer whose notice was a call or an email gets each reminder the same
way (``notify.follow_channels``): a call saying
``templates/speech/reminder.{it,en}.j2`` at the same time, never outside
the voice profile's send window, or an email.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone

from ..common.log_words import say
from ..common.vocabulary import ACTIVE_STATES, CALL, EMAIL, REMINDER
from ..messages.dates import to_local
from .follow_channels import follow_by_call_and_email, other_contacts
from .pipeline import follow_up_context, preview_follow_up
from .replies import opted_out_numbers
from .request import MessageOptions, Reason, Services
from .states import latest_messages, recipient_states

LOG = logging.getLogger("water_outage_notifier.notify")
EVENING = time(19, 0)
MORNING = time(8, 0)


@dataclass(frozen=True)
class Reminders:
    """What was scheduled: the send times, to how many numbers, landlines
    (``calls``) and addresses (``emails``); or why not; and what to tell
    (a channel of the notice no longer set up)."""

    reference: str
    times: tuple = ()
    numbers: int = 0
    refused: tuple = ()
    calls: int = 0
    emails: int = 0
    warnings: tuple = ()


def reminder_times(
    start: datetime,
    end: datetime,
    now: datetime,
    evening: time | None = EVENING,
    morning: time | None = MORNING,
) -> list[datetime]:
    """The reminders' send times (Rome), after ``now``: the evening before at
    ``evening``, the morning of the work and of each following day it lasts
    at ``morning`` (before the start, before the end). None leaves one out."""
    start, end, now = to_local(start), to_local(end), to_local(now)
    zone = start.tzinfo
    times = []
    if evening is not None:
        times.append(datetime.combine(start.date() - timedelta(days=1), evening, tzinfo=zone))
    if morning is not None:
        day = start.date()
        while True:
            moment = datetime.combine(day, morning, tzinfo=zone)
            if moment >= end:
                break
            if moment < start or day > start.date():
                times.append(moment)
            day += timedelta(days=1)
    # through UTC: a wall time in a daylight-saving gap becomes a real one
    real = sorted(t.astimezone(timezone.utc).astimezone(zone) for t in times)
    return [t for t in real if t > now]


def schedule_reminders(
    reference: str,
    services: Services,
    options: MessageOptions,
    operator: str,
    evening: time | None = EVENING,
    morning: time | None = MORNING,
    replace: bool = False,
) -> Reminders:
    """Queue the reminders of ``reference`` to the numbers that had its notice.

    ``replace`` calls off those still waiting first, so scheduling again (a
    new hour, the morning left out) never sends two.
    """
    store = services.store
    intervention = store.get(reference)
    now = services.now()
    if intervention.state not in ACTIVE_STATES:
        closed = Reason(
            f"Intervention {reference} is {intervention.state}: no notice is sent for it.",
            "intervention_closed",
            {"reference": reference, "state": intervention.state},
        )
        return Reminders(reference, refused=(closed,))
    if replace:
        cancel_reminders(reference, services, operator, "reminders scheduled again")
    times = reminder_times(
        intervention.planned_start, intervention.planned_end, now, evening, morning
    )
    warned = store.already_warned(reference)
    stopped = opted_out_numbers(services, [r.phone for r in warned])
    phones = [r.phone for r in warned if r.phone not in stopped]
    if not times or not (phones or any(other_contacts(services, reference).values())):
        return Reminders(reference)
    shown = preview_follow_up(intervention, REMINDER, options, times[0])
    if shown.refused:
        return Reminders(reference, refused=shown.refused)
    outbox = services.outbox
    first = outbox.next_generation(reference, REMINDER)
    sending = [(when.timestamp(), first + number) for number, when in enumerate(times)]
    for not_before, generation in sending:
        outbox.enqueue(
            reference,
            REMINDER,
            shown.preview.text,
            phones,
            not_before=not_before,
            generation=generation,
        )
    others = follow_by_call_and_email(
        services,
        options,
        follow_up_context(intervention, REMINDER, options, times[0]),
        shown.preview.text,
        sending,
    )
    customers = {r.phone: r.customer_ids for r in warned}
    store.record_notification(
        reference,
        REMINDER,
        recipient_states(
            latest_messages(outbox, reference, REMINDER),
            customers,
            shown.preview.analysis.segments,
        ),
        text=shown.preview.text,
        language=options.language,
        actor=operator,
    )
    say(
        LOG,
        logging.INFO,
        "reminders_planned",
        reference=reference,
        count=len(times),
        phones=len(phones),
        calls=others.recipients.get(CALL, 0),
        emails=others.recipients.get(EMAIL, 0),
    )
    return Reminders(
        reference,
        tuple(times),
        len(phones),
        calls=others.recipients.get(CALL, 0) if others.calls else 0,
        emails=others.recipients.get(EMAIL, 0) if others.emails else 0,
        warnings=others.warnings,
    )


def cancel_reminders(reference: str, services: Services, operator: str, reason: str) -> int:
    """Call off the reminders of ``reference`` not sent yet; returns how many messages."""
    return call_off_waiting(reference, services, operator, reason, (REMINDER,))


def call_off_waiting(
    reference: str, services: Services, operator: str, reason: str, kinds=None
) -> int:
    """Call off what of ``reference`` has not gone yet: every kind when the
    work is closed (a notice or a postponement still waiting for the send
    window would tell of a work that is over), or only ``kinds`` (new dates
    make the postponements and extensions still waiting wrong). Returns how
    many messages."""
    if kinds is None:
        return services.outbox.cancel(reference, operator, reason)
    return sum(services.outbox.cancel(reference, operator, reason, kind=kind) for kind in kinds)
