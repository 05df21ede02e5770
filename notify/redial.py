"""When an unanswered call is placed again.

A call that rang out (busy, no answer) reached nobody, and the provider's
final status proves it ended: calling again is safe and is what a utility
wants for the elderly customer who was in the garden. It is tried a set
number of times (``redial_attempts``, default 2 more calls), a set time
apart (``redial_interval``, default 15 minutes), and only while the next
call still falls inside the send window (``send_window``, default
08:00-21:00 Rome time): nobody is rung at night to hear about tomorrow's
works. All three are voice profile options. The same window holds the
calls of the follow-ups (a reminder, a postponement, water back) until it
opens (``opening``; ``Dispatcher``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timezone

from ..messages.dates import to_local
from ..messages.rules import DEFAULT_WINDOW, in_window
from ..messages.send_time import next_opening


@dataclass(frozen=True)
class RedialPolicy:
    """How many more calls, how far apart, and within which hours."""

    attempts: int = 2
    interval: float = 900.0
    window: tuple[time, time] = DEFAULT_WINDOW

    def next_call(self, redials: int, now: float) -> float | None:
        """When to call again after ``redials`` earlier redials, or None:
        no attempt left, or the next call would fall outside the window."""
        if redials >= self.attempts:
            return None
        when = now + self.interval
        local = to_local(datetime.fromtimestamp(when, timezone.utc))
        return when if in_window(local.time(), self.window) else None

    def opening(self, now: float) -> float:
        """``now`` when the window is open, else its next opening (a ``clock()`` time)."""
        moment = datetime.fromtimestamp(now, timezone.utc)
        return next_opening(moment, self.window).timestamp()

    @classmethod
    def from_options(cls, options: dict) -> RedialPolicy:
        """The policy of a voice profile's options (see the module docstring)."""
        found = {}
        if "redial_attempts" in options:
            found["attempts"] = int(options["redial_attempts"])
        if "redial_interval" in options:
            found["interval"] = float(options["redial_interval"])
        if options.get("send_window"):
            start, _, end = str(options["send_window"]).partition("-")
            found["window"] = (time.fromisoformat(start.strip()), time.fromisoformat(end.strip()))
        return cls(**found)
