"""Starting, finishing and cancelling an intervention, and offering the follow-up SMS.

The state machine lives in the store; these helpers walk it the way the
field work goes (a finished job was in progress first) and tell the caller
how many numbers could receive "water back" or "cancelled", so the dialog
can offer that message right away instead of the operator remembering it.
Each change is then announced to the public side (``notify.publication``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Optional

from ..messages.context import CANCELLED as CANCELLED_MESSAGE
from ..messages.context import WATER_BACK
from ..store.interventions import CANCELLED, FINISHED, IN_PROGRESS, NOTIFIED, Intervention
from .publication import CANCELLED_CHANGE, FINISHED_CHANGE, STARTED, announce
from .request import Services

#: The states an intervention passes through to be finished, from each state.
_TO_FINISHED = {NOTIFIED: (IN_PROGRESS, FINISHED), IN_PROGRESS: (FINISHED,)}


@dataclass(frozen=True)
class Closing:
    """The intervention after the change, and the follow-up message to offer."""

    intervention: Intervention
    follow_up_kind: str
    follow_up_recipients: int
    publication: Optional[object] = None


def start(reference: str, services: Services, actor: str, at: datetime | None = None):
    """notified → in progress: the crew is on site. Returns the intervention and
    the public page's outcome (None when nothing is published)."""
    intervention = services.store.transition(reference, IN_PROGRESS, actor, at)
    return intervention, announce(services, reference, STARTED)


def finish(
    reference: str, services: Services, actor: str, at: datetime | None = None, note: str = ""
) -> Closing:
    """Mark the work finished (through in-progress when needed); offer "water back".

    Raises ``store.interventions.TransitionRefused`` from a state that cannot
    finish (planned, never notified: cancel it instead).
    """
    store = services.store
    intervention = store.get(reference)
    steps = _TO_FINISHED.get(intervention.state, (FINISHED,))
    for state in steps:
        intervention = store.transition(reference, state, actor, at, note)
    publication = announce(services, reference, FINISHED_CHANGE)
    return Closing(intervention, WATER_BACK, len(store.already_warned(reference)), publication)


def cancel(reference: str, services: Services, actor: str, note: str = "") -> Closing:
    """Cancel the intervention; offer "cancelled" to whoever had the notice."""
    store = services.store
    intervention = store.transition(reference, CANCELLED, actor, note=note)
    publication = announce(services, reference, CANCELLED_CHANGE)
    return Closing(
        intervention, CANCELLED_MESSAGE, len(store.already_warned(reference)), publication
    )
