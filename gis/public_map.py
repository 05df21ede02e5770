"""The public page's map: the generalised area over the project's own background layers.

Rendered by QGIS from layers the utility already has (streets, buildings,
any local layer it shows), so no third-party tiles are fetched and nothing
depends on a map service being up. What could show a person or a valve
never goes on it: the customers and contacts, the valves and sources, the
plugin's result layers and any web-service layer are left out.

The background is the one the email's and the crew sheet's maps draw
(``map_layout.background_layers``: what the project shows, in drawing
order, without the plugin's results), less what must stay private.
"""

from __future__ import annotations

from collections.abc import Sequence

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFillSymbol,
    QgsMapLayer,
    QgsProject,
    QgsVectorLayer,
)

from .map_image import render_png
from .map_layout import background_layers
from .mapping import load_mapping
from .public_area import WGS84, area_geometry

#: Pixels of the page's map: sharp on a phone, light enough for a slow line.
MAP_SIZE = (1000, 700)
#: Share of the area's larger side added around it, and at least this many metres.
MARGIN_SHARE = 0.25
MIN_MARGIN = 120.0
#: Layers never drawn on a public map (mapping roles).
PRIVATE_ROLES = ("customers", "contacts", "valves", "sources")
#: Data providers that fetch from a server: no third-party tiles on a public page.
REMOTE_PROVIDERS = ("wms", "wmts", "xyz", "arcgismapserver", "arcgisfeatureserver", "wfs", "wcs")


def public_background_layers(project: QgsProject | None = None) -> list:
    """The visible local layers of the project, top first, minus the private ones."""
    project = project or QgsProject.instance()
    mapping = load_mapping(project)
    private = [
        layer.id() for layer in (mapping.layer(role) for role in PRIVATE_ROLES) if layer is not None
    ]
    return [
        layer
        for layer in background_layers(project, private)
        if layer.providerType() not in REMOTE_PROVIDERS
    ]


def area_layer(area: tuple) -> QgsVectorLayer | None:
    """A memory layer with the public area, styled as the page shows it."""
    geometry = area_geometry(area)
    if geometry is None:
        return None
    layer = QgsVectorLayer(f"MultiPolygon?crs={WGS84.authid()}", "area", "memory")
    feature = QgsFeature()
    feature.setGeometry(geometry)
    layer.dataProvider().addFeatures([feature])
    layer.updateExtents()
    layer.renderer().setSymbol(
        QgsFillSymbol.createSimple(
            {
                "color": "192,57,43,70",
                "outline_color": "192,57,43,255",
                "outline_width": "0.8",
            }
        )
    )
    return layer


def public_map_png(
    area: tuple, crs, background: Sequence[QgsMapLayer] = (), size: tuple = MAP_SIZE
) -> bytes | None:
    """The map of ``area`` (WGS 84 coordinates) in ``crs`` over ``background``; None if no area."""
    layer = area_layer(area)
    if layer is None:
        return None
    extent = QgsCoordinateTransform(WGS84, crs, QgsProject.instance()).transformBoundingBox(
        layer.extent()
    )
    least = 0.0 if crs.isGeographic() else MIN_MARGIN
    extent = extent.buffered(max(max(extent.width(), extent.height()) * MARGIN_SHARE, least))
    return render_png([layer, *background], extent, crs, size, background="#f2efe9")
