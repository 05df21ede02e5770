"""The "still no water" replies on the map: one feature per valve segment that answered.

The operator looks for where the water did not come back: each segment with
"1" replies is drawn as its pipes (one multi-line), with how many numbers
answered, how many customers of the segment were told the water was back,
the share, whether it is a cluster (``notify.reply_map``: a possible valve
left shut) and the valves the crew would check. Clusters are thick red,
single replies thin orange, each labelled "replies/warned". No phone number
is written to the layer. The layer is the same from the history dock's
button and from ``outage:replies_map``.
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsLineSymbol,
    QgsPalLayerSettings,
    QgsPointXY,
    QgsProject,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)

from ..notify.reply_map import ReplyMap
from .compat import new_field
from .i18n import tr
from .problem_text import problem_text
from .result_layers import _label, _memory_layer

#: Custom property holding the intervention reference of a replies layer.
LAYER_PROPERTY = "water_outage_notifier/replies_of"
#: Labels along the lines (QGIS 3.26 moved the enum to ``Qgis``; 3.22 has the old one).
_ALONG_LINE = (
    Qgis.LabelPlacement.Line if hasattr(Qgis, "LabelPlacement") else QgsPalLayerSettings.Line
)
#: Label: replying numbers over warned customers.
LABEL_FIELD = "label"

FIELDS = (
    ("segment_id", "int"),
    ("replies", "int"),
    ("customers", "int"),
    ("warned", "int"),
    ("share", "double"),
    ("cluster", "bool"),
    ("valves", "string"),
    ("closed_by_work", "string"),
    ("finding", "string"),
    (LABEL_FIELD, "string"),
)


def layer_name(reference: str) -> str:
    return tr('Replies "1" of {reference}').format(reference=reference)


def reply_map_fields() -> QgsFields:
    fields = QgsFields()
    for name, kind in FIELDS:
        fields.append(new_field(name, kind))
    return fields


def segment_geometry(network, pieces) -> QgsGeometry:
    """The pipes of a segment as one multi-line."""
    return QgsGeometry.fromMultiPolylineXY(
        [[QgsPointXY(x, y) for x, y in network.pieces[p].coords] for p in pieces]
    )


def reply_map_features(result: ReplyMap, network, fields: QgsFields) -> list:
    """One feature per segment with replies, most replies first."""
    features = []
    for segment in result.segments:
        finding = segment.finding(result.work_valves)
        feature = QgsFeature(fields)
        feature.setGeometry(segment_geometry(network, segment.pieces))
        feature.setAttributes(
            [
                segment.segment_id,
                segment.numbers,
                segment.customers,
                segment.warned,
                round(segment.share, 3),
                segment.cluster,
                ", ".join(str(v) for v in segment.valves),
                ", ".join(str(v) for v in segment.closed_by_work),
                "" if finding is None else problem_text(finding),
                f"{segment.numbers}/{segment.warned}",
            ]
        )
        features.append(feature)
    return features


def style_reply_map(layer: QgsVectorLayer) -> None:
    """Clusters thick red, single replies thin orange; labels "replies/warned"."""
    root = QgsRuleBasedRenderer.Rule(None)
    for expression, label, colour, width in (
        ('"cluster"', tr("Possible valve left shut"), "#d7191c", "2.4"),
        ('NOT "cluster"', tr('"1" replies'), "#fdae61", "1.2"),
    ):
        symbol = QgsLineSymbol.createSimple(
            {"line_color": colour, "line_width": width, "capstyle": "round"}
        )
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    _label(layer, LABEL_FIELD)
    settings = layer.labeling().settings()
    settings.placement = _ALONG_LINE
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))


def find_reply_map_layer(reference: str, project: QgsProject | None = None):
    """The replies layer of ``reference`` already in ``project``, or None."""
    for layer in (project or QgsProject.instance()).mapLayers().values():
        if layer.customProperty(LAYER_PROPERTY) == reference:
            return layer
    return None


def show_reply_map(result: ReplyMap, network, crs, project: QgsProject | None = None):
    """Add the replies layer of ``result`` to ``project``, or refill the one already there."""
    project = project or QgsProject.instance()
    layer = find_reply_map_layer(result.reference, project)
    if layer is None:
        layer = _memory_layer("MultiLineString", crs, layer_name(result.reference), FIELDS)
        layer.setCustomProperty(LAYER_PROPERTY, result.reference)
        style_reply_map(layer)
        project.addMapLayer(layer)
    provider = layer.dataProvider()
    provider.truncate()
    provider.addFeatures(reply_map_features(result, network, layer.fields()))
    layer.updateExtents()
    layer.triggerRepaint()
    return layer


def reply_map_summary(result: ReplyMap) -> list[str]:
    """What the replies say, one sentence each: the count, each cluster, the numbers apart."""
    said = [
        tr('{reference}: {replies} number(s) answered "1" (still no water), on {segments} '
           "segment(s).").format(
            reference=result.reference, replies=result.replies, segments=len(result.segments)
        )
    ]  # fmt: skip
    return said + [problem_text(finding) for finding in result.findings()]


def no_replies_text(reference: str) -> str:
    return tr('{reference}: no customer answered "1" to the water-back notice.').format(
        reference=reference
    )
