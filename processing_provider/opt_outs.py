"""``outage:opt_outs``: the stored opt-out list in and out of a CSV file.

The numbers customers asked to receive nothing at (a STOP reply, read by
``outage:dispatch``) are applied on every sending path; this is the door to
bring a list in (IMPORT) and to hand it over (OUTPUT), see
``notify.opt_out_list``.
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..gis.notify_services import open_history
from ..gis.settings_store import PluginSettings
from ..notify.opt_out_list import export_opt_outs, import_opt_outs, listed
from .base import OutageAlgorithm
from .parameters import add_database_parameter


class OptOutsAlgorithm(OutageAlgorithm):
    NAME = "opt_outs"
    DISPLAY_NAME = "Opt-out list: import and export"
    GROUP = "Notify"
    HELP = (
        "The numbers that must never get an SMS (a customer answered STOP, ANNULLA or "
        "CANCELLA, read by outage:dispatch) are kept in the history database and left out of "
        "every notice. IMPORT adds the numbers of a CSV file (one a line, the first column; "
        "a header line is optional) to the list; OUTPUT writes the whole list (phone;since;"
        "source). Numbers without a country code are read in PHONE_REGION (IT by default). "
        "DATABASE defaults to the one in the settings."
    )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.addParameter(
            QgsProcessingParameterFile(
                "IMPORT", self.tr("Numbers to add (CSV)"), extension="csv", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "PHONE_REGION", self.tr("Default phone region"), "IT", False, True
            )
        )
        add_database_parameter(self)
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "OUTPUT",
                self.tr("Opt-out list (CSV)"),
                self.tr("CSV files (*.csv)"),
                optional=True,
                createByDefault=False,
            )
        )
        for name, label in (
            ("ADDED", "Numbers added"),
            ("INVALID", "Lines that are not a mobile number"),
            ("LISTED", "Numbers on the list"),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, self.tr(label)))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        settings = PluginSettings.load()
        source = self.parameterAsFile(parameters, "IMPORT", context)
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        outputs = {"ADDED": 0, "INVALID": 0, "LISTED": 0}
        path = self.parameterAsFile(parameters, "DATABASE", context)
        with open_history(settings, path) as services:
            if source:
                region = self.parameterAsString(parameters, "PHONE_REGION", context) or "IT"
                done = import_opt_outs(services, source, region.strip())
                outputs.update(ADDED=done.added, INVALID=len(done.invalid))
                feedback.pushInfo(
                    self.tr("{added} number(s) added, {already} already on the list.").format(
                        added=done.added, already=done.already
                    )
                )
                for line, value in done.invalid[:20]:
                    feedback.pushWarning(
                        self.tr("Line {line}: '{value}' is not a mobile number.").format(
                            line=line, value=value
                        )
                    )
            if output:
                outputs["LISTED"] = export_opt_outs(services, output)
                outputs["OUTPUT"] = output
            else:
                outputs["LISTED"] = listed(services)
        return outputs
