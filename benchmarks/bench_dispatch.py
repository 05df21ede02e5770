"""One ``outage:dispatch`` pass (``notify.dispatch``), timed on a real SQLite outbox.

Targets of issue 18: a pass with 20,000 scheduled messages come due (sent
through the Skebby-shaped bulk API of the local emulator, delivery reports
and replies read in the same pass), and a pass with nothing due, which
must take under 1 s so cron can run it every minute, on an outbox that
already holds a utility's history (200,000 messages, final long ago) and
20,000 just sent still waiting for their delivery report.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time

import _pkg  # noqa: F401 - registers the checkout as water_outage_notifier
from water_outage_notifier.devtools.gateway_emulator import GatewayEmulator
from water_outage_notifier.notify.dispatch import dispatch
from water_outage_notifier.notify.request import Services
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import create_provider
from water_outage_notifier.store.backend import open_database
from water_outage_notifier.store.interventions import InterventionStore
from water_outage_notifier.store.outbox import Outbox

DUE = 20_000
HISTORY = 200_000
TEXT = "Acqua Imola: giovedi 12/06 dalle 8:30 alle 13:00 acqua sospesa in via Emilia."


def services_for(folder: str, emu: GatewayEmulator) -> Services:
    db = open_database(os.path.join(folder, "outbox.sqlite"))
    profile = GatewayProfile("bench", "skebby", emu.url, "AcquaImola", rate=100_000.0)
    provider = create_provider(profile, Credentials(*emu.credentials["skebby"]))
    return Services(Outbox(db), InterventionStore(db), provider)


def old_history(outbox: Outbox) -> None:
    """200,000 delivered messages of 200 interventions, sent a month ago."""
    month_ago = time.time() - 30 * 24 * 3600
    for n in range(HISTORY // 1000):
        phones = [f"+39348{n:03d}{m:04d}" for m in range(1000)]
        outbox.enqueue(f"INT-2025-{n:04d}", "planned_interruption", TEXT, phones)
    with outbox.db.transaction() as conn:
        conn.execute(
            "UPDATE outbox_messages SET state = 'DELIVERED', tries = 1, attempted_at = ?",
            (month_ago,),
        )


def timed(label: str, services: Services, rows: list) -> None:
    started = time.perf_counter()
    result = dispatch(services)
    rows.append((label, time.perf_counter() - started, result.counts))


def main() -> None:
    logging.basicConfig(level=logging.ERROR)
    rows = []
    with tempfile.TemporaryDirectory() as folder, GatewayEmulator(progress="manual") as emu:
        services = services_for(folder, emu)
        try:
            old_history(services.outbox)
            timed("nothing due, 200,000 old messages", services, rows)
            phones = [f"+39349{n:07d}" for n in range(DUE)]
            services.outbox.enqueue(
                "INT-2026-0001", "planned_interruption", TEXT, phones, not_before=1.0
            )
            timed("20,000 due (scheduled, come due)", services, rows)
            timed("nothing due, 20,000 awaiting reports", services, rows)
            emu.advance(5)  # the provider reports them delivered
            timed("nothing due, 20,000 reports arrive", services, rows)
            timed("nothing due, everything final", services, rows)
        finally:
            services.close()
    print(f"{'pass':40} {'seconds':>8}  outbox after the pass")
    for label, seconds, counts in rows:
        print(f"{label:40} {seconds:>8.2f}  {counts}")


if __name__ == "__main__":
    main()
