"""``outage:dispatch``: the unattended pass of cron and systemd (issue 13, findings 3 and 6).

It runs in ``qgis_process.bin`` as the docs' cron line and systemd unit run
it, against the gateway emulator: a notify run killed mid-batch is
finished, and delivery reports reach the outbox, the history and the pilot
report.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
from datetime import timedelta
from pathlib import Path

import test_processing_recovery as recovery
from qgis.PyQt.QtCore import QDateTime
from qgis_process_support import qgis_process_env
from qgis_process_support import run as run_qgis_process
from water_outage_notifier.devtools.gateway_emulator import Fault
from water_outage_notifier.notify.delivery import DeliveryCounts, delivery_counts
from water_outage_notifier.store.backend import open_database
from water_outage_notifier.store.interventions import InterventionStore
from water_outage_notifier.store.outbox import Outbox


def delivery(store_location: str) -> tuple[dict, dict]:
    """The outbox's figures per intervention, and the history's per-number states."""
    database = open_database(store_location)
    try:
        figures = delivery_counts(Outbox(database))
        store = InterventionStore(database)
        states = {
            reference: sorted(r.state for r in store.recipients(reference)) for reference in figures
        }
        return figures, states
    finally:
        database.close()


def test_dispatch_in_qgis_process_finishes_a_killed_run_and_reads_delivery(
    run_algorithm, store_location, emulator, tmp_path
):
    phones = recovery.numbers(600)
    layer = recovery.customers(tmp_path, phones)
    recovery.gateway(emulator, store_location, "skebby", max_batch=50, rate=300.0)
    parameters = recovery.notify_parameters(
        recovery.report_of(run_algorithm, layer, tmp_path), layer.source(), tmp_path / "n.json"
    )
    env = qgis_process_env(tmp_path, with_settings=True)
    recovery.kill_mid_batch(env, parameters, emulator, "skebby", 200, [Fault(hang=120)])
    emulator.set_status(phones[0], "DLVRD")
    emulator.set_status(phones[1], "ERROR")

    answer = run_qgis_process(
        env, "outage:dispatch", {"MINUTES": 2, "OUTPUT": tmp_path / "dispatch.json"}
    )
    results = answer["results"]
    assert set(emulator.state.accepted.values()) == {1}
    assert sorted(emulator.state.accepted) == sorted(phones)
    assert (results["SENT"], results["DELIVERED"], results["IN_DOUBT"]) == (600, 1, 0)
    assert (results["FAILED"], results["WAITING"]) == (1, 0), "undelivered counts as failed"
    summary = json.loads((tmp_path / "dispatch.json").read_text(encoding="utf-8"))
    assert summary["prepared"]["taken_back"] == 50 and summary["reported"] == 2
    figures, states = delivery(store_location)
    (reference,) = figures
    assert figures[reference] == DeliveryCounts(sent=600, delivered=1, failed=1)
    assert states[reference].count("DELIVERED") == 1
    assert states[reference].count("UNDELIVERED") == 1
    assert states[reference].count("ACCEPTED") == 598, "the history follows the outbox"


def test_delivery_reports_reach_the_pilot_report(run_algorithm, store_location, emulator, tmp_path):
    """Finding 6: the pilot report's "delivered" was always 0."""
    phones = recovery.numbers(5)
    layer = recovery.customers(tmp_path, phones)
    recovery.gateway(emulator, store_location, "twilio", rate=1000.0)
    parameters = recovery.notify_parameters(
        recovery.report_of(run_algorithm, layer, tmp_path), layer.source(), tmp_path / "n.json"
    )
    run_algorithm("outage:notify", parameters)
    for phone in phones[:3]:
        emulator.set_status(phone, "delivered")
    emulator.set_status(phones[3], "undelivered")
    emulator.set_status(phones[4], "sent")  # no final report yet
    first = run_algorithm("outage:dispatch", {"MINUTES": 1})
    again = run_algorithm("outage:dispatch", {"MINUTES": 1})
    assert (first["DELIVERED"], first["FAILED"], first["SENT"]) == (3, 1, 5)
    emulator.set_status(phones[0], "sent")  # a late, older status: never backwards
    assert run_algorithm("outage:dispatch", {"MINUTES": 1})["DELIVERED"] == 3 == again["DELIVERED"]
    start = parameters["START"].toPyDateTime()
    report = run_algorithm(
        "outage:report",
        {
            "START": QDateTime(start - timedelta(days=1)),
            "END": QDateTime(start + timedelta(days=1)),
            "LANGUAGE": 1,
            "OUTPUT_FOLDER": str(tmp_path / "report"),
        },
    )
    text = Path(report["INTERVENTIONS_CSV"]).read_text(encoding="utf-8-sig")
    (row,) = csv.DictReader(io.StringIO(text), delimiter=";")
    delivered = next(value for key, value in row.items() if "deliver" in key.lower())
    assert delivered == "3"


DOC = Path(__file__).resolve().parents[2] / "docs" / "dispatch.md"


def documented_commands() -> tuple[str, dict, list]:
    """The crontab line's command, and the systemd service's environment and ExecStart."""
    text = DOC.read_text(encoding="utf-8")
    (cron,) = [line for line in text.splitlines() if line.startswith("*/5 ")]
    environment = dict(
        line.removeprefix("Environment=").split("=", 1)
        for line in text.splitlines()
        if line.startswith("Environment=")
    )
    (exec_start,) = [line for line in text.splitlines() if line.startswith("ExecStart=")]
    return cron.split(" ", 5)[5], environment, exec_start.removeprefix("ExecStart=").split()


def test_the_documented_cron_line_and_systemd_unit_run_dispatch(
    run_algorithm, store_location, emulator, tmp_path
):
    phones, _parameters = recovery.throttled_first_run(
        run_algorithm, emulator, store_location, tmp_path, "skebby", 20
    )
    home = tmp_path / "home"
    (home / ".config" / "outage").mkdir(parents=True)
    env = qgis_process_env(tmp_path, with_settings=True)
    (home / ".config" / "outage" / "master").write_text(
        Path(env.pop("QGIS_AUTH_PASSWORD_FILE")).read_text(encoding="utf-8"), encoding="utf-8"
    )
    env["HOME"] = str(home)
    cron, environment, exec_start = documented_commands()

    subprocess.run(["bash", "-c", cron], env=env, check=True, timeout=300)
    assert set(emulator.state.accepted.values()) == {1} and len(emulator.state.accepted) == 20
    assert "20 sent" in (home / "outage-dispatch.log").read_text(encoding="utf-8")

    emulator.set_status(phones[0], "ERROR")  # the others reach DLVRD on this second read
    unit_env = {**env, **{k: v.replace("%h", str(home)) for k, v in environment.items()}}
    exec_start[0] = os.path.basename(exec_start[0])  # the binary on this machine's PATH
    done = subprocess.run(exec_start, env=unit_env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    figures, _states = delivery(store_location)
    assert [(f.delivered, f.failed) for f in figures.values()] == [(19, 1)]


def test_dispatch_with_refused_credentials_sends_nothing_and_keeps_the_messages(
    run_algorithm, store_location, emulator, tmp_path
):
    phones, _parameters = recovery.throttled_first_run(
        run_algorithm, emulator, store_location, tmp_path, "skebby", 10
    )
    emulator.credentials["skebby"] = ("utility", "changed-at-the-provider")
    results = run_algorithm("outage:dispatch", {"MINUTES": 1, "OUTPUT": str(tmp_path / "d.json")})
    assert emulator.total_accepted() == 0
    assert (results["SENT"], results["WAITING"]) == (0, len(phones)), "kept to send later"
    summary = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    assert "login refused" in summary["error"]
