"""One logger for the whole plugin, bridged to the QGIS message log.

The pure core logs through the standard ``logging`` module under the
``water_outage_notifier`` logger, so it stays free of QGIS. Inside QGIS this
bridge forwards those records to ``QgsMessageLog`` under the plugin's tag,
where operators and support staff look for them. A line the core logged as
a code (``common.log_words.say``) is worded here in the interface's language
(:mod:`.log_text`); Python's own handlers keep the English sentence.
"""

from __future__ import annotations

import logging

from qgis.core import Qgis, QgsMessageLog

from ..common.log_words import Said
from .log_text import log_text

LOGGER_NAME = "water_outage_notifier"
TAG = "Water Outage Notifier"

_LEVELS = (
    (logging.ERROR, Qgis.MessageLevel.Critical),
    (logging.WARNING, Qgis.MessageLevel.Warning),
    (logging.DEBUG - 1, Qgis.MessageLevel.Info),
)


class QgsMessageLogHandler(logging.Handler):
    """Writes log records to the QGIS message log panel."""

    def emit(self, record: logging.LogRecord) -> None:
        level = next(qgis_level for floor, qgis_level in _LEVELS if record.levelno >= floor)
        QgsMessageLog.logMessage(self._text(record), TAG, level)

    def _text(self, record: logging.LogRecord) -> str:
        """The line in the operator's words, its traceback (if any) after it."""
        if not isinstance(record.msg, Said):
            return self.format(record)
        text = log_text(record.msg)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        return f"{text}\n{record.exc_text}" if record.exc_text else text


def install_bridge() -> QgsMessageLogHandler:
    """Attach the bridge once; returns the handler so ``unload`` can remove it."""
    logger = logging.getLogger(LOGGER_NAME)
    for handler in logger.handlers:
        if isinstance(handler, QgsMessageLogHandler):
            return handler
    handler = QgsMessageLogHandler()
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return handler


def remove_bridge(handler: logging.Handler) -> None:
    """Detach the bridge so an unloaded plugin leaves no handler behind."""
    logging.getLogger(LOGGER_NAME).removeHandler(handler)
