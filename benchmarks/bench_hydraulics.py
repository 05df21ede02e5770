"""Benchmark the pressure check: one simulation on a model of about 5,000 links.

Usage: ``.venv/bin/python benchmarks/bench_hydraulics.py [links ...]``
(default 5000 and 50000). A square street grid is written both as GIS
pipes (a mid-span valve on three pipes in four, so valve segments stay
small as in a town) and as an EPANET model with the same ids, two
reservoirs on opposite corners and a daily pattern. Prints the time to
read the model, the first (normal) solve (it opens the solver, which
orders the network's matrix once: on a dense lattice the slow step), the
match with the GIS, one click's simulation (closure + solve +
classification; median and 95th percentile over random work sites) and
the memory the loaded model takes (RSS before and after). Timings are
printed, never asserted.
"""

from __future__ import annotations

import math
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import _pkg  # noqa: F401  registers water_outage_notifier
from water_outage_notifier.devtools.epanet_writer import Junction, Pipe, Reservoir, inp_text
from water_outage_notifier.hydraulics import PressureSettings
from water_outage_notifier.hydraulics.matching import match_model
from water_outage_notifier.hydraulics.model import HydraulicModel
from water_outage_notifier.hydraulics.pressure import Closure, assess
from water_outage_notifier.trace import (
    NetworkSettings,
    PipeInput,
    SourceInput,
    ValveInput,
    build_network,
)

CLICKS = 30
SPACING = 100.0
PATTERN = (0.5, 0.4, 0.4, 0.5, 0.7, 1.0, 1.5, 1.8, 1.5, 1.2, 1.1, 1.1) + (1.2, 1.1, 1.0, 1.0,
           1.1, 1.3, 1.5, 1.4, 1.2, 1.0, 0.8, 0.6)  # fmt: skip


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024.0
    return float("nan")


def grid(links: int):
    """GIS pipes, valves, sources and the matching .inp text for about ``links`` links."""
    side = max(3, round(math.sqrt(links / 2.0)) + 1)
    rng = random.Random(11)

    def node(r, c):
        return f"N{r}_{c}"

    def xy(r, c):
        return (c * SPACING, r * SPACING)

    junctions = [
        Junction(node(r, c), 20.0 + 0.02 * r * SPACING / 10, rng.uniform(0.01, 0.04), xy(r, c))
        for r in range(side)
        for c in range(side)
    ]
    reservoirs = [
        Reservoir("R1", 80.0, (-SPACING, 0.0)),
        Reservoir("R2", 80.0, (side * SPACING, (side - 1) * SPACING)),
    ]
    pipes, gis, valves = [], [], []
    edges = [((r, c), (r, c + 1)) for r in range(side) for c in range(side - 1)]
    edges += [((r, c), (r + 1, c)) for r in range(side - 1) for c in range(side)]
    for number, (a, b) in enumerate(edges, start=1):
        pipe_id = f"P{number}"
        diameter = 300 if a[0] == side // 2 or a[1] == side // 2 else rng.choice((100, 125, 150))
        pipes.append(Pipe(pipe_id, node(*a), node(*b), SPACING, diameter, 110))
        gis.append(PipeInput(number, pipe_id, [[xy(*a), xy(*b)]]))
        if number % 4:
            (x1, y1), (x2, y2) = xy(*a), xy(*b)
            valves.append(
                ValveInput(
                    number, f"V{number}", (x1 + 0.1 * (x2 - x1), y1 + 0.1 * (y2 - y1)), "open"
                )
            )
    pipes.append(Pipe("M1", "R1", node(0, 0), SPACING, 500, 120))
    pipes.append(Pipe("M2", "R2", node(side - 1, side - 1), SPACING, 500, 120))
    gis.append(PipeInput(len(gis) + 1, "M1", [[(-SPACING, 0.0), xy(0, 0)]]))
    gis.append(
        PipeInput(
            len(gis) + 1, "M2", [[(side * SPACING, (side - 1) * SPACING), xy(side - 1, side - 1)]]
        )
    )
    sources = [
        SourceInput(1, "R1", (-SPACING, 0.0)),
        SourceInput(2, "R2", (side * SPACING, (side - 1) * SPACING)),
    ]
    text = inp_text("bench grid", junctions, reservoirs, pipes, PATTERN)
    return gis, valves, sources, text


def main(links: int) -> None:
    gis, valves, sources, text = grid(links)
    network = build_network(gis, valves, sources, NetworkSettings())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "grid.inp"
        path.write_text(text, encoding="utf-8")
        before = rss_mb()
        started = time.perf_counter()
        model = HydraulicModel(str(path))
        load = time.perf_counter() - started
        loaded = rss_mb()
        settings = PressureSettings(model_path=str(path))
        started = time.perf_counter()
        model.normal(settings.time)
        first = time.perf_counter() - started
        started = time.perf_counter()
        match = match_model(
            model.link_ids, network.pipe_ids, valve_ids=[v.valve_id for v in valves]
        )
        matching = time.perf_counter() - started
        rng = random.Random(5)
        clicks, low = [], []
        for _ in range(CLICKS):
            isolation = network.isolate([rng.randrange(len(network.pieces))])
            started = time.perf_counter()
            answer = assess(model, match, network, Closure.of(isolation), settings)
            clicks.append((time.perf_counter() - started) * 1000)
            low.append(len(answer.low_pipe_ids))
        after = rss_mb()
        model.close()
    clicks.sort()
    print(
        f"model: {len(model.link_ids)} links, {len(model.node_ids)} nodes; GIS: {len(gis)} pipes, {len(valves)} valves"
    )
    print(f"read the .inp:        {load * 1000:8.1f} ms")
    print(f"first (normal) solve: {first * 1000:8.1f} ms")
    print(f"match with the GIS:   {matching * 1000:8.1f} ms")
    print(
        f"one click's simulation: median {statistics.median(clicks):.1f} ms, "
        f"p95 {clicks[int(0.95 * (len(clicks) - 1))]:.1f} ms, max {clicks[-1]:.1f} ms "
        f"({CLICKS} work sites, low-pressure pipes per site: median {statistics.median(low):.0f})"
    )
    print(
        f"memory: {loaded - before:.1f} MB to load the model, {after - before:.1f} MB after the clicks (RSS)"
    )


if __name__ == "__main__":
    for argument in sys.argv[1:] or ["5000", "50000"]:
        main(int(argument))
