"""An intervention's life with the field work: start, finish, cancel, and the follow-up.

The state machine lives in the store; these functions walk it the way the
field work goes (a finished job was in progress first), say which changes
an intervention's state allows (the history dock offers only those), and
tell the caller who could receive "water back" or "cancelled", so the
dialog can offer that message right away, with its exact text, instead of
the operator remembering it. The sending itself is ``pipeline.follow_up``.

Each change is then announced to the public side (``notify.publication``):
the outcome comes back as ``publication`` (None when nothing is published).

Refused changes raise the store's ``TransitionRefused`` (a change the life
cycle does not allow, or another operator was quicker) and
``UnknownInterventionError``; both are part of this module's interface.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..common.vocabulary import (
    CANCELLATION,
    CANCELLED,
    CHANGE_CANCELLED,
    CHANGE_FINISHED,
    CHANGE_STARTED,
    FINISHED,
    FOLLOW_UP_OF_STATE,
    IN_PROGRESS,
    NOTIFIED,
    PLANNED,
    SMS,
    WATER_BACK,
)
from ..messages.preview import Preview
from ..store.interventions import (
    ALLOWED_TRANSITIONS,
    Intervention,
    TransitionRefused,
    UnknownInterventionError,
)
from .follow_channels import other_contacts
from .pipeline import preview_follow_up
from .publication import announce
from .reminders import call_off_waiting
from .request import MessageOptions, Services
from .states import latest_messages

__all__ = [
    "CANCEL",
    "EXTEND",
    "FINISH",
    "FOLLOW_UP",
    "REMIND",
    "RESCHEDULE",
    "START",
    "Closing",
    "FollowUpPlan",
    "FollowUpPreview",
    "Started",
    "TransitionRefused",
    "UnknownInterventionError",
    "allowed_actions",
    "cancel",
    "refusal_code",
    "finish",
    "follow_up_plan",
    "follow_up_preview",
    "start_work",
]

#: The states an intervention passes through to be finished, from each state.
_TO_FINISHED = {NOTIFIED: (IN_PROGRESS, FINISHED), IN_PROGRESS: (FINISHED,)}

#: What the operator may do to an intervention (``allowed_actions``).
START = "start"
FINISH = "finish"
CANCEL = "cancel"
FOLLOW_UP = "follow_up"
RESCHEDULE = "reschedule"
EXTEND = "extend"
REMIND = "remind"

#: The changes told to the numbers that had the notice (``notify.changes``,
#: ``notify.reminders``): a work already announced and not over. A planned
#: work (its notice still waiting, or none yet) may move or grow too: the
#: waiting notice is written again with the new dates (``notify.waiting_notice``).
_CHANGES_OF_STATE = {
    PLANNED: frozenset({RESCHEDULE, EXTEND}),
    NOTIFIED: frozenset({RESCHEDULE, EXTEND, REMIND}),
    IN_PROGRESS: frozenset({EXTEND, REMIND}),
}


@dataclass(frozen=True)
class Closing:
    """The intervention after the change, and the follow-up message to offer."""

    intervention: Intervention
    follow_up_kind: str
    follow_up_recipients: int
    publication: object | None = None


@dataclass(frozen=True)
class Started:
    """The intervention in progress, and the public page's outcome."""

    intervention: Intervention
    publication: object | None = None


@dataclass(frozen=True)
class FollowUpPlan:
    """Who a follow-up would reach: how many the notice reached (numbers,
    landlines, addresses), the numbers still without it, and per channel how
    many still without it (``{"sms": 2, "call": 1}``; empty: nothing to send)."""

    reference: str
    kind: str
    warned: int
    missing: tuple[str, ...]
    channels: dict = field(default_factory=dict)


@dataclass(frozen=True)
class FollowUpPreview:
    """The follow-up text (None when it cannot be made), what blocks it, what to note."""

    preview: Preview | None
    blocking: tuple = ()
    warnings: tuple = ()


def allowed_actions(state: str | None) -> frozenset:
    """What the operator may do from ``state``: ``start``, ``finish``, ``cancel``,
    ``follow_up``, ``reschedule``, ``extend``, ``remind``.

    Finish is offered from every state that reaches ``finished`` through
    in-progress (``finish`` walks that way); the follow-up from the closed
    states that have one. A work is moved (``reschedule``) only before it
    starts, and extended or reminded of while it is announced and not over.
    """
    allowed = ALLOWED_TRANSITIONS.get(state, ())
    actions = set()
    if IN_PROGRESS in allowed:
        actions.add(START)
    if state in _TO_FINISHED or FINISHED in allowed:
        actions.add(FINISH)
    if CANCELLED in allowed:
        actions.add(CANCEL)
    if state in FOLLOW_UP_OF_STATE:
        actions.add(FOLLOW_UP)
    return frozenset(actions) | _CHANGES_OF_STATE.get(state, frozenset())


def refusal_code(state: str | None, action: str) -> str | None:
    """Why ``action`` is not offered from ``state`` (None when it is), as a code the
    dock words in a tooltip: ``no_intervention``, ``closed`` (finished or
    cancelled), ``not_notified`` (nobody was told yet), ``already_started``,
    ``not_closed`` (a follow-up before the work is over)."""
    if state is None:
        return "no_intervention"
    if action in allowed_actions(state):
        return None
    if state in (FINISHED, CANCELLED):
        return "closed"
    if action == FOLLOW_UP:
        return "not_closed"
    if state == IN_PROGRESS:
        return "already_started"
    return "not_notified"


def start_work(reference: str, services: Services, actor: str) -> Started:
    """notified → in progress: the crew is on site."""
    intervention = services.store.transition(reference, IN_PROGRESS, actor)
    return Started(intervention, announce(services, reference, CHANGE_STARTED))


def finish(
    reference: str, services: Services, actor: str, at: datetime | None = None, note: str = ""
) -> Closing:
    """Mark the work finished (through in-progress when needed); offer "water back".

    Raises ``TransitionRefused`` from a state that cannot finish (planned,
    never notified: cancel it instead).
    """
    store = services.store
    intervention = store.get(reference)
    steps = _TO_FINISHED.get(intervention.state, (FINISHED,))
    for state in steps:
        intervention = store.transition(reference, state, actor, at, note)
    call_off_waiting(reference, services, actor, "work finished")
    publication = announce(services, reference, CHANGE_FINISHED)
    return Closing(intervention, WATER_BACK, _reached(services, reference), publication)


def cancel(reference: str, services: Services, actor: str, note: str = "") -> Closing:
    """Cancel the intervention (what of it has not gone yet with it: reminders,
    a notice waiting for the send window); offer "cancelled" to whoever had
    the notice."""
    store = services.store
    intervention = store.transition(reference, CANCELLED, actor, note=note)
    call_off_waiting(reference, services, actor, note or "work cancelled")
    publication = announce(services, reference, CHANGE_CANCELLED)
    return Closing(intervention, CANCELLATION, _reached(services, reference), publication)


def _reached(services: Services, reference: str) -> int:
    """Numbers, landlines and addresses the notice of ``reference`` may have reached."""
    others = other_contacts(services, reference).values()
    return len(services.store.already_warned(reference)) + sum(len(found) for found in others)


def follow_up_plan(services: Services, reference: str, kind: str) -> FollowUpPlan:
    """Who had the notice, and of them who has no ``kind`` message yet, per
    channel: the SMS numbers, the landlines called, the addresses emailed."""
    had = latest_messages(services.outbox, reference, kind)
    warned = services.store.already_warned(reference)
    missing = tuple(r.phone for r in warned if r.phone not in had)
    channels = {SMS: len(missing)} if missing else {}
    reached = len(warned)
    for channel, contacts in other_contacts(services, reference).items():
        sent = latest_messages(services.outbox, reference, kind, channel)
        left = [contact for contact in contacts if contact not in sent]
        reached += len(contacts)
        if left:
            channels[channel] = len(left)
    return FollowUpPlan(reference, kind, reached, missing, channels)


def follow_up_preview(
    intervention: Intervention,
    kind: str,
    options: MessageOptions,
    now: datetime,
    at: datetime | None = None,
) -> FollowUpPreview:
    """The "water back" or "cancelled" SMS exactly as ``pipeline.follow_up`` sends it."""
    shown = preview_follow_up(intervention, kind, options, now, at)
    return FollowUpPreview(shown.preview, shown.refused, shown.warnings)
