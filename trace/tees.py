"""Tees without a node: a pipe end lying on another pipe, away from that pipe's ends.

Mains are often drawn as one long line with the branches ending on them, and
nothing splits the main where a branch ends (Esri complex edges, CAD
drawings). Such a branch end lies on the main within the snapping tolerance,
at a vertex or anywhere along a segment: a tee. The main is cut there, as at
a mid-span valve, and both pieces meet the branch's end node, so the branch
is connected. Each tee is a data note (``tee_without_node``), not a warning:
the data is usual, and the model handled it.

Only pipe *ends* make tees; two pipes whose interiors cross stay apart
(``crossing_without_junction``, :mod:`.checks`). The search reads, for every
pipe end, the grid cell it falls in (every segment within the tolerance is
registered there), all in whole-array passes.
"""

from __future__ import annotations

import numpy as np

from ..common.data_warning import NOTE, DataWarning
from .components import compact, component_labels
from .cuts import TEE, Cuts
from .parts import arc_at


class Tees:
    """The tees of a network and what they change.

    ``end_node`` and ``node_count`` are the snapped nodes once a tee whose
    foot lies within the tolerance of the other pipe's end has joined that
    end. ``cuts`` (:class:`~.cuts.Cuts`, ``ref`` the node) lists the cuts by
    part, in order along it: the part is cut there and both pieces meet the node. ``index`` finds the
    cut near a point of a part (valves and sources at a tee). ``extra_degree``
    counts the pipe ends each cut adds at its node; ``pairs`` holds
    ``(pipe end, part)`` keys of every tee (:func:`pair_key`), so the crossing
    check does not report them.
    """

    def __init__(self, end_node, node_count, cuts, index, extra_degree, pairs, notes):
        self.end_node: np.ndarray = end_node
        self.node_count: int = node_count
        self.cuts: Cuts = cuts
        self.index: CutIndex = index
        self.extra_degree: np.ndarray = extra_degree
        self.pairs: np.ndarray = pairs
        self.notes: list[DataWarning] = notes


def pair_key(end, part, part_count: int):
    """One integer per (pipe end, part) pair."""
    return np.asarray(end, dtype=np.int64) * (part_count + 1) + np.asarray(part, dtype=np.int64)


class CutIndex:
    """Points along parts, sorted by part and distance along it, found by position.

    ``ref[k]`` is what stands at point ``k`` (a node number for a tee). A
    valve or source located on a part within the tolerance of such a point is
    taken to stand there.
    """

    def __init__(self, part, arc, ref, lengths):
        scale = np.asarray(lengths, dtype=float)[part] + 1.0 if len(part) else np.zeros(0)
        key = np.asarray(part, dtype=float) + np.asarray(arc, dtype=float) / scale
        order = np.argsort(key, kind="stable")
        self.part = np.asarray(part, dtype=np.int64)[order]
        self.arc = np.asarray(arc, dtype=float)[order]
        self.ref = np.asarray(ref, dtype=np.int64)[order]
        self.key = key[order]
        self.lengths = np.asarray(lengths, dtype=float)

    def merged(self, other: CutIndex) -> CutIndex:
        return CutIndex(
            np.concatenate([self.part, other.part]),
            np.concatenate([self.arc, other.arc]),
            np.concatenate([self.ref, other.ref]),
            self.lengths,
        )

    def find(self, part, arc, tol: float) -> np.ndarray:
        """For each (part, arc), the ``ref`` of an indexed point within ``tol`` along it, or -1."""
        part = np.asarray(part, dtype=np.int64)
        arc = np.asarray(arc, dtype=float)
        out = np.full(len(part), -1, dtype=np.int64)
        if not len(self.part) or not len(part):
            return out
        key = part + arc / (self.lengths[part] + 1.0)
        right = np.searchsorted(self.key, key)
        best = np.full(len(part), np.inf)
        for candidate in (right - 1, right):
            inside = (candidate >= 0) & (candidate < len(self.part))
            at = np.clip(candidate, 0, len(self.part) - 1)
            gap = np.abs(self.arc[at] - arc)
            hit = inside & (self.part[at] == part) & (gap <= tol) & (gap < best)
            out[hit] = self.ref[at][hit]
            best[hit] = gap[hit]
        return out


def find_tees(parts, grid, end_node: np.ndarray, node_count: int, tol: float, spots) -> Tees:
    """Every pipe end lying within ``tol`` of another part, away from that part's ends.

    ``spots`` are the pipe ends (start and end of each part, in turn) made
    distinct (:func:`.grid.distinct_points`).
    """
    count = len(parts.sx)
    ex = np.column_stack([parts.sx, parts.ex]).ravel()
    ey = np.column_stack([parts.sy, parts.ey]).ravel()
    end, seg, dist, t = _near_other_parts(grid, spots, end_node, tol)
    other = grid.owner[seg]
    # the nearest foot of each pipe end on each other part (a vertex is on two segments)
    order = np.lexsort((seg, dist, other, end))
    first = np.ones(len(order), dtype=bool)
    first[1:] = (end[order][1:] != end[order][:-1]) | (other[order][1:] != other[order][:-1])
    pick = order[first]
    end, other, local, t = end[pick], other[pick], grid.local[seg[pick]], t[pick]
    arc = arc_at(parts, other, local, t)
    near_start = arc <= tol
    near_end = (parts.length[other] - arc <= tol) & ~near_start
    middle = ~near_start & ~near_end
    joins_a = [end_node[end[near_start]], end_node[end[near_end]]]
    joins_b = [end_node[2 * other[near_start]], end_node[2 * other[near_end] + 1]]
    cut_part, cut_arc, cut_node, cut_seg, cut_t, more_a, more_b = _cuts(
        other[middle], arc[middle], end_node[end[middle]], local[middle], t[middle], tol
    )
    joins_a.append(more_a)
    joins_b.append(more_b)
    a, b = np.concatenate(joins_a), np.concatenate(joins_b)
    if len(a):
        labels, node_count = compact(component_labels(node_count, a, b))
        end_node, cut_node = labels[end_node], labels[cut_node]
    return Tees(
        end_node,
        node_count,
        Cuts(cut_part, cut_seg, cut_t, np.full(len(cut_part), TEE), cut_node),
        CutIndex(cut_part, cut_arc, cut_node, parts.length),
        2 * np.bincount(cut_node, minlength=node_count),
        np.sort(pair_key(end, other, count)),
        _notes(parts, end, other, ex, ey),
    )


def _near_other_parts(grid, spots, end_node, tol):
    """``(end, segment, dist, t)`` of every segment within ``tol`` of a pipe end, on a
    part that has no end on that end's node.

    Asked once per distinct spot (the ends of a junction share one), then
    handed to each end there. The segments of the parts ending on the spot,
    most of the candidates, are left out before any distance is taken.
    """
    spot, sx, sy, ends = spots  # ``ends``: the pipe ends spot by spot
    node = np.empty(len(sx), dtype=np.int64)
    node[spot] = end_node  # the ends on one spot share their snapped node

    def elsewhere(at, seg):
        other = grid.owner[seg]
        return (end_node[2 * other] != node[at]) & (end_node[2 * other + 1] != node[at])

    at, seg, dist, t = grid.near(sx, sy, tol, wanted=elsewhere)
    bounds = np.searchsorted(spot[ends], np.arange(len(sx) + 1))
    many = bounds[at + 1] - bounds[at]
    pair = np.repeat(np.arange(len(at), dtype=np.int64), many)
    rank = np.arange(len(pair), dtype=np.int64) - np.repeat(np.cumsum(many) - many, many)
    end = ends[bounds[at][pair] + rank]
    seg, dist, t = seg[pair], dist[pair], t[pair]
    keep = grid.owner[seg] != end // 2
    return end[keep], seg[keep], dist[keep], t[keep]


def _cuts(part, arc, node, seg, t, tol):
    """One cut per cluster of feet closer than ``tol`` along a part; the nodes of a cluster join.

    Returns the cuts (part, arc, node, segment, t, in order along each part)
    and the node pairs to join.
    """
    order = np.lexsort((arc, part))
    part, arc, node, seg, t = part[order], arc[order], node[order], seg[order], t[order]
    lead = np.ones(len(part), dtype=bool)
    lead[1:] = (part[1:] != part[:-1]) | (np.diff(arc) > tol)
    cluster = np.cumsum(lead) - 1
    leader = np.flatnonzero(lead)
    follower = ~lead
    return (
        part[lead],
        arc[lead],
        node[lead],
        seg[lead],
        t[lead],
        node[follower],
        node[leader[cluster[follower]]],
    )


def _notes(parts, end, other, ex, ey) -> list[DataWarning]:
    """One ``tee_without_node`` note per pipe end met by another pipe."""
    notes = []
    for e, q in zip(end.tolist(), other.tolist()):
        pipe, through = int(parts.part_pipe[e // 2]), int(parts.part_pipe[q])
        x, y = float(ex[e]), float(ey[e])
        pipe_id, fid = parts.pipe_ids[pipe], parts.pipe_fids[pipe]
        other_id, other_fid = parts.pipe_ids[through], parts.pipe_fids[through]
        notes.append(
            DataWarning(
                "tee_without_node",
                f"Pipe layer: feature {fid} (id {pipe_id!r}) ends on pipe {other_id!r} "
                f"(feature {other_fid}) at ({x:.3f}, {y:.3f}), where that pipe has no node; "
                "it is joined there (a tee).",
                "pipe",
                fid,
                pipe_id,
                (x, y),
                level=NOTE,
                params={
                    "pipe_id": pipe_id,
                    "fid": fid,
                    "other_pipe_id": other_id,
                    "other_fid": other_fid,
                    "x": x,
                    "y": y,
                },
            )
        )
    return notes
