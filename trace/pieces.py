"""Cutting parts into pieces, and giving each piece its two end nodes.

A part is cut where a valve, a tee or a source stands inside it:

- at a mid-span **valve**, the two pieces end on two new nodes the valve
  separates;
- at a **tee**, both pieces end on the branch's node, so the three meet;
- at a mid-span **source**, the two pieces end on two new nodes with nothing
  between them but the source, which feeds both.

Then junctions are split: a valve on a junction of two pipe ends keeps one
end and gives the other a node of its own, and a source on a junction gives
every pipe end there a node of its own (a trace never crosses a source).
Uncut parts (most of them) become one piece each in whole-array passes; only
cut parts and split junctions go through Python.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from ..common.data_warning import NOTE
from .inputs import CHECK
from .network import Topology
from .placing import valve_warning

TEE, SOURCE, VALVE = 0, 1, 2  # cut kinds; of several cuts on one spot the lowest stands


def cut_pieces(parts, end_node, node_count, placed, tee_cuts, sources, guard, warnings, valves):
    """The :class:`Topology` and, per source, the pieces it feeds (None when off the network)."""
    cuts = _all_cuts(placed, tee_cuts, sources)
    kept = {
        part: _distinct(part_cuts, placed, sources, valves, warnings)
        for part, part_cuts in cuts.items()
    }
    counts = np.ones(len(parts.coords), dtype=np.int64)
    for part, part_cuts in kept.items():
        counts[part] += len(part_cuts)
    first_piece = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    total = int(first_piece[-1])
    piece_part = np.repeat(np.arange(len(counts), dtype=np.int64), counts)
    start = np.empty(total, dtype=np.int64)
    stop = np.empty(total, dtype=np.int64)
    start[first_piece[:-1]] = end_node[0::2]
    stop[first_piece[1:] - 1] = end_node[1::2]
    lengths = np.asarray(parts.length, dtype=float)[piece_part]
    cut_coords: dict[int, tuple[tuple[float, float], ...]] = {}
    feeds: list[list[int] | None] = [None] * len(sources.hits)
    next_node = node_count
    guard.step(60)
    for part, part_cuts in kept.items():
        first = int(first_piece[part])
        line = parts.coords[part]
        base = int(parts.first_vertex[part])
        arcs = [0.0]
        for rank, (line_piece, (seg, t, kind, ref)) in enumerate(
            zip(_cut_line(line, part_cuts), part_cuts)
        ):
            before, after = first + rank, first + rank + 1
            cut_coords[before] = line_piece
            if kind == TEE:
                stop[before] = start[after] = ref
            else:
                stop[before], start[after] = next_node, next_node + 1
                next_node += 2
                if kind == VALVE:
                    placed.node_a[ref], placed.node_b[ref] = stop[before], start[after]
                    if placed.kind[ref] == CHECK:
                        placed.flow[ref] = 1  # side a is the piece before it along the part
                else:
                    feeds[ref] = [before, after]
            arcs.append(
                parts.arc[base + seg] + t * (parts.arc[base + seg + 1] - parts.arc[base + seg])
            )
        cut_coords[first + len(part_cuts)] = _tail(line, part_cuts[-1])
        arcs.append(float(parts.length[part]))
        for rank in range(len(part_cuts) + 1):
            lengths[first + rank] = arcs[rank + 1] - arcs[rank]
    for shared in sources.same_spot:
        feeds[shared[1]] = feeds[shared[0]]
    ends = _ends_at(list(placed.node_valve) + list(sources.node), start, stop)
    for node, valve in placed.node_valve.items():
        _split_node(node, valve, placed, ends.get(node, []), start, stop, next_node)
        next_node += 1
    for node, on_node in sources.node.items():
        at_node = ends.get(node, [])
        for piece, which in at_node[1:]:
            (start if which == 0 else stop)[piece] = next_node
            next_node += 1
        for source in on_node:
            feeds[source] = [piece for piece, _ in at_node]
    splits = {part: [(seg, t) for seg, t, _, _ in part_cuts] for part, part_cuts in kept.items()}
    topology = Topology(
        parts.coords,
        cut_coords,
        piece_part,
        parts.part_pipe,
        start,
        stop,
        lengths,
        first_piece.tolist(),
        splits,
        next_node,
    )
    return topology, feeds


def _all_cuts(placed, tee_cuts, sources) -> dict[int, list[tuple[int, float, int, int]]]:
    """``(segment, t, kind, ref)`` of every cut, by part: valve index, tee node or source."""
    cuts: dict[int, list[tuple[int, float, int, int]]] = defaultdict(list)
    for part, rows in placed.midspan.items():
        cuts[part].extend((seg, t, VALVE, valve) for seg, t, valve in rows)
    for part, rows in tee_cuts.items():
        cuts[part].extend((seg, t, TEE, node) for seg, t, node in rows)
    for part, rows in sources.midspan.items():
        cuts[part].extend((seg, t, SOURCE, source) for seg, t, source in rows)
    return cuts


def _distinct(cuts, placed, sources, valves, warnings) -> list[tuple[int, float, int, int]]:
    """Cuts of one part in order along it; of several on one spot the first (by kind) stands.

    A second valve on the spot of another is reported and left out; a second
    source there feeds what the first feeds.
    """
    kept: list[tuple[int, float, int, int]] = []
    for cut in sorted(cuts):
        seg, t, kind, ref = cut
        if kept and kept[-1][0] == seg and abs(kept[-1][1] - t) < 1e-12:
            if kind == VALVE:
                placed.kind[ref] = -1
                warnings.append(_same_spot(valves, ref, kept[-1]))
            elif kind == SOURCE:
                sources.same_spot.append((kept[-1][3], ref))
            continue
        kept.append(cut)
    return kept


def _same_spot(valves, valve, kept_cut):
    _seg, _t, kind, ref = kept_cut
    if kind == VALVE:
        return valve_warning(
            "valve_ambiguous",
            valves[valve],
            f"sits on the same point as valve {valves[ref].valve_id!r}; it is ignored",
            params={"why": "same_point", "other_id": valves[ref].valve_id},
        )
    return valve_warning(
        "valve_at_source",
        valves[valve],
        "stands on a source, which already bounds the segments there; the source's "
        "connection is shut instead",
        level=NOTE,
    )


def _ends_at(nodes, start, stop) -> dict[int, list[tuple[int, int]]]:
    """Piece ends (piece, 0 for start / 1 for end) at each of ``nodes``."""
    wanted = np.fromiter(nodes, dtype=np.int64, count=len(nodes))
    ends: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for which, column in enumerate((start, stop)):
        for piece in np.flatnonzero(np.isin(column, wanted)).tolist():
            ends[int(column[piece])].append((piece, which))
    return ends


def _split_node(node, valve, placed, ends, start, stop, new_node) -> None:
    """Give the second pipe end at a two-ended valve junction its own node.

    A check valve there lets water from the piece that ends at it (side a or
    b) into the piece that starts at it; two ends or two starts give no
    direction.
    """
    if len(ends) != 2:
        placed.node_a[valve] = placed.node_b[valve] = node  # a dead end: nothing to shut
        return
    piece, which = ends[1]
    (start if which == 0 else stop)[piece] = new_node
    placed.node_a[valve], placed.node_b[valve] = node, new_node
    if placed.kind[valve] == CHECK:
        placed.flow[valve] = ends[0][1] - which  # 1 = end of a, start of b


def check_valve_warnings(valves, placed) -> list:
    """A warning per check valve between two pipes digitised against each other."""
    return [
        valve_warning(
            "check_valve_direction",
            valves[valve],
            "is a check valve between two pipes digitised against each other (both end or "
            "both start there), so its direction is unknown; water passes it both ways",
        )
        for valve, flow in sorted(placed.flow.items())
        if flow == 0
    ]


def _cut_line(line, cuts):
    """The polylines before each cut point, consecutive (the tail is :func:`_tail`)."""
    pieces = []
    previous = None
    for seg, t, *_ in cuts:
        point = _at(line, seg, t)
        if previous is None:
            head = list(line[: seg + 1])
        else:
            pseg, ppoint = previous
            head = _joined(ppoint, line[pseg + 1 : seg + 1])
        if point != head[-1]:  # a cut on a vertex ends there already
            head.append(point)
        pieces.append(_two_points(head))
        previous = (seg, point)
    return pieces


def _tail(line, cut):
    seg, t = cut[0], cut[1]
    return _two_points(_joined(_at(line, seg, t), line[seg + 1 :]))


def _joined(point, rest) -> list:
    """``point`` followed by ``rest``, without repeating it when ``rest`` starts there."""
    rest = list(rest)
    return rest if rest and rest[0] == point else [point] + rest


def _two_points(points) -> tuple[tuple[float, float], ...]:
    """A piece keeps at least its two ends, even when they coincide."""
    return tuple(points) if len(points) >= 2 else (points[0], points[0])


def _at(line, seg, t) -> tuple[float, float]:
    if t <= 0.0 or t >= 1.0:  # on a vertex: exactly that vertex
        return tuple(line[seg if t <= 0.0 else seg + 1])
    (x1, y1), (x2, y2) = line[seg], line[seg + 1]
    return (x1 + t * (x2 - x1), y1 + t * (y2 - y1))
