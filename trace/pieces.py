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

import numpy as np

from ..common.columns import SortedKeys
from ..common.data_warning import NOTE
from .cuts import SOURCE, TEE, VALVE, Cuts
from .inputs import CHECK
from .network import Topology
from .placing import valve_warning
from .polylines import FlatPolylines, KeyedPolylines

SAME_SPOT = 1e-12  # two cuts of one vertex segment closer than this (in t) are one spot


def cut_pieces(parts, end_node, node_count, placed, tee_cuts, sources, guard, warnings, valves):
    """The :class:`Topology` and, per source, the pieces it feeds (None when off the network).

    Every step is a whole-array pass over the cuts; only cuts on one spot
    (reported) and sources (a handful) go through Python.
    """
    cuts = _distinct(_all_cuts(placed, tee_cuts, sources), placed, sources, valves, warnings)
    counts = np.ones(len(parts.coords), dtype=np.int64) + np.bincount(
        cuts.part, minlength=len(parts.coords)
    )
    first_piece = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    total = int(first_piece[-1])
    piece_part = np.repeat(np.arange(len(counts), dtype=np.int64), counts)
    start = np.empty(total, dtype=np.int64)
    stop = np.empty(total, dtype=np.int64)
    start[first_piece[:-1]] = end_node[0::2]
    stop[first_piece[1:] - 1] = end_node[1::2]
    guard.step(60)
    rank = _rank_in_part(cuts.part)
    before = first_piece[cuts.part] + rank
    tee = cuts.kind == TEE
    new_node = node_count + 2 * (np.cumsum(~tee) - 1)  # two per valve or source, in cut order
    stop[before] = np.where(tee, cuts.ref, new_node)
    start[before + 1] = np.where(tee, cuts.ref, new_node + 1)
    next_node = node_count + 2 * int(np.count_nonzero(~tee))
    feeds = _cut_valves_and_sources(cuts, before, stop, start, placed, len(sources.hits))
    lengths = _lengths(parts, cuts, rank, piece_part, first_piece, before)
    for shared in sources.same_spot:
        feeds[shared[1]] = feeds[shared[0]]
    next_node = _split_junctions(placed, sources, feeds, start, stop, next_node)
    topology = Topology(
        parts.coords,
        _cut_lines(parts, cuts, rank, before),
        piece_part,
        parts.part_pipe,
        start,
        stop,
        lengths,
        first_piece.tolist(),
        _splits(cuts),
        next_node,
        _cut_table(cuts),
    )
    return topology, feeds


def _splits(cuts: Cuts) -> dict[int, list[tuple[int, float]]]:
    """``{part: [(segment, t), ...]}`` of the cut parts, in order along each part.

    The cuts of a part are consecutive (:func:`_all_cuts`): each part's list is
    one slice of all the pairs, not an append per cut.
    """
    pairs = list(zip(cuts.seg.tolist(), cuts.t.tolist()))
    lead = np.flatnonzero(np.diff(cuts.part, prepend=-1) != 0)
    bounds = np.append(lead, len(pairs)).tolist()
    return {
        part: pairs[first:last]
        for part, first, last in zip(cuts.part[lead].tolist(), bounds, bounds[1:])
    }


def _cut_table(cuts: Cuts) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(part, segment, t)`` of every cut, by part, each part's in order along it."""
    order = np.argsort(cuts.part, kind="stable")
    return cuts.part[order], cuts.seg[order], cuts.t[order]


def _all_cuts(placed, tee_cuts: Cuts, sources) -> Cuts:
    """Every cut (valves, then tees, then sources), in order along each part.

    Parts come in the order they first appear (as the valves, tees and
    sources list them), then by segment, t, kind and ref, as the per-part
    build sorted them; node numbers follow this order.
    """
    cuts = Cuts.joined([placed.midspan, tee_cuts, _listed(sources.midspan, SOURCE)])
    _, first, inverse = np.unique(cuts.part, return_index=True, return_inverse=True)
    part_rank = np.argsort(np.argsort(first, kind="stable"), kind="stable")[inverse]
    return cuts.taken(np.lexsort((cuts.ref, cuts.kind, cuts.t, cuts.seg, part_rank)))


def _listed(midspan: dict, kind: int) -> Cuts:
    """``{part: [(segment, t, ref), ...]}`` as :class:`Cuts` of one kind."""
    rows = [(part, seg, t, ref) for part, cuts in midspan.items() for seg, t, ref in cuts]
    part, seg, t, ref = zip(*rows) if rows else ((),) * 4
    return Cuts(part, seg, t, [kind] * len(part), ref)


def _distinct(cuts: Cuts, placed, sources, valves, warnings) -> Cuts:
    """The cuts of each part, of several on one spot the first (by kind) standing.

    A second valve on the spot of another is reported and left out; a second
    source there feeds what the first feeds. A cut is on the spot of the last
    cut kept before it: runs of three or more close cuts (rare) are walked in
    Python, so a chain of tiny gaps is measured from the cut kept.
    """
    close = np.zeros(len(cuts.part), dtype=bool)
    close[1:] = (
        (cuts.part[1:] == cuts.part[:-1])
        & (cuts.seg[1:] == cuts.seg[:-1])
        & (np.abs(cuts.t[1:] - cuts.t[:-1]) < SAME_SPOT)
    )
    keep = ~close
    leader = np.maximum.accumulate(np.where(keep, np.arange(len(keep)), 0))
    for row in np.flatnonzero(close[1:] & close[:-1]).tolist():  # a third close cut and more
        row += 1
        kept = int(leader[row - 1])
        keep[row] = abs(cuts.t[row] - cuts.t[kept]) >= SAME_SPOT
        leader[row] = row if keep[row] else kept
    for row in np.flatnonzero(~keep).tolist():
        kind, ref, kept = int(cuts.kind[row]), int(cuts.ref[row]), int(leader[row])
        if kind == VALVE:
            placed.kind[ref] = -1
            warnings.append(_same_spot(valves, ref, int(cuts.kind[kept]), int(cuts.ref[kept])))
        elif kind == SOURCE:
            sources.same_spot.append((int(cuts.ref[kept]), ref))
    return cuts.taken(keep)


def _rank_in_part(part: np.ndarray) -> np.ndarray:
    """Rank of each cut among the cuts of its part (they come together)."""
    index = np.arange(len(part), dtype=np.int64)
    new = np.ones(len(part), dtype=bool)
    new[1:] = part[1:] != part[:-1]
    return index - np.maximum.accumulate(np.where(new, index, 0))


def _cut_valves_and_sources(cuts, before, stop, start, placed, source_count) -> list:
    """The nodes of each mid-span valve, the check valves' way, and the sources' two pieces."""
    valve = cuts.kind == VALVE
    refs = cuts.ref[valve]
    placed.node_a[refs], placed.node_b[refs] = stop[before[valve]], start[before[valve] + 1]
    for ref in refs.tolist():
        if placed.kind[ref] == CHECK:
            placed.flow[ref] = 1  # side a is the piece before it along the part
    feeds: list[list[int] | None] = [None] * source_count
    source = cuts.kind == SOURCE
    for ref, piece in zip(cuts.ref[source].tolist(), before[source].tolist()):
        feeds[ref] = [piece, piece + 1]
    return feeds


def _lengths(parts, cuts, rank, piece_part, first_piece, before) -> np.ndarray:
    """Length of every piece: its part's, or for cut parts the distance between the cuts."""
    lengths = np.asarray(parts.length, dtype=float)[piece_part]
    vertex = parts.first_vertex[cuts.part] + cuts.seg
    arc = parts.arc[vertex] + cuts.t * (parts.arc[vertex + 1] - parts.arc[vertex])
    previous = np.zeros(len(arc))
    follows = rank > 0
    previous[follows] = arc[np.flatnonzero(follows) - 1]
    lengths[before] = arc - previous
    last = cuts.last_of_part()
    tail = first_piece[cuts.part[last] + 1] - 1
    lengths[tail] = np.asarray(parts.length, dtype=float)[cuts.part[last]] - arc[last]
    return lengths


def _split_junctions(placed, sources, feeds, start, stop, next_node) -> int:
    """Split the junctions a valve or a source stands on; returns the next free node.

    A valve on a junction of two pipe ends keeps one end (the first start,
    else the first stop) and gives the other a new node; elsewhere (a dead
    end) it shuts nothing. A check valve there lets water from the piece
    that ends at it into the piece that starts at it; two ends or two starts
    give no direction. A source on a junction gives every pipe end there but
    the first a node of its own (a trace never crosses a source).
    """
    valve_nodes = np.fromiter(placed.node_valve, dtype=np.int64, count=len(placed.node_valve))
    node, piece, which = _ends_at(valve_nodes, start, stop)
    bounds = np.searchsorted(node, valve_nodes), np.searchsorted(node, valve_nodes, side="right")
    pair = bounds[1] - bounds[0] == 2
    new = next_node + np.arange(len(valve_nodes), dtype=np.int64)
    first, second = bounds[0][pair], bounds[0][pair] + 1
    moved_start = which[second] == 0
    start[piece[second][moved_start]] = new[pair][moved_start]
    stop[piece[second][~moved_start]] = new[pair][~moved_start]
    valve = np.fromiter(placed.node_valve.values(), dtype=np.int64, count=len(valve_nodes))
    placed.node_a[valve] = valve_nodes
    placed.node_b[valve] = np.where(pair, new, valve_nodes)
    flow = np.zeros(len(valve_nodes), dtype=np.int64)
    flow[pair] = which[first] - which[second]  # 1 = end of a, start of b
    for v, f, paired in zip(valve.tolist(), flow.tolist(), pair.tolist()):
        if paired and placed.kind[v] == CHECK:
            placed.flow[v] = f
    next_node += len(valve_nodes)
    for at, on_node in sources.node.items():
        node, piece, which = _ends_at(np.asarray([at], dtype=np.int64), start, stop)
        for p, w in zip(piece[1:].tolist(), which[1:].tolist()):
            (start if w == 0 else stop)[p] = next_node
            next_node += 1
        for source in on_node:
            feeds[source] = piece.tolist()
    return next_node


def _ends_at(nodes: np.ndarray, start, stop):
    """Piece ends at ``nodes``: ``(node, piece, which)`` sorted by node, then starts (which
    0) before stops (1), then by piece."""
    found_start = np.flatnonzero(np.isin(start, nodes))
    found_stop = np.flatnonzero(np.isin(stop, nodes))
    node = np.concatenate([start[found_start], stop[found_stop]])
    piece = np.concatenate([found_start, found_stop])
    which = np.repeat([0, 1], [len(found_start), len(found_stop)])
    order = np.lexsort((piece, which, node))
    return node[order], piece[order], which[order]


def _cut_lines(parts, cuts, rank, before) -> KeyedPolylines:
    """The vertices of every piece of a cut part, by piece.

    The piece before a cut runs from the previous cut point (or the part's
    start) through the vertices between to the cut point; the last piece
    runs on to the part's end. A cut point on a vertex is that vertex, not
    repeated; a piece keeps at least two points, even when they coincide.
    """
    x, y, vertex_first = parts.x, parts.y, parts.first_vertex
    base = vertex_first[cuts.part]
    at = base + cuts.seg
    x1, y1, x2, y2 = x[at], y[at], x[at + 1], y[at + 1]
    t = cuts.t
    px = np.where(t <= 0.0, x1, np.where(t >= 1.0, x2, x1 + t * (x2 - x1)))
    py = np.where(t <= 0.0, y1, np.where(t >= 1.0, y2, y1 + t * (y2 - y1)))
    point = len(x) + np.arange(len(t), dtype=np.int64)  # cut points follow the vertices
    follows = rank > 0
    previous = np.flatnonzero(follows) - 1
    # the piece before each cut
    lead = np.full(len(t), -1, dtype=np.int64)
    low = base.copy()
    low[follows] = at[previous] + 1
    high = at + 1
    lead[follows] = point[previous]
    # the piece after the last cut of each part
    last = cuts.last_of_part()
    pieces = np.concatenate([before, before[last] + 1])
    lead = np.concatenate([lead, point[last]])
    low = np.concatenate([low, at[last] + 1])
    high = np.concatenate([high, vertex_first[cuts.part[last] + 1]])
    trail = np.concatenate([point, np.full(len(last), -1, dtype=np.int64)])
    all_x, all_y = np.concatenate([x, px]), np.concatenate([y, py])
    has_vertex = high > low
    first_vertex = np.minimum(low, len(x) - 1)
    same_as_vertex = (all_x[lead] == x[first_vertex]) & (all_y[lead] == y[first_vertex])
    lead[(lead >= 0) & has_vertex & same_as_vertex] = -1
    head_end = np.where(has_vertex, high - 1, lead)
    same_as_end = (all_x[trail] == all_x[head_end]) & (all_y[trail] == all_y[head_end])
    trail[(trail >= 0) & same_as_end] = -1
    order = np.argsort(pieces, kind="stable")
    pieces, lead, low, high, trail = (a[order] for a in (pieces, lead, low, high, trail))
    return KeyedPolylines(SortedKeys(pieces), _gathered(all_x, all_y, lead, low, high, trail))


def _gathered(all_x, all_y, lead, low, high, trail) -> FlatPolylines:
    """Polylines of ``lead`` point (or none, -1), vertices ``low..high - 1``, ``trail`` point
    (or none); one point alone is doubled."""
    has_lead, has_trail = lead >= 0, trail >= 0
    inner = high - low
    count = has_lead + inner + has_trail
    alone = count < 2
    first = np.concatenate([[0], np.cumsum(np.maximum(count, 2))]).astype(np.int64)
    source = np.empty(int(first[-1]), dtype=np.int64)
    source[first[:-1][has_lead]] = lead[has_lead]
    owner = np.repeat(np.arange(len(inner), dtype=np.int64), inner)
    offset = np.arange(len(owner), dtype=np.int64) - np.repeat(np.cumsum(inner) - inner, inner)
    source[first[:-1][owner] + has_lead[owner] + offset] = low[owner] + offset
    source[(first[:-1] + has_lead + inner)[has_trail]] = trail[has_trail]
    source[first[:-1][alone] + 1] = source[first[:-1][alone]]
    return FlatPolylines(all_x[source], all_y[source], first)


def _same_spot(valves, valve, kind, ref):
    """The warning for ``valve`` on the spot of a cut kept (of ``kind``, with ``ref``)."""
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
