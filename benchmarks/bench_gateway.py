"""Throughput of the SMS path end to end: outbox (SQLite, synchronous=FULL)
+ dispatcher + provider + HTTP, against the local gateway emulator.

Targets from the brief: 20,000 recipients through the Skebby-shaped bulk API
at >= 2,000/s, through the Twilio-shaped single API with concurrency at
>= 300/s, and a run killed with SIGKILL mid-way then resumed with exactly
20,000 accepted.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _pkg  # noqa: F401 - registers the checkout as water_outage_notifier
from water_outage_notifier.common.vocabulary import ACCEPTED
from water_outage_notifier.devtools.gateway_emulator import GatewayEmulator
from water_outage_notifier.notify.dispatcher import Dispatcher
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import create_provider
from water_outage_notifier.store.backend import open_database
from water_outage_notifier.store.outbox import Outbox

N = 20_000
PHONES = [f"+39349{n:07d}" for n in range(N)]
TEXT = "Hera: giovedi 12/06 dalle 8:30 alle 13:00 acqua sospesa in via Emilia per lavori."
SETTINGS = {
    "skebby": dict(rate=100_000.0, max_batch=1000),
    "twilio": dict(rate=100_000.0, concurrency=8),
}
CHILD = """
import sys
sys.path.insert(0, {here!r})
import _pkg
from water_outage_notifier.notify.dispatcher import Dispatcher
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import create_provider
from water_outage_notifier.store.backend import open_database
from water_outage_notifier.store.outbox import Outbox
profile = GatewayProfile(**{profile!r})
provider = create_provider(profile, Credentials(*{credentials!r}))
Dispatcher(Outbox(open_database({db!r})), provider).send_intervention(1, "start", {text!r}, {phones!r})
"""


def profile_for(emu, provider, max_batch=None):
    settings = dict(SETTINGS[provider])
    if max_batch:
        settings["max_batch"] = max_batch
    return dict(name="bench", provider=provider, base_url=emu.url, sender="HeraAcqua", **settings)


def timed_run(folder, provider):
    with GatewayEmulator() as emu:
        profile = profile_for(emu, provider)
        outbox = Outbox(open_database(os.path.join(folder, f"{provider}.sqlite")))
        sender = create_provider(GatewayProfile(**profile), Credentials(*emu.credentials[provider]))
        started = time.perf_counter()
        summary = Dispatcher(outbox, sender).send_intervention(1, "start", TEXT, PHONES)
        elapsed = time.perf_counter() - started
        return summary.counts[ACCEPTED], emu.total_accepted(), elapsed


def killed_run(folder):
    """Skebby shape in chunks of 200, killed after a third, then resumed."""
    with GatewayEmulator() as emu:
        profile = profile_for(emu, "skebby", max_batch=200)
        db = os.path.join(folder, "killed.sqlite")
        script = Path(folder) / "child.py"
        script.write_text(
            CHILD.format(
                here=str(Path(__file__).resolve().parent),
                profile=profile,
                credentials=emu.credentials["skebby"],
                db=db,
                text=TEXT,
                phones=PHONES,
            )
        )
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, str(script)])
        while emu.total_accepted() < N // 3 and child.poll() is None:
            time.sleep(0.001)
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        at_kill = emu.total_accepted()
        outbox = Outbox(open_database(db))
        sender = create_provider(GatewayProfile(**profile), Credentials(*emu.credentials["skebby"]))
        summary = Dispatcher(outbox, sender).resume(assume_dead=True)
        elapsed = time.perf_counter() - started
        twice = sum(1 for count in emu.state.accepted.values() if count > 1)
        return at_kill, summary.counts[ACCEPTED], emu.total_accepted(), twice, elapsed


def main() -> None:
    logging.basicConfig(level=logging.ERROR)
    with tempfile.TemporaryDirectory() as folder:
        rows = []
        for provider, label in (
            ("skebby", "Skebby bulk, 1000/call"),
            ("twilio", "Twilio, 8 threads"),
        ):
            outbox_ok, provider_ok, seconds = timed_run(folder, provider)
            rows.append((label, outbox_ok, provider_ok, seconds, f"{N / seconds:,.0f}/s"))
        at_kill, outbox_ok, provider_ok, twice, seconds = killed_run(folder)
        rows.append(
            (
                f"Skebby kill -9 at {at_kill:,}, resumed",
                outbox_ok,
                provider_ok,
                seconds,
                f"sent twice: {twice}",
            )
        )
    print(
        f"{'case (20,000 recipients)':38} {'outbox ACCEPTED':>15} {'emulator got':>12} "
        f"{'seconds':>8}  figure"
    )
    for label, outbox_ok, provider_ok, seconds, figure in rows:
        print(f"{label:38} {outbox_ok:>15,} {provider_ok:>12,} {seconds:>8.2f}  {figure}")


if __name__ == "__main__":
    main()
