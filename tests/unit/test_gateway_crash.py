"""Crash safety with a real ``kill -9``: a subprocess sends a batch through
the local emulator, is killed mid-way, and a new run resumes from the outbox.
Nothing may be lost and no number may receive the SMS twice."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from opened import close_later
from water_outage_notifier.common.vocabulary import (
    ACCEPTED,
    CALL,
    PENDING,
    SUBMITTING,
    UNCERTAIN,
)
from water_outage_notifier.devtools.gateway_emulator import GatewayEmulator
from water_outage_notifier.notify.dispatcher import Dispatcher
from water_outage_notifier.notify.recovery import recover
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import create_provider
from water_outage_notifier.store.db import Database
from water_outage_notifier.store.outbox import Outbox

TESTS = Path(__file__).resolve().parents[1]
SENDER = """
import sys
sys.path.insert(0, {tests!r})
import conftest  # registers the checkout as water_outage_notifier
from water_outage_notifier.notify.dispatcher import Dispatcher
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import create_provider
from water_outage_notifier.store.db import Database
from water_outage_notifier.store.outbox import Outbox

profile = GatewayProfile(**{profile!r})
provider = create_provider(profile, Credentials({user!r}, {password!r}))
dispatcher = Dispatcher(Outbox(Database({db!r})), provider)
dispatcher.send_intervention(1, "start", "Acqua sospesa", {phones!r})
"""
CASES = {
    "skebby": dict(max_batch=20, rate=400.0, concurrency=1),
    "twilio": dict(rate=300.0, concurrency=4),
    # calls: doubt settled from the call list once it has settled (1 s here)
    "twilio_voice": dict(rate=300.0, concurrency=4, options={"list_settle_seconds": 1}),
}


def run_and_kill(tmp_path, emu, provider, phones):
    user, password = emu.credentials[provider.removesuffix("_voice")]
    profile = dict(name="crash", provider=provider, base_url=emu.url, sender="HeraAcqua")
    profile.update(CASES[provider])
    db = str(tmp_path / "outbox.sqlite")
    script = tmp_path / "sender.py"
    script.write_text(
        SENDER.format(
            tests=str(TESTS), profile=profile, user=user, password=password, db=db, phones=phones
        )
    )
    child = subprocess.Popen([sys.executable, str(script)])
    deadline = time.monotonic() + 20
    while emu.total_accepted() < len(phones) // 3 and child.poll() is None:
        assert time.monotonic() < deadline, "the sender made no progress"
        time.sleep(0.005)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    return db, profile, Credentials(user, password)


@pytest.mark.parametrize("provider", ["skebby", "twilio"])
def test_kill_9_mid_batch_then_resume_sends_each_number_at_most_once(tmp_path, provider):
    phones = [f"+39348{n:07d}" for n in range(300)]
    with GatewayEmulator() as emu:
        db, profile, credentials = run_and_kill(tmp_path, emu, provider, phones)
        killed_at = emu.total_accepted()
        outbox = Outbox(Database(db))
        before = outbox.counts()
        assert before[PENDING] > 0, "the sender finished before it was killed"
        assert killed_at < len(phones)
        provider = close_later(create_provider(GatewayProfile(**profile), credentials))
        dispatcher = Dispatcher(outbox, provider)
        summary = dispatcher.resume(assume_dead=True)
        assert summary.counts[SUBMITTING] == summary.counts[PENDING] == 0
        assert max(emu.state.accepted.values()) == 1  # nobody got it twice
        accepted = {m.phone for m in outbox.messages(ACCEPTED)}
        assert all(emu.accepted_count(phone) == 1 for phone in accepted)
        if provider == "skebby":  # client reference: everything reconciled or sent
            assert summary.counts[ACCEPTED] == len(phones) == emu.total_accepted()
        else:  # no reference: the few in flight wait for the operator
            assert summary.counts[ACCEPTED] + summary.counts[UNCERTAIN] == len(phones)
            assert summary.counts[UNCERTAIN] <= CASES["twilio"]["concurrency"]


def test_kill_9_mid_calls_then_resume_calls_every_landline_exactly_once(tmp_path):
    """Calls (issue 23), as for SMS: a sender placing calls is killed; the
    next run finds in Twilio's call list the calls the dead one placed,
    places the others, and no landline is called twice."""
    phones = [f"+39054{n:07d}" for n in range(300)]
    with GatewayEmulator() as emu:
        db, profile, credentials = run_and_kill(tmp_path, emu, "twilio_voice", phones)
        outbox = Outbox(Database(db))
        assert outbox.counts(channel=CALL)[PENDING] > 0, "the sender finished before the kill"
        assert len(emu.calls()) < len(phones)
        voice = close_later(create_provider(GatewayProfile(**profile), credentials))
        dispatcher = Dispatcher(outbox, voice)
        recover(dispatcher, deadline=dispatcher.clock() + 15)
        counts = outbox.counts(channel=CALL)
        assert counts[ACCEPTED] == len(phones), counts  # nothing lost, nothing held
        assert sorted(call["to"] for call in emu.calls()) == sorted(phones)  # each once
        sids = {m.provider_id for m in outbox.messages(ACCEPTED)}
        assert sids == {call["sid"] for call in emu.calls()}
