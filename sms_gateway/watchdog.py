"""One thread that acts when a deadline passes, for every request of the process.

``requests`` bounds each wait for a byte (the read timeout), not a whole
answer: a gateway or a proxy sending a byte now and then would hold a run
for ever. ``HttpClient`` gives each answer a deadline here and cuts the
connection when it passes. A timer thread per request would cost more CPU
than the request itself at a hundred messages a second; one thread keeps
every deadline instead.
"""

from __future__ import annotations

import heapq
import itertools
import threading
import time
from collections.abc import Callable


class Watchdog:
    """Runs an action at its deadline unless it was called off before."""

    def __init__(self):
        self._heap: list[list] = []  # [deadline, order, action or None, ran]
        self._order = itertools.count()
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None

    def watch(self, seconds: float, action: Callable[[], None]) -> Callable[[], bool]:
        """Run ``action`` in ``seconds``; the returned ``done()`` calls it off
        and says whether it had already run (the deadline passed)."""
        entry = [time.monotonic() + seconds, next(self._order), action, False]
        with self._wake:
            heapq.heappush(self._heap, entry)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="answer-deadlines")
                self._thread.daemon = True
                self._thread.start()
            if self._heap[0] is entry:  # sooner than what the thread waits for
                self._wake.notify()

        def done() -> bool:
            with self._wake:
                entry[2] = None
                return entry[3]

        return done

    def _run(self) -> None:
        while True:
            with self._wake:
                while self._heap and self._heap[0][2] is None:
                    heapq.heappop(self._heap)  # called off
                if not self._heap:
                    self._wake.wait()
                    continue
                wait = self._heap[0][0] - time.monotonic()
                if wait > 0:
                    self._wake.wait(wait)
                    continue
                entry = heapq.heappop(self._heap)
                action, entry[3] = entry[2], True
            action()


#: The process's one watchdog.
WATCHDOG = Watchdog()
