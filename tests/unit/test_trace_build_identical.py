"""The whole-array model build gives the very model the per-part build gave.

The build was first written with a Python loop per cut part, per valve and
per snapped junction; it was then rewritten in whole-array passes for a
million pipes (issue 21). Each digest below was taken from the per-part
build (commit 2fb53ce) on generated towns, made harder than the sample:
pipes out of service, check valves, valve types that do not isolate, a
second valve on the spot of another, valves on pipe vertices, on tees and on
sources, valves with no point, no id or a repeated id, sources inside pipes. The digest covers every piece (its pipe, vertices,
length, end nodes, segment, unit and supply), every valve's kind, nodes and
sides, the sources' pieces and every warning with its words and values, so
any change to the model, node numbering included, fails here.
"""

from __future__ import annotations

import bisect
import gc
import hashlib
import random
import weakref

import numpy as np
import pytest
from water_outage_notifier.common.columns import ColumnRows, to_columns
from water_outage_notifier.devtools.sample_network import build_network as town_network
from water_outage_notifier.trace import (
    NetworkSettings,
    PipeInput,
    SourceInput,
    ValveInput,
    build_network,
)
from water_outage_notifier.trace.inputs import VALVE_FIELDS
from water_outage_notifier.trace.parts import as_arrays

SETTINGS = NetworkSettings(0.01, ("chiusa",), ("inoperabile", "guasta"), check_values=("ritegno",))

#: (seed, pipes) -> digest of the model built by the per-part build.
DIGESTS = {
    (2024, 3000): "c9a55cbde40998cca44f4d313d035493b0945a2d65173be50638b56bd51b8259",
    (7, 1500): "81990d272efb8c29171a8c1e85e6e588965cde67e4e823b7404968a43d5ed429",
    (11, 800): "881e62bf051d9d1722964a6f975aeb46f43a58fd2bbb05aa50e34c3d87cfbf67",
}


def harder_town(seed: int, pipes: int):
    """The generated town's pipes, valves and sources, with the awkward cases added."""
    network = town_network(seed, pipes)
    rng = random.Random(seed)
    pipe_inputs = []
    for index, pipe in enumerate(network.pipes):
        status = "dismessa" if rng.random() < 0.02 else rng.choice([None, "in esercizio"])
        pipe_inputs.append(PipeInput(index, pipe.pipe_id, pipe.parts or [pipe.coords], status))
    valves = []
    for valve in network.valves:
        state = valve.state
        if state == "aperta" and rng.random() < 0.08:
            state = "ritegno"  # a check valve
        kind = rng.choices(["saracinesca", None, "sfiato"], [90, 5, 5])[0]
        valves.append(ValveInput(len(valves), valve.valve_id, valve.point, state, kind))
        if rng.random() < 0.02:  # a second valve on the same spot
            valves.append(ValveInput(len(valves), f"{valve.valve_id}b", valve.point, "aperta"))
    for pipe in rng.sample(network.pipes, len(network.pipes) // 20):
        coords = pipe.coords
        vertex = coords[rng.randrange(len(coords))]
        valves.append(ValveInput(len(valves), f"VX{len(valves)}", vertex, "aperta", None))
    for pipe in rng.sample(network.pipes, len(network.pipes) // 25):  # tees without a node
        (x1, y1), (x2, y2) = pipe.coords[0], pipe.coords[1]
        t = rng.choice([0.25, 0.5, 0.61])
        foot = (x1 + t * (x2 - x1) + 0.004, y1 + t * (y2 - y1) - 0.003)
        branch = [foot, (foot[0] + (y2 - y1) * 0.3, foot[1] - (x2 - x1) * 0.3)]
        pipe_inputs.append(PipeInput(len(pipe_inputs), f"T{len(pipe_inputs)}", [branch]))
        if rng.random() < 0.3:  # a valve drawn on the tee
            valves.append(ValveInput(len(valves), f"VT{len(valves)}", foot, "aperta"))
    sources = [
        SourceInput(index, source.source_id, network.nodes[source.node])
        for index, source in enumerate(network.sources)
    ]
    for source in sources[:2]:  # valves on a source, with no point, no id, a repeated id
        valves.append(ValveInput(len(valves), f"VS{len(valves)}", source.point, "aperta"))
    valves.append(ValveInput(len(valves), "VN", None, "aperta"))
    valves.append(ValveInput(len(valves), None, valves[0].point, "chiusa", "sfiato"))
    valves.append(ValveInput(len(valves), valves[1].valve_id, valves[1].point, "ritegno"))
    for pipe in rng.sample(network.pipes, 3):  # sources inside pipes
        (x1, y1), (x2, y2) = pipe.coords[0], pipe.coords[1]
        sources.append(
            SourceInput(len(sources), f"SX{len(sources)}", ((x1 + x2) / 2, (y1 + y2) / 2))
        )
    return pipe_inputs, valves, sources


def model_digest(network) -> str:
    """A hash of everything a click, an output or a warning list reads from the model."""
    digest = hashlib.sha256()

    def add(*values):
        for value in values:
            if isinstance(value, np.ndarray):
                digest.update(value.dtype.str.encode() + value.tobytes())
            else:
                digest.update(repr(value).encode())
            digest.update(b"|")

    topo = network.topology
    xy, first = topo.all_coords()
    add(
        np.asarray(xy, dtype=float),
        np.asarray(first, dtype=np.int64),
        np.asarray(topo.start, dtype=np.int64),
        np.asarray(topo.stop, dtype=np.int64),
        np.asarray(topo.lengths, dtype=float),
        np.asarray(topo.piece_part, dtype=np.int64),
        np.asarray(topo.first_piece, dtype=np.int64),
        sorted((int(k), [(int(s), float(t)) for s, t in v]) for k, v in topo.splits.items()),
        int(topo.node_count),
    )
    add(
        list(network.piece_pipe),
        list(network.piece_segment),
        list(network.piece_unit),
        [bool(s) for s in network.unit_supplied],
        network.segment_count,
        network.unit_count,
    )
    add(
        list(network.valve_kind),
        [int(n) for n in network.valve_node_a],
        [int(n) for n in network.valve_node_b],
        [tuple(map(int, side)) for side in network.valve_sides],
        [tuple(map(int, side)) for side in network.valve_units],
        sorted(network.check_flow.items()),
        sorted((k, sorted(v)) for k, v in network.source_segments.items()),
        sorted((k, sorted(v)) for k, v in network.unit_sources.items()),
        [sorted(n) for n in network.neighbours],
    )
    add(
        [
            (
                w.code,
                w.message,
                w.role,
                w.fid,
                w.feature_id,
                w.point,
                w.level,
                sorted(w.params.items()),
            )
            for w in network.warnings
        ]
    )
    return digest.hexdigest()


@pytest.mark.parametrize("case", sorted(DIGESTS))
def test_the_model_is_the_one_the_per_part_build_gave(case):
    network = build_network(*harder_town(*case), SETTINGS)
    assert model_digest(network) == DIGESTS[case]
    assert network.segment_count == len(set(network.piece_segment)), "outage:segments says it"


@pytest.mark.parametrize("case", sorted(DIGESTS))
def test_the_readers_columns_give_the_same_model(case):
    """Pipes as flat arrays and valves kept as columns, as the GIS readers hand them over
    (no record per valve, points as one array), build the very same model."""
    pipes, valves, sources = harder_town(*case)
    columns = to_columns(valves, VALVE_FIELDS, points=("point",))
    valve_rows = ColumnRows.stored(ValveInput, columns, VALVE_FIELDS)
    network = build_network(as_arrays(pipes), valve_rows, sources, SETTINGS)
    assert model_digest(network) == DIGESTS[case]


def test_pieces_at_positions_are_those_of_the_cut_lists():
    """The piece of a position on a part, found for many at once, is the one a bisection of
    the part's cut list gives (a cut on the very position included), and a point snapped
    to the network gets that piece."""
    network = build_network(*harder_town(2024, 3000), SETTINGS)
    topo = network.topology
    rng = np.random.default_rng(5)
    cut_part, cut_seg, cut_t = topo.cut_table
    part = np.concatenate([cut_part, rng.integers(0, len(topo.first_piece) - 1, 3000)])
    seg = np.concatenate([cut_seg, rng.integers(0, 3, 3000)])
    t = np.concatenate([cut_t, rng.random(3000)])
    seg[: len(cut_seg) // 2] += rng.integers(-1, 2, len(cut_seg) // 2)  # beside the cut too
    expected = [
        topo.first_piece[p] + bisect.bisect_right(topo.splits.get(p, []), (s, u))
        for p, s, u in zip(part.tolist(), seg.tolist(), t.tolist())
    ]
    assert topo.pieces_at(part, seg, t).tolist() == expected
    assert len(cut_part) > 100, "the town has cut parts"
    xy, first = topo.all_coords()
    middle = (xy[first[:-1]] + xy[first[:-1] + 1]) / 2  # inside each piece's first segment
    found = network.nearest_pieces([tuple(p) for p in middle.tolist()], 0.001)
    assert [hit[0] for hit in found] == list(range(len(network.pieces)))


def test_the_harder_towns_have_every_awkward_case():
    """The digests are worth something only if the towns hold what they claim."""
    codes = set()
    for case in DIGESTS:
        network = build_network(*harder_town(*case), SETTINGS)
        codes |= {w.code for w in network.warnings}
        assert network.check_flow, "check valves placed"
        assert len(network.topology.cut_coords) > 0, "pipes cut at valves, tees or sources"
    assert {
        "pipes_out_of_service",
        "tee_without_node",
        "valves_not_isolating",
        "valve_ambiguous",
        "valve_on_retired_pipe",
        "valve_at_source",
        "crossing_without_junction",
        "null_geometry",
        "null_id",
        "duplicate_id",
    } <= codes


def test_a_dropped_network_is_freed_without_the_cycle_collector():
    """A Processing call builds a network and drops it: it must go with its last reference.

    Kept in a reference cycle (the network and its view of the pieces), it
    stayed until the collector ran, which then scanned the whole model.
    """
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        network = build_network(*harder_town(11, 800), SETTINGS)
        assert len(network.pieces) and network.pieces[0].index == 0
        dropped = weakref.ref(network)
        del network
        assert dropped() is None
    finally:
        if was_enabled:
            gc.enable()
