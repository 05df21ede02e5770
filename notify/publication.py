"""Telling the public side about a change of an intervention.

Every change of an intervention's life (the first notice, the crew on
site, the work finished or cancelled, and the new times of a reschedule
or an extension) calls :func:`announce` once the change is stored. The
publisher is whatever the caller lent in ``Services.publisher`` (the QGIS
edge builds one from the settings); without one nothing happens. It runs
after the SMS and the email and can never undo or hold them back: any
failure comes back as the outcome's code, and an unexpected error is
logged and reported the same way.
"""

from __future__ import annotations

import logging

from ..common.log_words import say
from ..common.vocabulary import PUBLISHED_CHANGES
from ..publish.service import PublishOutcome
from .request import Services

LOG = logging.getLogger("water_outage_notifier.notify")

PUBLISH_ERROR = "publish_error"


def announce(services: Services, reference: str, change: str, **facts) -> PublishOutcome | None:
    """Publish ``change`` of ``reference`` when a publisher is set; never raises.

    ``facts`` are the public facts given with the first notice
    (``streets``, ``area``). Returns None when nothing is published.
    """
    if services.publisher is None:
        return None
    if change not in PUBLISHED_CHANGES:
        raise ValueError(f"Unknown change {change!r}; known: {', '.join(PUBLISHED_CHANGES)}")
    try:
        return services.publisher(services.store, reference, change, **facts)
    except Exception:  # never let the public page hold back the notice
        say(LOG, logging.ERROR, "publish_failed", exc_info=True, reference=reference, change=change)
        return PublishOutcome(reference, change, PUBLISH_ERROR)
