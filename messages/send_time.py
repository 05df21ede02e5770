"""When a notice may leave: now inside the send window, else its next opening.

A service notice is not sent at night (``rules.check_send_window``). Rather
than refuse it and make the operator come back in the morning, the notice
is written to the outbox with the earliest moment it may go: now when the
send window is open, otherwise the window's next opening (tomorrow at
08:00), and the operator is told so in plain words (``phrase``). An
emergency, or an operator who overrides the window, goes at once.

All reasoning is on the Rome wall clock, so a night across a daylight-saving
change still opens at 08:00 local time (06:00 or 07:00 UTC).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

from ..common.vocabulary import EMERGENCY
from . import dates
from .rules import DEFAULT_WINDOW, in_window

PHRASES = {
    "it": {
        "now": "adesso",
        "today": "oggi alle {at}",
        "tomorrow": "domani alle {at}",
        "day": "{date} alle {at}",
    },
    "en": {
        "now": "now",
        "today": "today at {at}",
        "tomorrow": "tomorrow at {at}",
        "day": "{date} at {at}",
    },
}


def next_opening(moment: datetime, window: tuple[time, time] = DEFAULT_WINDOW) -> datetime:
    """``moment`` itself when the window is open then, else the window's next
    opening, an aware datetime (a naive ``moment`` is Rome time)."""
    local = dates.to_local(moment)
    if in_window(local.time(), window):
        return local
    day = local.date()
    if local.time() >= window[0]:  # past today's opening (and its closing): tomorrow
        day += timedelta(days=1)
    opening = datetime.combine(day, window[0], tzinfo=local.tzinfo)
    # through UTC and back: an opening inside a daylight-saving gap becomes a real time
    return opening.astimezone(timezone.utc).astimezone(local.tzinfo)


def send_time(
    now: datetime,
    kind: str,
    send_at: datetime | None = None,
    window: tuple[time, time] = DEFAULT_WINDOW,
    override: bool = False,
) -> datetime:
    """The earliest moment a ``kind`` notice may leave: the operator's
    ``send_at`` (not before ``now``), moved to the window's next opening
    unless it is an emergency or the operator ``override``s the window."""
    earliest = dates.to_local(now)
    if send_at is not None:
        earliest = max(earliest, dates.to_local(send_at))
    if kind == EMERGENCY or override:
        return earliest
    return next_opening(earliest, window)


def is_later(moment: datetime, now: datetime) -> bool:
    """Whether ``moment`` is worth saying: more than a minute after ``now``."""
    return dates.to_local(moment) - dates.to_local(now) > timedelta(minutes=1)


def phrase(moment: datetime, now: datetime, lang: str) -> str:
    """``moment`` as the operator says it: ``adesso``, ``oggi alle 21:30``,
    ``domani alle 08:00``, ``gio 3 dic alle 08:00``."""
    key, params = phrase_parts(moment, now, lang)
    return PHRASES.get(lang, PHRASES["en"])[key].format(**params)


def phrase_parts(moment: datetime, now: datetime, lang: str) -> tuple[str, dict]:
    """Which of :data:`PHRASES` says ``moment`` (``now``, ``today``,
    ``tomorrow``, ``day``) and its values: the interface words it with its
    own catalogue (``gis/problem_text.py``)."""
    if not is_later(moment, now):
        return "now", {}
    at = dates.clock(moment)
    days = (dates.to_local(moment).date() - dates.to_local(now).date()).days
    if days == 0:
        return "today", {"at": at}
    if days == 1:
        return "tomorrow", {"at": at}
    return "day", {"date": dates.short_date(moment, lang), "at": at}
