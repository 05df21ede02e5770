"""The fast engine against a plain brute-force reference on random networks.

Networks are drawn on a small lattice so the true topology is known without
any snapping. Each lattice edge is one stretch of pipe; several collinear
edges in a row may be drawn as one long pipe (a main), with or without a
vertex at the lattice points it passes. A pipe ending on a lattice point
that a main passes through is a tee without a node; its end may lie a few
millimetres off the main, within the tolerance. Two mains crossing at a
lattice point are not connected. Valves sit on lattice points or at the
middle of an edge; sources sit on lattice points or at the middle of an edge.

The reference works on edge halves with networkx and plain searches, with
the rules of ``docs`` (``trace.md``):

- halves meet at the middle of their edge unless a valve or a source is there,
  and at a lattice point unless a source is there (a source bounds segments);
  at a crossing only each main's own halves meet;
- a valve at a point where exactly two halves meet separates them; elsewhere
  (a dead end, a tee, a source) it is ignored;
- the isolated area grows from the work site through valves that will not
  close (broken or failed) and through check valves from their downstream
  side (water comes in there); a check valve pointing out of it holds;
- of the open border valves, those whose far side is still supplied after
  the closure are to close, the others are not required;
- supply is a plain search on a directed graph, where a check valve passes
  water only from the half ending at it to the half starting at it.

It must agree with the engine on supply, segments, the isolated and dry
pipes, every valve list, the sources to shut, the cost of each valve passed
and plan B.
"""

from __future__ import annotations

import math

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from water_outage_notifier.trace import (
    NetworkSettings,
    PipeInput,
    SourceInput,
    ValveInput,
    build_network,
)

SIZE = 4
STEP = 10.0
STATES = ["open", "closed", "broken"]
WITH_CHECKS = STATES + ["open", "open", "check", "check"]
SETTINGS = NetworkSettings(check_values=("check",))
ALONG = [-0.004, 0.0, 0.003]  # a tee end moved along the main ...
ACROSS = [-0.009, -0.005, 0.0, 0.006, 0.009]  # ... and off it: always within 0.01


def _dir(edge):
    (a, b) = edge
    return (b[0] - a[0], b[1] - a[1])


def lattice_edges():
    edges = [((i, j), (i + 1, j)) for j in range(SIZE) for i in range(SIZE - 1)]
    return edges + [((i, j), (i, j + 1)) for i in range(SIZE) for j in range(SIZE - 1)]


EDGES = lattice_edges()
#: Pairs of collinear edges in a row (sharing a lattice point): candidates for one main.
FOLLOWERS = {
    (a, b): next((e for e in EDGES if e[0] == b and _dir(e) == _dir((a, b))), None)
    for a, b in EDGES
}


class Case:
    """A drawn network: pipes as chains of lattice edges, valves, sources, work, failed."""

    def __init__(self, chains, vertices, valves, sources, jitter, work, failed):
        self.chains = chains  # pipe k -> lattice points along it, in digitising order
        self.vertices = vertices  # pipe k -> indices of inner points drawn as vertices
        self.valves = valves  # (id, ("mid", edge) | ("node", point), state)
        self.sources = sources  # ("mid", edge) | ("node", point)
        self.jitter = jitter  # (pipe, 0 start | 1 end) -> (along, across)
        self.work = work  # pipe indices
        self.failed = failed  # valve ids
        # edge (a, b) in digitising order -> (pipe, rank along the pipe)
        self.edges = {}
        for k, chain in enumerate(chains):
            for rank, (a, b) in enumerate(zip(chain, chain[1:])):
                self.edges[(a, b)] = (k, rank)

    def through(self, point):
        """Pipes passing through ``point`` (not ending there)."""
        return [k for k, chain in enumerate(self.chains) if point in chain[1:-1]]

    def ends(self, point):
        """Halves ending at ``point``: (edge, 0) where a pipe starts, (edge, 1) where it ends."""
        out = []
        for chain in self.chains:
            if chain[0] == point:
                out.append(((chain[0], chain[1]), 0))
            if chain[-1] == point:
                out.append(((chain[-2], chain[-1]), 1))
        return out

    def __repr__(self):
        return (
            f"Case(chains={self.chains!r}, vertices={self.vertices!r}, valves={self.valves!r}, "
            f"sources={self.sources!r}, jitter={self.jitter!r}, work={self.work!r}, "
            f"failed={self.failed!r})"
        )


@st.composite
def networks(draw, states=STATES, flip=False):
    """A lattice network; ``flip`` digitises pipes either way and puts a valve on every edge,
    so that check valves often part the network into pools fed one way."""
    chosen = set(
        draw(st.lists(st.sampled_from(EDGES), min_size=1, max_size=len(EDGES), unique=True))
    )
    chains, taken = [], set()
    for edge in EDGES:
        if edge not in chosen or edge in taken:
            continue
        chain = [edge[0], edge[1]]
        taken.add(edge)
        nxt = FOLLOWERS[edge]
        while nxt in chosen and nxt not in taken and draw(st.booleans()):
            chain.append(nxt[1])
            taken.add(nxt)
            nxt = FOLLOWERS[nxt]
        chains.append(chain)
    if flip:
        chains = [chain[::-1] if draw(st.booleans()) else chain for chain in chains]
    vertices = [[i for i in range(1, len(chain) - 1) if draw(st.booleans())] for chain in chains]
    case = Case(chains, vertices, [], [], {}, [], [])
    crossings = {p for p in {q for c in chains for q in c} if len(case.through(p)) >= 2}
    points = sorted({p for c in chains for p in c} - crossings)
    edges = sorted(case.edges)
    for k, edge in enumerate(edges):
        if flip or draw(st.booleans()):
            case.valves.append((f"m{k}", ("mid", edge), draw(st.sampled_from(states))))
    for p in draw(st.lists(st.sampled_from(points), unique=True, max_size=len(points))):
        case.valves.append((f"n{p[0]}{p[1]}", ("node", p), draw(st.sampled_from(states))))
    where = [("node", p) for p in points] + [("mid", e) for e in edges]
    case.sources = draw(st.lists(st.sampled_from(where), unique=True, max_size=2 + 2 * flip))
    for k, chain in enumerate(chains):
        for which, point in ((0, chain[0]), (1, chain[-1])):
            # moving an end moves the line up to the next vertex: keep lattice points off it
            inner = 1 if which == 0 else len(chain) - 2
            straight = len(chain) == 2 or inner in vertices[k]
            if straight and len(case.through(point)) == 1 and draw(st.booleans()):
                case.jitter[(k, which)] = (
                    draw(st.sampled_from(ALONG)),
                    draw(st.sampled_from(ACROSS)),
                )
    case.work = draw(st.lists(st.integers(0, len(chains) - 1), min_size=1, max_size=2, unique=True))
    case.failed = draw(
        st.lists(st.sampled_from([v[0] for v in case.valves] or ["none"]), max_size=1)
    )
    return case


def xy(p):
    return (p[0] * STEP, p[1] * STEP)


def mid(edge):
    (a, b) = edge
    return ((xy(a)[0] + xy(b)[0]) / 2, (xy(a)[1] + xy(b)[1]) / 2)


def pipe_coords(case, k):
    chain = case.chains[k]
    keep = [0, *case.vertices[k], len(chain) - 1]
    coords = [xy(chain[i]) for i in keep]
    for which, at in ((0, 0), (1, -1)):
        if (k, which) in case.jitter:
            along, across = case.jitter[(k, which)]
            (main,) = case.through(chain[at])
            dx, dy = _dir((case.chains[main][0], case.chains[main][1]))
            x, y = coords[at]
            coords[at] = (x + along * dx - across * dy, y + along * dy + across * dx)
    return coords


def build(case):
    pipes = [PipeInput(k, f"p{k}", [pipe_coords(case, k)]) for k in range(len(case.chains))]
    valve_inputs = [
        ValveInput(n, vid, mid(where) if kind == "mid" else xy(where), state)
        for n, (vid, (kind, where), state) in enumerate(case.valves)
    ]
    source_inputs = [
        SourceInput(n, f"s{n}", mid(where) if kind == "mid" else xy(where))
        for n, (kind, where) in enumerate(case.sources)
    ]
    return build_network(pipes, valve_inputs, source_inputs, SETTINGS)


class Reference:
    """Edge halves (edge, 0) and (edge, 1) in digitising order; plain graphs, no cleverness."""

    def __init__(self, case):
        self.case = case
        self.links = nx.Graph()  # always-open links: junctions and edge middles
        self.valves = {}  # valve id -> (state, upstream half, downstream half)
        self.against = set()  # check valves between halves digitised against each other
        source_points = {w for kind, w in case.sources if kind == "node"}
        source_edges = {w for kind, w in case.sources if kind == "mid"}
        mids = {w: (vid, s) for vid, (kind, w), s in case.valves if kind == "mid"}
        nodes = {w: (vid, s) for vid, (kind, w), s in case.valves if kind == "node"}
        self.sources = []  # per source: the halves it feeds
        for kind, where in case.sources:
            self.sources.append([(where, 0), (where, 1)] if kind == "mid" else self.at_point(where))
        for edge in case.edges:
            self.links.add_nodes_from([(edge, 0), (edge, 1)])
            if edge in source_edges:
                continue
            if edge in mids:
                vid, state = mids[edge]
                self.valves[vid] = (state, (edge, 0), (edge, 1))
            else:
                self.links.add_edge((edge, 0), (edge, 1))
        for point in {p for chain in case.chains for p in chain}:
            if point in source_points:
                continue
            ends, through = case.ends(point), case.through(point)
            pairs = [self.through_pair(k, point) for k in through]
            if point in nodes and len(ends) == 2 and not through:
                vid, state = nodes[point]
                up, down = sorted(ends, key=lambda h: -h[1])  # the half ending here feeds
                self.valves[vid] = (state, up, down)
                if up[1] == down[1] and state == "check":
                    self.against.add(vid)
            elif point in nodes and not ends and len(through) == 1:
                vid, state = nodes[point]
                self.valves[vid] = (state, *pairs[0])
            elif ends:
                everything = ends + [h for pair in pairs for h in pair]
                for h in everything[1:]:
                    self.links.add_edge(everything[0], h)
            else:
                for a, b in pairs:  # a crossing: each main on its own
                    self.links.add_edge(a, b)

    def through_pair(self, k, point):
        chain = self.case.chains[k]
        i = chain.index(point, 1)
        return ((chain[i - 1], chain[i]), 1), ((chain[i], chain[i + 1]), 0)

    def at_point(self, point):
        return self.case.ends(point) + [
            h for k in self.case.through(point) for h in self.through_pair(k, point)
        ]

    def halves(self, pipes):
        return {(e, h) for e, (k, _rank) in self.case.edges.items() if k in pipes for h in (0, 1)}

    def segments(self):
        g = nx.Graph(self.links)
        for state, a, b in self.valves.values():
            if state in ("broken", "check"):
                g.add_edge(a, b)
        return {frozenset(c) for c in nx.connected_components(g)}

    def fed(self, removed=frozenset()):
        """Halves a source reaches; check valves pass from their first half to their second."""
        g = nx.DiGraph(self.links)
        for vid, (state, up, down) in self.valves.items():
            if state in ("open", "broken") or vid in self.against:
                g.add_edge(up, down)
                g.add_edge(down, up)
            elif state == "check":
                g.add_edge(up, down)
        g.remove_nodes_from(removed)
        starts = {h for halves in self.sources for h in halves if h in g}
        return set().union(*(nx.descendants(g, s) | {s} for s in starts))

    def isolate(self, work, failed, repaired=()):
        """Isolated halves and every list of the report, by valve and source id.

        ``repaired`` valves (passed ones) count as closable barriers instead.
        """
        g = nx.DiGraph(self.links)
        for vid, (state, up, down) in self.valves.items():
            if vid in repaired:
                continue
            if state == "broken" or vid in failed or vid in self.against:
                g.add_edge(up, down)
                g.add_edge(down, up)
            elif state == "check":
                g.add_edge(down, up)  # the area takes in what lets water into it
        start = self.halves(work)
        isolated = set(start).union(*(nx.descendants(g, h) for h in start))
        still = self.fed(isolated)
        out = {"to_close": set(), "not_required": set(), "closed": set(), "checks": set()}
        for vid, (state, up, down) in self.valves.items():
            if (up in isolated) == (down in isolated):
                continue
            far = down if up in isolated else up
            if state == "closed":
                out["closed"].add(vid)
            elif state == "check" and vid not in self.against and vid not in repaired:
                out["closed"].add(vid)
                out["checks"].add(vid)
            elif vid not in failed and (state == "open" or vid in repaired):
                out["to_close" if far in still else "not_required"].add(vid)
        out["sources"] = {
            f"s{n}" for n, halves in enumerate(self.sources) if isolated & set(halves)
        }
        out["unsupplied"] = self.fed() - still - isolated
        return isolated, out


def piece_halves(network, case):
    """Engine piece -> the reference halves it covers (found by a point a quarter along each)."""
    out = {}
    for edge in case.edges:
        (ax, ay), (bx, by) = xy(edge[0]), xy(edge[1])
        for h, f in ((0, 0.25), (1, 0.75)):
            piece, _distance = network.nearest_piece((ax + f * (bx - ax), ay + f * (by - ay)), 0.05)
            out.setdefault(piece, set()).add((edge, h))
    return out


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(networks())
def test_engine_matches_brute_force(case):
    compare_with_reference(case)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(networks(states=WITH_CHECKS, flip=True))
def test_engine_with_check_valves_matches_brute_force(case):
    compare_with_reference(case)


def compare_with_reference(case):
    network = build(case)
    reference = Reference(case)
    covers = piece_halves(network, case)

    def halves_of(pieces):
        return set().union(*(covers.get(p, set()) for p in pieces))

    fed = halves_of(p for p in range(len(network.pieces)) if network.supplied(p))
    assert fed == reference.fed()
    directionless = {w.feature_id for w in network.warnings if w.code == "check_valve_direction"}
    assert directionless == reference.against
    segments = {}
    for piece in range(len(network.pieces)):
        segments.setdefault(network.segment_of(piece), set()).update(halves_of([piece]))
    # two branches overshooting a main from both sides leave millimetre slivers between
    # their ends, which cover no half: the reference cannot see them
    assert {frozenset(s) for s in segments.values() if s} == reference.segments()

    work_pieces = network.pieces_for_pipe_ids([f"p{k}" for k in case.work])
    result = network.isolate(work_pieces, failed_valves=case.failed)
    real_failed = {v for v in case.failed if reference.valves.get(v, ("",))[0] == "open"}
    isolated, lists = reference.isolate(case.work, real_failed)
    report = result.to_report()
    valves = report["valves"]

    def ids(entries):
        return {entry["valve_id"] for entry in entries}

    assert halves_of(result.isolated_pieces) == isolated
    assert ids(valves["to_close"]) == lists["to_close"]
    assert ids(valves["not_required"]) == lists["not_required"]
    assert ids(valves["already_closed"]) == lists["closed"]
    assert {v["valve_id"] for v in valves["already_closed"] if v["check"]} == lists["checks"]
    assert {s["source_id"] for s in report["sources"]["to_shut"]} == lists["sources"]
    assert halves_of(result.unsupplied_pieces) == lists["unsupplied"]

    for passed in valves["inoperable_passed"]:
        iso_fixed, _ = reference.isolate(case.work, real_failed, repaired={passed["valve_id"]})
        assert halves_of(passed["extra_pieces"]) == isolated - iso_fixed

    for plan in report["plan_b"]:
        iso_b, lists_b = reference.isolate(case.work, real_failed | {plan["valve_id"]})
        assert set(plan["extra_valves_to_close"]) == lists_b["to_close"] - lists["to_close"]
        assert set(plan["extra_sources_to_shut"]) == lists_b["sources"] - lists["sources"]
        assert halves_of(plan["extra_isolated_pieces"]) == iso_b - isolated
        assert (
            halves_of(plan["extra_unsupplied_pieces"])
            == lists_b["unsupplied"] - lists["unsupplied"]
        )


coordinate = st.floats(-1000, 1000, allow_nan=False)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.tuples(coordinate, coordinate, coordinate, coordinate), min_size=1, max_size=30),
    st.lists(st.tuples(coordinate, coordinate), min_size=1, max_size=10),
    st.floats(0.5, 3000),
)
def test_nearest_piece_matches_a_scan_of_every_piece(lines, points, max_distance):
    pipes = [PipeInput(k, f"p{k}", [[(a, b), (c, d)]]) for k, (a, b, c, d) in enumerate(lines)]
    network = build_network(pipes, [], [])
    for point, found in zip(points, network.nearest_pieces(points, max_distance)):
        distances = [
            distance_to(point, network.pieces[i].coords) for i in range(len(network.pieces))
        ]
        best = min(distances, default=float("inf"))
        if best > max_distance:
            assert found is None
        else:
            assert found is not None
            assert found[1] == pytest.approx(best, abs=1e-9)
            assert distances[found[0]] == pytest.approx(best, abs=1e-9)


def distance_to(point, coords):
    best = math.inf
    for (x1, y1), (x2, y2) in zip(coords, coords[1:]):
        dx, dy = x2 - x1, y2 - y1
        length2 = dx * dx + dy * dy
        t = 0.0 if not length2 else ((point[0] - x1) * dx + (point[1] - y1) * dy) / length2
        t = min(1.0, max(0.0, t))
        best = min(best, math.hypot(x1 + t * dx - point[0], y1 + t * dy - point[1]))
    return best
