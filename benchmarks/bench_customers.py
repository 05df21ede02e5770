"""How long the customers room takes: index build, and the cost it adds to a click.

Synthetic data, no trace needed: a grid of N pipe pieces (two pieces per
pipe, as if every pipe had a mid-span valve) and N customers, each with a
point and the id of its pipe, phones typed the ways people type them.
Points stray up to 8 m from their pipe, so about a third lie nearer another
row of pipes and take the slower path (measuring the named pipe's pieces).
A click isolates a run of pieces holding about 300 customers; the first
click on an area normalises its phones (cold), a repeat finds them cached.

    .venv/bin/python benchmarks/bench_customers.py            # 1M customers
    .venv/bin/python benchmarks/bench_customers.py 100000     # smaller
"""

from __future__ import annotations

import random
import resource
import sys
import time
from dataclasses import dataclass

import _pkg  # noqa: F401  registers water_outage_notifier
from water_outage_notifier.customers import CustomerIndex, CustomerInput, CustomerSettings
from water_outage_notifier.customers.linking import distance_to_polyline

COLUMNS = 1000
CLICKS = 200
CLICK_PIECES = 300


@dataclass(frozen=True)
class Piece:
    coords: tuple


class GridNetwork:
    """N horizontal pieces of 10 m on a grid; pipe ``k`` is pieces 2k and 2k+1."""

    def __init__(self, count: int) -> None:
        self.pieces = [
            Piece((((i % COLUMNS) * 10.0, (i // COLUMNS) * 10.0),
                   ((i % COLUMNS) * 10.0 + 10.0, (i // COLUMNS) * 10.0)))
            for i in range(count)
        ]  # fmt: skip
        self.count = count
        self._answers = None

    def pieces_of_pipe(self, pipe_id):
        first = 2 * pipe_id
        return [first, first + 1] if first + 1 < self.count else [first]

    def nearest_piece(self, point, max_distance):
        """Exact for this grid: the nearest row, and the piece of that row under x."""
        x, y = point
        rows = -(-len(self.pieces) // COLUMNS)
        row = min(max(round(y / 10.0), 0), rows - 1)
        col = min(max(int(x // 10.0), 0), COLUMNS - 1)
        index = min(row * COLUMNS + col, len(self.pieces) - 1)
        distance = distance_to_polyline(point, self.pieces[index].coords)
        return (index, distance) if distance <= max_distance else None

    def nearest_pieces(self, points, max_distance):
        """Bulk form, as ``trace.Network`` offers it; answered from :meth:`prepare`.

        Snapping is the trace's work (``bench_trace``), so it is computed
        beforehand and left out of the customers' build time.
        """
        if self._answers is None or len(self._answers) != len(points):
            self.prepare(points, max_distance)
        return self._answers

    def prepare(self, points, max_distance) -> None:
        self._answers = [self.nearest_piece(point, max_distance) for point in points]


# How people type numbers, with the share of each shape (m = a mobile, r = the rng).
PHONE_SHAPES = (
    (55, lambda m, r: f"{m[:3]} {m[3:6]} {m[6:]}"),
    (15, lambda m, r: f"+39 {m}"),
    (8, lambda m, r: f"0039 {m}"),
    (6, lambda m, r: f"39 {m[:3]} {m[3:]}"),
    (6, lambda m, r: f"{m[:3]}-{m[3:6]}-{m[6:]}"),
    (5, lambda m, r: f"0542 {r.randint(100000, 999999)}"),  # landline
    (3, lambda m, r: str(r.randint(1000, 99999))),  # invalid
    (2, lambda m, r: ""),  # none
)


def phone(rng: random.Random) -> str:
    mobile = f"3{rng.randint(20, 99)}{rng.randint(0, 9_999_999):07d}"
    (shape,) = rng.choices([s for _, s in PHONE_SHAPES], weights=[w for w, _ in PHONE_SHAPES])
    return shape(mobile, rng)


def customers(count: int, rng: random.Random) -> list[CustomerInput]:
    result = []
    for fid in range(count):
        piece = fid  # one customer per piece, in piece order
        x = (piece % COLUMNS) * 10.0 + rng.uniform(0.5, 9.5)
        y = (piece // COLUMNS) * 10.0 + rng.uniform(-8, 8)
        result.append(
            CustomerInput(
                fid=fid,
                customer_id=f"U{fid:07d}",
                point=(x, y),
                pipe_id=piece // 2,
                category="ospedale" if fid % 997 == 0 else "domestica",
                phone=phone(rng),
                consent="si" if rng.random() < 0.8 else "no",
            )
        )
    return result


@dataclass(frozen=True)
class Click:
    isolated_pieces: range
    unsupplied_pieces: range


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main(count: int) -> None:
    rng = random.Random(42)
    network = GridNetwork(count)
    inputs = customers(count, rng)
    settings = CustomerSettings(sensitive_values=("ospedale",))

    network.prepare([c.point for c in inputs], settings.max_snap_distance)
    start = time.perf_counter()
    index = CustomerIndex.build(inputs, network, settings)
    build_s = time.perf_counter() - start

    starts = [rng.randrange(0, count - CLICK_PIECES) for _ in range(CLICKS)]
    clicks = [Click(range(s, s + 250), range(s + 250, s + CLICK_PIECES)) for s in starts]
    cold, warm, sizes = [], [], []
    for runs in (cold, warm):
        for click in clicks:
            start = time.perf_counter()
            report = index.select(click).to_report()
            runs.append((time.perf_counter() - start) * 1000)
            sizes.append(report["counts"]["customers"])

    start = time.perf_counter()
    for click in clicks:
        index.count_on_pieces(click.unsupplied_pieces, excluding=click.isolated_pieces)
    extra_ms = (time.perf_counter() - start) * 1000 / len(clicks)

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows = [
        ("customers / pipe pieces", f"{count:,} / {len(network.pieces):,}"),
        ("index build (snapping excluded)", f"{build_s:.2f} s"),
        ("data warnings", f"{len(index.warnings)}"),
        ("customers per click (mean)", f"{sum(sizes) / len(sizes):.0f}"),
        ("select + report, first click p50", f"{percentile(cold, 0.5):.2f} ms"),
        ("select + report, first click p95", f"{percentile(cold, 0.95):.2f} ms"),
        ("select + report, cached phones p95", f"{percentile(warm, 0.95):.2f} ms"),
        ("plan-B extra customers (mean)", f"{extra_ms:.3f} ms"),
        ("phones normalised (cache size)", f"{len(index.normalizer):,}"),
        ("peak memory (process)", f"{peak_mb:.0f} MB"),
    ]
    width = max(len(name) for name, _ in rows)
    print(f"bench_customers ({CLICKS} clicks of {CLICK_PIECES} pieces)")
    for name, value in rows:
        print(f"  {name.ljust(width)}  {value}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
