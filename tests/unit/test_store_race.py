"""Two senders on one store, as two operators' QGIS on one team database.

Real processes, a real store (SQLite file or PostgreSQL schema) and the real
local gateway emulator speaking the Skebby bulk API: two processes racing to
send one intervention produce one set of messages, and a sender killed with
``kill -9`` while holding claims leaves them to another once its lease ends.
"""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from opened import close_later
from water_outage_notifier.common.vocabulary import ACCEPTED, PENDING, SUBMITTING, UNCERTAIN
from water_outage_notifier.devtools.gateway_emulator import Fault, GatewayEmulator
from water_outage_notifier.notify.dispatcher import Dispatcher
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import create_provider
from water_outage_notifier.store.outbox import Outbox

TESTS = Path(__file__).resolve().parents[1]
TEXT = "Acqua sospesa il 3/3 dalle 8:30 alle 12:00 per lavori. HeraAcqua"
# One sender: waits for "go" on stdin, sends, prints how many messages it submitted.
SENDER = """
import json, sys
sys.path.insert(0, {tests!r})
import conftest  # registers the checkout as water_outage_notifier
from water_outage_notifier.notify.dispatcher import Dispatcher
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import create_provider
from water_outage_notifier.store.backend import open_database
from water_outage_notifier.store.outbox import Outbox

job = json.loads(sys.argv[1])
provider = create_provider(GatewayProfile(**job["profile"]), Credentials(*job["credentials"]))
submitted = []
submit = provider.submit
provider.submit = lambda ref, messages: submitted.append(len(messages)) or submit(ref, messages)
outbox = Outbox(open_database(job["spec"], schema=job["schema"]))
dispatcher = Dispatcher(outbox, provider, lease_seconds=job["lease"])
print("ready", flush=True)
sys.stdin.readline()
dispatcher.send_intervention("INT-2026-0042", "planned_interruption", job["text"], job["phones"])
print(sum(submitted), flush=True)
"""


def phones(count):
    return [f"+39347{n:07d}" for n in range(count)]


def start_sender(tmp_path, backend, emu, recipients, lease=120.0, **profile):
    script = tmp_path / "sender.py"
    script.write_text(SENDER.format(tests=str(TESTS)))
    spec, schema = backend.spec("team")
    job = {
        "profile": dict(
            name="race", provider="skebby", base_url=emu.url, sender="HeraAcqua", **profile
        ),
        "credentials": list(emu.credentials["skebby"]),
        "spec": spec,
        "schema": schema,
        "lease": lease,
        "text": TEXT,
        "phones": recipients,
    }
    child = subprocess.Popen(
        [sys.executable, str(script), json.dumps(job)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout.readline().strip() == "ready"
    return child


def test_two_processes_racing_on_one_intervention_send_each_number_once(tmp_path, backend):
    recipients = phones(5000)
    with GatewayEmulator() as emu:
        senders = [
            start_sender(tmp_path, backend, emu, recipients, rate=4000.0, max_batch=100)
            for _ in range(2)
        ]
        for child in senders:
            child.stdin.write("go\n")
            child.stdin.flush()
        submitted = [int(child.communicate(timeout=240)[0].strip()) for child in senders]
        assert [child.returncode for child in senders] == [0, 0]
        assert emu.total_accepted() == 5000
        assert set(emu.state.accepted) == set(recipients)
        assert max(emu.state.accepted.values()) == 1  # nobody got it twice
    assert sum(submitted) == 5000 and min(submitted) > 0, f"both must take part: {submitted}"
    counts = Outbox(backend.open("team")).counts("INT-2026-0042")
    assert counts[ACCEPTED] == 5000 and sum(counts.values()) == 5000


def test_a_killed_sender_s_claims_are_finished_by_another_after_its_lease(tmp_path, backend):
    recipients = phones(60)
    with GatewayEmulator() as emu:
        # The first order is accepted, then its answer never comes: the sender
        # is killed while it holds those claims.
        emu.add_fault("skebby_send", Fault(record_first=True, hang=60.0))
        child = start_sender(
            tmp_path, backend, emu, recipients, lease=30.0, max_batch=20, read_timeout=120.0
        )
        child.stdin.write("go\n")
        child.stdin.flush()
        deadline = time.monotonic() + 60
        while emu.total_accepted() < 20:
            assert child.poll() is None and time.monotonic() < deadline, "the sender stalled"
            time.sleep(0.01)
        os.kill(child.pid, signal.SIGKILL)
        child.communicate()  # waits, and closes its pipes

        store = backend.open("team")
        held = Outbox(store).counts()
        assert (held[SUBMITTING], held[PENDING]) == (20, 40)
        profile = GatewayProfile("second", "skebby", emu.url, "HeraAcqua", rate=1000.0)
        provider = close_later(create_provider(profile, Credentials(*emu.credentials["skebby"])))
        # Within the lease the claims belong to a sender that may be alive.
        assert Outbox(store).expire_leases() == 0
        later = Outbox(store, clock=lambda: time.time() + 31.0)
        summary = Dispatcher(later, provider, clock=later.clock).resume()
        assert summary.counts[ACCEPTED] == 60
        assert summary.counts[UNCERTAIN] == summary.counts[SUBMITTING] == 0
        assert emu.total_accepted() == 60 and max(emu.state.accepted.values()) == 1
        # The order whose answer was lost was looked up, not sent again; the
        # 40 never claimed went in one more order.
        assert emu.request_count("skebby_status") >= 1 and emu.request_count("skebby_send") == 2
