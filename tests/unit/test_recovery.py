"""notify.recovery: dead claimants found by process, transient failures revived,
doubt asked about again when the provider said when (issue 13)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

from opened import close_later
from water_outage_notifier.common.vocabulary import ACCEPTED, FAILED, PENDING, UNCERTAIN
from water_outage_notifier.devtools.gateway_emulator import SERVER_ERROR, THROTTLED
from water_outage_notifier.notify.backoff import RetryPolicy
from water_outage_notifier.notify.dispatcher import Dispatcher, running
from water_outage_notifier.notify.recovery import claimant_is_dead, prepare, recover
from water_outage_notifier.sms_gateway import reasons
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import create_provider
from water_outage_notifier.store.db import Database
from water_outage_notifier.store.outbox import Outbox, Settlement

HOST = socket.gethostname()
QUICK = RetryPolicy(max_tries=2, base_delay=0.01, max_delay=0.02, patience=30.0)


def dispatcher(tmp_path, emulator, provider="skebby", **options):
    user, password = emulator.credentials[provider]
    profile = GatewayProfile(
        "t", provider, emulator.url, "AcquaImola", rate=1000.0, options=options
    )
    sender = close_later(create_provider(profile, Credentials(user, password)))
    database = close_later(Database(str(tmp_path / "outbox.sqlite")))
    return Dispatcher(Outbox(database), sender, retry=QUICK)


def gone_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_only_a_local_process_that_is_gone_is_a_dead_claimant():
    assert claimant_is_dead(f"{HOST}:{gone_pid()}:7f/0")
    with running(f"{HOST}:{os.getpid()}:7f/0"):
        assert not claimant_is_dead(f"{HOST}:{os.getpid()}:7f/0"), "a sender of ours at work"
    assert claimant_is_dead(f"{HOST}:{os.getpid()}:7f/0"), "ours, but its run has ended"
    assert not claimant_is_dead(f"{HOST}:1:7f/0"), "init is alive"
    assert not claimant_is_dead(f"another-host:{gone_pid()}:7f/0"), "waits for its lease"
    assert not claimant_is_dead("garbage")


def test_a_dead_process_claim_is_taken_back_though_its_lease_runs(tmp_path, emulator):
    disp = dispatcher(tmp_path, emulator)
    outbox = disp.outbox
    outbox.enqueue("INT-1", "start", "Acqua sospesa INT-1", ["+393470000001", "+393470000002"])
    dead = f"{HOST}:{gone_pid()}:7f/0"
    claimed = outbox.claim(dead, 1, lease_seconds=3600)
    live = outbox.claim(f"{HOST}:{os.getpid()}:7f/0", 1, lease_seconds=3600)
    with running(f"{HOST}:{os.getpid()}:7f/0"):
        prepared = prepare(disp)
    assert prepared.taken_back == 1
    states = {m.id: m.state for m in outbox.messages()}
    assert states[claimed[0].id] == PENDING, "the order never reached Skebby: due again"
    assert states[live[0].id] == "SUBMITTING", "a live sender's claim is left alone"


def test_transient_failures_are_revived_and_permanent_ones_stay(tmp_path, emulator):
    disp = dispatcher(tmp_path, emulator)
    outbox = disp.outbox
    outbox.enqueue("INT-1", "start", "Acqua sospesa INT-1", ["+393470000001", "+393470000002"])
    rows = outbox.claim("w", 1, 60) + outbox.claim("w", 1, 60)
    throttled, refused = (r.id for r in rows)
    outbox.settle(
        [
            Settlement(throttled, FAILED, code=reasons.THROTTLED),
            Settlement(refused, FAILED, code=reasons.INVALID_NUMBER),
        ]
    )
    prepared, summary = recover(disp, "INT-1")
    assert prepared.revived == 1
    states = {m.id: (m.state, m.code) for m in outbox.messages()}
    assert states[throttled][0] == ACCEPTED
    assert states[refused] == (FAILED, reasons.INVALID_NUMBER)
    assert emulator.total_accepted() == 1


def test_a_run_keeps_retrying_throttling_past_max_tries_until_its_deadline(tmp_path, emulator):
    disp = dispatcher(tmp_path, emulator)
    disp.queue("INT-1", "start", "Acqua sospesa INT-1", ["+393470000001"])
    emulator.add_fault("skebby_send", THROTTLED, times=QUICK.max_tries + 3)
    _prepared, summary = recover(disp, "INT-1")
    assert summary.counts[ACCEPTED] == 1 and summary.counts[FAILED] == 0


def test_twilio_doubt_is_asked_again_once_the_list_has_settled(tmp_path, emulator):
    disp = dispatcher(tmp_path, emulator, "twilio", list_settle_seconds=0.5)
    disp.queue("INT-1", "start", "Acqua sospesa INT-1", ["+393470000001", "+393470000002"])
    emulator.add_fault("twilio_send", SERVER_ERROR)  # never recorded: found absent, sent again
    _prepared, summary = recover(disp, "INT-1")
    assert summary.counts[ACCEPTED] == 2 and summary.counts[UNCERTAIN] == 0
    assert emulator.total_accepted() == 2


class WatchedProgress:
    """A progress that records what the run says while it waits for a retry."""

    def __init__(self):
        self.waits: list[tuple] = []

    def set_progress(self, percent: float) -> None:
        pass

    def is_canceled(self) -> bool:
        return False

    def set_waiting(self, until: float, deadline) -> None:
        self.waits.append((until, deadline))


def test_a_run_waiting_for_a_retry_says_until_when(tmp_path, emulator):
    """Seen in QGIS with the gateway down: the notify dialog sat at 0 % for the run's
    whole patience (10 min) without a word. The run now says when it tries again,
    and until when it keeps trying, each time that changes."""
    disp = dispatcher(tmp_path, emulator)
    # retries 0.5-1 s apart: a wait however loaded the machine (QUICK's are over at once)
    disp.retry = RetryPolicy(max_tries=2, base_delay=1.0, max_delay=1.0, patience=30.0)
    disp.queue("INT-1", "start", "Acqua sospesa INT-1", ["+393470000001"])
    emulator.add_fault("skebby_send", SERVER_ERROR, times=2)
    watched = WatchedProgress()
    _prepared, summary = recover(disp, "INT-1", watched)
    assert summary.counts[ACCEPTED] == 1
    assert watched.waits, "the run waited without a word"
    assert all(deadline is not None and until <= deadline for until, deadline in watched.waits)
    assert len(set(watched.waits)) == len(watched.waits), "a wait is said once"
