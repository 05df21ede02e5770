"""Issue 13, findings 3 to 5, through Processing: a run killed mid-batch, transient
faults and answers lost at the gateway are finished by ``outage:notify`` with
the same REFERENCE, each number accepted exactly once (counted at the emulator).

The killed run is a real ``qgis_process.bin`` subprocess sent SIGKILL while
its request hangs at the emulator: its claim is then in the outbox, its
process gone and its lease still running.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from auth_support import unlock_auth
from gpkg_layers import text_points
from qgis.PyQt.QtCore import QDateTime
from qgis_process_support import command, qgis_process_env
from water_outage_notifier.common.vocabulary import ACCEPTED, OUTBOX_STATES
from water_outage_notifier.devtools.gateway_emulator import (
    ACCEPTED_THEN_500,
    SERVER_ERROR,
    Fault,
    read_timeout,
)
from water_outage_notifier.gis.settings_store import PluginSettings, create_gateway_profile
from water_outage_notifier.store.backend import open_database
from water_outage_notifier.store.outbox import Outbox

START = (datetime.now() + timedelta(days=3)).replace(hour=8, minute=30, second=0, microsecond=0)


def numbers(count: int) -> list:
    return [f"+39347{n:07d}" for n in range(count)]


def customers(tmp_path: Path, phones: list):
    rows = [(f"C{n}", phone, "Via Emilia", "Imola") for n, phone in enumerate(phones)]
    return text_points(tmp_path / "customers.gpkg", ("code", "mobile", "street", "town"), rows)


def gateway(emulator, store_location: str, provider: str, **options) -> None:
    """A profile of ``provider``'s shape on the emulator, selected, and the store."""
    unlock_auth()
    user, password = emulator.credentials[provider]
    create_gateway_profile(
        "Recovery",
        provider,
        emulator.url,
        "AcquaImola",
        username=user,
        password=password,
        **options,
    )
    settings = PluginSettings.load()
    settings.selected_profile = "Recovery"
    settings.messages.utility_name = "Acqua Imola"
    settings.messages.call_centre_number = "800123456"
    settings.store_location = store_location
    settings.save()


def report_of(run_algorithm, layer, tmp_path: Path) -> str:
    listed = run_algorithm(
        "outage:customers",
        {
            "CUSTOMERS": layer,
            "CUSTOMER_ID_FIELD": "code",
            "PHONE_FIELD": "mobile",
            "ADDRESS_FIELD": "street",
            "MUNICIPALITY_FIELD": "town",
            "MUNICIPALITY": "Imola",
            "OUTPUT_CUSTOMERS": "memory:",
            "OUTPUT_REPORT": str(tmp_path / "customers.json"),
        },
    )
    return listed["OUTPUT_REPORT"]


def notify_parameters(report: str, layer_path: str, output: Path, **extra) -> dict:
    return {
        "REPORT": report,
        "CUSTOMERS": layer_path,
        "CUSTOMER_ID_FIELD": "code",
        "PHONE_FIELD": "mobile",
        "KIND": 0,
        "START": QDateTime(START),
        "END": QDateTime(START + timedelta(hours=4)),
        "OVERRIDE_WINDOW": True,
        "SEND_EMAIL": False,
        "OUTPUT": str(output),
        **extra,
    }


def notify_again(run_algorithm, parameters: dict, reference: str, output: Path) -> dict:
    """``outage:notify`` with the same REFERENCE: its JSON summary."""
    run_algorithm("outage:notify", {**parameters, "REFERENCE": reference, "OUTPUT": str(output)})
    return json.loads(output.read_text(encoding="utf-8"))


def outbox_counts(store_location: str) -> dict:
    database = open_database(store_location)
    try:
        return Outbox(database).counts()
    finally:
        database.close()


def outbox_reference(store_location: str) -> str:
    database = open_database(store_location)
    try:
        (reference,) = {m.intervention_id for m in Outbox(database).messages()}
        return reference
    finally:
        database.close()


def assert_each_accepted_once(emulator, phones: list, counts: dict) -> None:
    """Every number taken exactly once by the gateway, and the outbox says so."""
    assert sorted(emulator.state.accepted) == sorted(phones)
    assert set(emulator.state.accepted.values()) == {1}
    assert counts == {state: (len(phones) if state == ACCEPTED else 0) for state in OUTBOX_STATES}


def wait_for(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.01)


def kill_mid_batch(env: dict, parameters: dict, emulator, shape: str, taken: int, hangs) -> None:
    """``outage:notify`` in ``qgis_process.bin``, killed with SIGKILL once
    ``taken`` numbers are accepted and the requests of ``hangs`` (faults) hang."""
    start = parameters["START"].toPyDateTime()
    shell = {**parameters, "START": start.isoformat()}
    shell["END"] = (start + timedelta(hours=4)).isoformat()
    child = subprocess.Popen(
        command("outage:notify", shell),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(lambda: emulator.total_accepted() >= taken, 120, "the first run sent nothing")
        for fault in hangs:
            emulator.add_fault(f"{shape}_send", fault)
        wait_for(lambda: not emulator.state.faults[f"{shape}_send"], 30, "no request hung")
        time.sleep(0.3)  # a hanging message taken before its answer is recorded
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()


def throttled_first_run(run_algorithm, emulator, store_location, tmp_path, shape, count):
    """``outage:notify`` while the gateway says "come back in an hour" (nothing
    taken), then the gateway is fine again; returns (phones, parameters)."""
    phones = numbers(count)
    layer = customers(tmp_path, phones)
    gateway(emulator, store_location, shape, rate=1000.0)
    emulator.fail_every(f"{shape}_send", 1, Fault(status=429, retry_after="3600"))
    parameters = notify_parameters(
        report_of(run_algorithm, layer, tmp_path), layer.source(), tmp_path / "first.json"
    )
    run_algorithm("outage:notify", parameters)
    assert emulator.total_accepted() == 0
    emulator.fail_every(f"{shape}_send", 1, None)
    return phones, parameters


@pytest.mark.parametrize("answered", [False, True], ids=["order_lost", "answer_lost"])
def test_finding_3_a_run_killed_mid_batch_is_finished_by_notify_with_the_same_reference(
    run_algorithm, store_location, emulator, tmp_path, answered
):
    """The killed run's last order hangs at the gateway: never recorded
    (``order_lost``: it must be sent) or recorded with its answer lost
    (``answer_lost``: it must not be sent again)."""
    phones = numbers(1500)
    layer = customers(tmp_path, phones)
    gateway(emulator, store_location, "skebby", max_batch=100, rate=600.0, read_timeout=60.0)
    parameters = notify_parameters(
        report_of(run_algorithm, layer, tmp_path), layer.source(), tmp_path / "first.json"
    )
    env = qgis_process_env(tmp_path, with_settings=True)
    hang = read_timeout(120) if answered else Fault(hang=120)
    kill_mid_batch(env, parameters, emulator, "skebby", 500, [hang])
    killed_at = emulator.total_accepted()
    assert killed_at < len(phones)
    assert outbox_counts(store_location)["SUBMITTING"] == 100  # the dead run's claim

    summary = notify_again(
        run_algorithm, parameters, outbox_reference(store_location), tmp_path / "again.json"
    )
    assert_each_accepted_once(emulator, phones, outbox_counts(store_location))
    assert summary["already_sent"] == killed_at  # the answered order counts, once
    assert summary["counts"]["ACCEPTED"] == len(phones)


def test_finding_4_throttling_never_ends_in_failed_numbers(
    run_algorithm, store_location, emulator, tmp_path
):
    """Five 429s in a row used to give the numbers up as FAILED, and the next
    run counted them as already sent: now they are tried until the gateway takes them."""
    phones = numbers(40)
    layer = customers(tmp_path, phones)
    gateway(emulator, store_location, "skebby", rate=1000.0)
    emulator.add_fault("skebby_send", Fault(status=429, retry_after="0"), times=6)
    parameters = notify_parameters(
        report_of(run_algorithm, layer, tmp_path), layer.source(), tmp_path / "first.json"
    )
    run_algorithm("outage:notify", parameters)
    summary = notify_again(
        run_algorithm, parameters, outbox_reference(store_location), tmp_path / "again.json"
    )
    assert_each_accepted_once(emulator, phones, outbox_counts(store_location))
    assert summary["counts"]["FAILED"] == 0


def test_finding_4_numbers_left_failed_by_a_throttled_run_go_with_the_next(
    run_algorithm, store_location, emulator, tmp_path
):
    """A gateway that says "come back in an hour" leaves the numbers FAILED
    (throttled, not counted as sent); the next run sends them."""
    phones, parameters = throttled_first_run(
        run_algorithm, emulator, store_location, tmp_path, "skebby", 40
    )
    first = json.loads((tmp_path / "first.json").read_text(encoding="utf-8"))
    assert first["counts"]["FAILED"] == len(phones)

    summary = notify_again(run_algorithm, parameters, first["reference"], tmp_path / "again.json")
    assert_each_accepted_once(emulator, phones, outbox_counts(store_location))
    assert summary["already_sent"] == 0


def test_finding_5_doubt_at_twilio_is_settled_from_its_message_list(
    run_algorithm, store_location, emulator, tmp_path
):
    """500s (some after accepting) and read timeouts: the message list tells
    which were taken; nothing stays UNCERTAIN and nobody gets two SMS."""
    phones = numbers(30)
    layer = customers(tmp_path, phones)
    gateway(
        emulator,
        store_location,
        "twilio",
        rate=1000.0,
        concurrency=2,
        read_timeout=0.5,
        list_settle_seconds=3.0,
    )
    emulator.add_fault("twilio_send", ACCEPTED_THEN_500, times=3)
    emulator.add_fault("twilio_send", SERVER_ERROR, times=3)
    emulator.add_fault("twilio_send", read_timeout(1.5), times=2)
    emulator.add_fault("twilio_send", Fault(hang=1.5), times=2)  # taken after the client gave up
    parameters = notify_parameters(
        report_of(run_algorithm, layer, tmp_path), layer.source(), tmp_path / "first.json"
    )
    run_algorithm("outage:notify", parameters)
    first = json.loads((tmp_path / "first.json").read_text(encoding="utf-8"))
    assert_each_accepted_once(emulator, phones, outbox_counts(store_location))
    assert first["counts"]["UNCERTAIN"] == 0 and first["needs_operator"] == 0
