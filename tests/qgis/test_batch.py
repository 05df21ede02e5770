"""outage:batch on the sample town: three planned works, one overlapping another.

LAV-1 shuts the Dozza hamlet's branch main (C002941); LAV-3 works on a pipe
of that hamlet (C002895) during LAV-1, so the two share customers: both are
flagged. LAV-2 is a pressure drop on the Castel San Pietro branch another
day. The sample project's own layer mapping is used (only WORKS is given),
the gateway is the local emulator, the email goes to a local SMTP server.
The last test runs the same batch through ``qgis_process.bin`` in a
subprocess, with the plugin found through QGIS_PLUGINPATH.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import test_processing_notify as notify_tests
from qgis.core import QgsProcessingException, QgsProject
from qgis.PyQt.QtCore import QSettings
from qgis_process_support import qgis_process_env
from qgis_process_support import run as run_qgis_process
from water_outage_notifier.store.db import Database
from water_outage_notifier.store.interventions import InterventionStore

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_data"
DAY = (datetime.now() + timedelta(days=3)).replace(hour=8, minute=30, second=0, microsecond=0)


def at(hours: float) -> str:
    return (DAY + timedelta(hours=hours)).strftime("%Y-%m-%d %H:%M")


WORKS = (
    "reference;pipe_ids;kind;start;end;notes\n"
    f"LAV-1;C002941;planned_interruption;{at(0)};{at(4)};saracinesca\n"
    f"LAV-2;C002830|C002831;pressure_drop;{at(30)};{at(32)};lavaggio\n"
    f"LAV-3;C002895;planned_interruption;{at(1.5)};{at(4.5)};allaccio\n"
)


# The gateway profile on the emulator (tests/conftest.py), the messages and the email
# settings of the notify tests.
configured = notify_tests.configured
closed_window_now = notify_tests.closed_window_now


@pytest.fixture()
def works(tmp_path):
    path = tmp_path / "works.csv"
    path.write_text(WORKS, encoding="utf-8")
    return path


@pytest.fixture()
def sample_project(qgis_app):
    assert QgsProject.instance().read(str(SAMPLE / "imola_sample.qgz"))


def batch(run_algorithm, works, tmp_path, name, **extra):
    result = run_algorithm(
        "outage:batch",
        {
            "WORKS": str(works),
            "OVERRIDE_WINDOW": True,  # the test may run at night
            "OUTPUT_SUMMARY": str(tmp_path / f"{name}.csv"),
            "OUTPUT_FOLDER": str(tmp_path / name),
            **extra,
        },
    )
    return result, read_summary(result["OUTPUT_SUMMARY"])


def read_summary(path) -> dict:
    text = Path(path).read_text(encoding="utf-8-sig")
    return {row["reference"]: row for row in csv.DictReader(io.StringIO(text), delimiter=";")}


def recipients_per_phone(folder) -> Counter:
    """How many works of the batch list each phone among their recipients."""
    phones = Counter()
    for report in Path(folder).glob("row_*.json"):
        work = json.loads(report.read_text(encoding="utf-8"))
        phones.update(r["phone"] for r in work["isolate"]["recipients"])
    return phones


def stored(tmp_path) -> list:
    db = Database(str(tmp_path / "history.sqlite"))
    try:
        return InterventionStore(db).select()
    finally:
        db.close()


def test_dry_run_flags_the_overlapping_works_and_records_nothing(
    run_algorithm, sample_project, configured, emulator, works, tmp_path
):
    result, summary = batch(run_algorithm, works, tmp_path, "dry", DRY_RUN=True)
    assert summary["LAV-1"]["conflicts"] == "1: LAV-3"
    assert summary["LAV-3"]["conflicts"] == "1: LAV-1"
    assert summary["LAV-2"]["conflicts"] == ""
    assert result["CONFLICTING"] == 2 and result["WORKS_READ"] == 3
    assert {row["status"] for row in summary.values()} == {"dry run"}
    assert all(int(row["valves_to_close"]) > 0 for row in summary.values())
    lines = Path(result["DRY_RUN_FILE"]).read_text(encoding="utf-8").splitlines()
    assert len(lines) == sum(int(row["queued"]) for row in summary.values())
    assert stored(tmp_path) == []
    assert emulator.total_accepted() == 0 and configured.messages == []


def test_real_run_sends_each_number_once_per_work_and_a_second_run_nothing_new(
    run_algorithm, sample_project, configured, emulator, works, tmp_path
):
    result, summary = batch(run_algorithm, works, tmp_path, "first", DRY_RUN=False)
    assert result["NOTIFIED"] == 3
    expected = recipients_per_phone(result["OUTPUT_FOLDER"])
    assert expected and max(expected.values()) == 2, "LAV-1 and LAV-3 share numbers"
    assert {phone: emulator.accepted_count(phone) for phone in expected} == dict(expected)
    assert len(configured.messages) == 3, "one call-centre copy per work"
    references = {row["intervention"] for row in summary.values()}
    assert references == {i.reference for i in stored(tmp_path)} and len(references) == 3
    assert summary["LAV-3"]["conflicts"] == "1: LAV-1"

    again, repeat = batch(run_algorithm, works, tmp_path, "second", DRY_RUN=False)
    assert emulator.total_accepted() == sum(expected.values())
    assert {row["status"] for row in repeat.values()} == {"already sent"}
    assert {row["intervention"] for row in repeat.values()} == references
    assert len(stored(tmp_path)) == 3 and len(configured.messages) == 3


def test_a_bad_row_is_reported_in_the_summary_and_the_others_run(
    run_algorithm, sample_project, configured, tmp_path
):
    path = tmp_path / "bad.csv"
    extra = f"LAV-4;C999999;emergency;{at(2)};{at(3)};\nLAV-5;C002941;guasto;{at(2)};{at(3)};\n"
    path.write_text(WORKS + extra, encoding="utf-8")
    result, summary = batch(run_algorithm, path, tmp_path, "bad", DRY_RUN=True)
    assert "C999999" in summary["LAV-4"]["status"] and "pipe_ids" in summary["LAV-4"]["status"]
    assert summary[""]["status"].startswith("invalid row: Row 6, column 'kind', value 'guasto'")
    assert result["INVALID_ROWS"] == 1 and summary["LAV-1"]["status"] == "dry run"


def test_a_refusal_outside_the_send_window_names_the_parameter_that_overrides_it(
    run_algorithm, sample_project, closed_window_now, works, tmp_path
):
    result, summary = batch(run_algorithm, works, tmp_path, "night", OVERRIDE_WINDOW=False)
    for row in summary.values():
        assert row["status"].startswith("refused: "), row["status"]
        assert "set OVERRIDE_WINDOW to true" in row["status"]
    assert result["NOTIFIED"] == 0

    again, summary = batch(run_algorithm, works, tmp_path, "override", OVERRIDE_WINDOW=True)
    assert {row["status"] for row in summary.values()} == {"dry run"}


def test_qgis_process_runs_the_batch_on_a_copy_of_the_sample(works, tmp_path):
    """The shell recipe of docs/batch.md, dry run, with the JSON output parsed."""
    for name in ("imola_sample.gpkg", "imola_sample.qgz"):
        shutil.copy(SAMPLE / name, tmp_path / name)
    env = qgis_process_env(tmp_path)
    ini = tmp_path / "config" / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    settings = QSettings(str(ini), QSettings.IniFormat)
    settings.setValue("water_outage_notifier/messages/utility_name", "Acqua Imola")
    settings.setValue("water_outage_notifier/messages/call_centre_number", "800123456")
    settings.sync()
    parameters = {
        "WORKS": works,
        "DRY_RUN": "true",
        "OVERRIDE_WINDOW": "true",
        "DATABASE": tmp_path / "history.sqlite",
        "OUTPUT_SUMMARY": tmp_path / "summary.csv",
        "OUTPUT_FOLDER": tmp_path / "reports",
    }
    results = run_qgis_process(
        env, "outage:batch", parameters, project=tmp_path / "imola_sample.qgz"
    )["results"]
    assert (results["WORKS_READ"], results["CONFLICTING"]) == (3, 2)
    summary = read_summary(results["OUTPUT_SUMMARY"])
    assert summary["LAV-3"]["conflicts"] == "1: LAV-1"
    assert {row["status"] for row in summary.values()} == {"dry run"}
    assert stored(tmp_path) == []


def test_without_a_mapped_project_the_layers_come_from_the_parameters(
    run_algorithm, configured, works, tmp_path
):
    with pytest.raises(QgsProcessingException, match="PIPES, PIPE_ID_FIELD, VALVES"):
        batch(run_algorithm, works, tmp_path, "none", DRY_RUN=True)
    gpkg = SAMPLE / "imola_sample.gpkg"
    layers = {
        "PIPES": f"{gpkg}|layername=condotte",
        "PIPE_ID_FIELD": "cod_condotta",
        "VALVES": f"{gpkg}|layername=valvole",
        "VALVE_ID_FIELD": "cod_valvola",
        "VALVE_STATUS_FIELD": "stato",
        "CLOSED_VALUES": "chiusa",
        "INOPERABLE_VALUES": "inoperabile,guasta",
        "SOURCES": f"{gpkg}|layername=fonti",
        "CUSTOMERS": f"{gpkg}|layername=utenze",
        "CUSTOMER_ID_FIELD": "cod_utenza",
        "CUSTOMER_PIPE_FIELD": "cod_condotta",
        "PHONE_FIELD": "cellulare",
        "CONSENT_FIELD": "consenso",
        "CONSENT_VALUES": "si",
        "ADDRESS_FIELD": "indirizzo",
        "MUNICIPALITY_FIELD": "comune",  # the SMS names the town
    }
    result, summary = batch(run_algorithm, works, tmp_path, "layers", DRY_RUN=True, **layers)
    assert summary["LAV-3"]["conflicts"] == "1: LAV-1"
    assert int(summary["LAV-1"]["customers"]) > int(summary["LAV-1"]["recipients"]) / 2 > 0
    assert {row["status"] for row in summary.values()} == {"dry run"}
