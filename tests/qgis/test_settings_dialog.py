"""The settings dialog, filled as an operator would, with real layers and files."""

from __future__ import annotations

import json
import socket

import pytest
import water_outage_notifier
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsSettings, QgsVectorLayer
from water_outage_notifier.dialogs.options_page import SettingsOptionsFactory
from water_outage_notifier.dialogs.settings_dialog import SettingsDialog
from water_outage_notifier.gis.mapping import LINK_BY_NEAREST, ProjectMapping, load_mapping
from water_outage_notifier.gis.settings_store import ROOT, EmailSettings, PluginSettings


def _layer(uri: str, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, name, "memory")
    assert layer.isValid()
    return layer


@pytest.fixture()
def layers(qgis_app):
    """Pipes, valves, customers, a contacts table and a polygon layer in the project."""
    QgsSettings().remove(ROOT)
    project = QgsProject.instance()
    made = {
        "pipes": _layer("LineString?crs=EPSG:3003&field=id:string&field=material:string", "Rete"),
        "valves": _layer("Point?crs=EPSG:3003&field=codice:string&field=stato:string", "Valvole"),
        "customers": _layer(
            "Point?crs=EPSG:3003&field=id:string&field=pipe:string&field=phone:string", "Utenze"
        ),
        "contacts": _layer("None?field=customer:string&field=phone:string", "Recapiti"),
        "districts": _layer("Polygon?crs=EPSG:3003&field=name:string", "Distretti"),
    }
    feature = QgsFeature(made["pipes"].fields())
    feature.setAttributes(["P1", "PVC"])
    feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(0, 0), QgsPointXY(10, 0)]))
    made["pipes"].dataProvider().addFeatures([feature])
    project.addMapLayers(list(made.values()))
    yield made
    project.removeAllMapLayers()
    project.removeEntry("water_outage_notifier", "mapping")
    QgsSettings().remove(ROOT)


def _fill_layers(dialog: SettingsDialog, layers: dict) -> None:
    tab = dialog.layers
    for role in ("pipes", "valves", "customers", "contacts"):
        tab.layer_combos[role].setLayer(layers[role])
    tab.field_combos["valves"]["id"].setField("codice")
    tab.field_combos["valves"]["status"].setField("stato")


def test_layer_lists_offer_only_fitting_geometries(layers):
    dialog = SettingsDialog()
    pipes_combo = dialog.layers.layer_combos["pipes"]
    offered = {
        pipes_combo.layer(i).name() for i in range(pipes_combo.count()) if pipes_combo.layer(i)
    }
    assert offered == {"Rete"}
    customers_combo = dialog.layers.layer_combos["customers"]
    offered = {
        customers_combo.layer(i).name()
        for i in range(customers_combo.count())
        if customers_combo.layer(i)
    }
    assert offered == {"Valvole", "Utenze", "Recapiti", "Distretti"}, "buildings may hold them"


def test_the_sources_list_offers_points_and_footprints(layers):
    """Utilities draw a tank or a plant as a point or as its footprint (a polygon)."""
    dialog = SettingsDialog()
    combo = dialog.layers.layer_combos["sources"]
    offered = {combo.layer(i).name() for i in range(combo.count()) if combo.layer(i)}
    assert offered == {"Valvole", "Utenze", "Distretti"}


def test_fields_follow_the_layer_and_obvious_names_are_preselected(layers):
    dialog = SettingsDialog()
    dialog.layers.layer_combos["customers"].setLayer(layers["customers"])
    fields = dialog.layers.field_combos["customers"]
    assert (fields["id"].currentField(), fields["pipe"].currentField()) == ("id", "pipe")
    assert fields["address"].currentField() == ""
    assert fields["id"].layer() is layers["customers"]


def test_live_validation_names_a_missing_field_and_then_clears(layers):
    dialog = SettingsDialog()
    _fill_layers(dialog, layers)
    dialog.layers.field_combos["valves"]["id"].setField("")
    label = dialog.layers.problems_label
    assert "The layer 'Valvole' (Valves) has no field chosen for 'Id'." in label.text()
    dialog.layers.field_combos["valves"]["id"].setField("codice")
    assert label.problems == []
    assert "No problems" in label.text()


def test_live_validation_explains_a_geometry_that_cannot_be_linked(layers):
    dialog = SettingsDialog()
    _fill_layers(dialog, layers)
    tab = dialog.layers
    tab.layer_combos["customers"].setLayer(layers["contacts"])  # a table, no points
    tab.field_combos["customers"]["id"].setField("customer")
    tab.customer_link.setCurrentIndex(tab.customer_link.findData(LINK_BY_NEAREST))
    assert tab.max_snap_distance.isEnabled()
    assert any(
        "'Recapiti' (Customers (meters)) has no points, so customers cannot be linked" in problem
        for problem in tab.problems_label.problems
    )


def test_an_unknown_phone_region_is_a_problem(layers):
    dialog = SettingsDialog()
    dialog.layers.phone_region.setText("XX")
    assert any("'XX' is unknown" in p for p in dialog.layers.problems_label.problems)


def test_the_mapping_is_saved_by_layer_id_and_survives_a_qgz(layers, tmp_path):
    dialog = SettingsDialog()
    _fill_layers(dialog, layers)
    dialog.layers.closed_values.setText("chiusa, closed ,")
    dialog.layers.tolerance.setValue(0.25)
    dialog.accept()

    saved = load_mapping()
    assert saved.pipes.layer_id == layers["pipes"].id()
    assert saved.valves.fields == {"id": "codice", "status": "stato"}
    assert (saved.closed_values, saved.tolerance) == (["chiusa", "closed"], 0.25)
    assert '"Valvole"' not in saved.to_json()  # ids, never names
    layers["valves"].setName("Renamed in the legend")
    assert saved.layer("valves") is layers["valves"]

    path = str(tmp_path / "imola.qgz")
    assert QgsProject.instance().write(path)
    reread = QgsProject()
    assert reread.read(path)
    assert load_mapping(reread) == saved
    reopened = SettingsDialog()
    assert reopened.layers.mapping() == saved  # reopening shows what was saved


def test_cancel_keeps_the_project_untouched(layers):
    dialog = SettingsDialog()
    _fill_layers(dialog, layers)
    dialog.reject()
    assert load_mapping() == ProjectMapping()


def test_a_gateway_profile_made_in_the_dialog_is_stored_and_reloaded(layers):
    dialog = SettingsDialog()
    gateway = dialog.global_tabs.gateway
    gateway.add_profile()
    gateway.name.setText("Skebby")
    gateway.provider.setCurrentText("skebby")
    gateway.base_url.setText("https://api.skebby.it")
    gateway.sender.setText("Acqua Imola")
    assert "only letters" in gateway.sender_problem.text()
    gateway.sender.setText("AcquaImola")
    assert gateway.sender_problem.text() == ""
    gateway.rate.setValue(4.0)
    gateway.options.setPlainText("message_type = GP\nreturn_credits = true")
    dialog.accept()

    stored = PluginSettings.load()
    profile = stored.profile()
    assert stored.selected_profile == "Skebby"
    assert (profile.provider, profile.sender, profile.rate) == ("skebby", "AcquaImola", 4.0)
    # true/false are booleans (before, "false" was a non-empty text, so true)
    assert profile.options == {"message_type": "GP", "return_credits": True}
    reopened = SettingsDialog()
    again = reopened.global_tabs.gateway
    assert again.profiles() == [profile] and again.name.text() == "Skebby"


def test_the_test_sms_goes_through_the_real_file_gateway(layers, tmp_path):
    outbox = tmp_path / "sms.jsonl"
    dialog = SettingsDialog()
    tabs = dialog.global_tabs
    tabs.gateway.add_profile()
    tabs.gateway.provider.setCurrentText("file")
    tabs.gateway.sender.setText("AcquaImola")
    tabs.gateway.options.setPlainText(f"path = {outbox}")
    tabs.gateway.test_button.click()
    assert "phone number" in tabs.gateway.test_result.text()  # none given yet
    tabs.messages.operator_phone.setText("333 123 4567")
    tabs.gateway.test_button.click()
    assert "accepted" in tabs.gateway.test_result.text()
    assert "***4567" in tabs.gateway.test_result.text()
    (line,) = outbox.read_text(encoding="utf-8").splitlines()
    assert "+393331234567" in line and "AcquaImola" in json.dumps(json.loads(line))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class _Inbox(Message):
    def __init__(self):
        super().__init__()
        self.messages = []

    def handle_message(self, message):
        self.messages.append(message)


def test_the_test_email_reaches_a_real_local_smtp_server(layers):
    inbox = _Inbox()
    port = _free_port()
    server = Controller(inbox, hostname="127.0.0.1", port=port)
    server.start()
    try:
        dialog = SettingsDialog()
        tab = dialog.global_tabs.email
        tab.set_email_settings(
            EmailSettings(
                host="127.0.0.1",
                port=port,
                security="none",
                from_address="gis@acque.example.it",
                call_centre=["cc@acque.example.it"],
                timeout=5.0,
            )
        )
        assert tab.problems_label.problems == []
        tab.test_button.click()
    finally:
        server.stop()
    assert "cc@acque.example.it" in tab.test_result.text()
    (message,) = inbox.messages
    assert message["To"] == "cc@acque.example.it"


def test_email_problems_are_shown_live_and_turning_it_off_clears_them(layers):
    dialog = SettingsDialog()
    tab = dialog.global_tabs.email
    tab.call_centre.setText("callcentre-at-example")
    assert any("'callcentre-at-example' is not an email" in p for p in tab.problems_label.problems)
    tab.security.setCurrentIndex(tab.security.findData("ssl"))
    assert tab.port.value() == 465
    tab.enabled.setChecked(False)
    assert tab.problems_label.problems == [] and not tab.host.isEnabled()


def test_the_options_page_edits_the_same_settings(layers):
    page = SettingsOptionsFactory().createWidget(None)
    page.global_tabs.messages.utility_name.setText("Acque Imola")
    page.global_tabs.messages.max_segments.setValue(2)
    page.apply()
    stored = PluginSettings.load().messages
    assert (stored.utility_name, stored.max_segments) == ("Acque Imola", 2)
    reopened = SettingsDialog()
    assert reopened.global_tabs.messages.utility_name.text() == "Acque Imola"


def test_the_plugin_registers_the_settings_action_and_options_page(qgis_app, recording_iface):
    plugin = water_outage_notifier.classFactory(recording_iface)
    plugin.initGui()
    try:
        assert len(recording_iface.options_factories) == 1
        texts = [a.text() for a in plugin.actions]
        assert any("Settings" in text for text in texts)
    finally:
        plugin.unload()
    assert recording_iface.options_factories == []
