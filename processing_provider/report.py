"""``outage:report``: the pilot report for a period, from the history and the outbox.

The figures the utility presents at the end of a pilot (interventions,
customers warned, SMS sent and failed, notice given) per municipality, as
CSV for spreadsheets and one offline HTML page with charts. The SMS states
come from the outbox itself, so a message delivered after the notice was
recorded still counts as delivered.
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFolderDestination,
)

from ..gis.notify_services import open_history, wall_clock
from ..gis.settings_store import LANGUAGES, PluginSettings
from ..notify.pilot_report import write_pilot_report
from .base import OutageAlgorithm, require
from .parameters import add_database_parameter, enum_labels


class ReportAlgorithm(OutageAlgorithm):
    NAME = "report"
    DISPLAY_NAME = "Pilot report"
    GROUP = "Notify"
    HELP = (
        "Writes the pilot report for the interventions planned to start between START and "
        "END: a summary CSV per municipality, one CSV line per intervention and an HTML page "
        "with charts, into OUTPUT_FOLDER, in LANGUAGE (it: Italian, the default; en: English): "
        "headings, kinds, states and reasons in words. DATABASE defaults to the one in the "
        "settings."
    )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.addParameter(QgsProcessingParameterDateTime("START", self.tr("From")))
        self.addParameter(QgsProcessingParameterDateTime("END", self.tr("To")))
        add_database_parameter(self)
        self.addParameter(
            QgsProcessingParameterEnum(
                "LANGUAGE", self.tr("Language"), enum_labels("language", LANGUAGES), False, 0
            )
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", self.tr("Report folder"))
        )
        for name, label in (
            ("SUMMARY_CSV", "Summary per municipality (CSV)"),
            ("INTERVENTIONS_CSV", "Interventions (CSV)"),
            ("HTML", "Report page (HTML)"),
        ):
            self.addOutput(QgsProcessingOutputFile(name, self.tr(label)))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        start = wall_clock(self.parameterAsDateTime(parameters, "START", context))
        end = wall_clock(self.parameterAsDateTime(parameters, "END", context))
        require(
            start is not None and end is not None and start < end,
            self.tr("The period must have a start before its end."),
        )
        path = self.parameterAsFile(parameters, "DATABASE", context)
        with open_history(PluginSettings.load(), path) as services:
            paths = write_pilot_report(
                services,
                start,
                end,
                self.parameterAsString(parameters, "OUTPUT_FOLDER", context),
                LANGUAGES[self.parameterAsEnum(parameters, "LANGUAGE", context)],
            )
        feedback.pushInfo(self.tr("Report written to {path}").format(path=paths.html))
        return {
            "OUTPUT_FOLDER": self.parameterAsString(parameters, "OUTPUT_FOLDER", context),
            "SUMMARY_CSV": paths.summary_csv,
            "INTERVENTIONS_CSV": paths.interventions_csv,
            "HTML": paths.html,
        }
