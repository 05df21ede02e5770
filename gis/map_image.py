"""The map of a work site for people: the call-centre's picture, made without a canvas.

The email and the demo need a picture of where the water goes off, made
where no canvas exists (a dialog's send, a Processing run, a test). It is
a print layout (:mod:`.map_layout`): the trace's styled layers and the
names of the notice's streets over the project's own background, with a
title carrying the reference and the times, a legend, a scale bar and a
north arrow. Layout export renders in the calling thread, so the same code
runs in the GUI, in ``qgis_process`` and in tests.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from qgis.core import (
    QgsCoordinateTransform,
    QgsMapLayer,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from ..common.labels import kind_label
from ..messages import dates
from ..messages.places import place_phrase
from .i18n import tr
from .map_layout import (
    EMAIL_PAGE,
    MapPage,
    image_png,
    layout_png,
    map_layout,
    notice_streets_layer,
)
from .result_layers import CUSTOMERS, ISOLATED_PIPES, UNSUPPLIED_PIPES, build_layers

#: Margin around the affected area, as a share of its larger side, and at least
#: this many map units, so a single short pipe still shows its streets.
MARGIN_SHARE = 0.15
MIN_MARGIN = 50.0
DPI = 150.0


def affected_extent(layers: Iterable[QgsMapLayer], crs=None) -> QgsRectangle:
    """The union of the layers' extents (in ``crs`` when given), buffered by the margin.

    Empty layers are left out; an empty rectangle means nothing to show.
    """
    extent = QgsRectangle()
    for layer in layers:
        if layer is None or not layer.isValid() or layer.featureCount() == 0:
            continue
        layer_extent = layer.extent()
        if crs is not None and layer.crs() != crs:
            transform = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance())
            layer_extent = transform.transformBoundingBox(layer_extent)
        if extent.isNull():
            extent = QgsRectangle(layer_extent)
        else:
            extent.combineExtentWith(layer_extent)
    if extent.isNull():
        return QgsRectangle()
    margin = max(max(extent.width(), extent.height()) * MARGIN_SHARE, MIN_MARGIN)
    return extent.buffered(margin)


def render_png(
    layers: Sequence[QgsMapLayer],
    extent: QgsRectangle,
    crs,
    size: tuple = (1200, 800),
    background: str = "white",
) -> bytes:
    """A bare map of ``layers`` (top first) over ``extent`` in ``crs``, as PNG bytes.

    No title, legend or scale: for a page that frames the picture itself
    (the public page); maps that stand alone go through :func:`work_site_layout`.
    """
    settings = QgsMapSettings()
    settings.setLayers([layer for layer in layers if layer is not None])
    settings.setDestinationCrs(crs)
    settings.setOutputSize(QSize(*size))
    settings.setBackgroundColor(QColor(background))
    settings.setExtent(extent)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return image_png(job.renderedImage())


def work_site_extent(layers: dict, crs) -> QgsRectangle:
    """The isolated and unsupplied pipes and the affected customers of ``build_layers``."""
    area = [layers.get(key) for key in (ISOLATED_PIPES, UNSUPPLIED_PIPES, CUSTOMERS)]
    return affected_extent([layer for layer in area if layer is not None], crs)


def notice_titles(
    kind: str,
    reference: str,
    start: datetime,
    end: datetime | None,
    places: dict,
    lang: str,
) -> tuple[str, str]:
    """The map's title (kind and reference) and subtitle (the times and the places)."""
    title = f"{kind_label(kind, lang)} – {reference}"
    where = place_phrase(places.get("municipalities", ()), places.get("streets", ()), lang)
    when = dates.window_phrase(start, end, lang)
    return title, " · ".join(part for part in (when, where) if part)


@dataclass
class WorkSiteMap:
    """A work site's layout, with the layers it draws (kept alive until it is exported)."""

    layout: QgsPrintLayout
    map_item: object
    legend: object
    layers: list


def work_site_layout(
    work_site,
    crs,
    background: Sequence[QgsMapLayer] = (),
    title: str = "",
    subtitle: str = "",
    page: MapPage = EMAIL_PAGE,
) -> WorkSiteMap | None:
    """The layout of a traced work site; ``None`` when there is nothing to show.

    The trace's layers (and the labels of the notice's streets) are drawn
    over ``background``, the project's own map (``map_layout.mapped_background``);
    the legend explains the trace's layers.
    """
    layers = build_layers(work_site, crs)
    extent = work_site_extent(layers, crs)
    if extent.isEmpty():
        return None
    streets = None
    if work_site.customers is not None:
        streets = notice_streets_layer(work_site.customers, crs, tr("Streets of the notice"))
    drawn = [layer for layer in (streets, *layers.values()) if layer is not None]
    legend = [layer for layer in layers.values() if layer.featureCount()]
    layout, map_item, legend_item = map_layout(
        [*drawn, *background],
        extent,
        crs,
        title or tr("Water outage"),
        subtitle,
        page,
        legend,
        tr("Legend"),
    )
    return WorkSiteMap(layout, map_item, legend_item, drawn)


def work_site_png(
    work_site,
    crs,
    background: Sequence[QgsMapLayer] = (),
    title: str = "",
    subtitle: str = "",
    page: MapPage = EMAIL_PAGE,
    dpi: float = DPI,
) -> bytes | None:
    """The call-centre's map of a traced work site as PNG bytes (see :func:`work_site_layout`)."""
    made = work_site_layout(work_site, crs, background, title, subtitle, page)
    return None if made is None else layout_png(made.layout, dpi)
