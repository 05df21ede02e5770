"""``outage:segments``: every pipe piece with its valve segment and supply.

Planners use it to see the network as it can be shut off: one feature per
pipe piece (pipes split at mid-span valves), its segment number and whether
it is supplied by a source with the valves in their normal state.
"""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessingParameterFeatureSink,
    QgsWkbTypes,
)

from ..common.gc_pause import collector_paused
from ..gis.compat import new_field
from ..gis.progress import FeedbackProgress
from ..gis.wkb import multilinestring_wkb
from .base import OutageAlgorithm
from .feedback import push_data_warnings
from .outputs import defused_values, sink_runs_formulas
from .parameters import add_network_parameters, network_from_parameters

CHUNK = 10000  # pieces made and written between two progress reports and cancel checks


def _lines(xy, first) -> list:
    """LineString geometries through ``xy[first[i]:first[i + 1]]``.

    Written as one MultiLineString that QGIS parses in one call and splits
    into its parts: a WKB blob and a ``fromWkb`` call per piece cost more.
    """
    lines = QgsGeometry()
    lines.fromWkb(multilinestring_wkb(xy, first))
    return lines.asGeometryCollection()


def _attributes(network) -> list:
    """``[pipe id, segment id, supplied]`` of each piece, as ``network.segments_table()``
    gives them, made column by column: a record per piece cost a tenth of the call."""
    pipe_ids = map(network.pipe_ids.__getitem__, network.piece_pipe)
    supplied = map(network.unit_supplied.__getitem__, network.piece_unit)
    return list(map(list, zip(pipe_ids, network.piece_segment, supplied)))


def _write(sink, fields, attributes, geometries) -> None:
    """Add one feature per ``attributes``/``geometries`` pair to ``sink``.

    One feature is refilled and added for each piece: the sink keeps a copy
    of it (QGIS features share their data until changed), so no Python
    wrapper is made per piece and no list of them is converted in one go,
    which cost about twice as much at 100,000 pieces.
    """
    feature = QgsFeature(fields)
    set_geometry, set_attributes, add = feature.setGeometry, feature.setAttributes, sink.addFeature
    fast = QgsFeatureSink.Flag.FastInsert
    for values, geometry in zip(attributes, geometries):
        set_geometry(geometry)
        set_attributes(values)
        add(feature, fast)


class SegmentsAlgorithm(OutageAlgorithm):
    NAME = "segments"
    DISPLAY_NAME = "Valve segments"
    HELP = (
        "Splits the network into valve segments: the smallest parts that can be shut off by "
        "closing valves. Sources (tanks, wells, inlets) bound segments as valves do. Pipes are "
        "split at mid-span valves, at sources and where another pipe ends on them (a tee "
        "without a node); ends closer than the tolerance are joined. Pipes whose status is out "
        "of service are left out, and valves whose type does not shut a pipe are open joints. "
        "Each output feature is one pipe piece with its pipe id, segment_id and supplied "
        "(connected to a source with the valves in their normal state)."
    )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        add_network_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Segments")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        """Read, build and write with the cycle collector paused.

        The thousands of feature and geometry wrappers made here are acyclic,
        yet they set off full collections of everything QGIS keeps alive, which
        at times tripled the writing time.
        """
        with collector_paused():
            return self._segments(parameters, context, feedback)

    def _segments(self, parameters, context, feedback):
        progress = FeedbackProgress(feedback)
        network, crs, layers = network_from_parameters(
            self, parameters, context, progress.part(0, 80), feedback
        )
        fields = QgsFields()
        fields.append(layers.pipes.fields().field(layers.pipe_id_field))
        fields.append(new_field("segment_id", "int"))
        fields.append(new_field("supplied", "bool"))
        sink, dest_id = self.parameterAsSink(
            parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.LineString, crs
        )
        attributes = _attributes(network)
        if sink_runs_formulas(self, parameters, context, "OUTPUT"):
            attributes = list(map(defused_values, attributes))
        xy, first = network.topology.all_coords()
        writing = progress.part(80, 100)
        for start in range(0, len(attributes), CHUNK):
            writing.set_progress(100.0 * start / len(attributes))
            if feedback.isCanceled():
                break
            stop = min(start + CHUNK, len(attributes))
            _write(sink, fields, attributes[start:stop], _lines(xy, first[start : stop + 1]))
        push_data_warnings(feedback, network.warnings)
        feedback.pushInfo(
            self.tr("{pieces} pipe pieces in {segments} segments.").format(
                pieces=len(attributes), segments=network.segment_count
            )
        )
        return {"OUTPUT": dest_id}
