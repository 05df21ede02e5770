"""Adapt QGIS feedback objects to the core's progress protocol.

The core asks for ``set_progress(percent)`` and ``is_canceled()`` (and says
``set_waiting(until, deadline)`` while it waits to try a provider again) so it can
stay free of QGIS; a ``QgsFeedback`` (Processing feedback) and a ``QgsTask``
both answer to ``setProgress`` and ``isCanceled``, so either can be wrapped.
"""

from __future__ import annotations

from qgis.core import QgsFeedback


class FeedbackProgress:
    """Reports a sub-range ``[start, end]`` of a feedback's 0-100 progress."""

    def __init__(self, feedback: QgsFeedback | None, start: float = 0.0, end: float = 100.0):
        self._feedback = feedback
        self._start = start
        self._span = end - start

    def set_progress(self, percent: float) -> None:
        if self._feedback is not None:
            self._feedback.setProgress(self._start + self._span * percent / 100.0)

    def part(self, start: float, end: float) -> FeedbackProgress:
        """The sub-range ``[start, end]`` (in percent) of this range."""
        return FeedbackProgress(
            self._feedback,
            self._start + self._span * start / 100.0,
            self._start + self._span * end / 100.0,
        )

    def is_canceled(self) -> bool:
        return self._feedback is not None and self._feedback.isCanceled()

    def set_waiting(self, until: float, deadline: float | None) -> None:
        """The run waits to try the provider again at ``until`` (keeping on until
        ``deadline``): passed to a feedback that can tell the operator (a task's
        ``waiting`` signal), ignored by one that cannot."""
        waiting = getattr(self._feedback, "waiting", None)
        if waiting is not None:
            waiting.emit(until, deadline)
