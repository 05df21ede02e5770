"""The intervention history as a map layer, styled by state and filtered by date and state.

Planners ask "what did we shut around here last month?": the answer is a
layer of intervention areas they can style, query, print and export like
any other. It is one memory layer holding every intervention of the
database; the history dock's filters become its subset string, so the
operator can widen or clear the filter from QGIS itself (Filter…) without
reloading. Refreshing replaces the features of the layer already in the
project instead of adding another, so the legend never fills with copies.

Each intervention carries what its notice came to per channel
(``sms_sent``, ``calls_placed``, ``emails_sent``), so a planner can style or
sum them like any field.

Areas are polygons; an area recorded as a line or a point (a hand-made
record, an old import) is widened by a few metres so it still shows, and
an intervention without an area stays in the attribute table without a
geometry rather than being dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsProject,
    QgsRendererCategory,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDateTime

from ..common.vocabulary import CANCELLED, FINISHED, IN_PROGRESS, NOTIFIED, PLANNED
from ..notify.history import sent_per_channel
from ..store.history import HISTORY_LAYER_FIELDS, history_layer_rows, list_interventions
from ..store.interventions import ROME, InterventionStore
from ..store.outbox import Outbox
from .i18n import tr
from .result_layers import _label

#: Custom property marking the history layer, whatever its (translated) name.
LAYER_PROPERTY = "water_outage_notifier/history"
#: Map units around a line or point area so that it shows as a polygon.
THIN_AREA_MARGIN = 5.0

#: Memory provider type names of HISTORY_LAYER_FIELDS' kinds.
_PROVIDER_TYPES = {"string": "string", "integer": "integer", "datetime": "datetime"}
_DATETIME_FIELDS = tuple(name for name, kind in HISTORY_LAYER_FIELDS if kind == "datetime")

#: Fill and outline per state: what is still ahead stands out, what is over fades.
_STATE_COLOURS = (
    (PLANNED, "#2b83ba", "solid"),
    (NOTIFIED, "#fdae61", "solid"),
    (IN_PROGRESS, "#d7191c", "solid"),
    (FINISHED, "#1a9641", "solid"),
    (CANCELLED, "#8c8c8c", "b_diagonal"),
)


def layer_name() -> str:
    return tr("Intervention history")


def state_label(state: str) -> str:
    """The state as the legend shows it."""
    return {
        PLANNED: tr("planned"),
        NOTIFIED: tr("notified"),
        IN_PROGRESS: tr("in progress"),
        FINISHED: tr("finished"),
        CANCELLED: tr("cancelled"),
    }.get(state, state)


def history_filter(
    start: date | None = None, end: date | None = None, states: Sequence[str] = ()
) -> str:
    """The subset string keeping interventions whose planned window meets [start, end] days.

    Days are whole Rome days, both included, as in the dock; an empty
    string keeps everything.
    """
    clauses = []
    if start is not None:
        clauses.append(f"\"planned_end\" > to_datetime('{_iso(start, time.min)}')")
    if end is not None:
        clauses.append(f"\"planned_start\" <= to_datetime('{_iso(end, time.max)}')")
    if states:
        quoted = ", ".join("'" + state.replace("'", "''") + "'" for state in states)
        clauses.append(f'"state" IN ({quoted})')
    return " AND ".join(clauses)


def _iso(day: date, moment: time) -> str:
    return datetime.combine(day, moment).replace(microsecond=0).isoformat()


def build_history_layer(rows: Sequence[dict], crs) -> QgsVectorLayer:
    """A styled memory layer of ``history_layer_rows`` in ``crs`` (the areas' CRS)."""
    fields = "&".join(
        f"field={name}:{_PROVIDER_TYPES[kind]}" for name, kind in HISTORY_LAYER_FIELDS
    )
    authid = crs.authid()
    layer = QgsVectorLayer(
        f"MultiPolygon?crs={authid or 'EPSG:4326'}&{fields}", layer_name(), "memory"
    )
    if not authid:  # a custom CRS has no authority id: set it whole
        layer.setCrs(crs)
    layer.setCustomProperty(LAYER_PROPERTY, True)
    fill_layer(layer, rows)
    _style(layer)
    return layer


def fill_layer(layer: QgsVectorLayer, rows: Sequence[dict]) -> None:
    """Replace the features of ``layer`` with ``rows`` (the subset string is kept)."""
    provider = layer.dataProvider()
    provider.truncate()
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        values = dict(row)
        for name in _DATETIME_FIELDS:
            values[name] = _qdatetime(values[name])
        feature.setAttributes([values[name] for name, _kind in HISTORY_LAYER_FIELDS])
        geometry = area_geometry(row["wkt"])
        if geometry is not None:
            feature.setGeometry(geometry)
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    layer.triggerRepaint()


def area_geometry(wkt: str | None) -> QgsGeometry | None:
    """The stored area as a multipolygon, or None when there is none to draw."""
    geometry = QgsGeometry.fromWkt(wkt or "")
    if geometry.isNull() or geometry.isEmpty():
        return None
    if geometry.type() != QgsWkbTypes.GeometryType.PolygonGeometry:
        geometry = geometry.buffer(THIN_AREA_MARGIN, 4)
    geometry.convertToMultiType()
    return geometry


def _qdatetime(text: str | None) -> QDateTime | None:
    """Rome wall-clock time, as the operators read it and as the filter compares it."""
    if not text:
        return None
    local = datetime.fromisoformat(text).astimezone(ROME).replace(tzinfo=None)
    return QDateTime(local)


def _style(layer: QgsVectorLayer) -> None:
    categories = []
    for state, colour, pattern in _STATE_COLOURS:
        symbol = QgsFillSymbol.createSimple(
            {
                "color": colour + "55",
                "style": pattern,
                "outline_color": colour,
                "outline_width": "0.6",
            }
        )
        categories.append(QgsRendererCategory(state, symbol, state_label(state)))
    layer.setRenderer(QgsCategorizedSymbolRenderer("state", categories))
    _label(layer, "reference")


def find_history_layer(project: QgsProject | None = None) -> QgsVectorLayer | None:
    """The history layer already in ``project``, or None."""
    for layer in (project or QgsProject.instance()).mapLayers().values():
        if layer.customProperty(LAYER_PROPERTY):
            return layer
    return None


def show_history_layer(
    store: InterventionStore,
    crs,
    subset: str = "",
    project: QgsProject | None = None,
) -> QgsVectorLayer:
    """Add the history layer to ``project``, or refresh the one already there.

    Every intervention of ``store`` is loaded; ``subset`` (see
    :func:`history_filter`) chooses which ones show.
    """
    project = project or QgsProject.instance()
    sent = sent_per_channel(Outbox(store.db))
    rows = history_layer_rows(list_interventions(store), sent)
    layer = find_history_layer(project)
    if layer is None:
        layer = build_history_layer(rows, crs)
        project.addMapLayer(layer)
    else:
        fill_layer(layer, rows)
    layer.setSubsetString(subset)
    return layer


def refresh_history_layer(
    store: InterventionStore, subset: str, project: QgsProject | None = None
) -> QgsVectorLayer | None:
    """Reload the history layer if the operator has it in the project; never add one."""
    layer = find_history_layer(project)
    if layer is None:
        return None
    return show_history_layer(store, layer.crs(), subset, project)
