"""The sample town's background map: named streets and the buildings along them.

A utility keeps a base map under its network (a cadastre, a street graph,
an orthophoto); a map without one tells a call-centre agent nothing. The
sample town gets a small one made from its own plan, so the demo map and
the crew sheet show where the work is: one line per street between two
crossings, carrying the street's name (what the SMS names), and houses set
back from both sides of each street, where the generator put the customers
(7-18 m from their pipe).

Deterministic: the buildings draw from their own random generator, so the
network and the customers stay exactly what they were.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator

from . import sample_names as names
from .sample_network import Network

#: No house within this distance of a crossing (where the side streets' houses stand).
CORNER = 19.0
#: House fronts start this far from the street's centre line; depth and width in metres.
SETBACK = (5.5, 7.0)
DEPTH = (9.0, 12.0)
WIDTH = (16.0, 28.0)
GAP = (4.0, 9.0)
#: Streets with houses on both sides (bridges have none; diagonals cut across blocks).
BUILT_UP = ("street", "crossing", "hamlet")
#: The town's through roads, drawn wider.
MAIN_ROADS = (names.MAIN_AXIS, names.NORTH_ROAD)


def street_rows(network: Network) -> Iterator[tuple]:
    """``(parts, name, comune, kind)`` per street: its edges as one multi-line, by name.

    ``kind`` is ``principale`` for the through roads and ``locale`` for the others.
    """
    streets: dict = {}
    for edge in network.streets:
        streets.setdefault((edge.name, edge.comune), []).append([edge.start, edge.end])
    for (name, comune), parts in sorted(streets.items()):
        yield parts, name, comune, "principale" if name in MAIN_ROADS else "locale"


def building_rows(network: Network, seed: int) -> Iterator[tuple]:
    """``(rings, kind)`` for each house: rectangles along both sides of the streets."""
    rng = random.Random(seed + 7)
    for edge in network.streets:
        if edge.role not in BUILT_UP:
            continue
        (xa, ya), (xb, yb) = edge.start, edge.end
        length = math.hypot(xb - xa, yb - ya)
        ux, uy = (xb - xa) / length, (yb - ya) / length
        for side in (1, -1):
            nx, ny = -uy * side, ux * side
            along = CORNER
            while True:
                width = rng.uniform(*WIDTH)
                if along + width > length - CORNER:
                    break
                setback, depth = rng.uniform(*SETBACK), rng.uniform(*DEPTH)
                x0, y0 = xa + ux * along + nx * setback, ya + uy * along + ny * setback
                corners = [
                    (x0, y0),
                    (x0 + ux * width, y0 + uy * width),
                    (x0 + ux * width + nx * depth, y0 + uy * width + ny * depth),
                    (x0 + nx * depth, y0 + ny * depth),
                ]
                ring = [(round(x, 2), round(y, 2)) for x, y in corners]
                if side < 0:  # the outer ring counter-clockwise on both sides
                    ring.reverse()
                yield [ring + ring[:1]], "edificio"
                along += width + rng.uniform(*GAP)
