"""The area of a work site, as the WKT the intervention history keeps.

The history map must show where people went without water, not just the
pipe the crew dug up, so the area is every isolated and unsupplied pipe
and every affected customer, widened by a margin and dissolved into one
(multi)polygon. It is computed in the model CRS, which is projected (the
trace works in metres), and stored in the pipes layer's CRS, the CRS the
history dock and the history layer read areas in. The demo, the batch
algorithms and the notify dialog call the same function, so every
intervention gets the same kind of area.
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
)

from .mapping import load_mapping

#: Metres around the affected pipes and customers: about half a street.
DEFAULT_MARGIN = 15.0
#: Buffer corner segments: enough for a map outline, small enough for the database.
_BUFFER_SEGMENTS = 4


def history_crs(fallback: QgsCoordinateReferenceSystem) -> QgsCoordinateReferenceSystem:
    """The CRS intervention areas are stored in: the mapped pipes layer's, else ``fallback``."""
    pipes = load_mapping().layer("pipes")
    return pipes.crs() if pipes is not None else fallback


def affected_pipes(work_site) -> QgsGeometry | None:
    """The isolated and unsupplied pipe pieces of a work site, in the model CRS; None if none."""
    isolation = work_site.isolation
    pieces = isolation.network.pieces
    lines = [
        [QgsPointXY(x, y) for x, y in pieces[index].coords]
        for index in (*isolation.isolated_pieces, *isolation.unsupplied_pieces)
        if len(pieces[index].coords) >= 2
    ]
    return QgsGeometry.fromMultiPolylineXY(lines) if lines else None


def work_site_area(work_site, margin: float = DEFAULT_MARGIN) -> QgsGeometry | None:
    """The affected pipes and customers widened by ``margin``, in the model CRS.

    None when the work site isolates nothing (no pipe, no customer).
    """
    pipes = affected_pipes(work_site)
    customers = work_site.customers.customers if work_site.customers is not None else ()
    points = [QgsPointXY(*c.point) for c in customers if c.point is not None]
    parts = []
    if pipes is not None:
        parts.append(pipes.buffer(margin, _BUFFER_SEGMENTS))
    if points:
        parts.append(QgsGeometry.fromMultiPointXY(points).buffer(margin, _BUFFER_SEGMENTS))
    if not parts:
        return None
    area = QgsGeometry.unaryUnion(parts)
    # A tolerance well under the margin keeps the outline and drops redundant vertices.
    simplified = area.simplify(margin / 5.0)
    return simplified if not simplified.isEmpty() else area


def work_site_area_wkt(
    work_site,
    model_crs: QgsCoordinateReferenceSystem,
    store_crs: QgsCoordinateReferenceSystem | None = None,
    margin: float = DEFAULT_MARGIN,
) -> str | None:
    """The work site's area as WKT in ``store_crs`` (default: :func:`history_crs`).

    This is ``InterventionPlan.area_wkt``; None when nothing is affected.
    """
    area = work_site_area(work_site, margin)
    if area is None:
        return None
    target = store_crs if store_crs is not None else history_crs(model_crs)
    if target.isValid() and model_crs.isValid() and target != model_crs:
        area.transform(QgsCoordinateTransform(model_crs, target, QgsProject.instance()))
    precision = 7 if target.isGeographic() else 2
    return area.asWkt(precision)
