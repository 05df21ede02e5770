"""outage:customers, outage:notify and outage:report through Processing, end to end.

The customers (a real GeoPackage): three in Imola on Via Emilia (two share
a building administrator's mobile), one in Imola on Via Cavour, one in
Dozza, one with a landline only. The gateway is the local emulator, the
profile is created with ``create_gateway_profile`` (credentials in the
real QGIS auth database), the call-centre email goes to a local SMTP server.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from auth_support import unlock_auth
from gpkg_layers import text_points
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QDateTime
from water_outage_notifier.devtools.smtp_server import LocalSmtpServer
from water_outage_notifier.gis.auth import store_credentials
from water_outage_notifier.gis.settings_store import (
    PluginSettings,
    create_email_settings,
    create_gateway_profile,
)
from water_outage_notifier.gis.store_access import open_store
from water_outage_notifier.messages.dates import rome
from water_outage_notifier.store.interventions import InterventionStore

ADMIN, ROSSI, DOZZA = "+393331111111", "+393332222222", "+393333333333"
START = (datetime.now() + timedelta(days=3)).replace(hour=8, minute=30, second=0, microsecond=0)


@pytest.fixture()
def customer_layer(qgis_app, tmp_path):
    rows = [
        ("C1", ADMIN, "Via Emilia", "Imola"),
        ("C2", ADMIN, "Via Emilia", "Imola"),
        ("C3", "+39 333 4444444", "Via Emilia", "Imola"),
        ("C4", ROSSI, "Via Cavour", "Imola"),
        ("C5", DOZZA, "Via Mazzini", "Dozza"),
        ("C6", "0542 123456", "Via Cavour", "Imola"),
    ]
    return text_points(tmp_path / "customers.gpkg", ("code", "mobile", "street", "town"), rows)


def customer_parameters(layer, tmp_path, **extra):
    return {
        "CUSTOMERS": layer,
        "CUSTOMER_ID_FIELD": "code",
        "PHONE_FIELD": "mobile",
        "ADDRESS_FIELD": "street",
        "MUNICIPALITY_FIELD": "town",
        "OUTPUT_CUSTOMERS": "memory:",
        "OUTPUT_REPORT": str(tmp_path / "customers.json"),
        **extra,
    }


@pytest.fixture()
def configured(qgis_app, emulator, tmp_path):
    """A Skebby-shaped profile on the emulator, the message settings and the email."""
    unlock_auth()
    smtp = LocalSmtpServer(tmp_path / "mail").start()
    create_gateway_profile(
        "Emulator",
        "skebby",
        emulator.url,
        "AcquaImola",
        username="utility",
        password="skebby-secret",
        rate=1000.0,
        read_timeout=3.0,
    )
    create_email_settings(
        "127.0.0.1",
        "interruzioni@acqua-imola.it",
        ["callcentre@acqua-imola.it"],
        port=smtp.port,
        security="none",
        timeout=5.0,
    )
    settings = PluginSettings.load()
    settings.selected_profile = "Emulator"
    settings.messages.utility_name = "Acqua Imola"
    settings.messages.call_centre_number = "800123456"
    settings.messages.language = "it"
    settings.store_location = str(tmp_path / "history.sqlite")
    settings.save()
    yield smtp
    smtp.stop()


@pytest.fixture()
def closed_window_now(configured):
    """A send window of one minute, hours away: now is outside it whenever the test runs."""
    settings = PluginSettings.load()
    kept = (settings.messages.window_start, settings.messages.window_end)
    now = datetime.now(rome()).replace(second=0, microsecond=0)
    for hours in (2, -3):  # a window may not cross midnight
        opens = now + timedelta(hours=hours)
        closes = opens + timedelta(minutes=1)
        if closes.time() > opens.time():
            break
    settings.messages.window_start = opens.strftime("%H:%M")
    settings.messages.window_end = closes.strftime("%H:%M")
    settings.save()
    yield
    settings = PluginSettings.load()
    settings.messages.window_start, settings.messages.window_end = kept
    settings.save()


def notify_parameters(report_path, tmp_path, layer, **extra):
    """outage:notify for a report; the numbers and consent are read again from ``layer``."""
    return {
        "REPORT": str(report_path),
        "CUSTOMERS": layer,
        "CUSTOMER_ID_FIELD": "code",
        "PHONE_FIELD": "mobile",
        "KIND": 0,
        "START": QDateTime(START),
        "END": QDateTime(START + timedelta(hours=4)),
        "OVERRIDE_WINDOW": True,  # the test may run at night
        "OUTPUT": str(tmp_path / "notify.json"),
        **extra,
    }


def test_customers_by_expression_give_one_recipient_per_number(
    run_algorithm, customer_layer, tmp_path
):
    result = run_algorithm(
        "outage:customers",
        customer_parameters(customer_layer, tmp_path, EXPRESSION="\"street\" = 'Via Emilia'"),
    )
    report = json.loads(Path(result["OUTPUT_REPORT"]).read_text(encoding="utf-8"))
    assert report["customers"] == {"selected": ["C1", "C2", "C3"]}
    assert sorted(r["phone"] for r in report["recipients"]) == [ADMIN, "+393334444444"]
    assert result["OUTPUT_CUSTOMERS"].featureCount() == 3


def test_customers_of_one_municipality_ignore_case_and_report_places(
    run_algorithm, customer_layer, tmp_path
):
    result = run_algorithm(
        "outage:customers", customer_parameters(customer_layer, tmp_path, MUNICIPALITY="IMOLA")
    )
    report = json.loads(Path(result["OUTPUT_REPORT"]).read_text(encoding="utf-8"))
    assert report["customers"]["selected"] == ["C1", "C2", "C3", "C4", "C6"]
    assert [u["customer"] for u in report["unreachable"]] == ["C6"]
    assert report["places"] == {
        "municipalities": ["Imola"],
        "streets": ["Via Emilia", "Via Cavour"],
    }


def test_a_municipality_without_its_field_is_a_clear_error(run_algorithm, customer_layer, tmp_path):
    parameters = customer_parameters(customer_layer, tmp_path, MUNICIPALITY="Dozza")
    parameters["MUNICIPALITY_FIELD"] = None
    with pytest.raises(QgsProcessingException, match="MUNICIPALITY_FIELD"):
        run_algorithm("outage:customers", parameters)


def test_notify_dry_run_writes_the_messages_and_sends_nothing(
    run_algorithm, customer_layer, configured, emulator, tmp_path
):
    listed = run_algorithm(
        "outage:customers", customer_parameters(customer_layer, tmp_path, MUNICIPALITY="Dozza")
    )
    result = run_algorithm(
        "outage:notify",
        notify_parameters(listed["OUTPUT_REPORT"], tmp_path, customer_layer, DRY_RUN=True),
    )
    lines = Path(result["DRY_RUN_FILE"]).read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["to"] for line in lines] == [DOZZA]
    assert "Dozza" in json.loads(lines[0])["text"]
    assert emulator.total_accepted() == 0 and configured.messages == []


def test_a_refusal_outside_the_send_window_names_override_window(
    run_algorithm, customer_layer, closed_window_now, emulator, tmp_path
):
    listed = run_algorithm(
        "outage:customers", customer_parameters(customer_layer, tmp_path, MUNICIPALITY="Dozza")
    )
    parameters = notify_parameters(
        listed["OUTPUT_REPORT"], tmp_path, customer_layer, OVERRIDE_WINDOW=False
    )
    with pytest.raises(QgsProcessingException, match="set OVERRIDE_WINDOW to true"):
        run_algorithm("outage:notify", parameters)
    assert emulator.total_accepted() == 0


def test_notify_sends_once_mails_the_copy_and_the_report_counts_it(
    run_algorithm, customer_layer, configured, emulator, tmp_path
):
    listed = run_algorithm(
        "outage:customers", customer_parameters(customer_layer, tmp_path, MUNICIPALITY="Imola")
    )
    first = run_algorithm(
        "outage:notify", notify_parameters(listed["OUTPUT_REPORT"], tmp_path, customer_layer)
    )
    summary = json.loads(Path(first["OUTPUT"]).read_text(encoding="utf-8"))
    assert summary["counts"]["ACCEPTED"] == 3 and summary["state"] == "notified"
    assert (emulator.accepted_count(ADMIN), emulator.accepted_count(ROSSI)) == (1, 1)
    assert summary["segments"] >= 1 and summary["encoding"] in ("GSM-7", "UCS-2")
    assert summary["email"]["status"] == "sent" and len(configured.messages) == 1

    again = run_algorithm(
        "outage:notify",
        notify_parameters(
            listed["OUTPUT_REPORT"],
            tmp_path,
            customer_layer,
            REFERENCE=first["REFERENCE"],
            OUTPUT=str(tmp_path / "again.json"),
        ),
    )
    repeat = json.loads(Path(again["OUTPUT"]).read_text(encoding="utf-8"))
    assert (repeat["queued"], repeat["already_sent"]) == (0, 3)
    assert emulator.total_accepted() == 3 and len(configured.messages) == 1

    report = run_algorithm(
        "outage:report",
        {
            "START": QDateTime(START - timedelta(days=1)),
            "END": QDateTime(START + timedelta(days=1)),
            "OUTPUT_FOLDER": str(tmp_path / "report"),
        },
    )
    html = Path(report["HTML"]).read_text(encoding="utf-8")
    assert first["REFERENCE"] in Path(report["INTERVENTIONS_CSV"]).read_text(encoding="utf-8-sig")
    assert "Imola" in Path(report["SUMMARY_CSV"]).read_text(encoding="utf-8-sig")
    assert "<svg" in html and "Rapporto sulla sperimentazione" in html, "Italian by default"
    english = run_algorithm(
        "outage:report",
        {
            "START": QDateTime(START - timedelta(days=1)),
            "END": QDateTime(START + timedelta(days=1)),
            "LANGUAGE": 1,
            "OUTPUT_FOLDER": str(tmp_path / "report_en"),
        },
    )
    summary = Path(english["SUMMARY_CSV"]).read_text(encoding="utf-8-sig")
    assert summary.startswith("Municipality;Interventions;Interventions: ")


def test_notify_again_with_the_reference_continues_the_same_intervention(
    run_algorithm, customer_layer, configured, emulator, tmp_path
):
    """Issue 13: a run stopped by a wrong password, the password fixed, the same REFERENCE."""
    authcfg = PluginSettings.load().profile("Emulator").authcfg
    store_credentials("Emulator", {"username": "utility", "password": "wrong"}, authcfg)
    listed = run_algorithm(
        "outage:customers", customer_parameters(customer_layer, tmp_path, MUNICIPALITY="Imola")
    )
    first = run_algorithm(
        "outage:notify", notify_parameters(listed["OUTPUT_REPORT"], tmp_path, customer_layer)
    )
    stopped = json.loads(Path(first["OUTPUT"]).read_text(encoding="utf-8"))
    assert stopped["sent_now"] == 0 and stopped["error"] and emulator.total_accepted() == 0
    assert configured.messages == []  # no copy with a run that sent nothing

    store_credentials("Emulator", {"username": "utility", "password": "skebby-secret"}, authcfg)
    again = run_algorithm(
        "outage:notify",
        notify_parameters(
            listed["OUTPUT_REPORT"],
            tmp_path,
            customer_layer,
            REFERENCE=first["REFERENCE"],
            OUTPUT=str(tmp_path / "again.json"),
        ),
    )
    resumed = json.loads(Path(again["OUTPUT"]).read_text(encoding="utf-8"))
    assert again["REFERENCE"] == first["REFERENCE"]
    assert (resumed["sent_now"], resumed["already_sent"]) == (3, 0)
    assert emulator.total_accepted() == 3 and len(configured.messages) == 1
    database = open_store(PluginSettings.load())
    try:
        assert [i.reference for i in InterventionStore(database).select()] == [first["REFERENCE"]]
    finally:
        database.close()
