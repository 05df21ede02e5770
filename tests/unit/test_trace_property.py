"""The fast engine against a plain brute-force reference on random networks.

Networks are drawn on a small lattice so the true topology is known without
any snapping: each pipe joins two lattice points; a valve sits on a lattice
point (a junction) or at the middle of a pipe; sources sit on lattice points.
The reference works on pipe halves with networkx and plain searches, and it
must agree with the engine on segments, valves to close, valves already
closed, isolated and unsupplied pipes, and plan B.

Supply in the reference is a plain search on a directed graph, where a
check valve passes water only from the pipe half ending at it (in the
digitising direction) to the half starting at it. A second test draws
networks with check valves and pipes digitised either way.
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


@st.composite
def networks(draw, states=STATES, flip=False):
    """A lattice network; ``flip`` digitises pipes either way and puts a valve on every pipe,
    so that check valves often part the network into pools fed one way."""
    edges = [((i, j), (i + 1, j)) for i in range(SIZE - 1) for j in range(SIZE)]
    edges += [((i, j), (i, j + 1)) for i in range(SIZE) for j in range(SIZE - 1)]
    chosen = draw(st.lists(st.sampled_from(edges), min_size=1, max_size=len(edges), unique=True))
    if flip:
        chosen = [(b, a) if draw(st.booleans()) else (a, b) for a, b in chosen]
    points = sorted({p for e in chosen for p in e})
    valves = []
    for k in range(len(chosen)):
        if flip or draw(st.booleans()):
            valves.append((f"m{k}", ("mid", k), draw(st.sampled_from(states))))
    for p in draw(st.lists(st.sampled_from(points), unique=True, max_size=len(points))):
        valves.append((f"n{p[0]}{p[1]}", ("node", p), draw(st.sampled_from(states))))
    sources = draw(
        st.lists(st.sampled_from(points), unique=True, min_size=0, max_size=2 + 2 * flip)
    )
    work = draw(st.lists(st.integers(0, len(chosen) - 1), min_size=1, max_size=2, unique=True))
    failed = draw(st.lists(st.sampled_from([v[0] for v in valves] or ["none"]), max_size=1))
    return chosen, valves, sources, work, failed


def xy(p):
    return (p[0] * STEP, p[1] * STEP)


def build(case):
    chosen, valves, sources, _work, _failed = case
    pipes = [PipeInput(k, f"p{k}", [[xy(a), xy(b)]]) for k, (a, b) in enumerate(chosen)]
    valve_inputs = []
    for n, (vid, (kind, where), state) in enumerate(valves):
        if kind == "mid":
            a, b = chosen[where]
            point = ((xy(a)[0] + xy(b)[0]) / 2, (xy(a)[1] + xy(b)[1]) / 2)
        else:
            point = xy(where)
        valve_inputs.append(ValveInput(n, vid, point, state))
    source_inputs = [SourceInput(n, f"s{n}", xy(p)) for n, p in enumerate(sources)]
    return build_network(pipes, valve_inputs, source_inputs, SETTINGS)


class Reference:
    """Pipe halves (k, 0) and (k, 1); plain graphs, no cleverness."""

    def __init__(self, case):
        chosen, valves, sources, _work, _failed = case
        self.links = nx.MultiGraph()  # always-open links: junctions and pipe middles
        self.valves = {}  # valve id -> (state, half, half)
        at_point = {}
        for k, (a, b) in enumerate(chosen):
            self.links.add_nodes_from([(k, 0), (k, 1)])
            at_point.setdefault(a, []).append((k, 0))
            at_point.setdefault(b, []).append((k, 1))
        mids = {where: (vid, state) for vid, (kind, where), state in valves if kind == "mid"}
        nodes = {where: (vid, state) for vid, (kind, where), state in valves if kind == "node"}
        for k in range(len(chosen)):
            if k in mids:
                vid, state = mids[k]
                self.valves[vid] = (state, (k, 0), (k, 1))
            else:
                self.links.add_edge((k, 0), (k, 1))
        self.against = set()  # check valves between halves digitised against each other
        for p, halves in at_point.items():
            if p in nodes and len(halves) == 2:
                vid, state = nodes[p]
                # (k, 1) ends at p and feeds the half (k, 0) starting there
                up, down = sorted(halves, key=lambda h: -h[1])
                self.valves[vid] = (state, up, down)
                if up[1] == down[1] and state == "check":
                    self.against.add(vid)
            else:
                for h in halves[1:]:
                    self.links.add_edge(halves[0], h)
        self.sources = [h for p in sources for h in at_point.get(p, [])]

    def graph(self, passable):
        g = nx.Graph(self.links)
        for vid, (state, a, b) in self.valves.items():
            if passable(vid, state):
                g.add_edge(a, b)
        return g

    def segments(self):
        g = self.graph(lambda vid, state: state in ("broken", "check"))
        return {frozenset(c) for c in nx.connected_components(g)}

    def fed(self, removed=frozenset()):
        """Halves a source reaches; check valves pass from their first half to their second."""
        g = nx.DiGraph(self.graph(lambda vid, state: state not in ("closed", "check")))
        for vid, (state, up, down) in self.valves.items():
            if state == "check":
                g.add_edge(up, down)
                if vid in self.against:
                    g.add_edge(down, up)
        g.remove_nodes_from(removed)
        return {h for s in self.sources if s in g for h in nx.descendants(g, s) | {s}}

    def isolate(self, work_pipes, failed, repaired=()):
        """Isolated halves, valves to close, already closed, unsupplied halves.

        ``repaired`` valves count as operable instead of broken.
        """
        g = self.graph(
            lambda vid, state: (
                (state in ("broken", "check") and vid not in repaired) or vid in failed
            )
        )
        isolated = set()
        for k in work_pipes:
            isolated |= nx.node_connected_component(g, (k, 0))
            isolated |= nx.node_connected_component(g, (k, 1))
        to_close, closed = set(), set()
        for vid, (state, a, b) in self.valves.items():
            if (a in isolated) != (b in isolated):
                if state == "closed":
                    closed.add(vid)
                elif state == "open" and vid not in failed:
                    to_close.add(vid)
        unsupplied = self.fed() - self.fed(isolated) - isolated
        return isolated, to_close, closed, unsupplied


def halves_of(network, pieces, chosen):
    """Map engine pieces to the reference's pipe halves they cover."""
    out = set()
    for piece in pieces:
        p = network.pieces[piece]
        k = int(str(p.pipe_id)[1:])
        (x0, y0), (x1, y1) = p.coords[0], p.coords[-1]
        mid_x, mid_y = (x0 + x1) / 2, (y0 + y1) / 2
        a = xy(chosen[k][0])
        near_a = abs(mid_x - a[0]) + abs(mid_y - a[1])
        whole = abs(x1 - x0) + abs(y1 - y0) > STEP * 0.75
        if whole:
            out |= {(k, 0), (k, 1)}
        else:
            out.add((k, 0) if near_a < STEP / 2 else (k, 1))
    return out


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(networks())
def test_engine_matches_brute_force(case):
    compare_with_reference(case)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(networks(states=WITH_CHECKS, flip=True))
def test_engine_with_check_valves_matches_brute_force(case):
    compare_with_reference(case)


def compare_with_reference(case):
    chosen, _valves, _sources, work, failed = case
    network = build(case)
    reference = Reference(case)
    fed = set()
    for piece in range(len(network.pieces)):
        if network.supplied(piece):
            fed |= halves_of(network, [piece], chosen)
    assert fed == reference.fed()
    directionless = {w.feature_id for w in network.warnings if w.code == "check_valve_direction"}
    assert directionless == reference.against
    segments = {}
    for piece in range(len(network.pieces)):
        segments.setdefault(network.segment_of(piece), set()).update(
            halves_of(network, [piece], chosen)
        )
    assert {frozenset(s) for s in segments.values()} == reference.segments()

    work_pieces = network.pieces_for_pipe_ids([f"p{k}" for k in work])
    result = network.isolate(work_pieces, failed_valves=failed)
    real_failed = {v for v in failed if v in reference.valves and reference.valves[v][0] == "open"}
    isolated, to_close, closed, unsupplied = reference.isolate(work, real_failed)
    report = result.to_report()
    assert halves_of(network, result.isolated_pieces, chosen) == isolated
    assert {v["valve_id"] for v in report["valves"]["to_close"]} == to_close
    assert {v["valve_id"] for v in report["valves"]["already_closed"]} == closed
    assert halves_of(network, result.unsupplied_pieces, chosen) == unsupplied

    for passed in report["valves"]["inoperable_passed"]:
        iso_fixed = reference.isolate(work, real_failed, repaired={passed["valve_id"]})[0]
        assert halves_of(network, passed["extra_pieces"], chosen) == isolated - iso_fixed

    for plan in report["plan_b"]:
        more = real_failed | {plan["valve_id"]}
        iso_b, close_b, _closed_b, dry_b = reference.isolate(work, more)
        assert set(plan["extra_valves_to_close"]) == close_b - to_close
        assert halves_of(network, plan["extra_isolated_pieces"], chosen) == iso_b - isolated
        assert halves_of(network, plan["extra_unsupplied_pieces"], chosen) == dry_b - unsupplied


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
    (x1, y1), (x2, y2) = coords[0], coords[-1]
    dx, dy = x2 - x1, y2 - y1
    t = ((point[0] - x1) * dx + (point[1] - y1) * dy) / (dx * dx + dy * dy)
    t = min(1.0, max(0.0, t))
    return math.hypot(x1 + t * dx - point[0], y1 + t * dy - point[1])
