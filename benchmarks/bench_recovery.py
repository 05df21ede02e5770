"""Recovering 20,000 recipients after a crash (issue 13: under 30 s for the
Skebby shape, under 2 min for Twilio at its default rate).

A sending process (the outbox, the dispatcher, the provider, the local
gateway emulator) sends one 20,000-recipient notice and is killed with
SIGKILL a third of the way through, while requests hang at the gateway:
some were taken (their answer never came), some never were. Then the
public resume runs in this process, as ``outage:notify`` with the same
REFERENCE or ``outage:dispatch`` does (``notify.recovery.recover``): the
dead process's claims are taken back, the doubt is settled with the
provider (Skebby by order, Twilio in its message list), and the rest is
sent. Timed from the start of the resume:

* **recovered**: the claims taken back, the doubt asked about, the
  transient failures due again (``prepare``);
* **all sent**: every recipient accepted, each exactly once (counted at the
  emulator). For Twilio this includes waiting for its message list to
  settle (``list_settle_seconds``, default 120 s from the attempt) before
  an absent message counts as never sent.

Profiles: Skebby in orders of 1,000, two at a time; Twilio with its
defaults (list settling 120 s, 8 list look-ups in parallel) and 8 sends in
parallel. The sending rate is left unbounded so that the figure is the
recovery's, not the contract's (at a contracted rate, the remainder takes
remainder / rate seconds more). The emulator answers at once (no network
latency).
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
from water_outage_notifier.devtools.gateway_emulator import Fault, GatewayEmulator, read_timeout
from water_outage_notifier.notify.dispatcher import Dispatcher
from water_outage_notifier.notify.recovery import prepare, send_due
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import create_provider
from water_outage_notifier.store.backend import open_database
from water_outage_notifier.store.outbox import Outbox

N = 20_000
REFERENCE = "INT-2026-0001"
TEXT = f"Hera: giovedi 12/06 dalle 8:30 alle 13:00 acqua sospesa in via Emilia. Rif. {REFERENCE}"
PHONES = [f"+39349{n:07d}" for n in range(N)]
SHAPES = {  # profile settings; how many requests hang at the kill (half taken)
    "skebby": (dict(rate=1_000_000.0, max_batch=1000, concurrency=2), 2),
    "twilio": (dict(rate=1_000_000.0, concurrency=8), 8),
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
dispatcher = Dispatcher(Outbox(open_database({db!r})), provider)
dispatcher.send_intervention({reference!r}, "start", {text!r}, {phones!r})
"""


def crash(folder: str, emu: GatewayEmulator, shape: str) -> tuple[str, dict]:
    """Run the sender until a third is taken, make requests hang, kill it."""
    settings, hanging = SHAPES[shape]
    profile = dict(name="bench", provider=shape, base_url=emu.url, sender="HeraAcqua", **settings)
    db = os.path.join(folder, f"{shape}.sqlite")
    script = Path(folder) / f"{shape}_child.py"
    script.write_text(
        CHILD.format(
            here=str(Path(__file__).resolve().parent),
            profile=profile,
            credentials=emu.credentials[shape],
            db=db,
            reference=REFERENCE,
            text=TEXT,
            phones=PHONES,
        )
    )
    child = subprocess.Popen([sys.executable, str(script)])
    try:
        while emu.total_accepted() < N // 3:
            if child.poll() is not None:
                raise RuntimeError("the sender finished before the crash")
            time.sleep(0.001)
        for n in range(hanging):  # half taken with the answer lost, half never taken
            emu.add_fault(f"{shape}_send", read_timeout(600) if n % 2 else Fault(hang=600))
        while emu.state.faults[f"{shape}_send"]:
            time.sleep(0.001)
        time.sleep(0.2)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    return db, profile


def resume(db: str, profile: dict, emu: GatewayEmulator, shape: str) -> tuple:
    """The public resume, timed; returns the figures of one row."""
    at_kill = emu.total_accepted()
    database = open_database(db)
    sender = create_provider(GatewayProfile(**profile), Credentials(*emu.credentials[shape]))
    try:
        outbox = Outbox(database)
        dispatcher = Dispatcher(outbox, sender)
        started = time.perf_counter()
        prepared = prepare(dispatcher)
        recovered = time.perf_counter() - started
        summary = send_due(dispatcher)
        while summary.counts[ACCEPTED] < N and not summary.error:  # doubt still settling
            summary = send_due(dispatcher)
        total = time.perf_counter() - started
    finally:
        sender.close()
        database.close()
    twice = sum(1 for count in emu.state.accepted.values() if count > 1)
    return at_kill, prepared.taken_back, recovered, total, emu.total_accepted(), twice


def main() -> None:
    logging.basicConfig(level=logging.ERROR)
    print(
        f"{'shape (20,000 recipients)':28} {'taken at kill':>13} {'claims back':>11} "
        f"{'recovered s':>11} {'all sent s':>10} {'accepted':>9} {'twice':>6}"
    )
    with tempfile.TemporaryDirectory() as folder:
        for shape in SHAPES:
            with GatewayEmulator() as emu:
                db, profile = crash(folder, emu, shape)
                at_kill, taken, recovered, total, accepted, twice = resume(db, profile, emu, shape)
            print(
                f"{shape:28} {at_kill:>13,} {taken:>11,} {recovered:>11.1f} {total:>10.1f} "
                f"{accepted:>9,} {twice:>6}"
            )


if __name__ == "__main__":
    main()
