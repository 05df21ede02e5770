"""``outage:reschedule``: new dates or a later end for a work already announced (issue 18).

With START and END the work is moved (``notify.changes.reschedule``: the
postponement notice, old reminders called off, new ones for the new dates);
with END only, it is extended (``notify.changes.extend``: the extension
notice). Both go to the numbers that had the notice.
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterString,
)

from ..gis.channel_text import other_channels_text
from ..gis.notify_services import (
    NotifySetupError,
    gateway_profile,
    message_options,
    open_services,
    operator_name,
    wall_clock,
)
from ..gis.problem_text import problem_text
from ..gis.progress import FeedbackProgress
from ..gis.settings_store import LANGUAGES, PluginSettings
from ..notify.changes import extend, reschedule
from .base import OutageAlgorithm
from .parameters import add_database_parameter


class RescheduleAlgorithm(OutageAlgorithm):
    NAME = "reschedule"
    DISPLAY_NAME = "Reschedule or extend an intervention"
    GROUP = "Notify"
    HELP = (
        "Tells the numbers that had the notice of intervention REFERENCE that the work moved "
        "or takes longer. With START and END the work is rescheduled: the postponement notice "
        "goes, the reminders not sent yet are called off and, when there were some, new ones "
        "are scheduled for the new dates. With END only it is extended: the extension notice "
        "goes. The history keeps the times before the change. The gateway PROFILE is the "
        "selected one when empty; DATABASE defaults to the one in the settings."
    )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        add = self.addParameter
        add(QgsProcessingParameterString("REFERENCE", self.tr("Intervention reference")))
        add(
            QgsProcessingParameterDateTime(
                "START", self.tr("New start (empty: an extension)"), optional=True
            )
        )
        add(QgsProcessingParameterDateTime("END", self.tr("New end")))
        add(
            QgsProcessingParameterString(
                "PROFILE", self.tr("SMS gateway profile (empty: the selected one)"), "", False, True
            )
        )
        add(QgsProcessingParameterEnum("LANGUAGE", self.tr("Language"), list(LANGUAGES), False, 0))
        add_database_parameter(self)
        self.addOutput(QgsProcessingOutputString("KIND", self.tr("Notice sent")))
        self.addOutput(QgsProcessingOutputNumber("SENT", self.tr("SMS sent")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        settings = PluginSettings.load()
        reference = self.parameterAsString(parameters, "REFERENCE", context).strip()
        start = wall_clock(self.parameterAsDateTime(parameters, "START", context))
        end = wall_clock(self.parameterAsDateTime(parameters, "END", context))
        name = self.parameterAsString(parameters, "PROFILE", context).strip()
        language = LANGUAGES[self.parameterAsEnum(parameters, "LANGUAGE", context)]
        try:
            profile = gateway_profile(settings, name)
            options = message_options(settings, language, sender=profile.sender or None)
            services = open_services(
                settings,
                profile,
                self.parameterAsFile(parameters, "DATABASE", context),
            )
        except NotifySetupError as error:
            raise QgsProcessingException(str(error)) from error
        progress = FeedbackProgress(feedback)
        with services:
            if start is None:
                result = extend(reference, services, options, operator_name(), end, progress)
            else:
                result = reschedule(
                    reference, services, options, operator_name(), start, end, progress
                )
        if result.refused:
            raise QgsProcessingException(" ".join(problem_text(r) for r in result.refused))
        for warning in result.warnings:
            feedback.pushWarning(problem_text(warning))
        if result.error:
            feedback.reportError(problem_text(result.error))
        feedback.pushInfo(
            self.tr("{reference}: {sent} SMS sent, {pending} waiting, {failed} failed.").format(
                reference=reference,
                sent=result.sent,
                pending=result.pending,
                failed=result.failed,
            )
        )
        for line in other_channels_text(result):
            feedback.pushInfo(line)
        return {"KIND": result.kind, "SENT": result.sent}
