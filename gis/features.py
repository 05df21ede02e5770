"""Turn QGIS features into the plain values the core reads.

The core sees tuples of floats and Python values: never a QgsGeometry, a
QVariant or a QgsFeature. Geometries are transformed into the working CRS
here, once, while reading.
"""

from __future__ import annotations

from operator import itemgetter
from typing import NamedTuple

import numpy as np
from qgis.core import (
    QgsAbstractGeometry,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from ..common.columns import as_points
from ..common.gc_pause import collector_paused
from .columnar import columnar_source, read_columns
from .wkb import read_lines, read_points

_PLAIN_TYPES = {str, int, float, bool}

#: How far a chord of a curved pipe may stray from its arc (working CRS units, metres):
#: well inside the smallest snapping tolerance an operator sets (1 cm).
CURVE_TOLERANCE = 0.001


class LayerError(ValueError):
    """A layer cannot be used as mapped; the message names layer and field."""


def plain_value(value):
    """A Python value for an attribute: NULL becomes None, Qt dates become text."""
    if value is None or isinstance(value, QVariant):
        return None
    if isinstance(value, (QDate, QDateTime)):
        return value.toString(
            "yyyy-MM-dd HH:mm:ss" if isinstance(value, QDateTime) else "yyyy-MM-dd"
        )
    return value


def field_index(layer: QgsVectorLayer, name: str, role: str) -> int:
    """Index of field ``name`` on ``layer``, or a LayerError naming both."""
    index = layer.fields().indexFromName(name) if name else -1
    if index < 0:
        raise LayerError(
            f"The field '{name}' ({role}) does not exist in the layer '{layer.name()}'."
        )
    return index


def optional_index(layer: QgsVectorLayer | None, name: str, role: str) -> int:
    """Like :func:`field_index`, but an unmapped (empty) name gives -1."""
    return field_index(layer, name, role) if (layer is not None and name) else -1


def attribute(feature, index: int):
    """The plain value at ``index``, or None for an unmapped field (-1)."""
    return plain_value(feature.attribute(index)) if index >= 0 else None


def transform_to(
    layer: QgsVectorLayer, crs: QgsCoordinateReferenceSystem
) -> QgsCoordinateTransform | None:
    """A transform from ``layer`` to ``crs``, or None when they are the same."""
    if layer.crs() == crs:
        return None
    return QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance().transformContext())


def read_request(layer: QgsVectorLayer, indexes, expression: str = "", with_geometry: bool = True):
    """A request that reads only the mapped attributes, for speed on big layers."""
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes([i for i in indexes if i >= 0])
    if not with_geometry:
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    if expression:
        request.setFilterExpression(expression)
    return request


class FeatureTable(NamedTuple):
    """Features read column by column: the shape the bulk readers want.

    ``columns`` holds one list of plain values per requested field index
    (all None for an unmapped index, -1); ``blobs`` the WKB of each geometry
    in the target CRS (empty for a null geometry), or [] when geometry was
    not read.
    """

    fids: list[int]
    columns: list[list]
    blobs: list


def read_table(
    layer,
    indexes,
    transform=None,
    with_geometry: bool = True,
    expression: str = "",
    feature_ids=None,
    progress=None,
) -> FeatureTable:
    """Read fids, the attributes at ``indexes`` and the geometries as WKB, in one pass.

    One ``attributes()`` call and one ``asWkb()`` call per feature, into a
    reused QgsFeature: per-attribute and per-vertex calls into QGIS were
    most of the reading time on big layers. The picked values go into one
    flat list, sliced into columns at the end, and the cycle collector is
    paused meanwhile: transposing a million rows and rescanning a million
    fresh tuples each cost more than reading them. ``progress`` (a
    FeedbackProgress) is told every 5000 features; a cancel stops reading.

    A whole GeoPackage, Shapefile or FlatGeobuf layer in the working CRS is
    read column by column instead (:mod:`.columnar`), with the same result.
    """
    if transform is None and not expression and feature_ids is None:
        table = _read_columnar(layer, indexes, with_geometry, progress)
        if table is not None:
            return table
    request = read_request(layer, indexes, expression, with_geometry)
    if feature_ids is not None:
        request.setFilterFids(list(feature_ids))
    wanted = [i for i in indexes if i >= 0]
    pick = itemgetter(*wanted) if wanted else None
    values: list = []
    # itemgetter of one index gives the value itself, of several a tuple
    keep = None if pick is None else (values.append if len(wanted) == 1 else values.extend)
    total = max(layer.featureCount(), 1)
    fids, blobs = [], []
    feature = QgsFeature()
    iterator = layer.getFeatures(request)
    with collector_paused():
        while iterator.nextFeature(feature):
            if progress is not None and len(fids) % 5000 == 0:
                progress.set_progress(100.0 * len(fids) / total)
                if progress.is_canceled():
                    break
            fids.append(feature.id())
            if keep is not None:
                keep(pick(feature.attributes()))
            if with_geometry:
                geometry = feature.geometry()
                if transform is not None and not geometry.isNull():
                    geometry.transform(transform)
                blobs.append(geometry.asWkb())
    picked = iter(_plain_columns(values, len(wanted)))
    columns = [next(picked) if i >= 0 else [None] * len(fids) for i in indexes]
    return FeatureTable(fids, columns, blobs)


def _read_columnar(layer, indexes, with_geometry: bool, progress) -> FeatureTable | None:
    """:func:`read_table` through GDAL's Arrow stream, or None when the layer must be iterated."""
    source = layer.columnar if isinstance(layer, LayerSnapshot) else columnar_source(layer)
    if source is None:
        return None
    fields = layer.fields()
    names = [fields.at(i).name() if i >= 0 else None for i in indexes]
    with collector_paused():
        read = read_columns(source, names, with_geometry, progress)
    return None if read is None else FeatureTable(*read)


def _plain_columns(values: list, width: int) -> list[list]:
    """Row-major picked ``values`` as ``width`` columns of plain values (see :func:`plain_value`)."""
    columns = [values[i::width] for i in range(width)]
    return [
        column
        if set(map(type, column)) <= _PLAIN_TYPES
        else [v if type(v) in _PLAIN_TYPES else plain_value(v) for v in column]
        for column in columns
    ]


def table_lines(table: FeatureTable):
    """The :class:`~.wkb.Lines` of a table read from a line layer.

    Curved geometries (circular strings, compound curves) are not plain
    linestrings in WKB: QGIS segmentizes those few, and they are read again,
    each chord within :data:`CURVE_TOLERANCE` of its arc. QGIS's default
    (one degree per chord) strays 2 cm from a main bending on a 500 m radius,
    and a valve surveyed on the arc was then off the pipe.
    """
    lines = read_lines(table.blobs)
    if lines.unreadable:
        blobs = list(table.blobs)
        for index in lines.unreadable:
            geometry = _from_wkb(blobs[index])
            if not geometry.isNull():  # damaged WKB stays unreadable: a pipe without line
                blobs[index] = QgsGeometry(segmentized(geometry)).asWkb()
        lines = read_lines(blobs)
    return lines


def segmentized(geometry: QgsGeometry):
    """The curves of ``geometry`` as chords within :data:`CURVE_TOLERANCE` of their arcs."""
    return geometry.constGet().segmentize(
        CURVE_TOLERANCE, QgsAbstractGeometry.SegmentationToleranceType.MaximumDifference
    )


def table_points(table: FeatureTable) -> list:
    """``(x, y)`` of each feature of a table read from a point layer; None when empty."""
    return as_points(table_xy(table))


def table_xy(table: FeatureTable) -> np.ndarray:
    """The points of a table read from a point layer as an ``(n, 2)`` array, NaN when empty."""
    xy, unreadable = read_points(table.blobs)
    for index in unreadable:
        point = point_xy(_from_wkb(table.blobs[index]), None)
        if point is not None:
            xy[index] = point
    return xy


def surface_points(table: FeatureTable) -> FeatureTable:
    """``table`` read from a polygon layer (buildings) with each polygon replaced by a point
    inside it, where its customer stands; an empty or damaged polygon stays empty."""
    blobs = []
    for blob in table.blobs:
        geometry = _from_wkb(blob) if len(blob) else QgsGeometry()
        inside = QgsGeometry() if geometry.isEmpty() else geometry.pointOnSurface()
        blobs.append(b"" if inside.isEmpty() else inside.asWkb())
    return table._replace(blobs=blobs)


def _from_wkb(blob) -> QgsGeometry:
    geometry = QgsGeometry()
    geometry.fromWkb(bytes(blob))
    return geometry


def point_xy(geometry: QgsGeometry, transform) -> tuple | None:
    """The ``(x, y)`` of a point geometry (first point of a multipoint); None when empty."""
    if geometry.isNull() or geometry.isEmpty():
        return None
    if transform is not None:
        geometry = QgsGeometry(geometry)
        geometry.transform(transform)
    vertex = geometry.vertexAt(0)
    return (vertex.x(), vertex.y())


class LayerSnapshot:
    """A read-only view of a vector layer that a ``QgsTask`` may read.

    A layer must not be touched outside the main thread; a
    ``QgsVectorLayerFeatureSource`` taken in the main thread may. The
    snapshot answers the few layer questions the readers ask (name, CRS,
    fields, geometry type, count, extent, features), so the readers work
    unchanged on a layer or on its snapshot. ``columnar`` says, as of the
    snapshot, whether the file may be read column by column.
    """

    def __init__(self, layer: QgsVectorLayer):
        self.layer_id = layer.id()
        self._name = layer.name()
        self._crs = layer.crs()
        self._fields = layer.fields()
        self._geometry_type = layer.geometryType()
        self._wkb_type = layer.wkbType()
        self._count = layer.featureCount()
        self._extent = layer.extent()
        self._source = QgsVectorLayerFeatureSource(layer)
        self.columnar = columnar_source(layer)

    def name(self) -> str:
        return self._name

    def crs(self):
        return self._crs

    def fields(self):
        return self._fields

    def geometryType(self):  # noqa: N802 - same name as QgsVectorLayer
        return self._geometry_type

    def wkbType(self):  # noqa: N802 - same name as QgsVectorLayer
        return self._wkb_type

    def featureCount(self) -> int:  # noqa: N802 - same name as QgsVectorLayer
        return self._count

    def extent(self):
        return self._extent

    def getFeatures(self, request=None):  # noqa: N802 - same name as QgsVectorLayer
        return self._source.getFeatures(request or QgsFeatureRequest())
