"""The pressure check in QGIS: Processing, the click, the dock's tab, the map and the settings.

On the zone of ``tests/hydraulic_zone.py``, written to a real GeoPackage:
closing the main P3 leaves the zone (P4, P5) at low pressure, and its two
customers become the third group.
"""

from __future__ import annotations

import json

import hydraulic_zone as zone
import pytest
from pressure_zone import build_zone, wait_for_pressure, zone_mapping
from qgis.core import QgsProject, QgsVectorLayer
from water_outage_notifier.gis import result_layers
from water_outage_notifier.gis.hydraulic_settings import (
    load_pressure_settings,
    save_pressure_settings,
)
from water_outage_notifier.gis.mapping import save_mapping
from water_outage_notifier.hydraulics import STEADY_STATE, PressureSettings
from water_outage_notifier.map_tool import TraceSession


@pytest.fixture()
def layers(tmp_path):
    return build_zone(tmp_path / "zone.gpkg")


def isolate(run_algorithm, layers, tmp_path, **extra):
    parameters = {
        "PIPES": layers["pipes"],
        "PIPE_ID_FIELD": "code",
        "VALVES": layers["valves"],
        "VALVE_ID_FIELD": "vid",
        "VALVE_STATUS_FIELD": "state",
        "SOURCES": layers["sources"],
        "PIPE_IDS": "P3",
        "CUSTOMERS": layers["customers"],
        "CUSTOMER_ID_FIELD": "cid",
        "CUSTOMER_PIPE_FIELD": "pipe",
        "PHONE_FIELD": "phone",
        "OUTPUT_PIPES": "memory:",
        "OUTPUT_VALVES": "memory:",
        "OUTPUT_CUSTOMERS": "memory:",
        "OUTPUT_REPORT": str(tmp_path / "report.json"),
        **extra,
    }
    result = run_algorithm("outage:isolate", parameters)
    with open(result["OUTPUT_REPORT"], encoding="utf-8") as handle:
        return result, json.load(handle)


def roles(layer) -> dict:
    found: dict = {}
    for feature in layer.getFeatures():
        found.setdefault(feature["role"], set()).add(feature[0])
    return found


def test_isolate_with_a_model_reports_the_low_pressure_group(run_algorithm, layers, tmp_path):
    model = zone.write_inp(tmp_path)
    result, report = isolate(run_algorithm, layers, tmp_path, MODEL=model)
    # P3 between the valves V1 and V2 is closed in the model: the zone hangs on the long P5.
    assert report["hydraulics"]["status"] == "done"
    assert report["hydraulics"]["closed_links"] == ["P3"]
    assert set(report["pipes"]["low_pressure"]["pipe_ids"]) == {"P4", "P5"}
    assert report["customers"]["low_pressure"] == ["U-zone-3", "U-zone-4"]
    assert report["counts"]["low_pressure"] == 2
    assert {n["node_id"] for n in report["hydraulics"]["low_nodes"]} == {"J3", "J4"}
    pipes = roles(result["OUTPUT_PIPES"])
    assert pipes["low_pressure"] == {"P4", "P5"}
    assert roles(result["OUTPUT_CUSTOMERS"])["low_pressure"] == {"U-zone-3", "U-zone-4"}

    _result, steady = isolate(run_algorithm, layers, tmp_path, MODEL=model, MODEL_TIME=1)
    assert steady["hydraulics"]["time"] == STEADY_STATE
    assert steady["customers"]["low_pressure"] == []


def test_a_model_that_does_not_match_leaves_the_topological_answer(run_algorithm, layers, tmp_path):
    renamed = zone.INP
    for pipe_id in zone.PIPES:
        renamed = renamed.replace(f"\n{pipe_id} ", f"\nL-{pipe_id} ")
    model = zone.write_inp(tmp_path, "renamed.inp", renamed)
    without, plain = isolate(run_algorithm, layers, tmp_path)
    _result, report = isolate(run_algorithm, layers, tmp_path, MODEL=model)
    assert report["hydraulics"]["status"] == "failed"
    assert report["hydraulics"]["problem"]["code"] == "model_ids_do_not_match"
    assert report["pipes"]["isolated"] == plain["pipes"]["isolated"]
    assert report["customers"]["isolated"] == plain["customers"]["isolated"]
    assert plain["hydraulics"]["status"] == "not_set"
    # the link field says which link is which pipe
    _result, fixed = isolate(run_algorithm, layers, tmp_path, MODEL=model, MODEL_LINK_FIELD="link")
    assert fixed["customers"]["low_pressure"] == ["U-zone-3", "U-zone-4"]


def test_the_model_report_lists_pipes_and_links_missing(run_algorithm, layers, tmp_path):
    extra = zone.INP.replace(
        "[PATTERNS]", "P9   J6     J7     10      100       120  0  Open\n\n[PATTERNS]"
    )
    model = zone.write_inp(tmp_path, "extra.inp", extra.replace("\nP7 ", "\nQ7 "))
    result = run_algorithm(
        "outage:model_report",
        {
            "PIPES": layers["pipes"],
            "PIPE_ID_FIELD": "code",
            "VALVES": layers["valves"],
            "VALVE_ID_FIELD": "vid",
            "MODEL": model,
            "OUTPUT_REPORT": str(tmp_path / "model.json"),
        },
    )
    with open(result["OUTPUT_REPORT"], encoding="utf-8") as handle:
        report = json.load(handle)
    assert report["pipes_missing_from_model"] == ["P3a", "P3b", "P7"]
    assert report["links_missing_from_gis"] == ["Q7", "P9"]
    assert report["pipes_matched"] == 6


def test_the_settings_live_in_the_project_with_a_relative_path(tmp_path):
    project = QgsProject.instance()
    project.setFileName(str(tmp_path / "town.qgz"))
    model = zone.write_inp(tmp_path)
    save_pressure_settings(PressureSettings(model_path=model, link_field="link", max_drop=0.5))
    text, _found = project.readEntry("water_outage_notifier", "hydraulics", "")
    assert json.loads(text)["model_path"] == "./zone.inp"
    loaded = load_pressure_settings()
    assert loaded.model_path == model and loaded.link_field == "link" and loaded.max_drop == 0.5
    assert load_pressure_settings(QgsProject()).enabled is False


def test_a_click_is_answered_at_once_and_the_pressure_follows(qgis_iface, layers, tmp_path):
    from water_outage_notifier.dialogs.results_dock import ResultsDock

    save_mapping(zone_mapping(layers))
    save_pressure_settings(PressureSettings(model_path=zone.write_inp(tmp_path)))
    session = TraceSession(qgis_iface)
    dock = ResultsDock(qgis_iface.mapCanvas())
    session.changed.connect(lambda site, crs: dock.show_work_site(site, crs))
    session.pressure_changed.connect(dock.show_pressure)
    layers["pipes"].selectByExpression("\"code\" = 'P3'")
    session.use_selection()
    wait_for_pressure(session)
    site = session.work_site
    assert site.pressure.status == "done"
    assert [c.customer_id for c in site.low_pressure.customers] == ["U-zone-3", "U-zone-4"]
    group = result_layers.find_group()
    names = {
        layer.name() for layer in group.findLayers() if isinstance(layer.layer(), QgsVectorLayer)
    }
    assert {"Low-pressure pipes", "Customers at low pressure"} <= names
    low = session.layers[result_layers.LOW_PRESSURE_PIPES]
    assert {f["pipe_id"] for f in low.getFeatures()} == {"P4", "P5"}
    assert dock.tabs.title(dock.pressure) == "Pressure (2)"
    figures = [dock.pressure.figures.item(i).text() for i in range(dock.pressure.figures.count())]
    assert "Customers at low pressure: 2" in figures
    assert "Simulated: hour of highest demand (02:00)" in figures
    nodes = figures.index("Model nodes at low pressure (2):")
    assert figures[nodes + 1].startswith("    J3: 11.") and "(normally 59." in figures[nodes + 1]
    session.clear()
    dock.deleteLater()


def test_a_model_that_does_not_run_is_said_and_the_trace_stands(qgis_iface, layers, tmp_path):
    from water_outage_notifier.dialogs.results_dock import ResultsDock

    save_mapping(zone_mapping(layers))
    bad = zone.write_inp(tmp_path, "bad.inp", "[JUNCTIONS]\nJ1 x y\n[END]\n")
    save_pressure_settings(PressureSettings(model_path=bad))
    session = TraceSession(qgis_iface)
    dock = ResultsDock(qgis_iface.mapCanvas())
    session.changed.connect(lambda site, crs: dock.show_work_site(site, crs))
    session.pressure_changed.connect(dock.show_pressure)
    shown = []
    session.changed.connect(lambda *_: shown.append(dock.pressure.status.text()))
    layers["pipes"].selectByExpression("\"code\" = 'P3'")
    session.use_selection()
    wait_for_pressure(session)
    assert shown[0].startswith("Simulating"), "the dock shows the trace at once"
    assert session.work_site.pressure.problem.code == "model_unreadable"
    assert "EPANET cannot read the hydraulic model bad.inp" in dock.pressure.status.text()
    assert str(tmp_path) not in dock.pressure.status.text()
    assert session.work_site.isolation.valves_to_close, "the topological answer stands"
    session.clear()
    dock.deleteLater()


def test_the_settings_tab_saves_the_model_and_checks_it(layers, tmp_path):
    from water_outage_notifier.dialogs.settings_dialog import SettingsDialog

    QgsProject.instance().setFileName(str(tmp_path / "zone.qgz"))
    save_mapping(zone_mapping(layers))
    renamed = zone.INP
    for pipe_id in zone.PIPES:
        renamed = renamed.replace(f"\n{pipe_id} ", f"\nL-{pipe_id} ")
    model = zone.write_inp(tmp_path, "renamed.inp", renamed)
    dialog = SettingsDialog()
    tab = dialog.hydraulics
    assert tab.link_field.layer() is layers["pipes"], "the link field follows the pipes layer"
    assert not tab.check_button.isEnabled()
    tab.model.setFilePath(model)
    tab.check_button.click()
    assert "No pipe id matches a link id" in tab.check_result.text()
    tab.link_field.setField("link")
    tab.min_pressure.setValue(20.0)
    tab.max_drop.setValue(40.0)
    tab.time.setCurrentIndex(tab.time.findData(STEADY_STATE))
    tab.check_button.click()
    assert tab.check_result.text().startswith("9 pipes and 0 valves match links")
    dialog.accept()
    saved = load_pressure_settings()
    assert saved == PressureSettings(model, "link", 20.0, 0.4, STEADY_STATE)
    tab.model.setFilePath(str(tmp_path / "gone.inp"))
    assert "gone.inp does not exist" in tab.problems_label.text()
