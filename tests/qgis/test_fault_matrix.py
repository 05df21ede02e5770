"""Issue 13's fault matrix through ``outage:notify``, Skebby- and Twilio-shaped.

Each fault hits the first run; then one public resume (``outage:notify``
again with the same REFERENCE). Afterwards every recipient was accepted
exactly once (counted at the emulator) and no message is left SUBMITTING,
UNCERTAIN, PENDING or FAILED.

Sizes: 2,000 recipients in orders of 100 (Skebby) and 200 single messages
(Twilio), with quick retries (the profile's ``retry_*`` options) and a short
list settling time, to keep CI quick; ``make bench``
(``benchmarks/bench_recovery.py``) runs the full 20,000 of each shape. The
kill -9 cases: Skebby in ``test_processing_recovery`` (finding 3, SQLite and
PostgreSQL) and Twilio here. SQLite only: the findings' tests run both stores.
"""

from __future__ import annotations

import pytest
import test_processing_recovery as recovery
from qgis_process_support import qgis_process_env
from water_outage_notifier.devtools.gateway_emulator import (
    ACCEPTED_THEN_500,
    SERVER_ERROR,
    THROTTLED,
    Fault,
    read_timeout,
)

QUICK = {"retry_base_delay": 0.01, "retry_max_delay": 0.05}
SHAPES = {
    "skebby": (2000, {"max_batch": 100, "rate": 5000.0, **QUICK}),
    "twilio": (
        200,
        {"rate": 5000.0, "concurrency": 4, "list_settle_seconds": 0.5, **QUICK},
    ),
}
FAULTS = {
    "429_every_second": (2, THROTTLED),
    "500_every_second": (2, SERVER_ERROR),
    "accepted_then_500": (2, ACCEPTED_THEN_500),
    "read_timeouts": (3, read_timeout(0.6)),
}


def setup(run_algorithm, emulator, tmp_path, shape: str, **extra):
    size, options = SHAPES[shape]
    phones = recovery.numbers(size)
    layer = recovery.customers(tmp_path, phones)
    store = str(tmp_path / "history.sqlite")
    recovery.gateway(emulator, store, shape, **{"read_timeout": 0.3, **options, **extra})
    parameters = recovery.notify_parameters(
        recovery.report_of(run_algorithm, layer, tmp_path), layer.source(), tmp_path / "n.json"
    )
    return phones, store, parameters


def resume_and_check(run_algorithm, emulator, phones, store, parameters, tmp_path):
    """The public resume, then exactly once and nothing left in between."""
    taken = emulator.total_accepted()
    summary = recovery.notify_again(
        run_algorithm, parameters, recovery.outbox_reference(store), tmp_path / "again.json"
    )
    recovery.assert_each_accepted_once(emulator, phones, recovery.outbox_counts(store))
    assert summary["already_sent"] == taken, "what the gateway had taken, no more"


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("shape", SHAPES)
def test_a_faulty_gateway_then_one_resume_sends_each_number_once(
    run_algorithm, emulator, tmp_path, shape, fault
):
    phones, store, parameters = setup(run_algorithm, emulator, tmp_path, shape)
    every, planned = FAULTS[fault]
    emulator.fail_every(f"{shape}_send", every, planned)
    run_algorithm("outage:notify", parameters)
    emulator.fail_every(f"{shape}_send", every, None)
    resume_and_check(run_algorithm, emulator, phones, store, parameters, tmp_path)


def test_twilio_kill_9_mid_batch_then_one_resume(run_algorithm, emulator, tmp_path):
    phones, store, parameters = setup(
        run_algorithm, emulator, tmp_path, "twilio", rate=200.0, read_timeout=60.0
    )
    env = qgis_process_env(tmp_path, with_settings=True)
    hangs = [read_timeout(120), Fault(hang=120)]  # one taken with its answer lost, one never
    recovery.kill_mid_batch(env, parameters, emulator, "twilio", 60, hangs)
    assert emulator.total_accepted() < len(phones)
    resume_and_check(run_algorithm, emulator, phones, store, parameters, tmp_path)
