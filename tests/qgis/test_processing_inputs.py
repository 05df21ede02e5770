"""Bad input to outage:notify, outage:batch and outage:customers through Processing (issue 16).

Each case was, before, a raw TypeError, Processing's bare "Incorrect
parameter value", or an SMS to a number nobody consented for. The customer
layer and the emulator profile are the ones of ``test_processing_notify``.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import test_processing_notify as notify_tests
import test_translations_qm
from gpkg_layers import text_points
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QDateTime
from test_processing_notify import ADMIN, DOZZA, ROSSI, customer_parameters, notify_parameters
from water_outage_notifier.gis.settings_store import PluginSettings

# The fixtures of the notify tests: their customers layer, emulator profile and Italian .qm.
customer_layer = notify_tests.customer_layer
configured = notify_tests.configured
italian_translator = test_translations_qm.italian_translator


def report_of(run_algorithm, layer, tmp_path, **extra) -> Path:
    listed = run_algorithm("outage:customers", customer_parameters(layer, tmp_path, **extra))
    return Path(listed["OUTPUT_REPORT"])


def edit(report: Path, change) -> Path:
    data = json.loads(report.read_text(encoding="utf-8"))
    change(data)
    report.write_text(json.dumps(data), encoding="utf-8")
    return report


def sent_to(result) -> list:
    lines = Path(result["DRY_RUN_FILE"]).read_text(encoding="utf-8").splitlines()
    return sorted(json.loads(line)["to"] for line in lines)


@pytest.fixture()
def consent_layer(qgis_app, tmp_path):
    """Imola's customers with a consent column: all four said yes."""
    rows = [("C1", ADMIN), ("C2", ADMIN), ("C3", "+39 333 4444444"), ("C4", ROSSI)]
    return text_points(
        tmp_path / "consent.gpkg",
        ("code", "mobile", "consenso", "street", "town"),
        [(code, mobile, "si", "Via Emilia", "Imola") for code, mobile in rows],
    )


def test_an_edited_report_sends_only_to_the_layer_s_consented_mobiles(
    run_algorithm, consent_layer, configured, tmp_path
):
    with_consent = {"CONSENT_FIELD": "consenso", "CONSENT_VALUES": "si"}
    report = report_of(run_algorithm, consent_layer, tmp_path, MUNICIPALITY="Imola", **with_consent)

    def tamper(data):
        data["recipients"] += [
            {"phone": "333ABC4567", "customers": ["C4"]},
            {"phone": "+19005550100", "customers": ["C1"]},
            {"phone": "=cmd|' /C calc'!A0", "customers": ["C1"]},
            {"phone": "+393339999999", "customers": ["NOT-AFFECTED"]},
        ]

    edit(report, tamper)
    # Rossi (C4) withdraws his consent after the report was written.
    consent_layer.startEditing()
    field = consent_layer.fields().indexOf("consenso")
    rossi = next(f for f in consent_layer.getFeatures() if f["code"] == "C4")
    consent_layer.changeAttributeValue(rossi.id(), field, "no")
    assert consent_layer.commitChanges()

    result = run_algorithm(
        "outage:notify",
        notify_parameters(report, tmp_path, consent_layer, DRY_RUN=True, **with_consent),
    )
    assert sent_to(result) == sorted([ADMIN, "+393334444444"])


def test_a_report_of_the_wrong_shape_is_named(run_algorithm, customer_layer, configured, tmp_path):
    report = report_of(run_algorithm, customer_layer, tmp_path, MUNICIPALITY="Dozza")
    edit(report, lambda data: data.update(recipients=["+393331234567"]))
    with pytest.raises(QgsProcessingException) as caught:
        run_algorithm(
            "outage:notify", notify_parameters(report, tmp_path, customer_layer, DRY_RUN=True)
        )
    message = str(caught.value)
    assert "recipients[0]" in message and "an object" in message
    assert "TypeError" not in message


def test_without_a_customers_layer_the_consent_cannot_be_checked(
    run_algorithm, customer_layer, configured, tmp_path
):
    report = report_of(run_algorithm, customer_layer, tmp_path, MUNICIPALITY="Dozza")
    parameters = notify_parameters(report, tmp_path, customer_layer, DRY_RUN=True)
    del parameters["CUSTOMERS"]
    with pytest.raises(QgsProcessingException, match="CUSTOMERS"):
        run_algorithm("outage:notify", parameters)


def test_a_dry_run_needs_no_gateway_profile(run_algorithm, customer_layer, tmp_path):
    settings = PluginSettings.load()
    settings.profiles, settings.selected_profile = [], ""
    settings.database_path = str(tmp_path / "history.sqlite")
    settings.messages.utility_name, settings.messages.call_centre_number = "Acqua", "800"
    settings.save()
    report = report_of(run_algorithm, customer_layer, tmp_path, MUNICIPALITY="Dozza")
    result = run_algorithm(
        "outage:notify",
        notify_parameters(report, tmp_path, customer_layer, DRY_RUN=True, SEND_EMAIL=False),
    )
    assert sent_to(result) == [DOZZA]


def test_a_past_start_is_refused_unless_allowed(
    run_algorithm, customer_layer, configured, tmp_path
):
    report = report_of(run_algorithm, customer_layer, tmp_path, MUNICIPALITY="Dozza")
    past = (datetime.now() - timedelta(days=3)).replace(second=0, microsecond=0)
    window = {"START": QDateTime(past), "END": QDateTime(past + timedelta(hours=4))}
    parameters = notify_parameters(report, tmp_path, customer_layer, DRY_RUN=True, **window)
    with pytest.raises(QgsProcessingException, match="ALLOW_PAST_START"):
        run_algorithm("outage:notify", parameters)
    allowed = run_algorithm("outage:notify", {**parameters, "ALLOW_PAST_START": True})
    assert sent_to(allowed) == [DOZZA]


def test_an_absurd_end_is_refused(run_algorithm, customer_layer, configured, tmp_path):
    report = report_of(run_algorithm, customer_layer, tmp_path, MUNICIPALITY="Dozza")
    parameters = notify_parameters(
        report, tmp_path, customer_layer, DRY_RUN=True, END=QDateTime(datetime(9999, 12, 31, 8))
    )
    with pytest.raises(QgsProcessingException, match="31 days"):
        run_algorithm("outage:notify", parameters)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"END": None}, "END is missing"),
        ({"START": None}, "START is missing"),
        ({"DATABASE": "{folder}"}, "is a folder"),
        ({"DATABASE": "{folder}/history.db"}, "is not a .sqlite file"),
        ({"REPORT": "{folder}"}, "is a folder"),
        ({"REPORT": "{folder}/missing.json"}, "does not exist"),
        ({"PHONE_REGION": "XX"}, "PHONE_REGION 'XX'"),
    ],
)
def test_notify_names_the_parameter_that_is_wrong(
    run_algorithm, customer_layer, tmp_path, change, expected
):
    report = tmp_path / "report.json"
    report.write_text("{}", encoding="utf-8")
    parameters = notify_parameters(report, tmp_path, customer_layer)
    for name, value in change.items():
        if value is None:
            del parameters[name]
        else:
            parameters[name] = value.format(folder=tmp_path)
    with pytest.raises(QgsProcessingException) as caught:
        run_algorithm("outage:notify", parameters)
    assert expected in str(caught.value)
    assert "Incorrect parameter value" not in str(caught.value)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"WORKS": "{folder}"}, "WORKS '{folder}' is a folder"),
        ({"WORKS": "{folder}/none.csv"}, "does not exist"),
        ({"OUTPUT_FOLDER": "{file}"}, "is a file"),
        ({"DATABASE": "{folder}"}, "DATABASE '{folder}' is a folder"),
    ],
)
def test_batch_names_the_parameter_that_is_wrong(run_algorithm, tmp_path, change, expected):
    works = tmp_path / "works.csv"
    works.write_text("pipe_ids;kind;start;end\n", encoding="utf-8")
    parameters = {
        "WORKS": str(works),
        "OUTPUT_SUMMARY": str(tmp_path / "summary.csv"),
        "OUTPUT_FOLDER": str(tmp_path / "works"),
    }
    for name, value in change.items():
        parameters[name] = value.format(folder=tmp_path, file=works)
    with pytest.raises(QgsProcessingException) as caught:
        run_algorithm("outage:batch", parameters)
    assert expected.format(folder=tmp_path) in str(caught.value)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"CUSTOMERS": None}, "CUSTOMERS is missing"),
        ({"CUSTOMER_ID_FIELD": "nope"}, "has no field 'nope'"),
        ({"PHONE_REGION": "XX"}, "PHONE_REGION 'XX' is not a phone region"),
    ],
)
def test_customers_names_the_parameter_that_is_wrong(
    run_algorithm, customer_layer, tmp_path, change, expected
):
    parameters = customer_parameters(customer_layer, tmp_path, MUNICIPALITY="Dozza")
    for name, value in change.items():
        if value is None:
            del parameters[name]
        else:
            parameters[name] = value
    with pytest.raises(QgsProcessingException, match=expected):
        run_algorithm("outage:customers", parameters)


def test_the_messages_are_italian_in_an_italian_qgis(
    run_algorithm, customer_layer, tmp_path, italian_translator
):
    report = tmp_path / "report.json"
    report.write_text("{}", encoding="utf-8")
    parameters = notify_parameters(report, tmp_path, customer_layer)
    del parameters["END"]
    with pytest.raises(QgsProcessingException) as caught:
        run_algorithm("outage:notify", parameters)
    assert "END manca" in str(caught.value)


def test_the_project_s_mapped_customers_check_the_numbers(run_algorithm, configured, tmp_path):
    """No CUSTOMERS given: the customers layer mapped in the project is read again."""
    from trace_town import build_town

    build_town(tmp_path / "town.gpkg")
    report = tmp_path / "report.json"
    report.write_text(
        json.dumps(
            {
                "customers": {"isolated": ["C1", "C3"]},
                "recipients": [
                    {"phone": "+393331234567", "customers": ["C1"]},
                    {"phone": "+393330000000", "customers": ["C3"]},  # not C3's number
                ],
                "unreachable": [],
                "counts": {},
                "places": {"municipalities": ["Imola"], "streets": ["Via Emilia"]},
            }
        ),
        encoding="utf-8",
    )
    parameters = notify_parameters(report, tmp_path, None, DRY_RUN=True)
    for name in ("CUSTOMERS", "CUSTOMER_ID_FIELD", "PHONE_FIELD"):
        del parameters[name]
    result = run_algorithm("outage:notify", parameters)
    assert sent_to(result) == ["+393331234567", "+393477654321"]
