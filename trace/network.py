"""The network model: pieces, valve segments, supply, and the questions clicks ask.

Built once by :func:`build_network`; after that a click costs time in
proportion to the area it affects. Arrays are kept flat (numpy or lists of
ints) because a million pipes as Python objects would not fit the memory
budget; :class:`Piece` objects are made on access only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np

from ..common.columns import ColumnRows, to_columns
from ..common.data_warning import DataWarning
from .components import compact, component_labels
from .directed_supply import DirectedSupply
from .inputs import (
    CHECK,
    INOPERABLE,
    OPERABLE,
    VALVE_FIELDS,
    NetworkSettings,
    ValveInput,
    valve_column,
)


@dataclass(frozen=True)
class Piece:
    """A stretch of pipe between two nodes (a pipe end, a junction or a mid-span valve)."""

    index: int
    pipe_id: Any
    pipe_fid: int
    coords: tuple[tuple[float, float], ...]
    length: float


def _segments_at(nodes, node_piece, segment) -> np.ndarray:
    """Segment of the pieces at each node; -1 where the node is -1 (valve not placed)."""
    nodes = np.asarray(nodes, dtype=np.int64)
    out = np.full(len(nodes), -1, dtype=np.int64)
    placed = nodes >= 0
    out[placed] = segment[node_piece[nodes[placed]]]
    return out


def _lists_by(label: np.ndarray, value: np.ndarray, count: int, rank=None) -> list[list[int]]:
    """``out[k]``: the values whose label is ``k``, in order of ``rank`` (default: the values)."""
    order = np.lexsort((value if rank is None else rank, label))
    flat = value[order].tolist()
    bounds = np.searchsorted(label[order], np.arange(count + 1)).tolist()
    return [flat[bounds[k] : bounds[k + 1]] for k in range(count)]


def _grouped(labels: np.ndarray, count: int):
    """Members of each label as one flat list and bounds: ``members[bounds[k]:bounds[k + 1]]``."""
    order = np.argsort(labels, kind="stable")
    bounds = np.searchsorted(labels[order], np.arange(count + 1))
    return order.tolist(), bounds.tolist()


class SegmentRow(NamedTuple):
    """One row of the ``outage:segments`` table."""

    piece: int
    pipe_id: Any
    pipe_fid: int
    segment_id: int
    supplied: bool


class Topology:
    """Pieces and their end nodes, as cut by the builder."""

    def __init__(
        self,
        part_coords,
        cut_coords,
        piece_part,
        part_pipe,
        start,
        stop,
        lengths,
        first_piece,
        splits,
        node_count,
        cut_table,
    ):
        self.part_coords = part_coords
        self.cut_coords = cut_coords
        self.piece_part = piece_part
        self.part_pipe = part_pipe
        self.start = start
        self.stop = stop
        self.lengths = lengths
        self.first_piece = first_piece
        self.splits = splits
        self.node_count = node_count
        self.cut_table = cut_table  # (part, segment, t) of every cut, by part then along it

    def pieces_at(self, part: np.ndarray, seg: np.ndarray, t: np.ndarray) -> np.ndarray:
        """The piece holding each position (vertex segment ``seg``, parameter ``t``) of a part.

        A position lies past the cuts of its part at or before it, in (segment,
        t) order (a cut on the position itself counts). Counted in passes over
        the k-th cut of every part at once: a part has few cuts, and a million
        customers asked one by one cost a dictionary look-up and a bisection each.
        """
        cut_part, cut_seg, cut_t = self.cut_table
        lo = np.searchsorted(cut_part, part, side="left")
        left = np.searchsorted(cut_part, part, side="right") - lo
        rank = np.zeros(len(part), dtype=np.int64)
        active = np.flatnonzero(left > 0)
        while len(active):
            at = lo[active] + rank[active]
            s = seg[active]
            passed = (cut_seg[at] < s) | ((cut_seg[at] == s) & (cut_t[at] <= t[active]))
            active = active[passed]
            rank[active] += 1
            active = active[rank[active] < left[active]]
        return np.asarray(self.first_piece, dtype=np.int64)[part] + rank

    def coords(self, piece: int):
        """The vertices of a piece."""
        found = self.cut_coords.get(piece)
        return found if found is not None else self.part_coords[self.piece_part[piece]]

    def all_coords(self) -> tuple[np.ndarray, np.ndarray]:
        """The vertices of every piece at once: ``(xy, first)``, piece ``i`` being
        ``xy[first[i]:first[i + 1]]``.

        Writing every piece (``outage:segments``) one :meth:`coords` call at a
        time cost more than building the network; this gathers them in one
        numpy pass: uncut pieces from their part's arrays, cut pieces from
        their own (:class:`KeyedPolylines`).
        """
        x, y, part_first = self.part_coords.flat()
        start = part_first[:-1][self.piece_part]
        count = part_first[1:][self.piece_part] - start
        cut, (cut_x, cut_y, cut_first) = self.cut_coords.flat()
        count[cut] = np.diff(cut_first)
        start[cut] = len(x) + cut_first[:-1]
        source = np.column_stack([np.concatenate([x, cut_x]), np.concatenate([y, cut_y])])
        first = np.concatenate([[0], np.cumsum(count)]).astype(np.int64)
        rank = np.arange(first[-1], dtype=np.int64) - np.repeat(first[:-1], count)
        return source[np.repeat(start, count) + rank], first


class _PieceList(Sequence):
    """``network.pieces[i]`` without a million objects kept alive."""

    def __init__(self, network: Network):
        self._net = network

    def __len__(self) -> int:
        return len(self._net.piece_pipe)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        net = self._net
        pipe = net.piece_pipe[index]
        return Piece(
            index if index >= 0 else len(self) + index,
            net.pipe_ids[pipe],
            net.pipe_fids[pipe],
            tuple(tuple(map(float, xy)) for xy in net.topology.coords(index)),
            float(net.topology.lengths[index]),
        )


class Network:
    """A built network model; see :func:`build_network`."""

    def __init__(
        self,
        settings: NetworkSettings,
        pipe_ids,
        pipe_fids,
        topology: Topology,
        grid,
        valves,
        placed,
        sources,
        source_pieces,
        warnings,
        retired_pipes=(),
    ):
        self.settings = settings
        self.pipe_ids: list[Any] = pipe_ids
        self.pipe_fids: list[int] = pipe_fids
        self.topology = topology
        self.warnings: list[DataWarning] = warnings
        self.valves = valves
        self.sources = sources
        self._grid = grid
        self.piece_pipe: list[int] = topology.part_pipe[topology.piece_part].tolist()
        self.valve_kind: list[int] = placed.kind
        self._valve_index = self._valve_repeats = None  # made on the first question
        self._retired_ids = {pipe_ids[p] for p in retired_pipes}
        self._pipe_pieces: dict[Any, list[int]] | None = None
        self._node_pieces = None
        links = self._build_segments(placed)
        self._build_supply(source_pieces, links)

    # ----- persisted ---------------------------------------------------------------

    def __getstate__(self) -> dict:
        """What a model cache stores: the valves as columns, no views or lazy lookups.

        Half a million valve records pickled one by one took a second to load;
        loaded, they stay columns and a click makes the few it reads.
        """
        state = dict(self.__dict__)
        for lazy in ("_pipe_pieces", "_node_pieces", "_valve_index", "_valve_repeats"):
            state[lazy] = None  # made again on first use
        valves = self.valves
        state["valves"] = (
            dict(zip(VALVE_FIELDS, valves.columns))
            if isinstance(valves, ColumnRows)
            else to_columns(valves, VALVE_FIELDS, points=("point",))
        )
        for name in ("valve_node_a", "valve_node_b"):  # numpy integers pickle one by one
            state[name] = np.asarray(state[name], dtype=np.int64)
        return state

    def __setstate__(self, state: dict) -> None:
        state["valves"] = ColumnRows.stored(ValveInput, state["valves"], VALVE_FIELDS)
        for name in ("valve_node_a", "valve_node_b"):
            state[name] = state[name].tolist()
        self.__dict__.update(state)

    @property
    def pieces(self) -> _PieceList:
        """The pieces, made on access.

        A view made anew each time, not kept: kept, it would tie the network
        into a reference cycle, and a dropped network (every Processing call
        drops one) would stay in memory until the cycle collector scanned it.
        """
        return _PieceList(self)

    # ----- model -----------------------------------------------------------------

    def _joined(self, placed, valves: np.ndarray) -> np.ndarray:
        """Piece labels: pieces joined through their end nodes and through ``valves``.

        The components are found among the nodes (a piece joins its two ends),
        half the items of a graph of pieces and nodes; a piece takes its start's.
        """
        topo = self.topology
        labels = component_labels(
            topo.node_count,
            np.concatenate([topo.start, placed.node_a[valves]]),
            np.concatenate([topo.stop, placed.node_b[valves]]),
        )
        return labels[topo.start]

    def _build_segments(self, placed) -> tuple[np.ndarray, np.ndarray]:
        """Segments: pieces joined through plain junctions, inoperable and check valves.

        Supply *units* are the segments cut once more at the check valves that
        have a direction (see :mod:`.directed_supply`); without them a unit is
        a segment. The isolation grows over units, because a check valve lets
        water into the isolated area one way only. Returns the operable valves'
        links between segments (sides a and b), the edges the supply follows.
        ``placed`` holds the valves' nodes as arrays; the network keeps them as lists,
        which clicks read one by one.
        """
        topo = self.topology
        m = topo.node_count
        pieces = np.arange(len(topo.piece_part), dtype=np.int64)
        kind = np.asarray(placed.kind, dtype=np.int64)
        passed = np.flatnonzero(((kind == INOPERABLE) | (kind == CHECK)) & (placed.node_a >= 0))
        segment, self.segment_count = compact(self._joined(placed, passed))
        self.check_flow = {v: f for v, f in placed.flow.items() if f}
        if self.check_flow:
            joints = passed[~np.isin(passed, list(self.check_flow))]
            unit, self.unit_count = compact(self._joined(placed, joints))
        else:
            unit, self.unit_count = segment, self.segment_count
        self.piece_segment: list[int] = segment.tolist()
        self.piece_unit: list[int] = self.piece_segment if unit is segment else unit.tolist()
        node_piece = np.full(m, -1, dtype=np.int64)
        node_piece[topo.start] = pieces
        node_piece[topo.stop] = pieces
        self.node_piece = node_piece
        self.valve_node_a, self.valve_node_b = placed.node_a.tolist(), placed.node_b.tolist()
        side_a, side_b, self.segment_valves = self._valve_sides(
            segment, self.segment_count, placed, kind
        )
        self.valve_sides = list(zip(side_a.tolist(), side_b.tolist()))
        link_a, link_b, link_valve = self._operable_links(side_a, side_b, kind)
        self.neighbours = _lists_by(
            np.concatenate([link_a, link_b]),
            np.concatenate([link_b, link_a]),
            self.segment_count + 1,
            np.concatenate([link_valve, link_valve]),
        )
        if unit is segment:
            self.valve_units, self.unit_valves = self.valve_sides, self.segment_valves
        else:
            unit_a, unit_b, self.unit_valves = self._valve_sides(
                unit, self.unit_count, placed, kind
            )
            self.valve_units = list(zip(unit_a.tolist(), unit_b.tolist()))
        self.unit_segment = np.zeros(self.unit_count, dtype=np.int64)
        self.unit_segment[unit] = segment
        self._segment_pieces, self._segment_bounds = _grouped(segment, self.segment_count)
        self._unit_pieces, self._unit_bounds = (
            (self._segment_pieces, self._segment_bounds)
            if unit is segment
            else _grouped(unit, self.unit_count)
        )
        return link_a, link_b

    def _valve_sides(self, labels: np.ndarray, count: int, valves, kind: np.ndarray):
        """Per valve, the labels (segments or units) on its sides a and b (-1 when not
        placed or a dead end), and per label the valves touching it, in valve order."""
        side_a = _segments_at(valves.node_a, self.node_piece, labels)
        side_b = _segments_at(valves.node_b, self.node_piece, labels)
        placed = (kind >= 0) & (side_a >= 0) & (valves.node_a != valves.node_b)
        side_a, side_b = np.where(placed, side_a, -1), np.where(placed, side_b, -1)
        valve = np.arange(len(kind), dtype=np.int64)
        other = placed & (side_b != side_a)
        touching = _lists_by(
            np.concatenate([side_a[placed], side_b[other]]),
            np.concatenate([valve[placed], valve[other]]),
            count,
        )
        return side_a, side_b, touching

    def _operable_links(self, side_a, side_b, kind):
        """``(a, b, valve)`` of the operable valves (open or normally closed) between two
        segments: the edges of the segment graph, in valve order."""
        joins = np.flatnonzero((side_a >= 0) & (side_a != side_b) & (kind == OPERABLE))
        return side_a[joins], side_b[joins], joins

    def _build_supply(self, source_pieces, links) -> None:
        """Mark the segments (or units, with check valves) a source reaches.

        ``unit_supplied`` answers "is this unit supplied"; ``unit_sources``
        lists the sources feeding each unit directly. Without check valves the
        supplied segments are the super source's component of the segment
        graph (``links`` are its open edges), found in whole-array passes.
        """
        self.super_source = self.segment_count
        self.source_segments: dict[int, list[int]] = {}
        self.unit_sources: dict[int, list[int]] = {}
        for index, pieces in enumerate(source_pieces):
            for segment in {self.piece_segment[p] for p in pieces or ()}:
                if segment not in self.source_segments:
                    self.neighbours[segment].append(self.super_source)
                    self.neighbours[self.super_source].append(segment)
                self.source_segments.setdefault(segment, []).append(index)
            for unit in {self.piece_unit[p] for p in pieces or ()}:
                self.unit_sources.setdefault(unit, []).append(index)
        self.directed: DirectedSupply | None = None
        if not self.check_flow:
            fed = list(self.source_segments)
            labels = component_labels(
                self.segment_count + 1,
                np.concatenate([links[0], fed]),
                np.concatenate([links[1], np.full(len(fed), self.super_source)]),
            )
            self.segment_supplied: list[bool] = (labels == labels[self.super_source]).tolist()
            self.unit_supplied: list[bool] = self.segment_supplied
            return
        self.directed = self._directed_supply()
        self.unit_supplied = self.directed.unit_supplied

    def _directed_supply(self) -> DirectedSupply:
        """The unit graph: open operable valves both ways, check valves their way only."""
        links, checks = [], []
        for valve, kind in enumerate(self.valve_kind):
            a, b = self.valve_units[valve]
            if a < 0 or a == b:
                continue
            if kind == OPERABLE:
                links.append((a, b))
            elif valve in self.check_flow:
                checks.append((a, b) if self.check_flow[valve] > 0 else (b, a))
        return DirectedSupply(self.unit_count, links, checks, set(self.unit_sources))

    def component_warnings(self) -> list[DataWarning]:
        """Parts of the network (through any valve, closed ones too) with no source or no valve."""
        pairs = [side for side in self.valve_sides if side[0] >= 0]
        a = np.asarray([p[0] for p in pairs], dtype=np.int64)
        b = np.asarray([p[1] for p in pairs], dtype=np.int64)
        fed = self._segments_sharing_a_source()
        labels = component_labels(
            self.segment_count, np.concatenate([a, fed[0]]), np.concatenate([b, fed[1]])
        )
        has_valve = np.zeros(self.segment_count, dtype=bool)
        has_valve[a] = True
        has_valve[b] = True
        has_source = np.zeros(self.segment_count, dtype=bool)
        has_source[list(self.source_segments)] = True
        seg_of_piece = np.asarray(self.piece_segment, dtype=np.int64)
        comp_of_piece = labels[seg_of_piece] if len(seg_of_piece) else seg_of_piece
        count = self.segment_count
        comp_source = np.bincount(labels, weights=has_source, minlength=count) > 0
        comp_valve = np.bincount(labels, weights=has_valve, minlength=count) > 0
        warnings = []
        roots, first_piece, sizes = np.unique(comp_of_piece, return_index=True, return_counts=True)
        for root, piece, size in zip(roots.tolist(), first_piece.tolist(), sizes.tolist()):
            if comp_source[root] and comp_valve[root]:
                continue
            sample = self.pieces[piece]
            where = (
                f"the part of the network with pipe {sample.pipe_id!r} "
                f"(feature {sample.pipe_fid}, {size} piece(s))"
            )
            point = sample.coords[0]
            if not comp_source[root]:
                warnings.append(
                    DataWarning(
                        "no_source",
                        f"Pipe layer: {where} is reached by no source; it is never "
                        "reported as losing supply.",
                        "pipe",
                        sample.pipe_fid,
                        sample.pipe_id,
                        point,
                        params={"pieces": size},
                    )
                )
            if not comp_valve[root]:
                warnings.append(
                    DataWarning(
                        "no_valves",
                        f"Pipe layer: {where} has no valve; isolating any pipe in it "
                        "shuts all of it.",
                        "pipe",
                        sample.pipe_fid,
                        sample.pipe_id,
                        point,
                        params={"pieces": size},
                    )
                )
        return warnings

    def _segments_sharing_a_source(self):
        """Pairs of segments fed by one source: a source bounds segments, yet joins the network."""
        by_source: dict[int, list[int]] = {}
        for segment, sources in self.source_segments.items():
            for source in sources:
                by_source.setdefault(source, []).append(segment)
        a = [segs[0] for segs in by_source.values() for _ in segs[1:]]
        b = [other for segs in by_source.values() for other in segs[1:]]
        return np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.int64)

    # ----- questions ---------------------------------------------------------------

    def segment_of(self, piece: int) -> int:
        """The valve segment holding ``piece``."""
        return self.piece_segment[piece]

    def supplied(self, piece: int) -> bool:
        """Whether ``piece`` gets water from a source in the normal state of the valves."""
        return self.unit_supplied[self.piece_unit[piece]]

    def segment_pieces(self, segment: int) -> list[int]:
        """The pieces of one segment."""
        return self._segment_pieces[
            self._segment_bounds[segment] : self._segment_bounds[segment + 1]
        ]

    def unit_pieces(self, unit: int) -> list[int]:
        """The pieces of one supply unit (a segment, when there are no check valves)."""
        return self._unit_pieces[self._unit_bounds[unit] : self._unit_bounds[unit + 1]]

    def segments_table(self) -> list[SegmentRow]:
        """Per piece: pipe id, segment id and supply, for the ``outage:segments`` algorithm."""
        supplied = self.unit_supplied
        return [
            SegmentRow(piece, self.pipe_ids[pipe], self.pipe_fids[pipe], seg, supplied[unit])
            for piece, (pipe, seg, unit) in enumerate(
                zip(self.piece_pipe, self.piece_segment, self.piece_unit)
            )
        ]

    def pieces_of_pipe(self, pipe_id) -> list[int]:
        """Piece indices of a pipe id (several pipes sharing an id give all their pieces)."""
        if self._pipe_pieces is None:
            table: dict[Any, list[int]] = {}
            for piece, pipe in enumerate(self.piece_pipe):
                table.setdefault(self.pipe_ids[pipe], []).append(piece)
            self._pipe_pieces = table
        return list(self._pipe_pieces.get(pipe_id, ()))

    def pieces_for_pipe_ids(self, pipe_ids: Iterable[Any]) -> list[int]:
        """Piece indices of several pipe ids; an id with no piece is a ValueError naming it."""
        out: list[int] = []
        for pipe_id in pipe_ids:
            pieces = self.pieces_of_pipe(pipe_id)
            if not pieces:
                raise ValueError(f"pipe id {pipe_id!r} is not in the network model")
            out.extend(pieces)
        return out

    def _index_valves(self) -> tuple[dict, dict]:
        """The first valve of each id as a plain int, and the repeated ids apart (a list per
        valve would give the cycle collector half a million more containers to scan)."""
        index: dict[Any, int] = {}
        repeats: dict[Any, list[int]] = {}
        for position, valve_id in enumerate(valve_column(self.valves, "valve_id")):
            first = index.setdefault(valve_id, position)
            if first != position:
                repeats.setdefault(valve_id, [first]).append(position)
        return index, repeats

    def _valves_by_id(self) -> tuple[dict, dict]:
        if self._valve_index is None:  # made on the first question (after a build or a load)
            self._valve_index, self._valve_repeats = self._index_valves()
        return self._valve_index, self._valve_repeats

    def valve_index(self, valve_id) -> int | None:
        """Index into ``valves`` of a valve id (the first feature, if duplicated)."""
        return self._valves_by_id()[0].get(valve_id)

    def valve_indices(self, valve_id) -> list[int]:
        """Indices into ``valves`` of every feature with this id (several when duplicated)."""
        first_of, repeats = self._valves_by_id()
        if valve_id in repeats:
            return list(repeats[valve_id])
        first = first_of.get(valve_id)
        return [] if first is None else [first]

    def is_out_of_service(self, pipe_id) -> bool:
        """Whether ``pipe_id`` names a pipe left out because its status is out of service."""
        return pipe_id in self._retired_ids and not self.pieces_of_pipe(pipe_id)

    def nearest_piece(self, point, max_distance: float) -> tuple[int, float] | None:
        """The piece nearest to ``point`` within ``max_distance``, with its distance."""
        found = self.nearest_pieces([point], max_distance)[0]
        return found

    def nearest_pieces(self, points, max_distance: float) -> list[tuple[int, float] | None]:
        """:meth:`nearest_piece` for many points at once (customers come in bulk)."""
        out: list[tuple[int, float] | None] = [None] * len(points)
        if not len(points) or not len(self.piece_pipe):
            return out
        xy = np.asarray(points, dtype=float).reshape(-1, 2)
        seg, dist, t = self._grid.nearest(xy[:, 0], xy[:, 1], float(max_distance))
        found = np.flatnonzero(seg >= 0)
        hit = seg[found]  # parts, ranks and pieces found at once: per point they cost more
        piece = self.topology.pieces_at(self._grid.owner[hit], self._grid.local[hit], t[found])
        for i, p, d in zip(found.tolist(), piece.tolist(), dist[found].tolist()):
            out[i] = (p, d)
        return out

    def piece_ends(self, piece: int) -> tuple[int, int]:
        """The two node numbers of a piece."""
        return int(self.topology.start[piece]), int(self.topology.stop[piece])

    def node_pieces(self, node: int) -> list[int]:
        """Pieces touching a node (built on first use)."""
        if self._node_pieces is None:
            topo = self.topology
            nodes = np.concatenate([topo.start, topo.stop])
            pieces = np.concatenate([np.arange(len(topo.start))] * 2)
            order = np.argsort(nodes, kind="stable")
            bounds = np.searchsorted(nodes[order], np.arange(topo.node_count + 1))
            self._node_pieces = (pieces[order].tolist(), bounds.tolist())
        pieces, bounds = self._node_pieces
        return pieces[bounds[node] : bounds[node + 1]]

    def isolate(self, piece_indices: Iterable[int], failed_valves: Iterable[Any] = ()):
        """Isolate the work site; ``failed_valves`` (valve ids) will not close this time."""
        from .isolation import isolate

        return isolate(self, piece_indices, failed_valves)

    def isolate_pipes(self, pipe_ids: Iterable[Any], failed_valves: Iterable[Any] = ()):
        """:meth:`isolate` with the work site given as pipe ids."""
        return self.isolate(self.pieces_for_pipe_ids(pipe_ids), failed_valves)
