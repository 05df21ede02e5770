"""Build the network model once: parts, snapped nodes, valves placed, pieces, segments.

Everything per pipe end or per valve is done in whole numpy arrays; the only
Python loop per part is the one that cuts parts at mid-span valves into
pieces. The result is a :class:`Network`, which answers clicks without
touching the whole network again.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from itertools import chain
from typing import Any

import numpy as np

from ..common.data_warning import DataWarning
from ..common.gc_pause import collector_paused
from .checks import crossing_warnings, dangling_end_warnings
from .components import compact, component_labels
from .grid import SegmentGrid
from .inputs import (
    CHECK,
    NetworkSettings,
    PipeArrays,
    PipeInput,
    ProgressGuard,
    SourceInput,
    ValveInput,
)
from .network import Network, Topology, piece_at
from .polylines import FlatPolylines


def build_network(
    pipes: Sequence[PipeInput] | PipeArrays,
    valves: Sequence[ValveInput],
    sources: Sequence[SourceInput],
    settings: NetworkSettings | None = None,
    progress: Any = None,
) -> Network:
    """Build the model the clicks run on; raises TraceCanceled if the user cancels.

    ``pipes`` is a list of :class:`PipeInput`, or for big layers the same
    pipes as one :class:`PipeArrays`.
    """
    with collector_paused():
        return _build(pipes, valves, sources, settings or NetworkSettings(), progress)


def _build(pipes, valves, sources, settings: NetworkSettings, progress) -> Network:
    guard = ProgressGuard(progress)
    warnings: list[DataWarning] = []
    tol = float(settings.tolerance)
    guard.step(0)
    parts = _read_parts(pipes, tol, warnings, guard)
    guard.step(30)
    ends_x = np.column_stack([parts.sx, parts.ex]).ravel()
    ends_y = np.column_stack([parts.sy, parts.ey]).ravel()
    end_node, node_count = _snap(ends_x, ends_y, tol)
    grid = _part_grid(parts, tol)
    guard.step(45)
    placed = _place_valves(valves, settings, parts, grid, end_node, tol, warnings)
    guard.step(55)
    topo = _cut_pieces(parts, end_node, node_count, placed, guard)
    warnings.extend(_check_valve_warnings(valves, placed))
    guard.step(70)
    source_hits = _locate([s.point for s in sources], parts, grid, end_node, tol)
    source_pieces, source_nodes = _source_pieces(source_hits, placed, topo)
    network = Network(
        settings=settings,
        pipe_ids=parts.pipe_ids,
        pipe_fids=parts.pipe_fids,
        topology=topo,
        grid=grid,
        valves=valves,
        placed=placed,
        sources=sources,
        source_pieces=source_pieces,
        warnings=warnings,
    )
    guard.step(85)
    for source, hit in zip(sources, source_hits):
        if hit is None:
            warnings.append(_source_off(source, tol))
    warnings.extend(dangling_end_warnings(parts, end_node, set(placed.node_valve) | source_nodes))
    warnings.extend(crossing_warnings(grid, parts, tol))
    warnings.extend(network.component_warnings())
    guard.step(100)
    return network


class _Parts:
    """All valid parts, flattened: vertex arrays and per-part ranges."""

    def __init__(self, pipe_ids, pipe_fids):
        self.pipe_ids: list[Any] = pipe_ids
        self.pipe_fids: list[int] = pipe_fids


def _read_parts(pipes, tol, warnings, guard) -> _Parts:
    """Keep every usable part; warn on null, broken, zero-length and duplicate pipes."""
    flat = pipes if isinstance(pipes, PipeArrays) else _as_arrays(pipes)
    guard.step(15)
    parts = _Parts(list(flat.pipe_ids), list(flat.fids))
    seen: dict[Any, int] = {}
    for pipe_id, fid in zip(parts.pipe_ids, parts.pipe_fids):
        first = seen.setdefault(pipe_id, fid)
        if first != fid:
            warnings.append(
                DataWarning(
                    "duplicate_id",
                    f"Pipe layer: id {pipe_id!r} (feature {fid}) is also used by "
                    f"feature {first}; both are kept, results list the id once.",
                    "pipe",
                    fid,
                    pipe_id,
                )
            )
    part_start = np.asarray(flat.part_start, dtype=np.int64)
    part_pipe = np.asarray(flat.part_pipe, dtype=np.int64)
    usable = np.diff(part_start) >= 2
    with_line = np.bincount(part_pipe[usable], minlength=len(parts.pipe_ids)) > 0
    for pipe in np.flatnonzero(~with_line).tolist():
        fid, pipe_id = parts.pipe_fids[pipe], parts.pipe_ids[pipe]
        warnings.append(
            DataWarning(
                "null_geometry",
                f"Pipe layer: feature {fid} (id {pipe_id!r}) has no line "
                "geometry; it is left out of the network.",
                "pipe",
                fid,
                pipe_id,
            )
        )
    vertex_part = np.repeat(np.arange(len(usable)), np.diff(part_start))
    xy = np.asarray(flat.xy, dtype=float).reshape(-1, 2)[usable[vertex_part]]
    _flatten(parts, part_pipe[usable], np.diff(part_start)[usable], xy, tol, warnings)
    return parts


def _as_arrays(pipes: Sequence[PipeInput]) -> PipeArrays:
    """The flat form of a list of :class:`PipeInput`."""
    lines, owner = [], []
    for index, pipe in enumerate(pipes):
        for part in pipe.parts or ():
            if part is not None:
                lines.append(part)
                owner.append(index)
    sizes = np.fromiter(map(len, lines), dtype=np.int64, count=len(lines))
    return PipeArrays(
        [p.fid for p in pipes],
        [p.pipe_id for p in pipes],
        owner,
        np.concatenate([[0], np.cumsum(sizes)]),
        _vertex_array(lines, int(sizes.sum())),
    )


def _flatten(parts: _Parts, part_pipe, sizes, flat, tol: float, warnings) -> None:
    """Vertex arrays; drop parts with non-finite or zero-length geometry, with a warning."""
    owner = np.repeat(np.arange(len(sizes)), sizes)
    length = np.bincount(owner, weights=_steps(flat, owner), minlength=len(sizes))
    finite = np.bincount(owner, weights=~np.isfinite(flat).all(axis=1), minlength=len(sizes)) == 0
    good = finite & (length > tol)
    for part in np.flatnonzero(~good):
        pipe = int(part_pipe[part])
        code = "null_geometry" if not finite[part] else "zero_length"
        what = "non-numeric coordinates" if not finite[part] else f"length {length[part]:.4g}"
        warnings.append(
            DataWarning(
                code,
                f"Pipe layer: feature {parts.pipe_fids[pipe]} (id {parts.pipe_ids[pipe]!r}) "
                f"has a part with {what}; that part is left out of the network.",
                "pipe",
                parts.pipe_fids[pipe],
                parts.pipe_ids[pipe],
            )
        )
    keep_vertex = np.repeat(good, sizes)
    parts.part_pipe = part_pipe[good]
    parts.length = length[good]
    sizes = sizes[good]
    flat = flat[keep_vertex]
    parts.first_vertex = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
    parts.x, parts.y = np.ascontiguousarray(flat[:, 0]), np.ascontiguousarray(flat[:, 1])
    parts.coords = FlatPolylines(parts.x, parts.y, parts.first_vertex)
    vertex_part = np.repeat(np.arange(len(sizes)), sizes)
    along = np.cumsum(_steps(flat, vertex_part))
    # distance along its part of every vertex, to measure pieces cut at valves
    parts.arc = along - along[parts.first_vertex[:-1]][vertex_part]
    # the part each vertex starts a straight segment of, -1 on a part's last vertex
    parts.seg_part = np.where(
        np.append(vertex_part[1:] == vertex_part[:-1], False), vertex_part, -1
    )
    starts, stops = parts.first_vertex[:-1], parts.first_vertex[1:] - 1
    parts.sx, parts.sy = flat[starts, 0], flat[starts, 1]
    parts.ex, parts.ey = flat[stops, 0], flat[stops, 1]


def _vertex_array(lines, count: int = -1) -> np.ndarray:
    """All vertices as an (n, 2) float array; unreadable coordinates become NaN.

    ``count`` is the number of vertices when known: a vertex with a third
    value (x, y, z) then shows as a mismatch instead of shifting the rest.
    """
    try:
        flat = np.fromiter(chain.from_iterable(chain.from_iterable(lines)), dtype=float)
        if count < 0 or len(flat) == 2 * count:
            return flat.reshape(-1, 2)
    except (TypeError, ValueError):
        pass
    return np.array([_readable(xy) for line in lines for xy in line], dtype=float).reshape(-1, 2)


def _readable(xy) -> tuple[float, float]:
    try:
        x, y = xy
        return (float(x), float(y))
    except (TypeError, ValueError):
        return (math.nan, math.nan)


def _steps(flat: np.ndarray, owner: np.ndarray) -> np.ndarray:
    """Length of the step arriving at each vertex (0 at the first vertex of a part)."""
    out = np.zeros(len(flat))
    if len(flat) > 1:
        step = np.hypot(np.diff(flat[:, 0]), np.diff(flat[:, 1]))
        out[1:] = np.where(owner[1:] == owner[:-1], step, 0.0)
    return out


def _snap(x: np.ndarray, y: np.ndarray, tol: float):
    """Cluster points lying within ``tol`` of each other (true distance, chained)."""
    if len(x) == 0:
        return np.zeros(0, dtype=np.int64), 0
    grid = SegmentGrid(x, y, x, y, np.arange(len(x)), tol / 2.0)
    near_a, near_b = [], []
    for a, b in grid.cell_pairs():
        close = np.hypot(x[a] - x[b], y[a] - y[b]) <= tol
        near_a.append(a[close])
        near_b.append(b[close])
    labels = component_labels(len(x), np.concatenate(near_a), np.concatenate(near_b))
    return compact(labels)


def _locate(points, parts, grid, end_node, tol) -> list[tuple[int, int, float, int] | None]:
    """Where each point touches the network, or None if it is farther than ``tol``.

    A hit is (part, vertex-segment index in the part, t along that segment,
    snapped node of the part end within ``tol`` or -1 when mid-span).
    """
    hits: list[tuple[int, int, float, int] | None] = [None] * len(points)
    if not len(points) or not len(parts.coords):
        return hits
    nowhere = (math.nan, math.nan)
    xy = _vertex_array([[nowhere if p is None or len(p) != 2 else p for p in points]])
    usable = np.flatnonzero(np.isfinite(xy).all(axis=1))
    px, py = xy[usable, 0], xy[usable, 1]
    seg, _dist, t = grid.nearest(px, py, tol)
    found = seg >= 0
    usable, px, py, seg, t = usable[found], px[found], py[found], seg[found], t[found]
    part = grid.owner[seg]
    to_start = np.hypot(px - parts.sx[part], py - parts.sy[part])
    to_end = np.hypot(px - parts.ex[part], py - parts.ey[part])
    node = np.where(to_start <= to_end, end_node[2 * part], end_node[2 * part + 1])
    node = np.where(np.minimum(to_start, to_end) <= tol, node, -1)
    rows = zip(usable.tolist(), part.tolist(), grid.local[seg].tolist(), t.tolist(), node.tolist())
    for i, p, local, tt, n in rows:
        hits[i] = (p, local, tt, n)
    return hits


def _part_grid(parts, tol: float) -> SegmentGrid:
    """Grid over every straight segment of every part; ``local`` is its rank in the part."""
    vertex = np.flatnonzero(parts.seg_part >= 0)
    owner = parts.seg_part[vertex]
    grid = SegmentGrid(
        parts.x[vertex], parts.y[vertex], parts.x[vertex + 1], parts.y[vertex + 1], owner, tol
    )
    grid.local = vertex - parts.first_vertex[owner]
    return grid


def _source_pieces(hits, placed, topo):
    """Pieces each source feeds (None when off the network) and the end nodes holding sources.

    A source on a junction feeds every piece there, both sides of a valve
    included: a tank at a valve is upstream of it whichever way it is shut.
    """
    junction: list[int | None] = []
    wanted: dict[int, int] = {}  # node (either side of a valve) -> junction node
    for hit in hits:
        node = None if hit is None or hit[3] < 0 else hit[3]
        junction.append(node)
        if node is not None:
            wanted[node] = node
            if node in placed.node_valve:
                wanted[placed.node_b[placed.node_valve[node]]] = node
    at_node: dict[int, list[int]] = defaultdict(list)
    keys = np.fromiter(wanted, dtype=np.int64, count=len(wanted))
    for column in (topo.start, topo.stop):
        for piece in np.flatnonzero(np.isin(column, keys)).tolist():
            at_node[wanted[int(column[piece])]].append(piece)
    feeds: list[list[int] | None] = []
    for hit, node in zip(hits, junction):
        if hit is None:
            feeds.append(None)
        elif node is not None:
            feeds.append(at_node[node])
        else:
            feeds.append([piece_at(topo.first_piece, topo.splits, *hit[:3])])
    return feeds, set(wanted.values())


class Placed:
    """Where each valve ended up: its kind and the two node ends it separates.

    ``flow`` holds, for each check valve placed between two pieces, the way
    water may pass it: ``1`` from side a to side b, ``-1`` from b to a, and
    ``0`` when its two pipes are digitised against each other (no direction).
    """

    def __init__(self, count: int):
        self.kind: list[int] = [-1] * count  # -1: not in the model
        self.node_a: list[int] = [-1] * count
        self.node_b: list[int] = [-1] * count
        self.flow: dict[int, int] = {}
        self.node_valve: dict[int, int] = {}  # snapped node -> valve sitting on it
        self.midspan: dict[int, list[tuple[int, float, int]]] = defaultdict(list)


def _place_valves(valves, settings, parts, grid, end_node, tol, warnings) -> Placed:
    """Put each valve on a junction or inside a part; warn when it cannot be placed."""
    placed = Placed(len(valves))
    hits = _locate([v.point for v in valves], parts, grid, end_node, tol)
    degree = np.bincount(end_node, minlength=int(end_node.max()) + 1 if len(end_node) else 0)
    nulls: list[Any] = []
    seen: dict[Any, int] = {}
    classify = settings.state_classifier()
    for index, (valve, hit) in enumerate(zip(valves, hits)):
        if valve.valve_id in seen:
            warnings.append(
                _valve_warning(
                    "duplicate_id",
                    valve,
                    f"id is also used by feature {seen[valve.valve_id]}; both are kept",
                )
            )
        else:
            seen[valve.valve_id] = valve.fid
        kind = classify(valve.state)
        if kind is None:
            nulls.append(valve.valve_id)
            kind = 0
        if valve.point is None:
            warnings.append(
                _valve_warning("null_geometry", valve, "has no point geometry; it is ignored")
            )
            continue
        if hit is None:
            warnings.append(
                _valve_warning(
                    "valve_off_network",
                    valve,
                    f"lies on no pipe (farther than {tol:g} from every pipe); it is ignored",
                )
            )
            continue
        part, seg, t, node = hit
        if node < 0:
            placed.midspan[part].append((seg, t, index))
            placed.kind[index] = kind
            continue
        if degree[node] >= 3:
            warnings.append(
                _valve_warning(
                    "valve_ambiguous",
                    valve,
                    f"sits where {int(degree[node])} pipe ends meet, so it cannot shut one of them; it is ignored",
                )
            )
            continue
        if node in placed.node_valve:
            other = valves[placed.node_valve[node]]
            warnings.append(
                _valve_warning(
                    "valve_ambiguous",
                    valve,
                    f"sits on the same junction as valve {other.valve_id!r}; it is ignored",
                )
            )
            continue
        placed.node_valve[node] = index
        placed.kind[index] = kind
    if nulls:
        shown = ", ".join(repr(v) for v in nulls[:10]) + (" ..." if len(nulls) > 10 else "")
        warnings.append(
            DataWarning(
                "null_valve_state",
                f"Valve layer: {len(nulls)} valve(s) have an empty state field and are "
                f"treated as operable: {shown}",
                "valve",
            )
        )
    return placed


def _valve_warning(code: str, valve: ValveInput, what: str) -> DataWarning:
    return DataWarning(
        code,
        f"Valve layer: feature {valve.fid} (id {valve.valve_id!r}) {what}.",
        "valve",
        valve.fid,
        valve.valve_id,
        tuple(valve.point) if valve.point is not None else None,
    )


def _source_off(source: SourceInput, tol: float) -> DataWarning:
    where = (
        "has no point geometry"
        if source.point is None
        else f"lies on no pipe (farther than {tol:g})"
    )
    return DataWarning(
        "source_off_network",
        f"Source layer: feature {source.fid} (id {source.source_id!r}) {where}; it feeds nothing.",
        "source",
        source.fid,
        source.source_id,
        tuple(source.point) if source.point is not None else None,
    )


def _cut_pieces(parts, end_node, node_count, placed: Placed, guard) -> Topology:
    """Cut parts at mid-span valves into pieces and give each piece its two end nodes.

    Pieces are numbered part by part. Uncut parts (most of them) become one
    piece each with whole-array operations; only cut parts go through Python.
    """
    kept_cuts = {part: _distinct_cuts(cuts, placed) for part, cuts in placed.midspan.items()}
    counts = np.ones(len(parts.coords), dtype=np.int64)
    for part, cuts in kept_cuts.items():
        counts[part] += len(cuts)
    first_piece = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    total = int(first_piece[-1])
    piece_part = np.repeat(np.arange(len(counts), dtype=np.int64), counts)
    start = np.empty(total, dtype=np.int64)
    stop = np.empty(total, dtype=np.int64)
    start[first_piece[:-1]] = end_node[0::2]
    stop[first_piece[1:] - 1] = end_node[1::2]
    lengths = np.asarray(parts.length, dtype=float)[piece_part]
    cut_coords: dict[int, tuple[tuple[float, float], ...]] = {}
    next_node = node_count
    guard.step(60)
    for part, cuts in kept_cuts.items():
        first = int(first_piece[part])
        line = parts.coords[part]
        base = int(parts.first_vertex[part])
        arcs = [0.0]
        for rank, (line_piece, (seg, t, valve)) in enumerate(zip(_cut_line(line, cuts), cuts)):
            cut_coords[first + rank] = line_piece
            stop[first + rank], start[first + rank + 1] = next_node, next_node + 1
            placed.node_a[valve], placed.node_b[valve] = next_node, next_node + 1
            if placed.kind[valve] == CHECK:
                placed.flow[valve] = 1  # side a is the piece before it along the part
            next_node += 2
            arcs.append(
                parts.arc[base + seg] + t * (parts.arc[base + seg + 1] - parts.arc[base + seg])
            )
        cut_coords[first + len(cuts)] = _tail(line, cuts[-1])
        arcs.append(float(parts.length[part]))
        for rank in range(len(cuts) + 1):
            lengths[first + rank] = arcs[rank + 1] - arcs[rank]
    ends = _ends_at(placed.node_valve, start, stop)
    for node, valve in placed.node_valve.items():
        _split_node(node, valve, placed, ends.get(node, []), start, stop, next_node)
        next_node += 1
    splits = {part: [(seg, t) for seg, t, _ in cuts] for part, cuts in kept_cuts.items()}
    return Topology(
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


def _distinct_cuts(cuts, placed: Placed) -> list[tuple[int, float, int]]:
    """Cuts of one part in order along it; of two valves on one spot the first stands."""
    kept: list[tuple[int, float, int]] = []
    for seg, t, valve in sorted(cuts):
        if kept and kept[-1][0] == seg and abs(kept[-1][1] - t) < 1e-12:
            placed.kind[valve] = -1
            continue
        kept.append((seg, t, valve))
    return kept


def _ends_at(node_valve, start, stop) -> dict[int, list[tuple[int, int]]]:
    """Piece ends (piece, 0 for start / 1 for end) at each node carrying a valve."""
    nodes = np.fromiter(node_valve, dtype=np.int64, count=len(node_valve))
    ends: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for which, column in enumerate((start, stop)):
        for piece in np.flatnonzero(np.isin(column, nodes)).tolist():
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


def _check_valve_warnings(valves, placed: Placed) -> list[DataWarning]:
    """A warning per check valve between two pipes digitised against each other."""
    return [
        _valve_warning(
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
    for seg, t, _valve in cuts:
        point = _at(line, seg, t)
        if previous is None:
            head = list(line[: seg + 1])
        else:
            pseg, _pt, ppoint = previous
            head = [ppoint] + list(line[pseg + 1 : seg + 1])
        pieces.append(tuple(head) + (point,))
        previous = (seg, t, point)
    return pieces


def _tail(line, cut):
    seg, t, _valve = cut
    return (_at(line, seg, t),) + tuple(line[seg + 1 :])


def _at(line, seg, t) -> tuple[float, float]:
    (x1, y1), (x2, y2) = line[seg], line[seg + 1]
    return (x1 + t * (x2 - x1), y1 + t * (y2 - y1))
