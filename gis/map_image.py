"""A PNG map of the affected area, rendered without a map canvas.

The call-centre email and the demo need a picture of where the water goes
off, made in a Processing run or a background task where no canvas exists.
``QgsMapRendererSequentialJob`` renders in the calling thread and waits,
so the same code works in the GUI, in ``qgis_process`` and in tests.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from qgis.core import (
    QgsCoordinateTransform,
    QgsMapLayer,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize
from qgis.PyQt.QtGui import QColor

from .result_layers import CUSTOMERS, ISOLATED_PIPES, UNSUPPLIED_PIPES, build_layers

DEFAULT_SIZE = (1200, 800)
#: Margin around the affected area, as a share of its larger side, and at least
#: this many map units, so a single short pipe still shows its streets.
MARGIN_SHARE = 0.15
MIN_MARGIN = 50.0


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
    size: tuple = DEFAULT_SIZE,
    background: str = "white",
) -> bytes:
    """Render ``layers`` (top first) over ``extent`` in ``crs`` and return PNG bytes."""
    settings = QgsMapSettings()
    settings.setLayers([layer for layer in layers if layer is not None])
    settings.setDestinationCrs(crs)
    settings.setOutputSize(QSize(*size))
    settings.setBackgroundColor(QColor(background))
    settings.setExtent(extent)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def work_site_png(
    work_site,
    crs,
    background: Sequence[QgsMapLayer] = (),
    size: tuple = DEFAULT_SIZE,
) -> bytes | None:
    """The map of a traced work site: result layers over the mapped network layers.

    The extent is the isolated and unsupplied pipes and the affected
    customers, buffered; ``None`` when the work site has nothing to show.
    """
    layers = build_layers(work_site, crs)
    area = [layers.get(key) for key in (ISOLATED_PIPES, UNSUPPLIED_PIPES, CUSTOMERS)]
    extent = affected_extent([layer for layer in area if layer is not None], crs)
    if extent.isEmpty():
        return None
    return render_png([*layers.values(), *background], extent, crs, size)
