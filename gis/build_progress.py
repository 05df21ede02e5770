"""The message bar item shown while the network model is built: a progress bar and the time left.

On a whole utility the first click waits seconds for the model (tens of
seconds when the cache cannot be used); a bare "building…" message leaves
the operator clicking again. The item shows how far the build is, how long
it should still take (the time so far, scaled by what is left), and says a
click made meanwhile is waiting, not lost and not started a second time.
"""

from __future__ import annotations

import time

from qgis.core import Qgis
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtWidgets import QProgressBar

from .i18n import tr

#: Below this share done, or this many seconds in, an estimate would be a guess.
_FIRST_PERCENT, _FIRST_SECONDS = 2.0, 0.5


def now() -> float:
    """The clock the estimate reads (a test may replace it)."""
    return time.monotonic()


def seconds_left(elapsed: float, percent: float) -> int | None:
    """Seconds still needed when ``percent`` took ``elapsed`` seconds; None too early to say."""
    if percent < _FIRST_PERCENT or elapsed < _FIRST_SECONDS or percent >= 100:
        return None
    return max(1, round(elapsed * (100.0 - percent) / percent))


class BuildProgress:
    """The item of one build in ``message_bar``, following ``task``'s progress until closed."""

    def __init__(self, message_bar, task):
        self._message_bar = message_bar
        self._started = now()
        self._percent = 0.0
        self.queued = False
        self.item = QgsMessageBar.createMessage(tr("Water Outage Notifier"), self._text())
        self.bar = QProgressBar(self.item)
        self.bar.setRange(0, 100)
        self.item.layout().addWidget(self.bar)
        message_bar.pushWidget(self.item, Qgis.MessageLevel.Info)
        task.progressChanged.connect(self.show_progress)

    def show_progress(self, percent: float) -> None:
        self._percent = float(percent)
        self.bar.setValue(int(percent))
        self.item.setText(self._text())

    def click_queued(self) -> None:
        """Say that a click made during the build will be answered once, when it is done."""
        self.queued = True
        self.item.setText(self._text())

    def close(self) -> None:
        try:
            self._message_bar.popWidget(self.item)
        except RuntimeError:  # the operator closed the item already
            pass

    def _text(self) -> str:
        left = seconds_left(now() - self._started, self._percent)
        if left is None:
            text = tr("Building the network model…")
        else:
            text = tr("Building the network model… about {seconds} s left.").format(seconds=left)
        if self.queued:
            text += " " + tr("Your click is queued: it is answered when the model is ready.")
        return text
