"""Recovering messages left in doubt by a crash: how fast the provider's
records settle them (issue 13: "recover 20,000 after a crash", targets under
30 s for the Skebby shape, under 2 min for Twilio).

A sending process claims every message (SUBMITTING) and dies; before dying
it had sent every other chunk, so half the messages are at the provider and
half are not. ``Dispatcher.reconcile`` (after ``expire_leases``) then asks
the provider: Skebby by ``order_id`` (one request per 1,000), Twilio through
its message list (one request per number, 8 in parallel). Measured against
the local emulator, then again with 150 ms added to every answer, as a
stand-in for a real network. Resending the never-sent half is not timed: it
goes at the profile's sending rate like any send.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time

import _pkg  # noqa: F401 - registers the checkout as water_outage_notifier
from water_outage_notifier.common.vocabulary import ACCEPTED, PENDING, UNCERTAIN
from water_outage_notifier.devtools.gateway_emulator import GatewayEmulator
from water_outage_notifier.notify.dispatcher import Dispatcher
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import OutgoingMessage, create_provider
from water_outage_notifier.store.db import Database
from water_outage_notifier.store.outbox import Outbox

REFERENCE = "INT-2026-0001"
TEXT = f"Hera: giovedi 12/06 dalle 8:30 alle 13:00 acqua sospesa in via Emilia. Rif. {REFERENCE}"
CASES = [  # label, provider, messages, per request, added latency (s)
    ("Skebby, 1000/order", "skebby", 20_000, 1000, 0.0),
    ("Skebby, 1000/order, +150 ms", "skebby", 20_000, 1000, 0.15),
    ("Twilio, list per number", "twilio", 2_000, 1, 0.0),
    ("Twilio, list per number, +150 ms", "twilio", 2_000, 1, 0.15),
]


def left_in_doubt(folder, provider, count, per_request, latency):
    """Returns (settled, accepted, pending, still uncertain, requests, sent twice, seconds)."""
    with GatewayEmulator(latency=latency) as emu:
        profile = GatewayProfile(
            "bench",
            provider,
            emu.url,
            "HeraAcqua",
            rate=100_000.0,
            max_batch=per_request,
            options={"list_settle_seconds": 0} if provider == "twilio" else {},
        )
        sender = create_provider(profile, Credentials(*emu.credentials[provider]))
        outbox = Outbox(Database(os.path.join(folder, f"{provider}-{count}-{latency}.sqlite")))
        phones = [f"+39349{n:07d}" for n in range(count)]
        outbox.enqueue(REFERENCE, "start", TEXT, phones)
        chunk = 0
        while rows := outbox.claim("crashed", per_request, lease_seconds=600):
            if chunk % 2 == 0:  # sent before the crash; the others never left
                outgoing = [OutgoingMessage(r.ref, r.phone, r.text) for r in rows]
                sender.submit(rows[0].chunk_ref, outgoing)
            chunk += 1
        outbox.expire_leases(assume_dead=True)
        before = sum(emu.state.requests.values())
        started = time.perf_counter()
        settled = Dispatcher(outbox, sender).reconcile()
        elapsed = time.perf_counter() - started
        counts = outbox.counts()
        asked = sum(emu.state.requests.values()) - before
        twice = sum(1 for n in emu.state.accepted.values() if n > 1)
        return settled, counts[ACCEPTED], counts[PENDING], counts[UNCERTAIN], asked, twice, elapsed


def main() -> None:
    logging.basicConfig(level=logging.ERROR)
    print(
        f"{'case':34} {'in doubt':>9} {'settled':>8} {'accepted':>9} {'pending':>8} "
        f"{'held':>5} {'requests':>9} {'twice':>6} {'seconds':>8} {'per s':>7}"
    )
    with tempfile.TemporaryDirectory() as folder:
        for label, provider, count, per_request, latency in CASES:
            settled, accepted, pending, held, asked, twice, seconds = left_in_doubt(
                folder, provider, count, per_request, latency
            )
            print(
                f"{label:34} {count:>9,} {settled:>8,} {accepted:>9,} {pending:>8,} "
                f"{held:>5,} {asked:>9,} {twice:>6} {seconds:>8.2f} {count / seconds:>7,.0f}"
            )


if __name__ == "__main__":
    main()
