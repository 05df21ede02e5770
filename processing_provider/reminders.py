"""``outage:reminders``: schedule an intervention's reminders (issue 18).

The evening before at EVENING, the morning of the work (and each morning
of a work of several days) when MORNING: each a message of its own in the
outbox, to the numbers that had the notice, sent by ``outage:dispatch`` or
QGIS in the background when due (``notify.reminders``). REPLACE (the
default, as the history dock does) calls off the reminders still waiting
first, so a second run leaves one set, never two. Cancelling or finishing
the work calls off those not sent yet.
"""

from __future__ import annotations

from datetime import time

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterString,
)

from ..gis.notify_services import NotifySetupError, message_options, open_history, operator_name
from ..gis.problem_text import problem_text
from ..gis.settings_store import PluginSettings
from ..notify.reminders import schedule_reminders
from .base import OutageAlgorithm
from .parameters import add_sending_parameters, language_from_parameters


class RemindersAlgorithm(OutageAlgorithm):
    NAME = "reminders"
    DISPLAY_NAME = "Schedule the reminders of an intervention"
    GROUP = "Notify"
    HELP = (
        "Schedules reminders of intervention REFERENCE to the numbers that had its notice "
        "(never an opted-out one): the evening before at EVENING (HH:MM; empty: none) and, "
        "when MORNING, the morning of the work at 08:00 and each following morning of a work "
        "of several days. Each reminder waits in the outbox for its time; outage:dispatch "
        "(cron, systemd timer) or QGIS in the background sends it. REPLACE (default) calls "
        "off the reminders still waiting first, so running it again leaves one set; untick "
        "it to add reminders beside those waiting. Cancelling or finishing "
        "the work calls off the reminders not sent yet. DATABASE defaults to the one in the "
        "settings."
    )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        add = self.addParameter
        add(QgsProcessingParameterString("REFERENCE", self.tr("Intervention reference")))
        add(
            QgsProcessingParameterString(
                "EVENING", self.tr("Evening reminder at (HH:MM, empty: none)"), "19:00", False, True
            )
        )
        add(QgsProcessingParameterBoolean("MORNING", self.tr("Reminder each morning"), True))
        add(
            QgsProcessingParameterBoolean(
                "REPLACE", self.tr("Replace the reminders still waiting"), True
            )
        )
        add_sending_parameters(self, profile=False)
        self.addOutput(QgsProcessingOutputNumber("REMINDERS", self.tr("Reminders scheduled")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        settings = PluginSettings.load()
        evening_text = self.parameterAsString(parameters, "EVENING", context).strip()
        try:
            evening = time.fromisoformat(evening_text) if evening_text else None
            options = message_options(settings, language_from_parameters(self, parameters, context))
        except ValueError as error:
            raise QgsProcessingException(
                self.tr("EVENING is not a time of day (HH:MM): {value}").format(value=evening_text)
            ) from error
        except NotifySetupError as error:
            raise QgsProcessingException(str(error)) from error
        morning = self.parameterAsBoolean(parameters, "MORNING", context)
        reference = self.parameterAsString(parameters, "REFERENCE", context).strip()
        path = self.parameterAsFile(parameters, "DATABASE", context)
        with open_history(settings, path) as services:
            done = schedule_reminders(
                reference,
                services,
                options,
                operator_name(),
                evening,
                time(8, 0) if morning else None,
                replace=self.parameterAsBoolean(parameters, "REPLACE", context),
            )
        if done.refused:
            raise QgsProcessingException(" ".join(problem_text(r) for r in done.refused))
        for warning in done.warnings:
            feedback.pushWarning(problem_text(warning))
        for when in done.times:
            feedback.pushInfo(
                self.tr(
                    "Reminder at {when} to {numbers} number(s) by SMS, {calls} landline(s) by "
                    "call, {emails} address(es) by email."
                ).format(
                    when=f"{when:%d/%m/%Y %H:%M}",
                    numbers=done.numbers,
                    calls=done.calls,
                    emails=done.emails,
                )
            )
        return {"REMINDERS": len(done.times)}
