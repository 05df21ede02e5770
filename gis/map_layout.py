"""Maps people can read: a QGIS print layout of an area over the project's own map.

A call-centre agent who gets coloured lines on white cannot say where the
water goes off, and neither can a crew leader with a printed sheet. So the
map is a print layout, the way a GIS office makes its paper maps: a title
with the reference and the times, the map over the utility's own
background layers (whatever the project shows: a base map, streets,
buildings, the network), a legend, a scale bar and a north arrow.

:func:`map_layout` is the one place that lays such a map out; the
call-centre email's picture (``map_image.work_site_png``), the crew's valve
sheet (``dialogs/crew_sheet.py``) and any other map for people (a public
page) call it with their layers, extent, title and page size, then export
it with :func:`layout_png` or :func:`layout_pdf`. Everything runs without a
canvas, in the thread that owns the layers (the GUI thread in QGIS).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsLayerTreeGroup,
    QgsLayoutExporter,
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsMapLayer,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize
from qgis.PyQt.QtGui import QColor, QFont

from .compat import new_field, text_as_text
from .result_features import point_geometry
from .result_layers import find_group

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
MARGIN = 6.0
TITLE_BAND = 22.0
NORTH_ARROW = "arrows/NorthArrow_02.svg"
FONT = "DejaVu Sans"  # present on every QGIS install, so the layout looks the same everywhere
#: How many of the notice's streets get a label on the map (the SMS names the first ones).
STREET_LABELS = 6


@dataclass(frozen=True)
class MapPage:
    """A page: its size, the width of the panel beside the map, and where the legend
    sits in it (at the top, or at the bottom to leave the top to a table)."""

    width: float = 297.0
    height: float = 210.0
    panel: float = 62.0
    legend_at_bottom: bool = False


#: The call-centre's picture: A4 landscape, legend beside the map.
EMAIL_PAGE = MapPage()


def background_layers(
    project: QgsProject | None = None, exclude: Iterable[str] = ()
) -> list[QgsMapLayer]:
    """The project's own map, as the operator sees it: visible layers in drawing order.

    Whatever the utility keeps in its project (a base map, streets and
    buildings, the network) comes along, top layer first; the plugin's
    result layers and the layer ids in ``exclude`` (the whole customers
    layer, say) are left out, the caller draws its own over them.
    """
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    results = find_group(project)
    hidden = {node.layerId() for node in results.findLayers()} if results is not None else set()
    hidden.update(exclude)
    layers = []
    for layer in root.layerOrder():
        node = root.findLayer(layer.id())
        if node is None or not node.isVisible() or layer.id() in hidden or not layer.isSpatial():
            continue
        layers.append(layer)
    return layers


def mapped_background(project: QgsProject | None = None) -> list[QgsMapLayer]:
    """:func:`background_layers` without the mapped customers layer: the map shows the
    affected customers (the trace's layer), not every customer of the utility."""
    from .mapping import load_mapping

    project = project or QgsProject.instance()
    customers = load_mapping(project).layer("customers")
    return background_layers(project, [customers.id()] if customers is not None else [])


def notice_streets_layer(selection, crs, name: str, limit: int = STREET_LABELS):
    """A label layer naming the notice's streets where their affected customers are.

    The SMS names the streets with the most affected customers; the map
    shows those names over the houses concerned (each label at the middle
    of its street's affected customers), whatever the background labels.
    ``None`` when no customer has an address and a position.
    """
    streets = selection.places()["streets"][:limit]
    points: dict = {street: [] for street in streets}
    for customer in selection.customers:
        address = " ".join(str(customer.address or "").split())
        if address in points and customer.point is not None:
            points[address].append(customer.point)
    rows = [(street, pts) for street, pts in points.items() if pts]
    if not rows:
        return None
    layer = QgsVectorLayer(f"Point?crs={crs.authid() or 'EPSG:4326'}", name, "memory")
    if not crs.authid():
        layer.setCrs(crs)
    layer.dataProvider().addAttributes([new_field("street", "string"), new_field("rank", "int")])
    layer.updateFields()
    features = []
    for rank, (street, pts) in enumerate(rows):
        feature = QgsFeature(layer.fields())
        xs, ys = zip(*pts)
        feature.setGeometry(point_geometry((sum(xs) / len(xs), sum(ys) / len(ys))))
        feature.setAttributes([street, rank])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    layer.renderer().symbol().setOpacity(0.0)  # the name is the mark
    settings = QgsPalLayerSettings()
    settings.fieldName = "street"
    settings.setFormat(_text_format(11, bold=True, colour="#0b1f4d", halo=1.6))
    settings.priority = 10  # over the background's own labels
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    return layer


def map_layout(
    layers: Sequence[QgsMapLayer],
    extent: QgsRectangle,
    crs,
    title: str,
    subtitle: str = "",
    page: MapPage = EMAIL_PAGE,
    legend_layers: Sequence[QgsMapLayer] = (),
    legend_title: str = "",
) -> tuple[QgsPrintLayout, QgsLayoutItemMap, QgsLayoutItemLegend]:
    """A one-page layout: title and subtitle, the map of ``extent``, legend, scale, north.

    ``layers`` are drawn top first (the caller's own layers over the
    background); ``legend_layers`` are the ones the legend explains. The
    legend heads the panel at the right of the map (or closes it, with
    ``page.legend_at_bottom``); the scale bar and the north arrow sit on the
    map. Returns the layout, its map and its legend, so a caller can add to
    the panel (the crew's table above a bottom legend).
    """
    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(page.width, page.height, MM))
    width = page.width - 2 * MARGIN
    _label(layout, title, 16, True, MARGIN, MARGIN - 1, width, 9)
    if subtitle:
        _label(layout, subtitle, 10, False, MARGIN, MARGIN + 8, width, 8)

    top = MARGIN + TITLE_BAND - 4
    map_width = page.width - 2 * MARGIN - (page.panel + MARGIN if page.panel else 0)
    map_height = page.height - top - MARGIN
    map_item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(map_item)
    map_item.attemptMove(QgsLayoutPoint(MARGIN, top, MM))
    map_item.attemptResize(QgsLayoutSize(map_width, map_height, MM))
    map_item.setCrs(crs)
    map_item.setLayers([layer for layer in layers if layer is not None])
    map_item.setKeepLayerSet(True)
    map_item.setFrameEnabled(True)
    map_item.setBackgroundColor(QColor("white"))
    map_item.setExtent(fitted(extent, map_width / map_height))

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(legend_title)
    for style, size, bold in (
        (QgsLegendStyle.Style.Title, 11, True),
        (QgsLegendStyle.Style.Group, 9, True),
        (QgsLegendStyle.Style.Subgroup, 9, True),
        (QgsLegendStyle.Style.SymbolLabel, 8.5, False),
    ):
        font = QFont(FONT)
        font.setPointSizeF(size)
        font.setBold(bold)
        legend.rstyle(style).setFont(font)
    legend.setSymbolWidth(6)
    legend.setSymbolHeight(3.5)
    legend.setAutoUpdateModel(False)
    legend.setLinkedMap(map_item)
    group: QgsLayerTreeGroup = legend.model().rootGroup()
    group.removeAllChildren()
    for layer in legend_layers:
        if layer is not None:
            group.addLayer(layer)
    layout.addLayoutItem(legend)
    if page.legend_at_bottom:  # its size is known only once drawn: it grows upwards
        legend.setReferencePoint(QgsLayoutItem.ReferencePoint.LowerLeft)
        legend.attemptMove(QgsLayoutPoint(MARGIN + map_width + MARGIN, top + map_height, MM))
    else:
        legend.attemptMove(QgsLayoutPoint(MARGIN + map_width + MARGIN, top, MM))

    _scale_bar(layout, map_item, MARGIN + 3, top + map_height - 14)
    _north_arrow(layout, map_item, MARGIN + map_width - 17, top + 3)
    return layout, map_item, legend


def fitted(extent: QgsRectangle, ratio: float) -> QgsRectangle:
    """``extent`` grown around its centre to the width/height ``ratio`` of the map frame."""
    width, height = extent.width(), extent.height()
    if width / height < ratio:
        width = height * ratio
    else:
        height = width / ratio
    centre = extent.center()
    return QgsRectangle(
        centre.x() - width / 2,
        centre.y() - height / 2,
        centre.x() + width / 2,
        centre.y() + height / 2,
    )


def layout_png(layout: QgsPrintLayout, dpi: float = 150.0) -> bytes:
    """The first page of ``layout`` as PNG bytes."""
    return image_png(QgsLayoutExporter(layout).renderPageToImage(0, QSize(), dpi))


def image_png(image) -> bytes:
    """A QImage as PNG bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def layout_pdf(layout: QgsPrintLayout, path: str) -> bool:
    """Write ``layout`` to the PDF ``path``; False when QGIS could not.

    Text stays text, so a crew can search the sheet for a valve id or copy it.
    """
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.textRenderFormat = text_as_text()
    result = QgsLayoutExporter(layout).exportToPdf(path, settings)
    return result == QgsLayoutExporter.ExportResult.Success


def _text_format(size: float, bold: bool = False, colour: str = "#202020", halo: float = 0.0):
    text = QgsTextFormat()
    font = QFont(FONT)
    font.setBold(bold)
    text.setFont(font)
    text.setSize(size)
    text.setColor(QColor(colour))
    if halo:
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setSize(halo)
        buffer.setColor(QColor("white"))
        text.setBuffer(buffer)
    return text


def _label(layout, text: str, size: float, bold: bool, x, y, width, height) -> QgsLayoutItemLabel:
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    label.setFont(font)
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(x, y, MM))
    label.attemptResize(QgsLayoutSize(width, height, MM))
    return label


def _scale_bar(layout, map_item, x: float, y: float) -> QgsLayoutItemScaleBar:
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(map_item)
    bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
    bar.setUnitLabel("m")
    bar.setNumberOfSegmentsLeft(0)
    bar.setNumberOfSegments(2)
    bar.setBackgroundEnabled(True)
    bar.setBackgroundColor(QColor(255, 255, 255, 210))
    layout.addLayoutItem(bar)
    bar.applyDefaultSize(QgsUnitTypes.DistanceUnit.DistanceMeters)
    bar.attemptMove(QgsLayoutPoint(x, y, MM))
    return bar


def _north_arrow(layout, map_item, x: float, y: float) -> QgsLayoutItemPicture:
    arrow = QgsLayoutItemPicture(layout)
    arrow.setMode(QgsLayoutItemPicture.Format.FormatSVG)
    arrow.setPicturePath(_svg_path(NORTH_ARROW))
    arrow.setLinkedMap(map_item)
    arrow.setBackgroundEnabled(True)
    arrow.setBackgroundColor(QColor(255, 255, 255, 210))
    layout.addLayoutItem(arrow)
    arrow.attemptMove(QgsLayoutPoint(x, y, MM))
    arrow.attemptResize(QgsLayoutSize(14, 14, MM))
    return arrow


def _svg_path(name: str) -> str:
    """The full path of one of QGIS's own SVG symbols."""
    for folder in QgsApplication.svgPaths():
        candidate = f"{folder.rstrip('/')}/{name}"
        try:
            with open(candidate, "rb"):
                return candidate
        except OSError:
            continue
    return name
