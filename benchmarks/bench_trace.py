"""Benchmark the valve-isolation engine on synthetic grid networks.

Usage: ``.venv/bin/python benchmarks/bench_trace.py [pipes ...]`` (default 100000;
pass 1000000 for the large case). A square lattice of pipes, three in four
carrying a mid-span valve (90 % open, 5 % normally closed, 5 % broken), and a
source every few hundred junctions. Prints build time, click times (isolate
alone, and the full report with plan B) and the peak memory of the process.
The peak memory before the build (the input features as Python objects,
which the GIS layer readers hold too) is shown beside the final peak.
Wall and CPU time of the build are both shown: on a shared machine the
difference is time spent waiting for a core.
"""

from __future__ import annotations

import math
import random
import resource
import sys
import time

import _pkg  # noqa: F401  registers water_outage_notifier
from water_outage_notifier.trace import PipeInput, SourceInput, ValveInput, build_network

SPACING = 50.0
CLICKS = 200


def grid_network(pipe_count: int, seed: int = 1):
    """Pipes, valves and sources for a lattice with about ``pipe_count`` pipes."""
    rng = random.Random(seed)
    side = int(math.sqrt(pipe_count / 2)) + 1
    pipes, valves, sources = [], [], []
    for i in range(side):
        for j in range(side):
            x, y = i * SPACING, j * SPACING
            for dx, dy in ((1, 0), (0, 1)):
                if len(pipes) >= pipe_count:
                    break
                end = (x + dx * SPACING, y + dy * SPACING)
                mid = (x + dx * SPACING / 2, y + dy * SPACING / 2)
                pipes.append(PipeInput(len(pipes), f"P{len(pipes)}", [[(x, y), mid, end]]))
                if rng.random() < 0.75:
                    state = rng.choices(["open", "closed", "broken"], [90, 5, 5])[0]
                    point = (mid[0] + dx * SPACING / 4, mid[1] + dy * SPACING / 4)
                    valves.append(ValveInput(len(valves), f"V{len(valves)}", point, state))
            if rng.random() < 1 / 400:
                sources.append(SourceInput(len(sources), f"S{len(sources)}", (x, y)))
    return pipes, valves, sources


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def run(pipe_count: int) -> dict:
    pipes, valves, sources = grid_network(pipe_count)
    input_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started, cpu = time.perf_counter(), time.process_time()
    network = build_network(pipes, valves, sources)
    build, build_cpu = time.perf_counter() - started, time.process_time() - cpu
    rng = random.Random(7)
    isolate_ms, report_ms, pieces = [], [], []
    for _ in range(CLICKS):
        piece = rng.randrange(len(network.pieces))
        started = time.perf_counter()
        result = network.isolate([piece])
        affected = len(result.isolated_pieces) + len(result.unsupplied_pieces)
        isolate_ms.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        result.to_report()
        report_ms.append((time.perf_counter() - started) * 1000)
        pieces.append(affected)
    started = time.perf_counter()
    network.nearest_pieces([(rng.uniform(0, 1000), rng.uniform(0, 1000)) for _ in range(10000)], 30)
    nearest = (time.perf_counter() - started) * 1000 / 10000
    return {
        "pipes": len(pipes),
        "pieces": len(network.pieces),
        "segments": network.segment_count,
        "warnings": len(network.warnings),
        "build_s": build,
        "build_cpu_s": build_cpu,
        "isolate_p95_ms": percentile(isolate_ms, 0.95),
        "report_p95_ms": percentile(report_ms, 0.95),
        "affected_p95": percentile(pieces, 0.95),
        "nearest_ms": nearest,
        "input_rss_mb": input_rss,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main(argv) -> None:
    sizes = [int(a) for a in argv] or [100_000]
    rows = [run(size) for size in sizes]
    columns = list(rows[0])
    print(" | ".join(f"{c:>14}" for c in columns))
    for row in rows:
        cells = [f"{v:14.3f}" if isinstance(v, float) else f"{v:>14}" for v in row.values()]
        print(" | ".join(cells))


if __name__ == "__main__":
    main(sys.argv[1:])
