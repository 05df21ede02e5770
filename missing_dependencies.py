"""A stand-in plugin loaded when required Python packages are missing.

It tells the user what to install, in the message bar and the log, instead
of failing with a traceback; it adds nothing else, so ``unload`` has nothing
to remove.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsMessageLog

from .dependencies import install_hint

TAG = "Water Outage Notifier"


class MissingDependenciesPlugin:
    """Explains the missing packages; registers no tools."""

    def __init__(self, iface, missing: list):
        self.iface = iface
        self.message = install_hint(missing)

    def initProcessing(self) -> None:  # noqa: N802 - QGIS API name
        QgsMessageLog.logMessage(self.message, TAG, Qgis.MessageLevel.Critical)

    def initGui(self) -> None:  # noqa: N802 - QGIS API name
        self.initProcessing()
        self.iface.messageBar().pushMessage(TAG, self.message, Qgis.MessageLevel.Critical, 0)

    def unload(self) -> None:
        """Nothing was added."""
