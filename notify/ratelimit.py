"""A client-side rate limiter, so that we keep to the provider's contracted
rate instead of learning it from 429 answers.

It hands out send times spaced ``n / rate`` apart (a token bucket holding one
token's worth of burst), so over any window of ``w`` seconds at most
``rate * w`` messages start, plus the batch in hand. The clock and the sleep
are injectable so that tests run on a fake clock.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class RateLimiter:
    """Thread-safe: several sending threads share one limiter."""

    def __init__(
        self,
        rate: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        if rate <= 0:
            raise ValueError("The sending rate must be above 0 messages/s.")
        self.rate = float(rate)
        self._clock = clock
        self._sleep = sleep
        self._next_free = None
        self._lock = threading.Lock()

    def acquire(self, count: int = 1) -> float:
        """Block until ``count`` messages may go; return the time they go at."""
        with self._lock:
            now = self._clock()
            start = now if self._next_free is None else max(now, self._next_free)
            self._next_free = start + count / self.rate
        wait = start - now
        if wait > 0:
            self._sleep(wait)
        return start
