"""The history layer built from a real intervention database in tmp_path."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsWkbTypes
from qgis.PyQt.QtCore import QDate
from water_outage_notifier.common.vocabulary import CANCELLED, NOTIFIED
from water_outage_notifier.dialogs.history_dock import HistoryDock
from water_outage_notifier.gis.history_layer import (
    find_history_layer,
    history_filter,
    refresh_history_layer,
    show_history_layer,
)
from water_outage_notifier.gis.settings_store import PluginSettings
from water_outage_notifier.store.db import Database
from water_outage_notifier.store.history import HISTORY_LAYER_FIELDS
from water_outage_notifier.store.interventions import ROME, InterventionDraft, InterventionStore

UTM = QgsCoordinateReferenceSystem("EPSG:32632")
X0, Y0 = 716000.0, 4914000.0


def square(x, size):
    a, b = X0 + x, X0 + x + size
    return f"POLYGON(({a} {Y0}, {b} {Y0}, {b} {Y0 + size}, {a} {Y0 + size}, {a} {Y0}))"


@pytest.fixture()
def store(tmp_path):
    store = InterventionStore(Database(str(tmp_path / "history.sqlite")))
    day = datetime(2026, 3, 10, 8, 0, tzinfo=ROME)

    def add(kind, days, area, operator="rossi"):
        start = day + timedelta(days=days)
        draft = InterventionDraft(kind, start, start + timedelta(hours=4), operator, area_wkt=area)
        return store.create(draft).reference

    store.refs = {
        "square": add("planned_interruption", 0, square(0, 100)),
        "line": add("emergency", 5, f"LINESTRING({X0} {Y0}, {X0 + 50} {Y0})"),
        "none": add("pressure_drop", 20, None),
    }
    store.transition(store.refs["square"], NOTIFIED, "rossi")
    store.transition(store.refs["line"], CANCELLED, "bianchi")
    return store


def by_reference(layer):
    return {f["reference"]: f for f in layer.getFeatures()}


def test_every_intervention_is_a_feature_with_the_history_fields(store):
    layer = show_history_layer(store, UTM)
    assert layer.fields().names() == [name for name, _kind in HISTORY_LAYER_FIELDS]
    assert layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
    assert layer.crs() == UTM
    features = by_reference(layer)
    assert set(features) == set(store.refs.values())
    square_feature = features[store.refs["square"]]
    assert square_feature.geometry().area() == pytest.approx(100 * 100)
    assert square_feature["state"] == NOTIFIED and square_feature["kind"] == "planned_interruption"
    assert square_feature["planned_start"].toString("yyyy-MM-dd HH:mm") == "2026-03-10 08:00"
    assert square_feature["notified_at"] is not None and not square_feature["notified_at"].isNull()
    line = features[store.refs["line"]].geometry()
    assert line.area() > 0 and line.intersects(line.fromWkt(f"POINT({X0 + 25} {Y0})"))
    assert features[store.refs["none"]].geometry().isNull()
    assert [c.value() for c in layer.renderer().categories()] == [
        "planned",
        "notified",
        "in_progress",
        "finished",
        "cancelled",
    ]


def test_filter_by_state_and_by_dates(store):
    layer = show_history_layer(store, UTM, history_filter(states=(CANCELLED,)))
    assert set(by_reference(layer)) == {store.refs["line"]}
    layer.setSubsetString(history_filter(date(2026, 3, 14), date(2026, 3, 31)))
    assert set(by_reference(layer)) == {store.refs["line"], store.refs["none"]}
    layer.setSubsetString(history_filter(date(2026, 3, 1), date(2026, 3, 10), (NOTIFIED,)))
    assert set(by_reference(layer)) == {store.refs["square"]}
    layer.setSubsetString(history_filter(date(2026, 3, 11), date(2026, 3, 14)))
    assert set(by_reference(layer)) == set()
    layer.setSubsetString("")
    assert len(by_reference(layer)) == 3


def test_refreshing_replaces_the_features_without_adding_layers(store):
    first = show_history_layer(store, UTM)
    day = datetime(2026, 4, 1, 8, 0, tzinfo=ROME)
    store.create(InterventionDraft("emergency", day, day + timedelta(hours=1), "verdi"))
    again = refresh_history_layer(store, "")
    assert again is first and again.featureCount() == 4
    show_history_layer(store, UTM)
    assert len(QgsProject.instance().mapLayers()) == 1 and find_history_layer() is first


def test_refresh_without_the_layer_adds_none(store):
    assert refresh_history_layer(store, "") is None
    assert QgsProject.instance().mapLayers() == {}


def test_the_dock_shows_the_layer_filtered_like_its_list(store, qgis_canvas):
    qgis_canvas.setDestinationCrs(UTM)
    dock = HistoryDock(qgis_canvas, settings=PluginSettings(store_location=store.db.path))
    dock.from_date.setDate(QDate(2026, 3, 1))
    dock.to_date.setDate(QDate(2026, 3, 31))
    dock.layer_button.click()
    layer = find_history_layer()
    assert set(by_reference(layer)) == set(store.refs.values())
    assert "3 interventions shown" in dock.message.text()

    dock.state_combo.setCurrentIndex(dock.state_combo.findData(NOTIFIED))
    assert set(by_reference(layer)) == {store.refs["square"]}
    assert [i.reference for i in dock.interventions] == [store.refs["square"]]
    dock.to_date.setDate(QDate(2026, 3, 9))
    assert layer.featureCount() == 0
    assert len(QgsProject.instance().mapLayers()) == 1
    dock.close()
