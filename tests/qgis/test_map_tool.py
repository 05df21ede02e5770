"""The click-a-pipe tool on a real canvas with real GeoPackage layers.

Clicks are synthetic mouse events at the pixel of a pipe, so the whole path
runs: pixel → map point → model CRS → nearest piece → trace → result layers.
"""

from __future__ import annotations

import threading
import time

import pytest
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
)
from qgis.gui import QgsMapMouseEvent, QgsMessageBar
from qgis.PyQt.QtCore import QEvent, QPointF, Qt
from qgis.PyQt.QtGui import QMouseEvent
from qgis.PyQt.QtWidgets import QProgressBar, QPushButton
from trace_town import UTM, build_town, town_extent, utm, wait_for_model
from water_outage_notifier.gis import build_progress, result_layers
from water_outage_notifier.gis.mapping import ProjectMapping, save_mapping
from water_outage_notifier.gis.model import ModelSources
from water_outage_notifier.map_tool import TraceMapTool, TraceSession


@pytest.fixture()
def canvas(qgis_canvas, qgis_new_project):
    qgis_canvas.resize(800, 400)
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem(UTM))
    qgis_canvas.setExtent(town_extent())
    qgis_canvas.refresh()
    yield qgis_canvas
    QgsProject.instance().clear()


@pytest.fixture()
def town(tmp_path, canvas):
    return build_town(tmp_path / "town.gpkg")


@pytest.fixture()
def session(qgis_iface, town):
    session = TraceSession(qgis_iface)
    tool = TraceMapTool(qgis_iface.mapCanvas())
    tool.picked.connect(session.pick)
    session.tool = tool
    return session


def click(tool, x, y, shift=False, button=Qt.MouseButton.LeftButton):
    """Release the mouse at the pixel of town coordinates (x, y)."""
    canvas = tool.canvas()
    map_point = town_to_canvas(canvas).transform(QgsPointXY(*utm(x, y)))
    pixel = canvas.getCoordinateTransform().transform(map_point)
    modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    event = QMouseEvent(
        QEvent.Type.MouseButtonRelease, QPointF(pixel.x(), pixel.y()), button, button, modifiers
    )
    tool.canvasReleaseEvent(QgsMapMouseEvent(canvas, event))


def town_to_canvas(canvas) -> QgsCoordinateTransform:
    return QgsCoordinateTransform(
        QgsCoordinateReferenceSystem(UTM),
        canvas.mapSettings().destinationCrs(),
        QgsProject.instance(),
    )


def trace_click(session, x, y, shift=False):
    click(session.tool, x, y, shift)
    wait_for_model(session)
    return session.work_site


def ids(network, valves):
    return sorted(network.valves[v].valve_id for v in valves)


def pipe_ids(network, pieces):
    return [network.pieces[p].pipe_id for p in pieces]


def test_click_left_of_a_mid_span_valve_isolates_that_piece(session):
    site = trace_click(session, 150, 1)
    network = site.isolation.network
    assert pipe_ids(network, site.isolation.isolated_pieces) == ["P2"]
    assert ids(network, site.isolation.valves_to_close) == ["V1"]
    # beyond V2 only the closed V4: that side goes dry anyway, V2 is optional
    assert ids(network, site.isolation.valves_not_required) == ["V2"]
    assert pipe_ids(network, site.isolation.unsupplied_pieces) == ["P2", "P3"]


def test_the_clicked_point_decides_the_piece_of_a_split_pipe(session):
    site = trace_click(session, 250, -1)
    network = site.isolation.network
    assert pipe_ids(network, site.isolation.isolated_pieces) == ["P2", "P3"]
    assert ids(network, site.isolation.valves_to_close) == ["V2"]
    assert ids(network, site.isolation.valves_already_closed) == ["V4"]
    assert ids(network, site.isolation.valves_inoperable) == ["V3"]
    assert site.isolation.unsupplied_pieces == ()


def test_shift_click_adds_a_pipe_and_a_second_shift_click_removes_it(session):
    trace_click(session, 150, 0)
    site = trace_click(session, 50, 0, shift=True)
    network = site.isolation.network
    assert pipe_ids(network, site.isolation.isolated_pieces) == ["P1", "P2"]
    assert ids(network, site.isolation.valves_to_close) == []
    assert ids(network, site.isolation.valves_not_required) == ["V2"]
    assert [network.sources[s].source_id for s in site.isolation.sources_to_shut] == ["S1"]
    site = trace_click(session, 50, 0, shift=True)
    assert pipe_ids(network, site.isolation.isolated_pieces) == ["P2"]


def test_a_plain_click_replaces_the_work_site(session):
    trace_click(session, 50, 0)
    site = trace_click(session, 450, 0)
    assert pipe_ids(site.isolation.network, site.isolation.work_pieces) == ["P4"]


def test_a_click_far_from_any_pipe_traces_nothing(session, qgis_iface):
    trace_click(session, 250, 100)
    assert session.work_site is None
    assert result_layers.find_group() is None


def test_right_click_is_ignored(session):
    click(session.tool, 150, 0, button=Qt.MouseButton.RightButton)
    assert not session.busy
    assert session.work_site is None


def test_click_on_a_canvas_in_another_crs(session, canvas):
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    canvas.setExtent(town_to_canvas(canvas).transformBoundingBox(town_extent()))
    site = trace_click(session, 350, 1)
    assert pipe_ids(site.isolation.network, site.isolation.work_pieces) == ["P3"]


def test_result_layers_are_one_group_replaced_by_a_new_trace(session):
    site = trace_click(session, 150, 0)
    group = result_layers.find_group()
    assert group is not None
    root = QgsProject.instance().layerTreeRoot()
    assert root.children()[0] is group
    counts = {key: layer.featureCount() for key, layer in session.layers.items()}
    assert counts[result_layers.ISOLATED_PIPES] == len(site.isolation.isolated_pieces)
    assert counts[result_layers.UNSUPPLIED_PIPES] == len(site.isolation.unsupplied_pieces)
    assert counts[result_layers.VALVES_TO_CLOSE] == len(site.isolation.valves_to_close)
    assert counts[result_layers.CUSTOMERS] == len(site.customers.customers)
    first_ids = {layer.id() for layer in session.layers.values()}

    trace_click(session, 250, 0)
    groups = [g for g in root.children() if g.customProperty(result_layers.GROUP_PROPERTY)]
    assert len(groups) == 1
    assert not first_ids & set(QgsProject.instance().mapLayers())
    assert all(layer.crs().authid() == UTM for layer in session.layers.values())
    valve_layer = session.layers[result_layers.VALVES_TO_CLOSE]
    assert [f["valve_id"] for f in valve_layer.getFeatures()] == ["V2"]
    assert valve_layer.labelsEnabled()


def test_customer_layer_marks_role_sensitivity_and_reachability(session):
    trace_click(session, 150, 0)
    rows = {
        f["customer_id"]: (f["role"], f["sensitive"], f["reachable"], f["reason"])
        for f in session.layers[result_layers.CUSTOMERS].getFeatures()
    }
    assert rows["C1"] == ("isolated", False, True, "")
    assert rows["C2"] == ("unsupplied", False, False, "no_phone")
    assert rows["C3"] == ("unsupplied", True, True, "")
    assert "C4" not in rows


def test_clear_removes_the_results(session):
    trace_click(session, 150, 0)
    session.clear()
    assert result_layers.find_group() is None
    assert session.work_site is None


def test_will_not_close_grows_the_isolated_area(session):
    trace_click(session, 150, 0)
    session.refuse_valve("V1")
    site = session.work_site
    network = site.isolation.network
    assert ids(network, site.isolation.valves_to_close) == []
    assert ids(network, site.isolation.valves_failed) == ["V1"]
    assert pipe_ids(network, site.isolation.isolated_pieces) == ["P1", "P2"]
    assert [network.sources[s].source_id for s in site.isolation.sources_to_shut] == ["S1"]
    # A new click is a new intervention: the mark does not follow it.
    site = trace_click(session, 150, 0)
    assert ids(site.isolation.network, site.isolation.valves_to_close) == ["V1"]


def test_use_selection_traces_the_selected_pipes(session, town):
    pipes = town["pipes"]
    pipes.selectByExpression("\"codice\" = 'P3'")
    session.use_selection()
    wait_for_model(session)
    site = session.work_site
    assert pipe_ids(site.isolation.network, site.isolation.work_pieces) == ["P3"]


def test_use_selection_without_selection_says_so(session, qgis_iface):
    session.use_selection()
    wait_for_model(session)
    assert session.work_site is None


def test_a_changed_layer_invalidates_the_model(session, town):
    trace_click(session, 150, 0)
    first = session.cache.model
    assert first is not None
    valves = town["valves"]
    valves.startEditing()
    feature = next(f for f in valves.getFeatures() if f["codice"] == "V2")
    valves.changeAttributeValue(feature.id(), valves.fields().indexOf("stato"), "broken")
    valves.commitChanges()
    assert session.cache.model is None
    site = trace_click(session, 150, 0)
    assert session.cache.model is not first
    # V2 is now broken: the trace passes it.
    assert ids(site.isolation.network, site.isolation.valves_to_close) == ["V1"]


def last_message(iface, level):
    messages = iface.messageBar().get_messages(level)
    return messages[-1] if messages else ""


def test_a_bad_mapping_is_a_warning_not_a_traceback(session, qgis_iface):
    save_mapping(ProjectMapping())
    trace_click(session, 150, 0)
    assert session.work_site is None
    assert not session.busy
    warning = last_message(qgis_iface, Qgis.MessageLevel.Warning)
    assert "No layer is chosen for the role 'Pipes'" in warning
    assert "No layer is chosen for the role 'Valves'" in warning


def test_the_mapping_warning_offers_the_settings(qgis_iface, town):
    class Interface:
        def __init__(self):
            self.bar = QgsMessageBar()

        def messageBar(self):  # noqa: N802 - QGIS API name
            return self.bar

        def mapCanvas(self):  # noqa: N802 - QGIS API name
            return qgis_iface.mapCanvas()

    opened = []
    iface = Interface()
    session = TraceSession(iface, open_settings=lambda: opened.append(True))
    QgsProject.instance().removeMapLayer(town["valves"].id())
    session.pick(QgsPointXY(*utm(150, 0)), 1.0)
    item = iface.bar.currentItem()
    assert "The layer chosen for 'Valves'" in item.text()
    buttons = item.findChildren(QPushButton)
    [button] = [b for b in buttons if b.text() == "Open settings"]
    button.click()
    assert opened == [True]


def test_a_click_far_from_any_pipe_says_so(session, qgis_iface):
    trace_click(session, 250, 100)
    assert "No pipe within" in last_message(qgis_iface, Qgis.MessageLevel.Info)


def test_the_first_click_shows_the_build_progress_and_a_second_click_waits_once(
    session, monkeypatch, message_bar_widgets
):
    """While the model builds: a progress bar with the time left; a second click is queued,
    answered once when the model is ready, and starts no second build."""
    release, builds, clock = threading.Event(), [], [100.0]
    real_build = ModelSources.build

    def held_build(sources, progress=None, **options):
        builds.append(1)
        progress.set_progress(40)
        assert release.wait(60), "the test never let the build go on"
        return real_build(sources, progress, **options)

    monkeypatch.setattr(ModelSources, "build", held_build)
    monkeypatch.setattr(build_progress, "now", lambda: clock[0])
    click(session.tool, 50, 0)
    [item] = message_bar_widgets
    [bar] = item.findChildren(QProgressBar)
    clock[0] += 6.0  # 40 % in 6 s: 9 s to go
    for _ in range(500):
        QgsApplication.processEvents()
        if bar.value() == 40:
            break
        time.sleep(0.01)
    assert bar.value() == 40
    assert "about 9 s left" in item.text()
    click(session.tool, 450, 0)
    assert "Your click is queued" in item.text()
    assert session.busy and len(builds) == 1
    release.set()
    wait_for_model(session)
    assert len(builds) == 1, "the second click started a second build"
    assert message_bar_widgets == [], "the progress item stayed after the build"
    site = session.work_site
    assert pipe_ids(site.isolation.network, site.isolation.work_pieces) == ["P4"]


def test_the_built_model_is_cached_after_answering_and_a_new_session_loads_it(session, qgis_iface):
    site = trace_click(session, 450, 0)
    assert not session.cache.model.cached
    for _ in range(3000):  # the model is stored in the background, after the answer
        if not session.keeping:
            break
        QgsApplication.processEvents()
        time.sleep(0.01)
    assert not session.keeping, "the model was never cached"
    reopened = TraceSession(qgis_iface)
    reopened.tool = TraceMapTool(qgis_iface.mapCanvas())
    reopened.tool.picked.connect(reopened.pick)
    again = trace_click(reopened, 450, 0)
    assert reopened.cache.model.cached
    network = again.isolation.network
    assert pipe_ids(network, again.isolation.work_pieces) == pipe_ids(
        site.isolation.network, site.isolation.work_pieces
    )
