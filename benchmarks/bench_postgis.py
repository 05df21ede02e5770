"""Benchmark the network and customers read from PostGIS through QGIS's ``postgres`` provider.

Usage: ``OUTAGE_TEST_PG_DSN=... QT_QPA_PLATFORM=offscreen .venv/bin/python
benchmarks/bench_postgis.py [pipes ...] [--load]`` (default 100000; ``make
postgres`` prints the DSN). The town GeoPackage of that size (cached by
``bench_model_gpkg.py`` in ``benchmarks/data/``) is copied into the schema
``bench_<pipes>`` once; ``--load`` copies it again (1M pipes take minutes).
Then, as ``bench_model_gpkg`` does on the GeoPackage:

- **build**: the warm model read from PostGIS and indexed;
- **click**: trace plus customers for random pipes, p50/p95 over 200 clicks.

Without a DSN the script says how to get one and exits.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _pkg  # noqa: E402,F401
from bench_model_gpkg import CLICKS, ensure_network, percentile  # noqa: E402
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer  # noqa: E402


def postgis_layers(pipes: int, dsn: str, reload: bool):
    """The town's tables in schema ``bench_<pipes>`` as project layers, mapped."""
    import psycopg2
    from water_outage_notifier.devtools.postgis_load import layer_uri, load_geopackage
    from water_outage_notifier.devtools.sample_mapping import SAMPLE_LAYERS, sample_mapping

    schema = f"bench_{pipes}"
    tables = [table for table, _fields in SAMPLE_LAYERS.values()]
    with psycopg2.connect(dsn) as conn, conn.cursor() as cursor:
        cursor.execute(
            "SELECT f_table_name FROM geometry_columns WHERE f_table_schema = %s", (schema,)
        )
        spatial = {row[0] for row in cursor.fetchall()}
    conn.close()
    load_s = None
    if reload or "condotte" not in spatial:
        started = time.perf_counter()
        sources = load_geopackage(str(ensure_network(pipes)), dsn, schema, tables)
        load_s = time.perf_counter() - started
    else:
        sources = {t: layer_uri(dsn, schema, t, t in spatial) for t in tables}
    project = QgsProject.instance()
    project.clear()
    ids = {}
    for table, source in sources.items():
        layer = QgsVectorLayer(source, table, "postgres")
        assert layer.isValid(), source
        project.addMapLayer(layer)
        ids[table] = layer.id()
    return sample_mapping(ids), load_s


def bench(pipes: int, dsn: str, reload: bool) -> dict:
    import random

    from water_outage_notifier.gis.model import ModelSources

    mapping, load_s = postgis_layers(pipes, dsn, reload)
    started = time.perf_counter()
    model = ModelSources.from_mapping(mapping).build()
    build = time.perf_counter() - started
    rng = random.Random(7)
    times = []
    for _ in range(CLICKS):
        piece = rng.randrange(len(model.network.pieces))
        started = time.perf_counter()
        model.analyse([piece])
        times.append(time.perf_counter() - started)
    return {
        "pipes": pipes,
        "pieces": len(model.network.pieces),
        "customers": len(model.index.customers) if model.index else 0,
        "load_s": load_s,
        "build_s": build,
        "click_p50_ms": 1000 * percentile(times, 0.50),
        "click_p95_ms": 1000 * percentile(times, 0.95),
    }


def main(argv) -> int:
    dsn = os.environ.get("OUTAGE_TEST_PG_DSN")
    if not dsn:
        print("No PostgreSQL: run `make postgres` and export the OUTAGE_TEST_PG_DSN it prints.")
        return 0
    reload = "--load" in argv
    sizes = [int(a) for a in argv if a != "--load"] or [100_000]
    app = QgsApplication([], False)
    app.initQgis()
    print("| pipes | pieces | customers | ogr2ogr load s | build s | click p50 ms | click p95 ms |")
    print("|---|---|---|---|---|---|---|")
    for size in sizes:
        r = bench(size, dsn, reload)
        load = "cached" if r["load_s"] is None else f"{r['load_s']:.0f}"
        print(
            f"| {r['pipes']:,} | {r['pieces']:,} | {r['customers']:,} | {load} | "
            f"{r['build_s']:.1f} | {r['click_p50_ms']:.1f} | {r['click_p95_ms']:.1f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
