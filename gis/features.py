"""Turn QGIS features into the plain values the core reads.

The core sees tuples of floats and Python values: never a QgsGeometry, a
QVariant or a QgsFeature. Geometries are transformed into the working CRS
here, once, while reading.
"""

from __future__ import annotations

from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant


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


def optional_index(layer: Optional[QgsVectorLayer], name: str, role: str) -> int:
    """Like :func:`field_index`, but an unmapped (empty) name gives -1."""
    return field_index(layer, name, role) if (layer is not None and name) else -1


def attribute(feature, index: int):
    """The plain value at ``index``, or None for an unmapped field (-1)."""
    return plain_value(feature.attribute(index)) if index >= 0 else None


def transform_to(
    layer: QgsVectorLayer, crs: QgsCoordinateReferenceSystem
) -> Optional[QgsCoordinateTransform]:
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


def line_parts(geometry: QgsGeometry, transform, multi: bool = True) -> list:
    """The polylines of a (multi)line geometry as lists of ``(x, y)``; [] when empty.

    ``multi`` is the layer's own type: asking the geometry for its type on
    every feature costs a tenth of the read on a big network, so the layer's
    answer is tried first and the geometry is asked only when it disagrees.
    """
    if transform is not None and not geometry.isNull():
        geometry = QgsGeometry(geometry)
        geometry.transform(transform)
    try:
        lines = geometry.asMultiPolyline() if multi else [geometry.asPolyline()]
    except TypeError:  # a single line in a layer declared multi (or the reverse)
        lines = []
    if not lines or not lines[0]:
        if geometry.isNull() or geometry.isEmpty():
            return []
        is_multi = QgsWkbTypes.isMultiType(geometry.wkbType())
        lines = geometry.asMultiPolyline() if is_multi else [geometry.asPolyline()]
    return [[(p.x(), p.y()) for p in line] for line in lines if line]


def point_xy(geometry: QgsGeometry, transform) -> Optional[tuple]:
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
    unchanged on a layer or on its snapshot.
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
