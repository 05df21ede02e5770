"""Benchmark the trace on the bench_trace lattice when some valves are check valves.

Usage: ``.venv/bin/python benchmarks/bench_check_valves.py [pipes ...]`` (default 100000).
For each share of the valves turned into check valves (0 %: the plain
undirected search), prints the build time and the click time (isolate plus
the unsupplied pipes) so the directed supply search can be compared with the
undirected one on the same network.
"""

from __future__ import annotations

import random
import sys
import time

import _pkg  # noqa: F401  registers water_outage_notifier
from bench_trace import CLICKS, grid_network, percentile
from water_outage_notifier.trace import NetworkSettings, ValveInput, build_network

SHARES = (0.0, 0.01, 0.05, 0.2)
SETTINGS = NetworkSettings(check_values=("check",))


def with_checks(valves, share: float, seed: int = 3):
    """The same valves, with about ``share`` of them marked as check valves."""
    rng = random.Random(seed)
    return [
        ValveInput(v.fid, v.valve_id, v.point, "check") if rng.random() < share else v
        for v in valves
    ]


def run(pipe_count: int, share: float) -> dict:
    pipes, valves, sources = grid_network(pipe_count)
    valves = with_checks(valves, share)
    started = time.perf_counter()
    network = build_network(pipes, valves, sources, SETTINGS)
    build = time.perf_counter() - started
    rng = random.Random(7)
    click_ms, affected = [], []
    for _ in range(CLICKS):
        started = time.perf_counter()
        result = network.isolate([rng.randrange(len(network.pieces))])
        dry = result.unsupplied_pieces
        click_ms.append((time.perf_counter() - started) * 1000)
        affected.append(len(result.isolated_pieces) + len(dry))
    return {
        "pipes": len(pipes),
        "check_share": share,
        "directed": network.directed is not None,
        "build_s": build,
        "click_p50_ms": percentile(click_ms, 0.5),
        "click_p95_ms": percentile(click_ms, 0.95),
        "affected_p95": percentile(affected, 0.95),
    }


def main(argv) -> None:
    rows = [run(size, share) for size in ([int(a) for a in argv] or [100_000]) for share in SHARES]
    print(" | ".join(f"{c:>14}" for c in rows[0]))
    for row in rows:
        cells = [f"{v:14.3f}" if isinstance(v, float) else f"{v!s:>14}" for v in row.values()]
        print(" | ".join(cells))


if __name__ == "__main__":
    main(sys.argv[1:])
