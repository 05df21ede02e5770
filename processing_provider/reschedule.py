"""``outage:reschedule``: new dates or a later end for a work already announced (issue 18).

With START and END the work is moved (``notify.changes.reschedule``: the
postponement notice, old reminders called off, new ones for the new dates);
with END only, it is extended (``notify.changes.extend``: the extension
notice). Both go to the numbers that had the notice; outside the send
window they wait for its next opening, unless OVERRIDE_WINDOW. A notice
still waiting for its first send is written again with the new dates
instead (``notify.waiting_notice``): MOVED says how many of its messages.
"""

from __future__ import annotations

from dataclasses import replace

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterString,
)

from ..gis.channel_text import other_channels_text
from ..gis.notify_services import (
    operator_name,
    wall_clock,
)
from ..gis.problem_text import problem_text
from ..gis.progress import FeedbackProgress
from ..notify.changes import extend, reschedule
from .base import OutageAlgorithm
from .parameters import (
    add_override_window_parameter,
    add_sending_parameters,
    gateway_services_from_parameters,
    language_from_parameters,
)


class RescheduleAlgorithm(OutageAlgorithm):
    NAME = "reschedule"
    DISPLAY_NAME = "Reschedule or extend an intervention"
    GROUP = "Notify"
    HELP = (
        "Tells the numbers that had the notice of intervention REFERENCE that the work moved "
        "or takes longer. With START and END the work is rescheduled: the postponement notice "
        "goes, the reminders not sent yet are called off and, when there were some, new ones "
        "are scheduled for the new dates. With END only it is extended: the extension notice "
        "goes. A notice still waiting for its first send (for the window's 08:00, or for the "
        "time chosen) is written again with the new dates for the same recipients and "
        "channels, and no postponement goes to those who never had it; MOVED counts its "
        "messages, and KIND is then the notice's kind when nobody had it yet. "
        "Outside the send window (08:00-21:00 unless set otherwise) the notice waits in "
        "the outbox for the window's next opening and SCHEDULED_AT says when; OVERRIDE_WINDOW "
        "sends it at once, as the operator's decision. "
        "The history keeps the times before the change. The gateway PROFILE is the "
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
        add_override_window_parameter(self)
        add_sending_parameters(self)
        self.addOutput(QgsProcessingOutputString("KIND", self.tr("Notice sent")))
        self.addOutput(QgsProcessingOutputNumber("SENT", self.tr("SMS sent")))
        self.addOutput(
            QgsProcessingOutputNumber(
                "MOVED", self.tr("Messages of the waiting notice written with the new dates")
            )
        )
        self.addOutput(
            QgsProcessingOutputString(
                "SCHEDULED_AT", self.tr("When the notice will go (empty: it went now)")
            )
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        reference = self.parameterAsString(parameters, "REFERENCE", context).strip()
        start = wall_clock(self.parameterAsDateTime(parameters, "START", context))
        end = wall_clock(self.parameterAsDateTime(parameters, "END", context))
        services, options = gateway_services_from_parameters(
            self,
            parameters,
            context,
            language_from_parameters(self, parameters, context),
            with_email=True,
        )
        override = self.parameterAsBoolean(parameters, "OVERRIDE_WINDOW", context)
        options = replace(options, override_window=override)
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
        scheduled = result.scheduled_at.isoformat() if result.scheduled_at else ""
        return {
            "KIND": result.kind,
            "SENT": result.sent,
            "MOVED": result.moved,
            "SCHEDULED_AT": scheduled,
        }
