"""``outage:model_report``: which pipes the hydraulic model lacks, and which links the GIS lacks.

Run it once when a model is chosen: a skeletonised model leaving services
out is normal, a model matching no pipe at all is a wrong model or a wrong
link field, and this says so before the first work site does.
"""

from __future__ import annotations

import json

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterVectorLayer,
)

from ..gis.features import LayerError
from ..gis.hydraulic_words import model_summary, problem_text
from ..gis.model_check import model_report
from ..hydraulics.problems import HydraulicProblem
from .base import OutageAlgorithm, require
from .hydraulic_parameters import add_model_parameters, pressure_settings_from_parameters
from .parameters import _field


class ModelReportAlgorithm(OutageAlgorithm):
    NAME = "model_report"
    DISPLAY_NAME = "Check a hydraulic model against the pipes"
    HELP = (
        "Matches the links of an EPANET model (.inp) to the pipes (by pipe id, or by the "
        "MODEL_LINK_FIELD of the pipes) and to the valves (valves modelled as links, by valve "
        "id). The JSON report lists the pipes missing from the model and the model links "
        "missing from the GIS. A model whose links match no pipe is refused with the ids seen "
        "on both sides."
    )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "PIPES", self.tr("Pipes"), [QgsProcessing.SourceType.TypeVectorLine]
            )
        )
        self.addParameter(_field("PIPE_ID_FIELD", self.tr("Pipe id field"), "PIPES", False))
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "VALVES",
                self.tr("Valves (valves modelled as links)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                None,
                True,
            )
        )
        self.addParameter(_field("VALVE_ID_FIELD", self.tr("Valve id field"), "VALVES"))
        add_model_parameters(self, optional=False, rules=False)
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "OUTPUT_REPORT", self.tr("Model report (JSON)"), self.tr("JSON files (*.json)")
            )
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        pipes = self.parameterAsVectorLayer(parameters, "PIPES", context)
        valves = self.parameterAsVectorLayer(parameters, "VALVES", context)
        settings = pressure_settings_from_parameters(self, parameters, context)
        require(settings.enabled, self.tr("Choose an EPANET model (.inp)."))
        try:
            report = model_report(
                pipes,
                self.parameterAsString(parameters, "PIPE_ID_FIELD", context),
                valves,
                self.parameterAsString(parameters, "VALVE_ID_FIELD", context),
                settings,
            )
        except HydraulicProblem as problem:
            raise QgsProcessingException(problem_text(problem)) from None
        except LayerError as error:
            raise QgsProcessingException(str(error)) from error
        feedback.pushInfo(model_summary(report))
        path = self.parameterAsFileOutput(parameters, "OUTPUT_REPORT", context)
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(report, handle, ensure_ascii=False, indent=2, default=str)
        return {"OUTPUT_REPORT": path}
