"""The Processing provider with id ``outage``.

Processing algorithms are the batch API: analysts call them from the Python
console, from models and from ``qgis_process``. The GUI calls the same core,
so a click and a batch give the same answer.
"""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..gis.i18n import tr
from ..resources import icon_path
from .registry import algorithm_classes


class OutageProvider(QgsProcessingProvider):
    """Registers every algorithm listed in :mod:`.registry`."""

    def id(self) -> str:  # noqa: A003 - QGIS API name
        return "outage"

    def name(self) -> str:
        """The toolbox's heading, in the interface's language like the algorithms under it."""
        return tr("Water Outage Notifier")

    def longName(self) -> str:  # noqa: N802 - QGIS API name
        return self.name()

    def icon(self) -> QIcon:
        return QIcon(icon_path("icon.svg"))

    def loadAlgorithms(self) -> None:  # noqa: N802 - QGIS API name
        for algorithm_class in algorithm_classes():
            self.addAlgorithm(algorithm_class())
