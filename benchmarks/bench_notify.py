"""The whole notify pipeline on big selections: preview, record, send, snapshot.

Sends through the local gateway emulator (Skebby shape, 1,000 numbers per
request) into a real SQLite file, then calls again to show the duplicate
check costs little. Prints seconds per run and messages per second.
"""

from __future__ import annotations

import logging
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import _pkg  # noqa: F401 - registers the checkout as water_outage_notifier
from water_outage_notifier.customers.selection import AffectedCustomer, assemble
from water_outage_notifier.devtools.gateway_emulator import GatewayEmulator
from water_outage_notifier.messages.preview import SendRules
from water_outage_notifier.notify.pipeline import notify
from water_outage_notifier.notify.request import (
    InterventionPlan,
    MessageOptions,
    NotifyRequest,
    Services,
)
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import create_provider
from water_outage_notifier.store.backend import open_database
from water_outage_notifier.store.interventions import InterventionStore
from water_outage_notifier.store.outbox import Outbox

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc)
START = datetime(2026, 3, 5, 8, 30)


def selection(size: int):
    customers = [
        AffectedCustomer(
            f"C{n}",
            n,
            "isolated",
            None,
            False,
            False,
            1,
            (f"+39333{n:07d}",),
            None,
            f"Via {n % 40}",
            "1",
            "Imola",
            None,
        )
        for n in range(size)
    ]
    return assemble(customers, ("isolated",))


def run(size: int, folder: Path, url: str) -> tuple:
    db = open_database(str(folder / f"bench_{size}.sqlite"))
    profile = GatewayProfile("bench", "skebby", url, "AcquaImola", rate=100000.0)
    services = Services(
        Outbox(db),
        InterventionStore(db, clock=lambda: NOW),
        create_provider(profile, Credentials("utility", "skebby-secret")),
        now=lambda: NOW,
    )
    request = NotifyRequest(
        plan=InterventionPlan("planned_interruption", START, START + timedelta(hours=4), "bench"),
        selection=selection(size),
        options=MessageOptions("it", "Acqua Imola", "800123456", rules=SendRules()),
        send_email=False,
    )
    began = time.perf_counter()
    first = notify(request, services)
    sent = time.perf_counter() - began
    plan = InterventionPlan(
        "planned_interruption", START, START + timedelta(hours=4), "bench", first.reference
    )
    began = time.perf_counter()
    again = notify(
        NotifyRequest(plan, request.selection, request.options, send_email=False), services
    )
    repeat = time.perf_counter() - began
    return first.sent, sent, again.already_sent, repeat


def main() -> None:
    logging.disable(logging.INFO)
    print(f"{'recipients':>10} {'sent':>6} {'send s':>8} {'msg/s':>8} {'again s':>8}")
    with GatewayEmulator() as emu, tempfile.TemporaryDirectory() as tmp:
        for size in (100, 2000, 10000):
            sent, seconds, already, repeat = run(size, Path(tmp), emu.url)
            assert already == size
            print(f"{size:>10} {sent:>6} {seconds:>8.2f} {sent / seconds:>8.0f} {repeat:>8.2f}")


if __name__ == "__main__":
    main()
