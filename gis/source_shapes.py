"""Sources as the trace takes them, from however the utility drew them.

Most utilities draw a tank, well or inlet as a point on a pipe end. Many
draw the plant's footprint instead (a polygon: the tank, the well house, the
treatment works), and some keep a well field as one multipoint. The trace
needs plain values (:class:`~..trace.inputs.SourceInput`): a point where the
source is shown, every point of a multipoint, and a footprint's rings, each
curve cut into chords within :data:`~.features.CURVE_TOLERANCE`. What a
footprint feeds is the core's business (:mod:`..trace.source_areas`).
"""

from __future__ import annotations

from qgis.core import QgsGeometry, QgsWkbTypes

from ..trace.inputs import SourceInput
from .features import segmentized

#: Layers of single points, read in one pass as before (no geometry object per source).
SINGLE_POINTS = tuple(
    getattr(QgsWkbTypes.Type, name)
    for name in ("Point", "PointZ", "PointM", "PointZM", "Point25D")
    if hasattr(QgsWkbTypes.Type, name)
)


def source_input(fid: int, source_id, blob) -> SourceInput:
    """The source of one feature read as WKB (``blob``; empty for a null geometry)."""
    geometry = QgsGeometry()
    if len(blob):
        geometry.fromWkb(bytes(blob))
    if geometry.isNull() or geometry.isEmpty():
        return SourceInput(fid, source_id, None)
    if geometry.type() == QgsWkbTypes.GeometryType.PolygonGeometry:
        return _footprint(fid, source_id, geometry)
    points = tuple((vertex.x(), vertex.y()) for vertex in geometry.vertices())
    return SourceInput(fid, source_id, points[0], points=points if len(points) > 1 else ())


def _footprint(fid: int, source_id, geometry: QgsGeometry) -> SourceInput:
    """A polygon or multipolygon source: its rings, shown at a point inside it."""
    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        geometry = QgsGeometry(segmentized(geometry))
    polygons = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    rings = tuple(
        tuple((vertex.x(), vertex.y()) for vertex in ring)
        for polygon in polygons
        for ring in polygon
    )
    inside = geometry.pointOnSurface()
    point = None if inside.isEmpty() else (inside.asPoint().x(), inside.asPoint().y())
    return SourceInput(fid, source_id, point, area=rings)
