"""``outage:dispatch`` sends a scheduled notice once it is due, exactly once (issue 18).

Two ``qgis_process.bin`` dispatchers start together on the same outbox (the
cron line of two machines, or cron and a QGIS left open): the outbox's
claims give each message to one of them only.
"""

from __future__ import annotations

import json
import subprocess
import time

import test_processing_recovery as recovery
from qgis_process_support import command, qgis_process_env
from water_outage_notifier.store.backend import open_database
from water_outage_notifier.store.outbox import Outbox

REFERENCE = "INT-2026-0042"


def test_two_dispatchers_at_once_send_a_due_scheduled_notice_exactly_once(
    store_location, emulator, tmp_path
):
    phones = recovery.numbers(300)
    recovery.gateway(emulator, store_location, "skebby", max_batch=10, rate=1000.0)
    emulator.latency = 0.05  # each request takes a while: the two runs overlap
    database = open_database(store_location)
    try:
        outbox = Outbox(database)
        text = f"Acqua Imola: acqua sospesa domani, rif. {REFERENCE}"
        outbox.enqueue(
            REFERENCE, "planned_interruption", text, phones, not_before=time.time() + 600
        )
        later = outbox.scheduled()
        outbox.enqueue(
            "INT-2026-0043", "planned_interruption", text, phones[:5], not_before=time.time() - 1
        )
    finally:
        database.close()
    assert later[(REFERENCE, "planned_interruption")][1] == 300
    env = qgis_process_env(tmp_path, with_settings=True)

    def dispatch_twice() -> list:
        children = [
            subprocess.Popen(
                command("outage:dispatch", {"MINUTES": 1, "REPORTS": "false"}),
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            for _ in range(2)
        ]
        answers = [child.communicate(timeout=300)[0] for child in children]
        assert [child.returncode for child in children] == [0, 0], answers
        return [json.loads(answer)["results"] for answer in answers]

    dispatch_twice()
    assert emulator.total_accepted() == 5, "only what is due goes; the notice waits"

    database = open_database(store_location)
    try:  # the send time comes (the clock moved on): it is due now
        with database.transaction() as conn:
            conn.execute(
                "UPDATE outbox_messages SET next_attempt_at = ? WHERE intervention_id = ?",
                (time.time() - 1, REFERENCE),
            )
    finally:
        database.close()
    results = dispatch_twice()

    assert set(emulator.state.accepted.values()) == {1, 2}
    assert all(emulator.accepted_count(phone) == 1 for phone in phones[5:])
    assert emulator.total_accepted() == 305, "each message once, though two dispatchers ran"
    assert {r["WAITING"] for r in results} == {0}
