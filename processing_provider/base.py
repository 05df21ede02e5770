"""What every ``outage`` algorithm shares: naming, translation, help, icon, store errors."""

from __future__ import annotations

import functools

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from ..gis.i18n import tr
from ..gis.store_access import store_error_text
from ..resources import icon_path
from ..store.errors import StoreError


def _store_errors_worded(process):
    """``processAlgorithm`` with a store failure turned into the operator's words."""

    @functools.wraps(process)
    def run(self, parameters, context, feedback):
        try:
            return process(self, parameters, context, feedback)
        except StoreError as error:
            raise QgsProcessingException(store_error_text(error)) from error

    return run


class OutageAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``NAME``, ``DISPLAY_NAME``, ``GROUP`` and ``HELP``.

    A store failure anywhere in a subclass's ``processAlgorithm`` (a locked
    or full database, an unreachable server) stops it with the operator's
    words, never a driver traceback.
    """

    NAME = ""
    DISPLAY_NAME = ""
    GROUP = "Network"
    HELP = ""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "processAlgorithm" in cls.__dict__:
            cls.processAlgorithm = _store_errors_worded(cls.__dict__["processAlgorithm"])

    def tr(self, text: str) -> str:
        return tr(text)

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:  # noqa: N802 - QGIS API name
        return self.tr(self.DISPLAY_NAME)

    def group(self) -> str:
        return self.tr(self.GROUP)

    def groupId(self) -> str:  # noqa: N802 - QGIS API name
        return self.GROUP.lower()

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API name
        return self.tr(self.HELP)

    def icon(self) -> QIcon:
        return QIcon(icon_path("icon.svg"))

    def createInstance(self):  # noqa: N802 - QGIS API name
        return type(self)()

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API name
        """Our named messages first (:meth:`parameter_problems`), then QGIS's own checks."""
        problems = [p for p in self.parameter_problems(parameters, context) if p]
        if problems:
            return False, "\n".join(problems)
        return super().checkParameterValues(parameters, context)

    def parameter_problems(self, parameters, context) -> list:
        """Sentences naming what is wrong with ``parameters`` (see ``parameter_checks``)."""
        return []


def require(condition: bool, message: str) -> None:
    """Stop the algorithm with ``message`` (named layer, feature or field) when not ``condition``."""
    if not condition:
        raise QgsProcessingException(message)
