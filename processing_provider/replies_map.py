"""``outage:replies_map``: where the "still no water" replies of an intervention come from.

For analysts and ``qgis_process.bin``: the same layer the history dock's
*Replies on map* button draws (``gis.reply_map_layer``), one feature per
valve segment with "1" replies, clusters flagged with the valves to check.
The network and the customers are the project's mapped layers, so the
segments are those of ``outage:segments`` on the same layers.
"""

from __future__ import annotations

from qgis.core import (
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..gis.features import LayerError
from ..gis.mapping import load_mapping
from ..gis.model import ModelSources
from ..gis.notify_services import open_history
from ..gis.problem_text import problem_text
from ..gis.progress import FeedbackProgress
from ..gis.reply_map_layer import reply_map_features, reply_map_fields, reply_map_summary
from ..gis.settings_store import PluginSettings
from ..notify.reply_map import DEFAULT_MIN_REPLIES, reply_map
from ..store.interventions import UnknownInterventionError
from .base import OutageAlgorithm
from .parameters import add_database_parameter


class RepliesMapAlgorithm(OutageAlgorithm):
    NAME = "replies_map"
    DISPLAY_NAME = 'Map of the "1" replies (still no water)'
    GROUP = "Notify"
    HELP = (
        'Draws where the customers of intervention REFERENCE answered "1" (still no water) to '
        "the water-back notice: one feature per valve segment with replies (its pipes), the "
        "numbers that answered, the customers of the segment told the water was back and the "
        "share. A segment with MIN_REPLIES numbers or more (2 by default) is a cluster: a "
        "valve may have been left shut, and the operable valves bounding the segment are "
        "named, those closed for the work first. Numbers that match no customer, or customers "
        "on no pipe, are counted in the log, not drawn. No phone number is written. The "
        "network and customers are the project's mapped layers; DATABASE defaults to the one "
        "in the settings."
    )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.addParameter(
            QgsProcessingParameterString("REFERENCE", self.tr("Intervention reference"))
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "MIN_REPLIES",
                self.tr("Numbers on one segment that make a cluster"),
                QgsProcessingParameterNumber.Type.Integer,
                DEFAULT_MIN_REPLIES,
                minValue=1,
            )
        )
        add_database_parameter(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Replies per segment"))
        )
        for name, title in (
            ("REPLIES", 'Numbers that answered "1"'),
            ("CLUSTERS", "Clusters (possible valve left shut)"),
            ("UNMATCHED", "Numbers not drawn (no customer, or no pipe)"),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, self.tr(title)))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        reference = self.parameterAsString(parameters, "REFERENCE", context).strip()
        minimum = self.parameterAsInt(parameters, "MIN_REPLIES", context)
        path = self.parameterAsFile(parameters, "DATABASE", context)
        try:
            model = ModelSources.from_mapping(load_mapping(context.project())).build(
                FeedbackProgress(feedback)
            )
        except LayerError as error:
            raise QgsProcessingException(str(error)) from error
        with open_history(PluginSettings.load(), path) as services:
            try:
                result = reply_map(services, reference, model, minimum)
            except UnknownInterventionError as error:
                raise QgsProcessingException(
                    problem_text(
                        {"code": "unknown_intervention", "params": {"reference": reference}}
                    )
                ) from error
        sink, dest_id = self.parameterAsSink(
            parameters,
            "OUTPUT",
            context,
            reply_map_fields(),
            QgsWkbTypes.Type.MultiLineString,
            model.crs,
        )
        sink.addFeatures(
            reply_map_features(result, model.network, reply_map_fields()),
            QgsFeatureSink.Flag.FastInsert,
        )
        for sentence in reply_map_summary(result):
            feedback.pushInfo(sentence)
        return {
            "OUTPUT": dest_id,
            "REPLIES": result.replies,
            "CLUSTERS": len(result.clusters),
            "UNMATCHED": result.unmatched + result.unplaced,
        }
