"""Pipes crossing without a junction are reported exactly as before the check was made cheaper.

The crossing check runs on every build, so issue 21 made it cheaper (the
junctions, most of the meetings, are dropped before the tees are looked up).
The digest below was taken on the check as it stood before (commit b28a6af)
on networks drawn to cross a lot, with the awkward cases: pipes overlapping
along a stretch (collinear), crossings exactly at a vertex of one pipe or
of both, pipes crossing twice, meetings within the tolerance of an end,
pipes ending on another (tees, which are no crossing), overshooting it
within the tolerance, and junctions at a shallow angle.
"""

from __future__ import annotations

import hashlib
import random

import pytest
from water_outage_notifier.trace import NetworkSettings, PipeInput, build_network

#: (seed, tolerance) -> digest of the crossing warnings of :func:`crossing_town`.
DIGESTS = {
    (3, 0.01): "8b8c85b5d782f3787e375c4ae7d2b6f70866f02eb8301b827b6cca3b64e497b8",
    (8, 0.5): "a653b9cf46899d929e587ea1503ca5847ca686b33cfa093face01380f702710b",
    (21, 0.0): "79af3c2d6de005812bd2ee8157a1a8cc881e53814488ed3e39397c0e3bd65906",
}


def crossing_town(seed: int, tol: float) -> list[PipeInput]:
    """Streets both ways drawn as pipes that cross each other, plus the awkward cases."""
    rng = random.Random(seed)
    pipes: list[list[list[tuple[float, float]]]] = []
    for k in range(40):  # east-west mains with a few vertices each
        y = 10.0 * k + rng.uniform(-2, 2)
        xs = sorted(rng.uniform(0, 400) for _ in range(rng.randint(2, 5)))
        pipes.append([[(x, y + rng.uniform(-1, 1)) for x in xs]])
    for k in range(40):  # north-south mains crossing them
        x = 10.0 * k + rng.uniform(-2, 2)
        ys = sorted(rng.uniform(0, 400) for _ in range(rng.randint(2, 5)))
        pipes.append([[(x + rng.uniform(-1, 1), y) for y in ys]])
    for _ in range(60):  # diagonals, some crossing a main twice
        x, y = rng.uniform(0, 400), rng.uniform(0, 400)
        line = [(x, y)]
        for _ in range(rng.randint(1, 4)):
            x, y = x + rng.uniform(-60, 60), y + rng.uniform(-60, 60)
            line.append((x, y))
        pipes.append([line])
    mains = [p[0] for p in pipes[:80]]
    for main in rng.sample(mains, 25):  # a pipe through a vertex of a main
        (vx, vy) = main[len(main) // 2]
        pipes.append([[(vx - 7.0, vy - 5.0), (vx, vy), (vx + 6.0, vy + 8.0)]])
        pipes.append([[(vx - 3.0, vy + 4.0), (vx + 3.0, vy - 4.0)]])
    for main in rng.sample(mains, 25):  # overlapping a main along a stretch
        (x1, y1), (x2, y2) = main[0], main[1]
        a, b = rng.uniform(0.1, 0.4), rng.uniform(0.6, 0.9)
        pipes.append(
            [[(x1 + a * (x2 - x1), y1 + a * (y2 - y1)), (x1 + b * (x2 - x1), y1 + b * (y2 - y1))]]
        )
    for main in rng.sample(mains, 40):  # branches ending on a main: on it, short, beyond
        (x1, y1), (x2, y2) = main[0], main[1]
        t = rng.uniform(0.2, 0.8)
        fx, fy = x1 + t * (x2 - x1), y1 + t * (y2 - y1)
        reach = rng.choice([0.0, -0.6 * tol, 0.6 * tol, 3.0 * tol + 0.01])
        nx, ny = -(y2 - y1), x2 - x1
        norm = (nx * nx + ny * ny) ** 0.5 or 1.0
        nx, ny = nx / norm, ny / norm
        pipes.append([[(fx + 20 * nx, fy + 20 * ny), (fx - reach * nx, fy - reach * ny)]])
    for main in rng.sample(mains, 20):  # a junction at a shallow angle, and one near an end
        start = main[0]
        pipes.append([[start, (start[0] + 50.0, start[1] + 0.05)]])
        end = main[-1]
        pipes.append([[(end[0] + 0.4 * tol, end[1] - 5.0), (end[0] + 0.4 * tol, end[1] + 5.0)]])
    for _ in range(10):  # multi-part pipes whose parts cross each other
        x, y = rng.uniform(0, 400), rng.uniform(0, 400)
        pipes.append([[(x, y), (x + 10, y + 10)], [(x, y + 10), (x + 10, y)]])
    return [PipeInput(fid, f"P{fid}", parts) for fid, parts in enumerate(pipes)]


def crossings(seed: int, tol: float) -> list:
    network = build_network(crossing_town(seed, tol), [], [], NetworkSettings(tol))
    return [
        (w.code, w.message, w.fid, w.feature_id, w.point, sorted(w.params.items()))
        for w in network.warnings
        if w.code == "crossing_without_junction"
    ]


@pytest.mark.parametrize("case", sorted(DIGESTS))
def test_the_crossings_are_those_the_old_check_found(case):
    found = crossings(*case)
    assert len(found) > 300, "the town crosses a lot"
    assert hashlib.sha256(repr(found).encode()).hexdigest() == DIGESTS[case]


def test_tees_and_junctions_are_no_crossing():
    """A branch ending on a main (on it or within the tolerance beyond) and pipes meeting
    at their ends are not reported; a branch stopping short of the tolerance and a pipe
    passing through are."""
    main = PipeInput(0, "M", [[(0.0, 0.0), (100.0, 0.0)]])
    on_it = PipeInput(1, "T1", [[(20.0, 10.0), (20.0, 0.0)]])
    beyond = PipeInput(2, "T2", [[(40.0, 10.0), (40.0, -0.005)]])
    through = PipeInput(3, "X", [[(60.0, 10.0), (60.0, -10.0)]])
    joined = PipeInput(4, "J", [[(100.0, 0.0), (100.0, 50.0)]])
    at_vertex = PipeInput(5, "V", [[(80.0, 10.0), (80.0, 0.0), (90.0, -10.0)]])
    network = build_network(
        [main, on_it, beyond, through, joined, at_vertex], [], [], NetworkSettings(0.01)
    )
    crossed = sorted(
        (w.feature_id, w.params["other_id"], w.point)
        for w in network.warnings
        if w.code == "crossing_without_junction"
    )
    assert crossed == [("M", "V", (80.0, 0.0)), ("M", "X", (60.0, 0.0))]
