"""The trace drawn on the map: styled temporary layers in one group at the top.

The operator must see at once what goes dry and which valves the crew
shuts, so every trace result is a memory layer with a strong style (thick
red isolated pipes, orange dashed unsupplied pipes, big labelled valves,
customers by role with sensitive and unreachable ones stand out). All of
them live in one layer-tree group; a new trace or "Clear" replaces the
group, so layers never pile up in the legend. Layers are in the model CRS,
the CRS the trace computed in.
"""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsLayerTreeGroup,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProject,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from .compat import new_field
from .i18n import tr
from .result_features import line_geometry, point_geometry

#: Custom property marking the results group, so it is found whatever its (translated) name.
GROUP_PROPERTY = "water_outage_notifier/results"

ISOLATED_PIPES = "isolated_pipes"
UNSUPPLIED_PIPES = "unsupplied_pipes"
VALVES_TO_CLOSE = "valves_to_close"
SOURCES_TO_SHUT = "sources_to_shut"
VALVES_NOT_REQUIRED = "valves_not_required"
VALVES_CLOSED = "valves_already_closed"
VALVES_INOPERABLE = "valves_inoperable"
CUSTOMERS = "customers"
LOW_PRESSURE_PIPES = "low_pressure_pipes"
LOW_PRESSURE_CUSTOMERS = "low_pressure_customers"
#: Low pressure is blue: water is there, weaker (red and orange mean no water).
LOW_PRESSURE_COLOR = "#2c7bb6"

_PIPE_FIELDS = (("pipe_id", "string"), ("piece", "int"), ("length_m", "double"))
_VALVE_FIELDS = (("valve_id", "string"), ("x", "double"), ("y", "double"))
_SOURCE_FIELDS = (("source_id", "string"), ("x", "double"), ("y", "double"))
_CUSTOMER_FIELDS = (
    ("customer_id", "string"),
    ("role", "string"),
    ("sensitive", "bool"),
    ("reachable", "bool"),
    ("reason", "string"),
    ("units", "int"),
    ("address", "string"),
)


def group_name() -> str:
    return tr("Water Outage Notifier results")


def _memory_layer(geometry: str, crs, name: str, field_specs) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{geometry}?crs={crs.authid() or 'EPSG:4326'}", name, "memory")
    if not crs.authid():  # a custom CRS has no authority id: set it whole
        layer.setCrs(crs)
    layer.dataProvider().addAttributes([new_field(n, kind) for n, kind in field_specs])
    layer.updateFields()
    return layer


def _fill(layer: QgsVectorLayer, rows) -> QgsVectorLayer:
    """Add ``(geometry, attributes)`` rows to ``layer``."""
    features = []
    for geometry, attributes in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature.setAttributes(list(attributes))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def _pipe_rows(network, pieces):
    for index in pieces:
        piece = network.pieces[index]
        yield (
            line_geometry(piece.coords),
            (
                str(piece.pipe_id),
                int(index),
                round(piece.length, 2),
            ),
        )


def _point_rows(features, indices, id_of):
    """Rows of valves or sources: the id as text ('' when null), x and y."""
    for index in indices:
        feature = features[index]
        x, y = feature.point if feature.point is not None else (None, None)
        name = id_of(feature)
        yield point_geometry(feature.point), ("" if name is None else str(name), x, y)


def _customer_rows(customers):
    for c in customers:
        yield (
            point_geometry(c.point),
            (
                str(c.customer_id),
                c.role,
                bool(c.sensitive),
                bool(c.reachable),
                c.reason or "",
                int(c.units),
                " ".join(part for part in (c.address, c.house_number) if part) or "",
            ),
        )


def _line_style(layer: QgsVectorLayer, color: str, width: float, dashed: bool = False) -> None:
    props = {"line_color": color, "line_width": str(width), "capstyle": "round"}
    if dashed:
        props["line_style"] = "dash"
    layer.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple(props)))


def _marker(name: str, color: str, size: float, outline: str = "black") -> QgsMarkerSymbol:
    return QgsMarkerSymbol.createSimple(
        {
            "name": name,
            "color": color,
            "size": str(size),
            "outline_color": outline,
            "outline_width": "0.4",
        }
    )


def _label(layer: QgsVectorLayer, field_name: str) -> None:
    """Label each feature with ``field_name`` in bold on a white halo."""
    text = QgsTextFormat()
    font = QFont()
    font.setBold(True)
    text.setFont(font)
    text.setSize(10)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1.2)
    buffer.setColor(QColor("white"))
    text.setBuffer(buffer)
    settings = QgsPalLayerSettings()
    settings.fieldName = field_name
    settings.setFormat(text)
    settings.dist = 2.0
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _customer_renderer() -> QgsRuleBasedRenderer:
    """Role colours, with sensitive customers haloed and unreachable ones crossed.

    The rules are not exclusive: a sensitive unreachable customer shows its
    role colour, the halo and the cross, so none of the three facts hides.
    """
    root = QgsRuleBasedRenderer.Rule(None)
    rules = (
        ('"sensitive"', _marker("star", "#ffd400", 6.0, "#7a0000"), tr("Sensitive customer")),
        ("\"role\" = 'isolated'", _marker("circle", "#d7191c", 2.6), tr("Isolated customer")),
        ("\"role\" = 'unsupplied'", _marker("circle", "#fdae61", 2.6), tr("Unsupplied customer")),
        (
            "\"role\" = 'low_pressure'",
            _marker("circle", LOW_PRESSURE_COLOR, 2.6),
            tr("Customer at low pressure"),
        ),
        ('NOT "reachable"', _marker("cross2", "#000000", 3.4), tr("Cannot be reached by SMS")),
    )
    for expression, symbol, label in rules:
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    return QgsRuleBasedRenderer(root)


def _customer_layer(crs, name: str, selection) -> QgsVectorLayer:
    """The customers of ``selection``, coloured by role (see :func:`_customer_renderer`)."""
    layer = _fill(
        _memory_layer("Point", crs, name, _CUSTOMER_FIELDS), _customer_rows(selection.customers)
    )
    layer.setRenderer(_customer_renderer())
    return layer


def build_layers(work_site, crs) -> dict:
    """The styled memory layers of ``work_site``, by key, in drawing order (top first)."""
    network = work_site.isolation.network
    isolation = work_site.isolation
    layers = {}

    def valve_layer(key, name, valves, symbol):
        rows = _point_rows(network.valves, valves, lambda v: v.valve_id)
        layer = _fill(_memory_layer("Point", crs, name, _VALVE_FIELDS), rows)
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
        layers[key] = layer
        return layer

    if work_site.customers is not None:
        layers[CUSTOMERS] = _customer_layer(crs, tr("Affected customers"), work_site.customers)
    to_close = valve_layer(
        VALVES_TO_CLOSE,
        tr("Valves to close"),
        isolation.valves_to_close,
        _marker("square", "#d7191c", 5.0),
    )
    _label(to_close, "valve_id")
    sources = _fill(
        _memory_layer("Point", crs, tr("Sources to shut"), _SOURCE_FIELDS),
        _point_rows(network.sources, isolation.sources_to_shut, lambda s: s.source_id),
    )
    sources.setRenderer(QgsSingleSymbolRenderer(_marker("diamond", "#d7191c", 6.0)))
    _label(sources, "source_id")
    layers[SOURCES_TO_SHUT] = sources
    optional = valve_layer(
        VALVES_NOT_REQUIRED,
        tr("Valves not required (optional)"),
        isolation.valves_not_required,
        _marker("square", "#fdae61", 4.0, "#7a4a00"),
    )
    _label(optional, "valve_id")  # the crew may close them: they must find them by id
    valve_layer(
        VALVES_CLOSED,
        tr("Valves already closed"),
        isolation.valves_already_closed,
        _marker("square", "#404040", 4.0),
    )
    valve_layer(
        VALVES_INOPERABLE,
        tr("Inoperable valves passed through"),
        isolation.valves_inoperable + isolation.valves_failed,
        _marker("triangle", "#ffffff", 4.5, "#d7191c"),
    )
    for key, name, pieces, color, dashed in (
        (UNSUPPLIED_PIPES, tr("Unsupplied pipes"), isolation.unsupplied_pieces, "#f28e2b", True),
        (ISOLATED_PIPES, tr("Isolated pipes"), isolation.isolated_pieces, "#d7191c", False),
    ):
        layer = _fill(
            _memory_layer("LineString", crs, name, _PIPE_FIELDS), _pipe_rows(network, pieces)
        )
        _line_style(layer, color, 1.6, dashed)
        layers[key] = layer
    return layers


def build_pressure_layers(work_site, crs) -> dict:
    """The low-pressure pipes and customers of ``work_site``, by key (none before the answer)."""
    pressure = work_site.pressure
    if pressure is None or pressure.answer is None:
        return {}
    network = work_site.isolation.network
    pipes = _fill(
        _memory_layer("LineString", crs, tr("Low-pressure pipes"), _PIPE_FIELDS),
        _pipe_rows(network, pressure.answer.low_pieces),
    )
    pipes.setRenderer(
        QgsSingleSymbolRenderer(
            QgsLineSymbol.createSimple(
                {
                    "line_color": LOW_PRESSURE_COLOR,
                    "line_width": "1.2",
                    "line_style": "dot",
                    "capstyle": "round",
                }
            )
        )
    )
    layers = {LOW_PRESSURE_PIPES: pipes}
    if pressure.customers is not None:
        layers[LOW_PRESSURE_CUSTOMERS] = _customer_layer(
            crs, tr("Customers at low pressure"), pressure.customers
        )
    return layers


def add_pressure_layers(work_site, crs, project: QgsProject | None = None) -> dict:
    """Add the low-pressure layers to the results group, under the other results."""
    project = project or QgsProject.instance()
    group = find_group(project)
    if group is None:
        return {}
    layers = build_pressure_layers(work_site, crs)
    for key in (LOW_PRESSURE_CUSTOMERS, LOW_PRESSURE_PIPES):
        if key in layers:
            project.addMapLayer(layers[key], False)
            group.addLayer(layers[key])
    return layers


def find_group(project: QgsProject | None = None) -> QgsLayerTreeGroup | None:
    """The results group of ``project``, or None."""
    root = (project or QgsProject.instance()).layerTreeRoot()
    for child in root.children():
        if isinstance(child, QgsLayerTreeGroup) and child.customProperty(GROUP_PROPERTY):
            return child
    return None


def clear_results(project: QgsProject | None = None) -> None:
    """Remove the results group and its layers."""
    project = project or QgsProject.instance()
    group = find_group(project)
    if group is None:
        return
    project.removeMapLayers([layer.layerId() for layer in group.findLayers()])
    project.layerTreeRoot().removeChildNode(group)


def show_results(work_site, crs, project: QgsProject | None = None) -> dict:
    """Replace the results group with the layers of ``work_site``; returns them by key."""
    project = project or QgsProject.instance()
    clear_results(project)
    group = project.layerTreeRoot().insertGroup(0, group_name())
    group.setCustomProperty(GROUP_PROPERTY, True)
    layers = build_layers(work_site, crs)
    for layer in layers.values():
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    return layers
