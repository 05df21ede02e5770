"""The pipe network of the sample town: streets, mains, valves and sources.

A town is laid out as a jittered street grid with pipes along the streets,
because that is what a distribution network looks like on a map and it
scales from the bundled sample (a few thousand pipes) to benchmark networks
of a million. The plan is built so the trace has real work to do:

- a railway crosses the town east-west and is passed only by a few streets,
  each with a normally closed valve: two pressure zones, the south one fed
  by two tanks on the hills, the north one by two wells on the plain;
- a river on the west side is crossed by one bridge per zone, so the west
  districts hang on a single pipe (shut it and the district is dry);
- three hamlets hang on single branch mains;
- the source mains cross a perimeter street without a junction;
- a well on the hills feeds the first tank through a main with no valve, so
  the tank stands between two mains: a source that bounds segments.

The topology is kept as node ids alongside the geometry, so the supply
analysis (``sample_supply``) and the documented data issues do not depend
on re-snapping the coordinates.
"""

from __future__ import annotations

import bisect
import itertools
import math
import random
from dataclasses import dataclass, field

from . import sample_names as names


class Weighted:
    """A weighted draw, several times faster than ``rng.choices`` for one value."""

    def __init__(self, values: tuple, weights: tuple):
        self.values = values
        self.cumulative = list(itertools.accumulate(weights))
        self.total = self.cumulative[-1]

    def __call__(self, rng: random.Random):
        return self.values[bisect.bisect(self.cumulative, rng.random() * self.total)]


CENTRE = (716000.0, 4914000.0)  # Imola, in EPSG:32632 metres
MAIN_COMUNE = "Imola"
PIPES_PER_GRID_NODE = 2.9  # calibrated: pipes made per street-grid node

STREET_DIAMETERS = Weighted((100, 125, 150, 200), (40, 25, 25, 10))
STREET_MATERIALS = Weighted(
    ("ghisa", "PEAD", "PVC", "fibrocemento", "acciaio"), (35, 25, 20, 12, 8)
)
SPLITS = Weighted((1, 2, 3), (55, 35, 10))
SERVICE_DIAMETERS = (60, 80)


@dataclass
class Pipe:
    """One pipe as it will be written; ``a`` and ``b`` are topology node ids."""

    pipe_id: str
    a: int
    b: int
    coords: list
    diameter: int
    material: str
    street: str
    comune: str
    kind: str  # "main", "distribution" or "service"
    parts: list | None = None  # set when written as two touching parts


@dataclass
class Valve:
    """A valve; ``pipe`` is set for mid-span valves, ``node`` for junction ones."""

    valve_id: str
    point: tuple
    state: str | None
    diameter: int
    kind: str  # "junction", "midspan", "ambiguous" or "off_network"
    node: int | None = None
    pipe: int | None = None
    valve_type: str = "saracinesca"


@dataclass
class Source:
    source_id: str
    kind: str
    name: str
    node: int


@dataclass
class Network:
    nodes: list
    pipes: list
    valves: list
    sources: list
    issues: dict = field(default_factory=dict)  # deliberate data issues -> ids
    landmarks: dict = field(default_factory=dict)  # named pipes the docs refer to
    streets: list = field(default_factory=list)  # StreetEdge: the map's streets (background)


@dataclass(frozen=True)
class StreetEdge:
    """A street between two crossings, as the background map draws it."""

    name: str
    comune: str
    role: str  # "street", "bridge", "crossing", "diagonal", "hamlet"
    start: tuple
    end: tuple


@dataclass
class _Edge:
    a: int
    b: int
    street: str
    comune: str
    role: str  # "street", "bridge", "crossing", "diagonal", "hamlet"


class _Builder:
    """Accumulates nodes and pipes; every random draw goes through ``rng``."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.nodes: list = []
        self.pipes: list = []
        self.valves: list = []
        self.sources: list = []
        self.valve_nodes: set = set()
        self.free_inner_nodes: list = []  # pipe split nodes with no valve yet

    def node(self, x: float, y: float) -> int:
        self.nodes.append((round(x, 3), round(y, 3)))
        return len(self.nodes) - 1

    def pipe(self, a: int, b: int, bend: bool, **attrs) -> int:
        pa, pb = self.nodes[a], self.nodes[b]
        coords = [pa, pb]
        if bend:
            off = self.rng.uniform(-1.2, 1.2)
            length = math.dist(pa, pb)
            t = self.rng.uniform(0.35, 0.65)
            nx, ny = (pa[1] - pb[1]) / length, (pb[0] - pa[0]) / length
            mid = (pa[0] + t * (pb[0] - pa[0]) + off * nx, pa[1] + t * (pb[1] - pa[1]) + off * ny)
            coords = [pa, (round(mid[0], 3), round(mid[1], 3)), pb]
        self.pipes.append(Pipe(f"C{len(self.pipes) + 1:06d}", a, b, coords, **attrs))
        return len(self.pipes) - 1

    def lay(self, a: int, b: int, fractions: list, lateral: float, **attrs) -> tuple:
        """Lay pipes from ``a`` to ``b``, split at ``fractions``; return (pipes, inner nodes)."""
        (xa, ya), (xb, yb) = self.nodes[a], self.nodes[b]
        length = math.hypot(xb - xa, yb - ya)
        ux, uy = (xb - xa) / length, (yb - ya) / length
        inner = []
        for f in fractions:
            off = self.rng.uniform(-lateral, lateral)
            inner.append(self.node(xa + f * (xb - xa) - off * uy, ya + f * (yb - ya) + off * ux))
        chain = [a, *inner, b]
        pipes = [
            self.pipe(p, q, self.rng.random() < 0.3, **attrs) for p, q in zip(chain, chain[1:])
        ]
        return pipes, inner

    def valve(self, point: tuple, kind: str, diameter: int, state="aperta", **where) -> Valve:
        valve = Valve(f"V{len(self.valves) + 1:06d}", point, state, diameter, kind, **where)
        self.valves.append(valve)
        if valve.node is not None:
            self.valve_nodes.add(valve.node)
        return valve

    def junction_valve(self, node: int, diameter: int, state="aperta") -> Valve:
        return self.valve(self.nodes[node], "junction", diameter, state, node=node)

    def midspan_valve(self, pipe_index: int, state="aperta") -> Valve:
        """Put a valve a few metres inside the pipe, on its first or last segment."""
        pipe = self.pipes[pipe_index]
        start, nxt = (
            (pipe.coords[0], pipe.coords[1])
            if self.rng.random() < 0.5
            else (pipe.coords[-1], pipe.coords[-2])
        )
        seg = math.dist(start, nxt)
        d = min(self.rng.uniform(4.0, 12.0), seg * 0.4)
        t = d / seg
        point = (start[0] + t * (nxt[0] - start[0]), start[1] + t * (nxt[1] - start[1]))
        return self.valve(point, "midspan", pipe.diameter, state, pipe=pipe_index)


def _segments_cross(p1, p2, q1, q2) -> bool:
    """True when the segments cross at a point inside both (touching ends excluded)."""

    def side(a, b, c):
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])

    d1, d2 = side(q1, q2, p1), side(q1, q2, p2)
    d3, d4 = side(p1, p2, q1), side(p1, p2, q2)
    return d1 * d2 < 0 and d3 * d4 < 0


def _segments_cross_any(a: list, b: list) -> bool:
    return any(
        _segments_cross(p1, p2, q1, q2) for p1, p2 in zip(a, a[1:]) for q1, q2 in zip(b, b[1:])
    )


def grid_shape(pipes: int) -> tuple:
    """Rows and columns of the street grid that give about ``pipes`` pipes."""
    cells = max(pipes / PIPES_PER_GRID_NODE, 16 * 18)
    rows = max(16, round(math.sqrt(cells / 1.15)))
    return rows, max(18, round(cells / rows))


class TownPlan:
    """Builds the :class:`Network` of a town with ``rows`` x ``cols`` street nodes."""

    def __init__(self, rng: random.Random, rows: int, cols: int):
        self.rng = rng
        self.rows, self.cols = rows, cols
        self.b = _Builder(rng)
        self.railway = rows // 2  # the gap is between this row and the next
        self.river = max(3, cols // 5)  # the gap is between this column and the next
        self.bridge_rows = (self.railway // 2, self.railway + (rows - self.railway) // 2)
        east = cols - self.river
        self.crossing_cols = sorted(
            {self.river + 2 + int(f * (east - 3)) for f in (0.1, 0.38, 0.62, 0.9)}
        )
        self.landmarks: dict = {}
        self.issues: dict = {}
        self.streets: list = []

    # ----------------------------------------------------------- the grid
    def _grid(self) -> list:
        rng = self.rng
        xs, ys = [0.0], [0.0]
        for _ in range(self.cols - 1):
            xs.append(xs[-1] + rng.uniform(80, 120))
        for _ in range(self.rows - 1):
            ys.append(ys[-1] + rng.uniform(75, 115))
        x0, y0 = CENTRE[0] - xs[-1] / 2, CENTRE[1] - ys[-1] / 2
        return [
            [self.b.node(x0 + x + rng.uniform(-9, 9), y0 + y + rng.uniform(-9, 9)) for x in xs]
            for y in ys
        ]

    def _street_names(self) -> tuple:
        pool = list(names.STREET_NAMES)
        self.rng.shuffle(pool)
        row_names = [pool[i % len(pool)] for i in range(self.rows)]
        col_names = [pool[(self.rows + i) % len(pool)] for i in range(self.cols)]
        row_names[self.railway - 2] = names.MAIN_AXIS
        col_names[self.river + (self.cols - self.river) // 2] = names.NORTH_ROAD
        col_names[self.river + 1] = names.HILL_ROAD
        return row_names, col_names

    def _street_edges(self, grid: list) -> list:
        rows, cols = self.rows, self.cols
        row_names, col_names = self._street_names()
        edges = []
        for r in range(rows):
            for c in range(cols - 1):
                if c == self.river and r not in self.bridge_rows:
                    continue
                role = "bridge" if c == self.river else "street"
                edges.append(_Edge(grid[r][c], grid[r][c + 1], row_names[r], MAIN_COMUNE, role))
        for c in range(cols):
            for r in range(rows - 1):
                if r == self.railway and c not in self.crossing_cols:
                    continue
                role = "crossing" if r == self.railway else "street"
                edges.append(_Edge(grid[r][c], grid[r + 1][c], col_names[c], MAIN_COMUNE, role))
        r0, c0 = self.railway + 2, self.river + 3
        for i in range(min(6, rows - r0 - 3)):
            a, b = grid[r0 + i][c0 + i], grid[r0 + i + 1][c0 + i + 1]
            edges.append(_Edge(a, b, names.DIAGONALS[0], MAIN_COMUNE, "diagonal"))
        r0, c0 = 2, cols - 3
        for i in range(min(6, self.railway - 4)):
            a, b = grid[r0 + i][c0 - i], grid[r0 + i + 1][c0 - i - 1]
            edges.append(_Edge(a, b, names.DIAGONALS[1], MAIN_COMUNE, "diagonal"))
        return self._thin(edges)

    def _thin(self, edges: list) -> list:
        """Drop a few streets for irregularity, never disconnecting a pressure zone.

        A random spanning forest over the streets (railway crossings left
        out, as they are closed) is kept whole; only edges outside it go.
        """
        order = list(range(len(edges)))
        self.rng.shuffle(order)
        parent: dict = {}

        def root(n):
            while parent.get(n, n) != n:
                parent[n] = parent.get(parent[n], parent[n])
                n = parent[n]
            return n

        keep = [True] * len(edges)
        for i in order:
            e = edges[i]
            if e.role == "crossing":
                continue
            ra, rb = root(e.a), root(e.b)
            if ra != rb:
                parent[ra] = rb
            elif e.role == "street" and self.rng.random() < 0.12:
                keep[i] = False
        return [e for e, k in zip(edges, keep) if k]

    # ----------------------------------------------------------- laying pipes
    def _lay_street(self, e: _Edge, diameter: int, material: str) -> None:
        b, rng = self.b, self.rng
        self.streets.append(StreetEdge(e.street, e.comune, e.role, b.nodes[e.a], b.nodes[e.b]))
        attrs = dict(
            diameter=diameter,
            material=material,
            street=e.street,
            comune=e.comune,
            kind="distribution",
        )
        if e.role == "bridge":
            pipes, inner = b.lay(e.a, e.b, [0.3, 0.7], 0.0, **attrs)
            for n in inner:
                b.junction_valve(n, diameter)
            self.landmarks.setdefault("bridges", []).append(b.pipes[pipes[1]].pipe_id)
            return
        if e.role == "crossing":
            pipes, _ = b.lay(e.a, e.b, [], 0.0, **attrs)
            b.midspan_valve(pipes[0], state="chiusa")
            self.landmarks.setdefault("zone_boundary", []).append(b.pipes[pipes[0]].pipe_id)
            return
        k = SPLITS(rng)
        fractions = sorted(rng.uniform(0.25, 0.75) for _ in range(k - 1))
        if k == 3 and fractions[1] - fractions[0] < 0.15:
            fractions = [0.33, 0.66]
        pipes, inner = b.lay(e.a, e.b, fractions, 1.5, **attrs)
        if rng.random() < 0.72:
            if inner:
                b.junction_valve(rng.choice(inner), diameter, self._state())
            else:
                b.midspan_valve(pipes[0], self._state())
        b.free_inner_nodes.extend(n for n in inner if n not in b.valve_nodes)

    def _state(self) -> str | None:
        r = self.rng.random()
        if r < 0.02:
            return "inoperabile"
        if r < 0.04:
            return "guasta"
        if r < 0.07:
            return None
        return "aperta"

    def _lay_streets(self, edges: list) -> None:
        row_names = {names.MAIN_AXIS, names.NORTH_ROAD}
        for e in edges:
            if e.street in row_names:
                diameter, material = 300, "ghisa"
            else:
                diameter = STREET_DIAMETERS(self.rng)
                material = STREET_MATERIALS(self.rng)
            self._lay_street(e, diameter, material)

    def _lay_main(
        self, start: int, points: list, end: int, diameter: int, street: str, comune: str
    ) -> list:
        """Lay a main from node ``start`` through ``points`` to node ``end``.

        Valves go on the first and last joints and on about half of the
        others, as on a real main; returns the pipe indices in order.
        """
        b = self.b
        chain = [start] + [b.node(*p) for p in points] + [end]
        material = "acciaio" if diameter >= 300 else "ghisa"
        kind = "main" if diameter >= 300 else "distribution"
        pipes = []
        for i, (p, q) in enumerate(zip(chain, chain[1:])):
            pipes.append(
                b.pipe(
                    p,
                    q,
                    False,
                    diameter=diameter,
                    material=material,
                    street=street,
                    comune=comune,
                    kind=kind,
                )
            )
            if q != end and (i in (0, len(chain) - 3) or self.rng.random() < 0.5):
                b.junction_valve(q, diameter)
        return pipes

    def _route(self, start: tuple, end: tuple, step: float) -> list:
        """Points from ``start`` towards ``end`` (excluded), every ``step`` metres, wobbling."""
        n = max(2, int(math.dist(start, end) // step))
        return [
            (
                start[0] + (end[0] - start[0]) * i / n + self.rng.uniform(-6, 6) * (i > 0),
                start[1] + (end[1] - start[1]) * i / n + self.rng.uniform(-6, 6) * (i > 0),
            )
            for i in range(n)
        ]

    def _sources(self, grid: list) -> None:
        b, rows, cols = self.b, self.rows, self.cols
        east = cols - self.river
        plan = (
            ("serbatoio", 0, 1, self.river + int(east * 0.3), -650.0),
            ("serbatoio", 1, 1, self.river + int(east * 0.75), -700.0),
            ("pozzo", 0, rows - 2, self.river + int(east * 0.2), 450.0),
            ("pozzo", 1, rows - 2, self.river + int(east * 0.6), 420.0),
        )
        for number, (kind, i, r, c, dy) in enumerate(plan, start=1):
            end = grid[r][c]
            ex, ey = b.nodes[end]
            edge_y = b.nodes[grid[0 if dy < 0 else rows - 1][c]][1]
            start = b.node(ex + 38.0, edge_y + dy)
            route = self._route(b.nodes[start], (ex, ey), 220.0)[1:]
            diameter = self.rng.choice((400, 450, 500))
            name = names.SOURCE_NAMES[kind][i]
            pipes = self._lay_main(start, route, end, diameter, f"Adduttrice {name}", MAIN_COMUNE)
            b.sources.append(Source(f"F{number:02d}", kind, name, start))
            self.landmarks.setdefault("source_mains", []).append(b.pipes[pipes[-1]].pipe_id)

    # ----------------------------------------------------------- hamlets
    def _hamlets(self, grid: list) -> None:
        """Three hamlets, each on a single branch main from the town's edge."""
        b = self.b
        west = b.nodes[grid[0][0]][0]
        plans = (
            ("Castel San Pietro Terme", grid[self.bridge_rows[0] + 1][0], "west"),
            ("Medicina", grid[-1][int(self.cols * 0.88)], "north"),
            ("Dozza", grid[0][self.river // 2], "south"),
        )
        for number, (comune, attach, side) in enumerate(plans):
            ax, ay = b.nodes[attach]
            origin = {
                "west": (west - 1450.0, ay - 100.0),
                "north": (ax - 140.0, ay + 950.0),
                "south": (ax - 350.0, ay - 1100.0),
            }[side]
            street_names = names.HAMLET_STREETS[number * 4 : number * 4 + 4]
            corner = self._hamlet_grid(origin, comune, street_names, side)
            route = self._route((ax, ay), b.nodes[corner], 200.0)[1:]
            pipes = self._lay_main(attach, route, corner, 150, f"Diramazione {comune}", comune)
            middle = b.pipes[pipes[len(pipes) // 2]].pipe_id
            self.landmarks.setdefault("hamlet_branches", []).append(middle)

    def _hamlet_grid(self, origin: tuple, comune: str, street_names: tuple, side: str) -> int:
        """A 4 x 5 street grid for a hamlet; return the node its branch main reaches."""
        rng, (ox, oy) = self.rng, origin
        g = [
            [
                self.b.node(ox + c * 70 + rng.uniform(-6, 6), oy + r * 65 + rng.uniform(-6, 6))
                for c in range(5)
            ]
            for r in range(4)
        ]
        for r in range(4):
            for c in range(4):
                edge = _Edge(g[r][c], g[r][c + 1], street_names[r % 2], comune, "hamlet")
                self._lay_street(edge, 100, "PEAD")
        for c in range(5):
            for r in range(3):
                edge = _Edge(g[r][c], g[r + 1][c], street_names[2 + c % 2], comune, "hamlet")
                self._lay_street(edge, 100, "PVC")
        return {"west": g[1][4], "north": g[0][2], "south": g[3][4]}[side]

    # ----------------------------------------------------------- services and issues
    def _services(self) -> None:
        """Dangling service pipes to courtyards, from pipe split nodes without valves."""
        b, rng = self.b, self.rng
        candidates = [n for n in b.free_inner_nodes if n not in b.valve_nodes]
        count = max(20, len(b.pipes) // 20)
        chosen = rng.sample(candidates, min(count, len(candidates)))
        by_node = {}
        for p in b.pipes:
            by_node.setdefault(p.b, p)
        for n in sorted(chosen):
            street_pipe = by_node[n]
            (xa, ya), (xb, yb) = b.nodes[street_pipe.a], b.nodes[street_pipe.b]
            length = math.hypot(xb - xa, yb - ya)
            side = rng.choice((-1, 1)) * rng.uniform(12, 35) / length
            x, y = b.nodes[n]
            end = b.node(x - (yb - ya) * side, y + (xb - xa) * side)
            b.pipe(
                n,
                end,
                False,
                diameter=rng.choice(SERVICE_DIAMETERS),
                material="PEAD",
                street=street_pipe.street,
                comune=street_pipe.comune,
                kind="service",
            )
            self.issues.setdefault("dangling_services", []).append(b.pipes[-1].pipe_id)

    def _ambiguous_and_off_network(self, grid: list) -> None:
        """One valve on a three-way junction, one valve beside the network."""
        b = self.b
        degree: dict = {}
        for p in b.pipes:
            degree[p.a] = degree.get(p.a, 0) + 1
            degree[p.b] = degree.get(p.b, 0) + 1
        tees = [
            n
            for row in grid[2 : self.railway - 1]
            for n in row[self.river + 2 :]
            if degree.get(n) == 3 and n not in b.valve_nodes
        ]
        node = self.rng.choice(tees)
        diameter = max(p.diameter for p in b.pipes if node in (p.a, p.b))
        valve = b.valve(b.nodes[node], "ambiguous", diameter, node=node)
        self.issues["ambiguous_valve"] = [valve.valve_id]
        target = self.rng.choice([p for p in b.pipes if p.kind == "distribution"])
        (xa, ya), (xb, yb) = target.coords[0], target.coords[1]
        length = math.hypot(xb - xa, yb - ya)
        x, y = (xa + xb) / 2 - (yb - ya) / length * 3.5, (ya + yb) / 2 + (xb - xa) / length * 3.5
        valve = b.valve((x, y), "off_network", target.diameter)
        self.issues["valve_off_network"] = [valve.valve_id]

    def _jitter_and_multipart(self) -> None:
        """Move a few pipe ends by millimetres; write a few pipes as two touching parts."""
        b, rng = self.b, self.rng
        sources = {s.node for s in b.sources}
        for p in b.pipes:
            if rng.random() < 0.02:
                end = 0 if rng.random() < 0.5 else -1
                if (p.a if end == 0 else p.b) in sources:
                    continue
                angle, dist = rng.uniform(0, 2 * math.pi), rng.uniform(0.002, 0.008)
                x, y = p.coords[end]
                p.coords[end] = (x + dist * math.cos(angle), y + dist * math.sin(angle))
                self.issues.setdefault("jittered_ends", []).append(p.pipe_id)
        bent = [p for p in b.pipes if len(p.coords) == 3 and p.kind == "distribution"]
        for p in sorted(rng.sample(bent, min(6, len(bent))), key=lambda p: p.pipe_id):
            p.parts = [p.coords[:2], p.coords[1:]]
            self.issues.setdefault("two_part_pipes", []).append(p.pipe_id)

    def _crossings(self) -> None:
        """Record which pipes each source main's last pipe crosses with no junction."""
        pipes = self.b.pipes
        for main_id in self.landmarks["source_mains"]:
            main = next(p for p in pipes if p.pipe_id == main_id)
            (xa, ya), (xb, yb) = main.coords[0], main.coords[-1]
            reach = math.hypot(xb - xa, yb - ya) / 2 + 300.0  # longer than any street pipe
            cx, cy = (xa + xb) / 2, (ya + yb) / 2
            for other in pipes:
                x, y = other.coords[0]
                if abs(x - cx) > reach or abs(y - cy) > reach or other is main:
                    continue
                if _segments_cross_any(main.coords, other.coords):
                    self.issues.setdefault("crossings", []).append(f"{main_id} x {other.pipe_id}")

    def _well_feeding_a_tank(self) -> None:
        """A well 600 m beyond the first tank, feeding it through three pipes and no valve.

        Drawn last, so every other pipe, valve and random draw of the town is
        what it was before the well was added.
        """
        b = self.b
        tank = next(s for s in b.sources if s.kind == "serbatoio")
        tx, ty = b.nodes[tank.node]
        well = b.node(tx + 180.0, ty - 570.0)
        name = names.SOURCE_NAMES["pozzo"][2]
        route = self._route(b.nodes[well], (tx, ty), 180.0)[1:]
        chain = [well] + [b.node(*point) for point in route] + [tank.node]
        for p, q in zip(chain, chain[1:]):
            attrs = dict(diameter=300, material="acciaio", comune=MAIN_COMUNE, kind="main")
            b.pipe(p, q, False, street=f"Adduttrice {name}", **attrs)
            self.landmarks.setdefault("well_main", []).append(b.pipes[-1].pipe_id)
        b.sources.append(Source(f"F{len(b.sources) + 1:02d}", "pozzo", name, well))
        self.landmarks["well_and_tank"] = [b.sources[-1].source_id, tank.source_id]

    def build(self) -> Network:
        grid = self._grid()
        self._lay_streets(self._street_edges(grid))
        self._sources(grid)
        self._hamlets(grid)
        self._services()
        self._ambiguous_and_off_network(grid)
        self._jitter_and_multipart()
        self._crossings()
        self._well_feeding_a_tank()
        b = self.b
        return Network(
            b.nodes, b.pipes, b.valves, b.sources, self.issues, self.landmarks, self.streets
        )


def build_network(seed: int, pipes: int) -> Network:
    """The town for ``seed`` with about ``pipes`` pipes (deterministic)."""
    rows, cols = grid_shape(pipes)
    return TownPlan(random.Random(seed), rows, cols).build()
