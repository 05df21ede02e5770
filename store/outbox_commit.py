"""Group commit: several threads' small writes share one durable commit.

With ``synchronous=FULL`` each commit waits for the disk (a few ms), which
would cap a single-recipient gateway at ~100 messages/s when every claim and
every result is its own commit. Here the first thread to arrive becomes the
leader, runs every queued write in one transaction (each in its own
savepoint, so one failure is returned to its own caller only) and commits
once; the others wait for that commit. Nothing is reported done before it
is on disk, so the outbox's crash guarantees are unchanged.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from .db import Database


class _Job:
    __slots__ = ("work", "result", "error", "done")

    def __init__(self, work):
        self.work = work
        self.result = None
        self.error: BaseException | None = None
        self.done = threading.Event()


class GroupCommitter:
    """Runs ``work(conn)`` callables in shared transactions of ``db``."""

    def __init__(self, db: Database):
        self.db = db
        self._lock = threading.Lock()
        self._queue: list[_Job] = []
        self._leading = False

    def run(self, work: Callable[[Any], Any]) -> Any:
        """Run ``work`` in a committed transaction and return its result."""
        job = _Job(work)
        with self._lock:
            self._queue.append(job)
            lead = not self._leading
            self._leading = True
        if lead:
            self._lead()
        job.done.wait()
        if job.error is not None:
            raise job.error
        return job.result

    def _lead(self) -> None:
        while True:
            with self._lock:
                jobs, self._queue = self._queue, []
                if not jobs:
                    self._leading = False
                    return
            try:
                with self.db.transaction() as conn:
                    for job in jobs:
                        conn.execute("SAVEPOINT job")
                        try:
                            job.result = job.work(conn)
                        except Exception as exc:  # returned to its own caller
                            job.error = exc
                            conn.execute("ROLLBACK TO job")
                        conn.execute("RELEASE job")
            except BaseException as exc:  # the commit itself failed: nobody is done
                for job in jobs:
                    job.error = job.error or exc
            for job in jobs:
                job.done.set()
