"""Read the mapped pipe, valve and source layers into a network model.

This is the only place where network layers are read, for the map tool and
for every Processing algorithm alike, so they cannot disagree. Any vector
provider works (GeoPackage, shapefile, PostGIS, memory), because features are
read through the provider-independent QGIS API.
"""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer, QgsWkbTypes

from ..trace import build_network
from ..trace.inputs import NetworkSettings, PipeArrays, SourceInput, ValveInput
from .features import (
    LayerError,
    field_index,
    optional_index,
    read_table,
    table_lines,
    table_points,
    transform_to,
)
from .progress import FeedbackProgress


@dataclass
class NetworkLayers:
    """The layers and field names one network is read from."""

    pipes: QgsVectorLayer
    pipe_id_field: str
    valves: QgsVectorLayer
    valve_id_field: str
    valve_status_field: str = ""
    sources: QgsVectorLayer | None = None
    source_id_field: str = ""


def working_crs(pipes: QgsVectorLayer) -> tuple:
    """The projected CRS the trace works in, and a note when it is not the pipes' own.

    A snapping tolerance in degrees means nothing to an operator, so pipes in
    a geographic CRS are traced in the UTM zone of their centre, with the
    tolerance read in metres.
    """
    crs = pipes.crs()
    if not crs.isValid():
        raise LayerError(
            f"The pipes layer '{pipes.name()}' has no coordinate reference system; set one."
        )
    if not crs.isGeographic():
        return crs, ""
    centre = pipes.extent().center()
    zone = int((centre.x() + 180.0) // 6.0) + 1
    epsg = (32600 if centre.y() >= 0 else 32700) + zone
    utm = QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
    note = (
        f"The pipes layer '{pipes.name()}' is in {crs.authid()} (degrees); the trace works in "
        f"{utm.authid()} and reads the tolerance in metres."
    )
    return utm, note


def check_geometry(layer: QgsVectorLayer, expected, role: str) -> None:
    """Refuse a layer of the wrong geometry type with a message naming it."""
    if layer.geometryType() != expected:
        raise LayerError(
            f"The {role} layer '{layer.name()}' has "
            f"{QgsWkbTypes.geometryDisplayString(layer.geometryType())} geometry; "
            f"{role} must be {QgsWkbTypes.geometryDisplayString(expected)}s."
        )


def read_network(
    layers: NetworkLayers, settings: NetworkSettings, progress: FeedbackProgress | None = None
):
    """Build the network model; returns ``(network, crs, notes)``.

    Reading takes the first 60 % of ``progress`` and building the rest.
    """
    progress = progress or FeedbackProgress(None)
    check_geometry(layers.pipes, QgsWkbTypes.GeometryType.LineGeometry, "pipes")
    check_geometry(layers.valves, QgsWkbTypes.GeometryType.PointGeometry, "valves")
    if layers.sources is not None:
        check_geometry(layers.sources, QgsWkbTypes.GeometryType.PointGeometry, "sources")
    crs, note = working_crs(layers.pipes)
    pipes = _read_pipes(layers, crs, progress.part(0, 45))
    valves = _read_valves(layers, crs, progress.part(45, 55))
    sources = _read_sources(layers, crs)
    network = build_network(pipes, valves, sources, settings, progress=progress.part(60, 100))
    return network, crs, [note] if note else []


def _read_pipes(layers: NetworkLayers, crs, progress: FeedbackProgress) -> PipeArrays:
    layer = layers.pipes
    id_index = field_index(layer, layers.pipe_id_field, "pipe id")
    table = read_table(layer, [id_index], transform_to(layer, crs), progress=progress)
    lines = table_lines(table)
    return PipeArrays(table.fids, table.columns[0], lines.part_feature, lines.part_start, lines.xy)


def _read_valves(layers: NetworkLayers, crs, progress: FeedbackProgress) -> list:
    layer = layers.valves
    id_index = field_index(layer, layers.valve_id_field, "valve id")
    status_index = optional_index(layer, layers.valve_status_field, "valve status")
    progress.set_progress(0)
    table = read_table(layer, [id_index, status_index], transform_to(layer, crs))
    return list(
        map(ValveInput, table.fids, table.columns[0], table_points(table), table.columns[1])
    )


def _read_sources(layers: NetworkLayers, crs) -> list:
    layer = layers.sources
    if layer is None:
        return []
    id_index = optional_index(layer, layers.source_id_field, "source id")
    table = read_table(layer, [id_index], transform_to(layer, crs))
    ids = table.columns[0] if id_index >= 0 else table.fids
    return list(map(SourceInput, table.fids, ids, table_points(table)))
