"""The area a public page shows: generalised from the affected pipes, in WGS 84.

The history keeps the exact work-site area (pipes and customer points with
a small margin); the public gets something coarser that shows the streets
and never a house. The affected pipes are widened by a margin of about a
street's width and a house's depth, merged, simplified, and snapped to a
grid, so no vertex sits on a customer's point. When a streets layer is
given, the area is clipped to the streets widened by the same margin, so
it follows the streets rather than crossing blocks and fields.

The result is plain GeoJSON MultiPolygon coordinates (longitude, latitude)
for the pure ``publish`` room; all geometry work stays here.
"""

from __future__ import annotations

from collections.abc import Iterable

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsWkbTypes,
)

#: Metres each side of an affected pipe: the street and the first row of houses.
PUBLIC_MARGIN = 40.0
#: Vertices are snapped to this grid (metres) after simplifying.
GRID = 10.0
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
#: Where pipes stored in degrees are widened: metres, close enough for a coarse area.
WEB_MERCATOR = QgsCoordinateReferenceSystem("EPSG:3857")
_SEGMENTS = 3
#: Decimals of a published coordinate: 6 is about 10 cm, finer than the grid.
_DECIMALS = 6


def generalised_area(
    geometry: QgsGeometry,
    crs: QgsCoordinateReferenceSystem,
    streets: Iterable[QgsGeometry] = (),
    margin: float = PUBLIC_MARGIN,
) -> QgsGeometry | None:
    """``geometry`` (pipes or an area, in a projected ``crs``) widened, simplified,
    snapped and, when ``streets`` are given, clipped to them. None when empty."""
    if geometry is None or geometry.isEmpty():
        return None
    area = geometry.buffer(margin, _SEGMENTS)
    street_lines = [g for g in streets if g is not None and not g.isEmpty()]
    if street_lines:
        corridor = QgsGeometry.unaryUnion(street_lines).buffer(margin, _SEGMENTS)
        clipped = area.intersection(corridor)
        if not clipped.isEmpty():
            area = clipped
    area = area.simplify(GRID).snappedToGrid(GRID, GRID)
    area = area.makeValid() if not area.isGeosValid() else area
    polygons = [part for part in _polygons(area) if part.area() > GRID * GRID]
    return QgsGeometry.collectGeometry(polygons) if polygons else None


def streets_near(layer, geometry: QgsGeometry, crs, margin: float = PUBLIC_MARGIN) -> list:
    """The line features of a streets ``layer`` near ``geometry``, in ``crs``."""
    if layer is None or geometry is None:
        return []
    to_layer = QgsCoordinateTransform(crs, layer.crs(), QgsProject.instance())
    box = to_layer.transformBoundingBox(geometry.boundingBox().buffered(margin * 2))
    to_crs = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance())
    found = []
    for feature in layer.getFeatures(QgsFeatureRequest().setFilterRect(box).setNoAttributes()):
        line = QgsGeometry(feature.geometry())
        if line.type() == QgsWkbTypes.GeometryType.LineGeometry:
            line.transform(to_crs)
            found.append(line)
    return found


def public_area(
    geometry: QgsGeometry | None,
    crs: QgsCoordinateReferenceSystem,
    streets_layer=None,
    margin: float = PUBLIC_MARGIN,
) -> tuple:
    """The public area of ``geometry`` as WGS 84 MultiPolygon coordinates; () when none."""
    if geometry is None:
        return ()
    streets = streets_near(streets_layer, geometry, crs, margin)
    area = generalised_area(geometry, crs, streets, margin)
    if area is None:
        return ()
    area.transform(QgsCoordinateTransform(crs, WGS84, QgsProject.instance()))
    return tuple(
        tuple(
            tuple((round(p.x(), _DECIMALS), round(p.y(), _DECIMALS)) for p in ring)
            for ring in polygon
        )
        for polygon in area.asMultiPolygon()
    )


def report_public_area(report: dict, mapping=None) -> tuple:
    """The public area of an isolate report's pipes, read from the project's pipes layer.

    For ``outage:notify``, which gets a report and no work site: the
    isolated and unsupplied pipe ids are looked up in the mapped pipes
    layer. () when no pipes layer is mapped or none of the ids is found.
    """
    from .mapping import load_mapping

    mapping = mapping or load_mapping()
    layer = mapping.layer("pipes")
    pipes = report.get("pipes") or {}
    ids = [
        pipe_id
        for role in ("isolated", "unsupplied")
        for pipe_id in (pipes.get(role) or {}).get("pipe_ids", ())
    ]
    if layer is None or not ids:
        return ()
    field = mapping.pipes.field_name("id")
    wanted = ",".join(QgsExpression.quotedValue(value) for value in ids)
    request = QgsFeatureRequest().setFilterExpression(
        f"{QgsExpression.quotedColumnRef(field)} IN ({wanted})"
    )
    lines = [QgsGeometry(f.geometry()) for f in layer.getFeatures(request.setNoAttributes())]
    if not lines:
        return ()
    crs = layer.crs() if not layer.crs().isGeographic() else WEB_MERCATOR
    geometry = QgsGeometry.unaryUnion(lines)
    if crs != layer.crs():
        geometry.transform(QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance()))
    return public_area(geometry, crs)


def area_geometry(area: tuple) -> QgsGeometry | None:
    """WGS 84 MultiPolygon coordinates back to a QgsGeometry (for the map)."""
    polygons = [[[QgsPointXY(x, y) for x, y in ring] for ring in polygon] for polygon in area]
    return QgsGeometry.fromMultiPolygonXY(polygons) if polygons else None


def _polygons(geometry: QgsGeometry) -> list:
    """The single polygons of any geometry (a collection after makeValid included)."""
    parts = []
    for part in geometry.asGeometryCollection():
        if part.type() != QgsWkbTypes.GeometryType.PolygonGeometry:
            continue
        rings = part.asMultiPolygon() if part.isMultipart() else [part.asPolygon()]
        parts.extend(QgsGeometry.fromPolygonXY(polygon) for polygon in rings)
    return parts
