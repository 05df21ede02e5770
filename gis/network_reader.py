"""Read the mapped pipe, valve and source layers into a network model.

This is the only place where network layers are read, for the map tool and
for every Processing algorithm alike, so they cannot disagree. Any vector
provider works (GeoPackage, shapefile, PostGIS, memory), because features are
read through the provider-independent QGIS API.
"""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDatumTransform,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..common.columns import ColumnRows
from ..trace import build_network
from ..trace.inputs import NetworkSettings, PipeArrays, SourceInput, ValveInput
from .features import (
    LayerError,
    field_index,
    optional_index,
    read_table,
    table_lines,
    table_points,
    table_xy,
    transform_to,
)
from .i18n import tr
from .progress import FeedbackProgress
from .source_shapes import SINGLE_POINTS, source_input
from .warning_text import layer_words


@dataclass
class NetworkLayers:
    """The layers and field names one network is read from (an empty name: not mapped)."""

    pipes: QgsVectorLayer
    pipe_id_field: str
    valves: QgsVectorLayer
    valve_id_field: str
    valve_status_field: str = ""
    sources: QgsVectorLayer | None = None
    source_id_field: str = ""
    pipe_status_field: str = ""
    valve_type_field: str = ""


def working_crs(pipes: QgsVectorLayer) -> tuple:
    """The projected CRS the trace works in, and notes when it is not the pipes' own.

    A snapping tolerance in degrees means nothing to an operator, so pipes in
    a geographic CRS are traced in the UTM zone of their centre, with the
    tolerance read in metres. Pipes labelled in degrees whose coordinates
    cannot be degrees (a projected layer with the wrong CRS) are traced in
    their own numbers, with a note saying so.
    """
    crs = pipes.crs()
    if not crs.isValid():
        raise LayerError(
            tr("The pipes layer '{layer}' has no coordinate reference system; set one.").format(
                layer=pipes.name()
            )
        )
    if not crs.isGeographic():
        return crs, []
    impossible = impossible_coordinates(pipes)
    if impossible:
        return crs, [
            impossible
            + " "
            + tr("The trace uses them as they are, with the tolerance in the same units.")
        ]
    centre = pipes.extent().center()
    zone = int((centre.x() + 180.0) // 6.0) + 1
    epsg = (32600 if centre.y() >= 0 else 32700) + zone
    utm = QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
    if not utm.isValid():  # no UTM zone fits: trace in the layer's own numbers
        return crs, []
    note = tr(
        "The pipes layer '{layer}' is in {crs} (degrees); the trace works in {utm} and reads "
        "the tolerance in metres."
    ).format(layer=pipes.name(), crs=crs_label(crs), utm=crs_label(utm))
    return utm, [note]


def crs_label(crs) -> str:
    """How a CRS is named to the operator: its authority id, else its name, else its definition."""
    return crs.authid() or crs.description() or crs.toProj() or tr("a custom CRS")


def impossible_coordinates(layer) -> str:
    """A note when ``layer`` is labelled in degrees but holds coordinates beyond ±180/±90.

    Such a layer is projected data with the wrong CRS set; reprojecting it
    would throw every feature off the map.
    """
    crs = layer.crs()
    extent = layer.extent()  # a straight east-west line has an "empty" (flat) extent
    if not crs.isValid() or not crs.isGeographic() or extent.isNull():
        return ""
    if (
        max(abs(extent.xMinimum()), abs(extent.xMaximum())) <= 180.0
        and max(abs(extent.yMinimum()), abs(extent.yMaximum())) <= 90.0
    ):
        return ""
    return tr(
        "The layer '{layer}' is labelled {crs} (degrees), yet its coordinates reach "
        "({x:.0f}, {y:.0f}), which no place on Earth has in degrees: its CRS is probably wrong."
    ).format(
        layer=layer.name(),
        crs=crs_label(crs),
        x=max(abs(extent.xMinimum()), abs(extent.xMaximum())),
        y=max(abs(extent.yMinimum()), abs(extent.yMaximum())),
    )


def layer_notes(layer, crs) -> list:
    """What the operator should know about reading ``layer`` into the working ``crs``."""
    return [note for note in (impossible_coordinates(layer), datum_note(layer, crs)) if note]


def datum_note(layer, crs) -> str:
    """A note when ``layer`` reaches ``crs`` only by a *ballpark* transformation.

    PROJ falls back to one when the transformation between two datums needs
    a grid that is not installed (Monte Mario and RDN2008 in Italy): it
    ignores the datum shift, so the layer lands tens of metres off the
    pipes, and its valves lie on no pipe or its customers on the wrong one.
    The trace still runs; the note says why, and what fixes it.
    """
    if layer.crs() == crs or not layer.crs().isValid():
        return ""
    context = QgsProject.instance().transformContext()
    details = QgsCoordinateTransform(
        layer.crs(), crs, context
    ).instantiatedCoordinateOperationDetails()
    if details.accuracy >= 0 or "ballpark" not in details.name.casefold():
        return ""
    grids = sorted(
        {
            grid.shortName
            for operation in QgsDatumTransform.operations(layer.crs(), crs)
            if not operation.isAvailable
            for grid in operation.grids
            if not grid.isAvailable
        }
    )
    note = tr(
        "The layer '{layer}' ({crs}) reaches the working CRS {target} only by a ballpark "
        "transformation that ignores the datum shift: its features may lie tens of metres off "
        "the pipes, so valves may be found on no pipe and customers on the wrong one. Store the "
        "layers in one CRS, or choose a transformation in Project › Properties › "
        "Transformations."
    ).format(layer=layer.name(), crs=crs_label(layer.crs()), target=crs_label(crs))
    if grids:
        note += " " + tr("The accurate transformation needs the grid {grids}.").format(
            grids=", ".join(grids)
        )
    return note


def check_geometry(layer: QgsVectorLayer, expected, role: str) -> None:
    """Refuse a layer of the wrong geometry type with a message naming it, in
    the interface's language (``role``: a key of ``warning_text.LAYERS``).

    ``expected`` is one geometry type, or a tuple of the types the role takes."""
    kinds = expected if isinstance(expected, tuple) else (expected,)
    if layer.geometryType() not in kinds:
        raise LayerError(
            tr("{layer} '{name}' holds {found}; it must hold {expected}.").format(
                layer=layer_words(role),
                name=layer.name(),
                found=_geometry_words(layer.geometryType()),
                expected=_either_words(kinds),
            )
        )


#: A layer's kind of geometry as a person says it.
GEOMETRY_WORDS = {
    QgsWkbTypes.GeometryType.PointGeometry: "points",
    QgsWkbTypes.GeometryType.LineGeometry: "lines",
    QgsWkbTypes.GeometryType.PolygonGeometry: "polygons",
    QgsWkbTypes.GeometryType.NullGeometry: "no geometry",
}


def _geometry_words(kind) -> str:
    if kind in GEOMETRY_WORDS:
        return tr(GEOMETRY_WORDS[kind])
    return tr("an unknown kind of geometry")


def _either_words(kinds) -> str:
    """Geometry types a layer may hold, as a person says them ("points or polygons")."""
    words = [_geometry_words(kind) for kind in kinds]
    if len(words) == 1:
        return words[0]
    return tr("{first} or {last}").format(first=", ".join(words[:-1]), last=words[-1])


#: What a sources layer may hold: points (or multipoints), or each plant's footprint.
SOURCE_GEOMETRIES = (
    QgsWkbTypes.GeometryType.PointGeometry,
    QgsWkbTypes.GeometryType.PolygonGeometry,
)


def read_network(
    layers: NetworkLayers, settings: NetworkSettings, progress: FeedbackProgress | None = None
):
    """Build the network model; returns ``(network, crs, notes)``.

    Reading takes the first 60 % of ``progress`` and building the rest.
    """
    progress = progress or FeedbackProgress(None)
    crs, notes = network_crs(layers)
    pipes = _read_pipes(layers, crs, progress.part(0, 45))
    valves = _read_valves(layers, crs, progress.part(45, 55))
    sources = _read_sources(layers, crs)
    network = build_network(pipes, valves, sources, settings, progress=progress.part(60, 100))
    return network, crs, notes


def network_crs(layers: NetworkLayers) -> tuple:
    """``(crs, notes)``: the CRS the network of ``layers`` is built in, and what the operator
    should know about reading them into it; a layer of the wrong geometry is refused.

    Cheap (no feature is read), so a network loaded from the model cache says
    its notes in today's language and refuses what a build would refuse.
    """
    check_geometry(layers.pipes, QgsWkbTypes.GeometryType.LineGeometry, "pipe")
    check_geometry(layers.valves, QgsWkbTypes.GeometryType.PointGeometry, "valve")
    if layers.sources is not None:
        check_geometry(layers.sources, SOURCE_GEOMETRIES, "source")
    crs, notes = working_crs(layers.pipes)
    for layer in (layers.valves, layers.sources):
        if layer is not None:
            notes.extend(layer_notes(layer, crs))
    return crs, [note for note in notes if note]


def _read_pipes(layers: NetworkLayers, crs, progress: FeedbackProgress) -> PipeArrays:
    layer = layers.pipes
    id_index = field_index(layer, layers.pipe_id_field, "pipe id")
    status_index = optional_index(layer, layers.pipe_status_field, "pipe status")
    table = read_table(layer, [id_index, status_index], transform_to(layer, crs), progress=progress)
    lines = table_lines(table)
    statuses = table.columns[1] if status_index >= 0 else None
    return PipeArrays(
        table.fids, table.columns[0], lines.part_feature, lines.part_start, lines.xy, statuses
    )


def _read_valves(layers: NetworkLayers, crs, progress: FeedbackProgress) -> list:
    layer = layers.valves
    id_index = field_index(layer, layers.valve_id_field, "valve id")
    status_index = optional_index(layer, layers.valve_status_field, "valve status")
    type_index = optional_index(layer, layers.valve_type_field, "valve type")
    progress.set_progress(0)
    table = read_table(layer, [id_index, status_index, type_index], transform_to(layer, crs))
    ids, states, kinds = table.columns
    # kept as columns (as the model cache stores them): a record is made when read
    return ColumnRows(ValveInput, [table.fids, ids, table_xy(table), states, kinds])


def _read_sources(layers: NetworkLayers, crs) -> list:
    layer = layers.sources
    if layer is None:
        return []
    id_index = optional_index(layer, layers.source_id_field, "source id")
    table = read_table(layer, [id_index], transform_to(layer, crs))
    ids = table.columns[0] if id_index >= 0 else table.fids
    if layer.wkbType() in SINGLE_POINTS:  # the usual layer: read in one pass
        return list(map(SourceInput, table.fids, ids, table_points(table)))
    return list(map(source_input, table.fids, ids, table.blobs))
