"""An intervention as the public sees it: the only shape the renderers get.

Built from the history's :class:`~..store.interventions.Intervention`, the
public facts and the published changes. It has no field for a customer,
a phone or a pipe: whatever a page or a feed shows must come from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..common.vocabulary import CANCELLED, CHANGE_NOTIFIED, FINISHED, IN_PROGRESS, NOTIFIED
from ..store.interventions import Intervention
from .links import page_url, short_reference
from .records import PublicFacts, PublishedChange

#: States whose intervention is public: the notice went out.
PUBLIC_STATES = (NOTIFIED, IN_PROGRESS, FINISHED, CANCELLED)
#: States listed as current or upcoming work.
CURRENT_STATES = (NOTIFIED, IN_PROGRESS)


class NotPublic(ValueError):  # noqa: N818 - a refusal, named for what it says
    """The intervention was never notified: nothing about it is public yet."""

    code = "not_public"

    def __init__(self, reference: str, state: str):
        super().__init__(f"{reference} is {state}: only notified work is published.")
        self.params = {"reference": reference, "state": state}


@dataclass(frozen=True)
class PublicNotice:
    """What the page, the index and the feeds say about one intervention.

    ``status_at`` is when the current status began (the latest published
    change); ``changes`` are every published change, oldest first, the
    CAP messages' history; ``url`` is None when no base URL is set.
    """

    reference: str
    kind: str
    state: str
    start: datetime
    end: datetime
    municipalities: tuple[str, ...]
    streets: tuple[str, ...]
    area: tuple
    status_at: datetime
    last_change: str
    changes: tuple[PublishedChange, ...]
    url: str | None

    @property
    def short(self) -> str:
        return short_reference(self.reference)

    @property
    def current(self) -> bool:
        return self.state in CURRENT_STATES


def public_notice(
    intervention: Intervention,
    facts: PublicFacts | None,
    changes: list[PublishedChange],
    base_url: str | None,
) -> PublicNotice:
    """The public view of ``intervention``; :class:`NotPublic` before its notice."""
    if intervention.state not in PUBLIC_STATES:
        raise NotPublic(intervention.reference, intervention.state)
    facts = facts or PublicFacts(intervention.reference)
    latest = changes[-1] if changes else None
    return PublicNotice(
        reference=intervention.reference,
        kind=intervention.kind,
        state=intervention.state,
        start=intervention.planned_start,
        end=intervention.planned_end,
        municipalities=tuple(intervention.municipalities),
        streets=tuple(facts.streets),
        area=tuple(facts.area),
        status_at=latest.at if latest else _state_time(intervention),
        last_change=latest.change if latest else CHANGE_NOTIFIED,
        changes=tuple(changes),
        url=page_url(base_url, intervention.reference),
    )


def _state_time(intervention: Intervention) -> datetime:
    return {
        NOTIFIED: intervention.notified_at,
        IN_PROGRESS: intervention.started_at,
        FINISHED: intervention.finished_at,
        CANCELLED: intervention.cancelled_at,
    }.get(intervention.state) or intervention.created_at
