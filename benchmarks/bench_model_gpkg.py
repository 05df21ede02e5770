"""Benchmark the whole click path inside QGIS, from a generated GeoPackage.

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_model_gpkg.py [pipes ...]``
(default 100000; pass 1000000 for the whole-utility case). For each size the
town generator writes a GeoPackage (cached in ``benchmarks/data/``), then:

- **build**: the warm model read (pipes, valves, sources, customers and
  contacts) and indexed, as the map tool builds it, with the model cache
  emptied first (cold), then stored in the cache; and, in a process of its
  own, the same model loaded from the cache (a reopened project), each with
  its clicks and its peak memory;
- **click**: trace plus customers for random pipes (``NetworkModel.analyse``
  and the customer selection), p50/p95/max over 200 clicks;
- **big click**: the customer selection and report alone for runs of
  consecutive pieces holding about 300 customers, whose phones and
  descriptive fields are read from the GeoPackage by fid (p50/p95);
- **segments**: one whole ``outage:segments`` Processing call on the 3,000-pipe
  sample town, on a generated 5,000-pipe network (the issue's "about
  5,000 pipes" case) and on a generated ~87,000-pipe utility, with the share of
  reading and building the model, against reading the same layers through
  QGIS's feature iterator (issue 21's ratio), and the call's CPU split into
  reading, building, storing the network in the model cache, writing the
  pieces, the log and the rest (Processing, freeing the output, the
  collector). The call is measured twice: first calls (the model cache emptied
  before each) and repeated calls on the same layers, which load the network
  from the cache.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _pkg  # noqa: E402,F401
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
CLICKS = 200
BIG_CLICK_PIECES = 380  # about 300 customers on the generated towns


@dataclass(frozen=True)
class Area:
    """An isolation answer covering a run of pieces, as ``CustomerIndex.select`` reads it."""

    isolated_pieces: range
    unsupplied_pieces: range


def ensure_network(pipes: int) -> Path:
    """The cached GeoPackage for ``pipes`` pipes (one customer per pipe), made on demand."""
    path = DATA / f"net_{pipes}.gpkg"
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "devtools" / "sample_town.py"),
                "--pipes",
                str(pipes),
                "--customers",
                str(pipes),
                "--out",
                str(path),
            ],
            check=True,
        )
    return path


def sample_mapping(path: Path):
    """Load the town's layers into the project, mapped as the sample project is."""
    from water_outage_notifier.devtools.sample_mapping import SAMPLE_LAYERS
    from water_outage_notifier.devtools.sample_mapping import sample_mapping as mapping_of

    project = QgsProject.instance()
    project.clear()
    layers = {}
    for table, _fields in SAMPLE_LAYERS.values():
        layer = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
        assert layer.isValid(), table
        project.addMapLayer(layer)
        layers[table] = layer
    return mapping_of({table: layer.id() for table, layer in layers.items()}), layers


def peak_memory_gb() -> float:
    """This process's peak resident memory (VmHWM: a child's own, unlike ru_maxrss,
    which keeps the parent's peak across exec)."""
    status = Path("/proc/self/status").read_text(encoding="ascii")
    return int(status.split("VmHWM:")[1].split()[0]) / 1024 / 1024


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


class Clock:
    """Wall and CPU seconds of a block: the machine may be shared, CPU time shows it."""

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_):
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu

    def __str__(self):
        return f"{self.wall:.2f} / {self.cpu:.2f}"


def bench_stages(pipes: int) -> list:
    """Wall / CPU seconds of each stage of the model build, as ``ModelSources.build`` runs them."""
    from water_outage_notifier.customers.index import CustomerIndex
    from water_outage_notifier.gis.customer_reader import read_contacts, read_customers
    from water_outage_notifier.gis.model import ModelSources
    from water_outage_notifier.gis.network_reader import read_network

    mapping, _ = sample_mapping(ensure_network(pipes))
    sources = ModelSources.from_mapping(mapping)
    stages = []
    with Clock() as clock:
        network, crs, _ = read_network(sources.network, mapping.network_settings())
    stages.append(("network: read pipes, valves, sources + build", clock))
    with Clock() as clock:
        customers = read_customers(sources.customers, crs)
    stages.append(("customers: read", clock))
    with Clock() as clock:
        contacts = read_contacts(sources.customers)
    stages.append(("contacts: read", clock))
    with Clock() as clock:
        CustomerIndex.build(customers, network, mapping.customer_settings(), contacts=contacts)
    stages.append(("customers: index", clock))
    return stages


def bench_click_path(pipes: int) -> dict:
    """Cold build (the model cache emptied first), storing it in the cache, then clicks."""
    from water_outage_notifier.gis.model import ModelSources
    from water_outage_notifier.gis.model_store import model_parts

    path = ensure_network(pipes)
    mapping, _ = sample_mapping(path)
    sources = ModelSources.from_mapping(mapping)
    store, sources.store = sources.store, None
    store.discard()
    with Clock() as build:
        model = sources.build()
    with Clock() as saved:
        store.save(model_parts(model))
    result = clicks(model)
    result.update(pipes=pipes, build=build, saved=saved)
    return result


def bench_from_cache(pipes: int) -> dict:
    """The model of :func:`bench_click_path` loaded from the cache, as a reopened project does
    (run in a process of its own, so its memory is its own), then the same clicks."""
    from water_outage_notifier.gis.model import ModelSources

    mapping, _ = sample_mapping(ensure_network(pipes))
    with Clock() as load:
        sources = ModelSources.from_mapping(mapping)
        parts = sources.store.load()
        assert parts is not None, "no cache entry: run the cold build first"
        model = sources._from_parts(parts)
    result = clicks(model)
    result.update(pipes=pipes, load=load)
    return result


def clicks(model) -> dict:
    """Click p50/p95/max over random pieces, and the big clicks' select + report."""
    rng = random.Random(7)
    network = model.network
    times, affected = [], []
    for _ in range(CLICKS):
        piece = rng.randrange(len(network.pieces))
        started = time.perf_counter()
        site = model.analyse([piece])
        customers = site.customers
        times.append(time.perf_counter() - started)
        affected.append(len(customers.customers) if customers else 0)
    big_times, big_sizes = [], []
    for _ in range(CLICKS if model.index else 0):
        first = rng.randrange(len(network.pieces) - BIG_CLICK_PIECES)
        middle = first + BIG_CLICK_PIECES * 3 // 4
        area = Area(range(first, middle), range(middle, first + BIG_CLICK_PIECES))
        started = time.perf_counter()
        report = model.index.select(area).to_report()
        big_times.append(time.perf_counter() - started)
        big_sizes.append(report["counts"]["customers"])
    return {
        "pieces": len(network.pieces),
        "customers": len(model.index.customers) if model.index else 0,
        "click_p50_ms": 1000 * percentile(times, 0.50),
        "click_p95_ms": 1000 * percentile(times, 0.95),
        "click_max_ms": 1000 * max(times),
        "affected_p50": percentile(affected, 0.5),
        "big_p50_ms": 1000 * percentile(big_times, 0.50) if big_times else 0.0,
        "big_p95_ms": 1000 * percentile(big_times, 0.95) if big_times else 0.0,
        "big_customers": sum(big_sizes) / len(big_sizes) if big_sizes else 0,
        "peak_rss_gb": peak_memory_gb(),
    }


SEGMENT_CALLS = 5
SEGMENT_NETWORKS = 5000  # the "network of about 5,000 pipes", generated
SEGMENT_UTILITY = 84_000  # the generator makes about 87,000 pipes of it (issue 21's town)


def bench_segments_call() -> list:
    """The whole ``outage:segments`` Processing call (median of ``SEGMENT_CALLS``) on the
    sample town, the generated 5,000-pipe network and the ~87,000-pipe utility; see
    :func:`_segments_row`."""
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    import water_outage_notifier
    from processing.core.Processing import Processing
    from water_outage_notifier.gis import model_store

    Processing.initialize()
    plugin = water_outage_notifier.classFactory(None)
    plugin.initProcessing()
    # a cache folder of this run's own: emptying it never takes another process's entries
    shared, model_store.FOLDER = model_store.FOLDER, (*model_store.FOLDER, f"bench-{os.getpid()}")
    try:
        rows = [
            _segments_row("sample town", ROOT / "sample_data" / "imola_sample.gpkg"),
            _segments_row("generated", ensure_network(SEGMENT_NETWORKS)),
            _segments_row("utility", ensure_network(SEGMENT_UTILITY)),
        ]
    finally:
        model_store.clear_cache()
        model_store.FOLDER = shared
    plugin.unload()
    return rows


def _segments_row(name: str, path: Path) -> tuple:
    """``(name, pipes, pieces, call, cached, model, iterated, split)``: a first call's
    :class:`Clock` (the model cache emptied before it), a repeated call's (``cached``: the
    network loaded from the cache) and, beside them, ``read_network`` alone (reading the layers and building the model, collector
    paused as in the call) on the same layers; the rest of the call is writing
    the pieces and Processing's own work. ``iterated`` reads the same layers and
    fields through QGIS's feature iterator (the columnar reader switched off): the
    reference of issue 21's "whole call against the read" ratio. ``split`` is the call's
    CPU seconds per stage (:func:`_stage_clocks`), from calls of their own so the
    timing wrappers stay out of ``call``."""
    import processing
    from water_outage_notifier.common.gc_pause import collector_paused
    from water_outage_notifier.gis.model_store import clear_cache
    from water_outage_notifier.gis.network_reader import NetworkLayers, read_network
    from water_outage_notifier.trace.inputs import NetworkSettings

    _, layers = sample_mapping(path)
    network_layers = NetworkLayers(
        pipes=layers["condotte"],
        pipe_id_field="cod_condotta",
        valves=layers["valvole"],
        valve_id_field="cod_valvola",
        valve_status_field="stato",
        sources=layers["fonti"],
    )
    settings = NetworkSettings(0.01, ("chiusa",), ("inoperabile", "guasta"))
    parameters = {
        "PIPES": layers["condotte"],
        "PIPE_ID_FIELD": "cod_condotta",
        "VALVES": layers["valvole"],
        "VALVE_ID_FIELD": "cod_valvola",
        "VALVE_STATUS_FIELD": "stato",
        "CLOSED_VALUES": ",".join(settings.closed_values),
        "INOPERABLE_VALUES": ",".join(settings.inoperable_values),
        "SOURCES": layers["fonti"],
        "TOLERANCE": settings.tolerance,
        "OUTPUT": "memory:",
    }

    def model():
        with collector_paused():
            return read_network(network_layers, settings)[0]

    def iterated():
        from water_outage_notifier.gis import features

        columnar, features._read_columnar = features._read_columnar, lambda *_: None
        try:
            for layer, fields in (
                (layers["condotte"], ["cod_condotta"]),
                (layers["valvole"], ["cod_valvola", "stato"]),
                (layers["fonti"], []),
            ):
                features.read_table(layer, [layer.fields().indexOf(f) for f in fields])
        finally:
            features._read_columnar = columnar

    def run():
        return processing.run("outage:segments", parameters)

    processing.run("outage:segments", parameters)  # warm-up: imports, provider caches
    call = _median_clock(run, before=clear_cache)
    cached = _median_clock(run)
    split = dict.fromkeys(("read + build", "build", "store", "write", "log", "call"), 0.0)
    with _stage_clocks(split):
        for _ in range(SEGMENT_CALLS):
            clear_cache()
            with Clock() as whole:
                run()
            split["call"] += whole.cpu
    split = {stage: seconds / SEGMENT_CALLS for stage, seconds in split.items()}
    pieces = len(model().pieces)
    pipes = layers["condotte"].featureCount()
    return name, pipes, pieces, call, cached, _median_clock(model), _median_clock(iterated), split


@contextmanager
def _stage_clocks(split: dict):
    """CPU seconds spent inside the call's stages while the block runs, added to ``split``
    per stage.

    The stages are the functions ``outage:segments`` calls, timed in place:
    reading and building the model (the build alone beside it, and storing it
    in the model cache), making the pieces' geometries and adding the features
    to the sink, and pushing the data warnings to the log. What the call spends
    outside them is Processing's own work, freeing the output and the collector.
    """
    from water_outage_notifier.gis import network_reader
    from water_outage_notifier.gis.model_store import ModelStore
    from water_outage_notifier.processing_provider import segments

    timed = [
        (segments, "network_from_parameters", "read + build"),
        (network_reader, "build_network", "build"),
        (ModelStore, "save", "store"),
        (segments, "_lines", "write"),
        (segments, "_write", "write"),
        (segments, "push_data_warnings", "log"),
    ]
    originals = [(module, name, getattr(module, name)) for module, name, _ in timed]

    def clocked(work, stage):
        def run(*args, **kwargs):
            start = time.process_time()
            try:
                return work(*args, **kwargs)
            finally:
                split[stage] += time.process_time() - start

        return run

    for (module, name, stage), (_, _, work) in zip(timed, originals):
        setattr(module, name, clocked(work, stage))
    try:
        yield split
    finally:
        for module, name, work in originals:
            setattr(module, name, work)


def _median_clock(work, before=lambda: None) -> Clock:
    """The median run of ``work``, timed until it returns: what it returns (the call's
    output layer) is freed after the clock stops, as QGIS keeps an output it loads.
    ``before`` runs ahead of each run, outside the clock."""
    runs = []
    for _ in range(SEGMENT_CALLS):
        before()
        with Clock() as clock:
            answer = work()
        runs.append(clock)
        del answer
    return sorted(runs, key=lambda clock: clock.wall)[len(runs) // 2]


def print_segments(rows) -> None:
    """The segments rows: the first call and the repeated call from the cache, each against the
    iterator read, then the first call's CPU split; the load average beside them, since
    the machine may be shared."""
    print(
        f"\n| outage:segments, median of {SEGMENT_CALLS} calls | pipes | pieces "
        "| whole call ms wall / CPU | of which read + build (read_network) ms wall / CPU "
        "| rest: write + Processing ms wall | QGIS iterator read of the same layers ms wall "
        "/ CPU | call / iterator read: CPU, wall |\n|---|---|---|---|---|---|---|---|"
    )
    for name, pipes, pieces, call, cached, model, iterated, _split in rows:
        for kind, clock in (("first call", call), ("repeated call from the cache", cached)):
            print(
                f"| {name}, {kind} | {pipes:,} | {pieces:,} "
                f"| {1000 * clock.wall:.0f} / {1000 * clock.cpu:.0f} "
                f"| {1000 * model.wall:.0f} / {1000 * model.cpu:.0f} "
                f"| {1000 * (clock.wall - model.wall):.0f} "
                f"| {1000 * iterated.wall:.0f} / {1000 * iterated.cpu:.0f} "
                f"| {clock.cpu / iterated.cpu:.2f}x, {clock.wall / iterated.wall:.2f}x |"
            )
    print(
        "\n| outage:segments first call, CPU ms per call | read | build | store in the cache "
        "| write (geometries + sink) | warnings to the log "
        "| Processing, freeing the output, collector |\n|---|---|---|---|---|---|---|"
    )
    for name, *_, split in rows:
        rest = split["call"] - split["read + build"] - split["write"] - split["log"]
        read = split["read + build"] - split["build"] - split["store"]
        print(
            f"| {name} | {1000 * read:.0f} | {1000 * split['build']:.0f} "
            f"| {1000 * split['store']:.0f} | {1000 * split['write']:.0f} "
            f"| {1000 * split['log']:.0f} | {1000 * rest:.0f} |"
        )
    load = ", ".join(f"{minutes:.2f}" for minutes in os.getloadavg())
    print(f"\nload average (1, 5, 15 min) after the calls: {load}")


def main(argv) -> int:
    app = QgsApplication([], False)
    app.initQgis()
    if argv[:1] == ["--from-cache"]:  # the child process of a cold row
        r = bench_from_cache(int(argv[1]))
        print(json.dumps({k: str(v) if isinstance(v, Clock) else v for k, v in r.items()}))
        return 0
    sizes = [int(a) for a in argv] or [100_000]
    print(
        "| pipes | pieces | customers | model | ready s wall / CPU | click p50 ms | click p95 ms "
        "| click max ms | customers/click p50 | big click: customers (mean), select + report "
        "p50 / p95 ms | peak RSS GB |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for size in sizes:
        cold = bench_click_path(size)
        child = subprocess.run(
            [sys.executable, __file__, "--from-cache", str(size)],
            capture_output=True,
            text=True,
            check=True,
        )
        cached = json.loads(child.stdout.strip().splitlines()[-1])
        for kind, r, ready in (
            (f"cold (then {cold['saved']} s to cache)", cold, cold["build"]),
            ("from the cache", cached, cached["load"]),
        ):
            print(
                f"| {size:,} | {r['pieces']:,} | {r['customers']:,} | {kind} | {ready} | "
                f"{r['click_p50_ms']:.1f} | {r['click_p95_ms']:.1f} | {r['click_max_ms']:.1f} | "
                f"{r['affected_p50']} | {r['big_customers']:.0f}, {r['big_p50_ms']:.1f} / "
                f"{r['big_p95_ms']:.1f} | {r['peak_rss_gb']:.2f} |"
            )
    for size in sizes:
        print(f"\n| build stage, {size:,} pipes | s wall / CPU |\n|---|---|")
        for name, clock in bench_stages(size):
            print(f"| {name} | {clock} |")
    print_segments(bench_segments_call())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
