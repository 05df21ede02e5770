"""How publishing scales: one intervention's page, map and feeds; the index over a long history.

1. The sample town, in QGIS: the Dozza hamlet's branch main traced, its
   public area generalised from the affected pipes, its map rendered from
   the project's layers, then page + indexes + GeoJSON + CAP written.
   Target: under 1 s for the whole publication.
2. A synthetic history of N interventions (default 1,000) over four
   municipalities, each with public streets and a generalised area, most
   finished: publishing one change rebuilds the indexes and feeds from the
   current ones. Then the worst case: all N current, every index listing
   them all.

    .venv/bin/python benchmarks/bench_publish.py          # 1,000 interventions
    .venv/bin/python benchmarks/bench_publish.py 5000
"""

from __future__ import annotations

import math
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta

import _pkg  # noqa: F401  registers water_outage_notifier
from qgis.core import QgsApplication, QgsProject
from water_outage_notifier.publish.pages import SiteText
from water_outage_notifier.publish.records import Publications, PublicFacts
from water_outage_notifier.publish.service import Publisher
from water_outage_notifier.publish.site import SiteSettings
from water_outage_notifier.store.db import Database
from water_outage_notifier.store.interventions import ROME, InterventionDraft, InterventionStore

TOWNS = ("Imola", "Castel San Pietro Terme", "Dozza", "Medicina")
STREETS = [
    f"Via {name}"
    for name in (
        "Emilia",
        "Cavour",
        "Mazzini",
        "Garibaldi",
        "Selice",
        "Appia",
        "Saffi",
        "Verdi",
        "Roma",
        "Dante",
    )
]
TODAY = datetime(2026, 6, 1, 9, tzinfo=ROME)
BASE_URL = "https://acqua.example.it/lavori"
TEXT = SiteText("Acqua Imola", "800 999 500")
REPEATS = 7


def area(rng: random.Random) -> tuple:
    """A 40-vertex polygon of about 400 m around a point near Imola (lon/lat)."""
    lon, lat = 11.70 + rng.random() * 0.1, 44.33 + rng.random() * 0.05
    ring = [
        (round(lon + 0.004 * math.cos(a), 6), round(lat + 0.003 * math.sin(a), 6))
        for a in (2 * math.pi * k / 40 for k in range(40))
    ]
    return ((tuple(ring + [ring[0]]),),)


def seed(store, publications, count: int, current: int, rng) -> list:
    """``count`` notified interventions, all but ``current`` of them finished."""
    references = []
    for number in range(count):
        start = (
            TODAY - timedelta(days=rng.randrange(3 * 365))
            if number >= current
            else (TODAY + timedelta(days=rng.randrange(10), hours=rng.randrange(8)))
        )
        item = store.create(
            InterventionDraft(
                kind=rng.choice(("planned_interruption", "pressure_drop", "emergency")),
                planned_start=start,
                planned_end=start + timedelta(hours=4),
                operator="bench",
                municipalities=(rng.choice(TOWNS),),
                customer_ids=[f"U{n:07d}" for n in rng.sample(range(50000), 30)],
            )
        )
        store.transition(item.reference, "notified", "bench", at=start - timedelta(hours=48))
        publications.remember(
            PublicFacts(item.reference, tuple(rng.sample(STREETS, 4)), area(rng)), start
        )
        publications.record_change(item.reference, "notified", start - timedelta(hours=48))
        if number >= current:
            store.transition(item.reference, "in_progress", "bench", at=start)
            store.transition(item.reference, "finished", "bench", at=start + timedelta(hours=4))
            publications.record_change(item.reference, "finished", start + timedelta(hours=4))
        references.append(item.reference)
    return references


def median_ms(function, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        function()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def sample_town(folder: str) -> list:
    """Trace, generalise, draw and publish the demo's intervention; (figure, ms) rows."""
    from water_outage_notifier.devtools.demo import PIPE, load_sample
    from water_outage_notifier.gis.model import ModelSources
    from water_outage_notifier.gis.public_area import public_area
    from water_outage_notifier.gis.publish_services import public_map
    from water_outage_notifier.gis.work_site_area import affected_pipes

    mapping = load_sample()
    model = ModelSources.from_mapping(mapping).build()
    work_site = model.analyse(model.network.pieces_of_pipe(PIPE))
    geometry = affected_pipes(work_site)
    area_ms = median_ms(lambda: public_area(geometry, model.crs))
    public = public_area(geometry, model.crs)
    map_ms = median_ms(lambda: public_map(public))
    store = InterventionStore(Database(os.path.join(folder, "town.sqlite")))
    item = store.create(
        InterventionDraft(
            "planned_interruption",
            TODAY,
            TODAY + timedelta(hours=4),
            "bench",
            municipalities=("Dozza",),
        )
    )
    store.transition(item.reference, "notified", "bench")
    site = SiteSettings(os.path.join(folder, "town_site"), BASE_URL, TEXT)

    def publish_all():
        png = public_map(public)
        Publisher(site, map_png=png)(
            store,
            item.reference,
            "republished",
            streets=("Via del Borgo", "Via Croce"),
            area=public,
        )

    whole_ms = median_ms(publish_all)
    QgsProject.instance().clear()
    return [
        ("public area from 55 pipes, median ms", area_ms),
        ("map 1000x700 from the project's layers, median ms", map_ms),
        ("page + map + indexes + feeds, median ms", whole_ms),
    ]


def history(folder: str, count: int, current: int, rng) -> float:
    store = InterventionStore(Database(os.path.join(folder, f"history_{current}.sqlite")))
    publications = Publications(store.db)
    references = seed(store, publications, count, current, rng)
    site = SiteSettings(os.path.join(folder, f"site_{current}"), BASE_URL, TEXT)
    publisher = Publisher(site)
    chosen = iter(references[: max(1, current)] * REPEATS)
    return median_ms(lambda: publisher(store, next(chosen), "republished"))


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    app = QgsApplication([], False)
    app.initQgis()
    rng = random.Random(19)
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        rows += sample_town(folder)
        for current in (20, count):
            rows.append(
                (
                    f"one change, {count:,} in history, {current:,} current, median ms",
                    history(folder, count, current, rng),
                )
            )
    print(f"{'figure':<62}{'value':>10}")
    for label, value in rows:
        print(f"{label:<62}{value:>10.1f}")


if __name__ == "__main__":
    main()
