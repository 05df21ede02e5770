"""How the intervention history scales: recording, conflict checks, listings, the report.

Synthetic history: N interventions spread over three years (those before mid-2026 finished) in four
municipalities, each shutting 5 of 2,000 segments and about 30 customers
(the pilot's average) drawn from 50,000, notified 48 h ahead. The conflict
and same-day checks are what runs before each send, so their time per call
is the figure that matters; they read only the rows overlapping in time.

    .venv/bin/python benchmarks/bench_history.py          # 3,000 interventions
    .venv/bin/python benchmarks/bench_history.py 20000
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta

import _pkg  # noqa: F401  registers water_outage_notifier
from water_outage_notifier.store.backend import open_database
from water_outage_notifier.store.conflicts import find_conflicts, same_day_warnings
from water_outage_notifier.store.history import list_interventions
from water_outage_notifier.store.interventions import (
    ROME,
    InterventionDraft,
    InterventionStore,
    RecipientState,
)
from water_outage_notifier.store.report_figures import build_report

TOWNS = ("Imola", "Castel San Pietro Terme", "Dozza", "Medicina")
FIRST_DAY = datetime(2024, 1, 1, 8, 0, tzinfo=ROME)
#: "Today" in the synthetic history: work before it is finished, after it still active.
TODAY = datetime(2026, 6, 1, tzinfo=ROME)
QUERIES = 200


def draft(rng: random.Random) -> InterventionDraft:
    start = FIRST_DAY + timedelta(days=rng.randrange(3 * 365), hours=rng.randrange(10))
    return InterventionDraft(
        kind=rng.choice(("planned_interruption", "pressure_drop", "emergency")),
        planned_start=start,
        planned_end=start + timedelta(hours=rng.choice((2, 4, 8))),
        operator="bench",
        municipalities=(rng.choice(TOWNS),),
        segment_ids=rng.sample(range(2000), 5),
        customer_ids=[f"C{n}" for n in rng.sample(range(50000), 30)],
        area_wkt="POLYGON ((0 0, 1 0, 1 1, 0 0))",
    )


def seed(store: InterventionStore, count: int, rng: random.Random) -> None:
    for _ in range(count):
        item = store.create(draft(rng))
        store.transition(
            item.reference, "notified", "bench", at=item.planned_start - timedelta(hours=48)
        )
        store.record_notification(
            item.reference,
            item.kind,
            [
                RecipientState(f"+39333{n:07d}", (c,), "DELIVERED", 1)
                for n, c in enumerate(item.customer_ids)
            ],
        )
        if item.planned_end < TODAY:
            store.transition(item.reference, "in_progress", "bench", at=item.planned_start)
            store.transition(item.reference, "finished", "bench", at=item.planned_end)


def per_call_ms(function, arguments) -> float:
    times = []
    for args in arguments:
        began = time.perf_counter()
        function(*args)
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    rng = random.Random(8)
    with tempfile.TemporaryDirectory() as folder:
        store = InterventionStore(open_database(os.path.join(folder, "history.sqlite")))
        began = time.perf_counter()
        seed(store, count, rng)
        seeding = time.perf_counter() - began
        probes = [draft(rng) for _ in range(QUERIES)]
        conflict_ms = per_call_ms(
            lambda d: find_conflicts(
                store, d.planned_start, d.planned_end, d.segment_ids, d.customer_ids
            ),
            [(d,) for d in probes],
        )
        same_day_ms = per_call_ms(
            lambda d: same_day_warnings(store, d.customer_ids, d.planned_start),
            [(d,) for d in probes],
        )
        town_ms = per_call_ms(
            lambda town: list_interventions(store, "2025-01-01", "2025-02-01", municipality=town),
            [(town,) for town in TOWNS],
        )
        began = time.perf_counter()
        report = build_report(store, "2025-01-01", "2025-12-31")
        report_s = time.perf_counter() - began
    print(f"{'figure':<48}{'value':>12}")
    print(f"{'interventions recorded (notified, 30 recipients)':<48}{count:>12,}")
    print(f"{'record + notify + snapshot, per intervention ms':<48}{seeding / count * 1000:>12.2f}")
    print(f"{'find_conflicts, median ms per call':<48}{conflict_ms:>12.2f}")
    print(f"{'same_day_warnings, median ms per call':<48}{same_day_ms:>12.2f}")
    print(f"{'list one town, one month, median ms':<48}{town_ms:>12.2f}")
    print(f"{'build_report one year, s':<48}{report_s:>12.2f}")
    print(f"{'  interventions in that year':<48}{report.total.interventions:>12,}")


if __name__ == "__main__":
    main()
