"""A uniform grid over line segments: what lies within a distance of a point.

Built once per network with numpy. Each segment is registered in every cell
its bounding box (grown by the snapping tolerance) overlaps, so a
within-tolerance question reads a single cell, and wider questions (a
customer 30 m from the main) read the few cells around the point. Queries are
batched over many points at once because valves, sources and customers come
by the hundred thousand.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np

_KEY = np.int64(1 << 31)
#: Cells a point may read ring by ring before the rest is a plain scan of every segment.
#: Realistic questions (a customer within 50 m of a main) read 9; only a point far from
#: every pipe, or a grid of tiny cells around a few long pipes, gets near this.
MAX_CELLS_READ = 400


class SegmentGrid:
    """Straight segments ``(x1, y1) -> (x2, y2)``, each belonging to an ``owner``."""

    def __init__(self, x1, y1, x2, y2, owner, pad: float):
        self.x1, self.y1, self.x2, self.y2 = (np.asarray(v, dtype=float) for v in (x1, y1, x2, y2))
        self.owner = np.asarray(owner, dtype=np.int64)
        self.pad = float(pad)
        n = len(self.x1)
        if n == 0:
            self.origin = (0.0, 0.0)
            self.cell = 1.0
            self.keys = np.zeros(0, dtype=np.int64)
            self.starts = np.zeros(1, dtype=np.int64)
            self.items = np.zeros(0, dtype=np.int64)
            self.cell_bounds = ((0, 0), (0, 0))
            return
        lengths = np.hypot(self.x2 - self.x1, self.y2 - self.y1)
        self.cell = max(float(np.median(lengths)) * 2.0, pad * 4.0, 1e-9)
        self.origin = (
            float(min(self.x1.min(), self.x2.min())) - pad,
            float(min(self.y1.min(), self.y2.min())) - pad,
        )
        cx0 = self._cx(np.minimum(self.x1, self.x2) - pad)
        cx1 = self._cx(np.maximum(self.x1, self.x2) + pad)
        cy0 = self._cy(np.minimum(self.y1, self.y2) - pad)
        cy1 = self._cy(np.maximum(self.y1, self.y2) + pad)
        wide = cx1 - cx0 + 1
        counts = wide * (cy1 - cy0 + 1)
        item = np.repeat(np.arange(n, dtype=np.int64), counts)
        offset = np.arange(len(item), dtype=np.int64) - np.repeat(
            np.cumsum(counts) - counts, counts
        )
        cx = np.repeat(cx0, counts) + offset % np.repeat(wide, counts)
        cy = np.repeat(cy0, counts) + offset // np.repeat(wide, counts)
        keys = cx * _KEY + cy
        order = np.argsort(keys, kind="stable")
        keys = keys[order]
        self.items = item[order]
        first = np.flatnonzero(np.append(True, keys[1:] != keys[:-1]))  # sorted: no second sort
        self.keys = keys[first]
        self.starts = np.append(first, len(keys)).astype(np.int64)
        self.cell_bounds = ((int(cx0.min()), int(cx1.max())), (int(cy0.min()), int(cy1.max())))

    def _cx(self, x):
        return np.floor((np.asarray(x) - self.origin[0]) / self.cell).astype(np.int64)

    def _cy(self, y):
        return np.floor((np.asarray(y) - self.origin[1]) / self.cell).astype(np.int64)

    def _candidates(self, px, py, dx: int, dy: int):
        """(point index, segment index) pairs for the cell at offset (dx, dy) of each point."""
        keys = (self._cx(px) + dx) * _KEY + (self._cy(py) + dy)
        pos = np.searchsorted(self.keys, keys)
        pos = np.minimum(pos, max(len(self.keys) - 1, 0))
        found = (self.keys[pos] == keys) if len(self.keys) else np.zeros(len(keys), bool)
        lo = np.where(found, self.starts[pos], 0)
        hi = np.where(found, self.starts[np.minimum(pos + 1, len(self.starts) - 1)], 0)
        counts = hi - lo
        point = np.repeat(np.arange(len(px), dtype=np.int64), counts)
        offset = np.arange(len(point), dtype=np.int64) - np.repeat(
            np.cumsum(counts) - counts, counts
        )
        return point, self.items[np.repeat(lo, counts) + offset]

    def project(self, seg, px, py):
        """Distance from each point to its segment, and the parameter t in [0, 1] of the foot."""
        ax, ay = self.x1[seg], self.y1[seg]
        vx, vy = self.x2[seg] - ax, self.y2[seg] - ay
        den = vx * vx + vy * vy
        with np.errstate(invalid="ignore", divide="ignore"):
            t = np.where(den > 0, ((px - ax) * vx + (py - ay) * vy) / np.where(den > 0, den, 1), 0)
        t = np.clip(t, 0.0, 1.0)
        return np.hypot(ax + t * vx - px, ay + t * vy - py), t

    def near(self, px, py, distance: float, chunk: int = 1 << 16, wanted=None):
        """Every (point, segment) pair closer than ``distance``, which must not exceed the pad.

        Returns ``(point, segment, dist, t)`` arrays. A segment is registered in
        every cell within the pad of it, so the point's own cell holds all of
        them; points go ``chunk`` at a time to bound the candidate pairs in memory.
        ``wanted(point, segment)``, when given, says which candidate pairs to
        measure at all: the others are left out before the distances are taken.
        """
        px = np.asarray(px, dtype=float)
        py = np.asarray(py, dtype=float)
        found = []
        for first in range(0, len(px), chunk):
            local, seg = self._candidates(
                px[first : first + chunk], py[first : first + chunk], 0, 0
            )
            point = local + first
            if wanted is not None:
                asked = wanted(point, seg)
                point, seg = point[asked], seg[asked]
            dist, t = self.project(seg, px[point], py[point])
            keep = dist <= distance
            found.append((point[keep], seg[keep], dist[keep], t[keep]))
        if not found:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, np.zeros(0), np.zeros(0)
        return tuple(np.concatenate(column) for column in zip(*found))

    def nearest(self, px, py, max_distance: float):
        """For each point: (segment index or -1, distance, t) of the nearest segment.

        Only segments within ``max_distance`` count; ties go to the lowest
        segment index so answers are reproducible. Cells are read in rings
        around each point, and a point stops as soon as nothing in a farther
        ring could beat what it has, so a generous ``max_distance`` costs
        nothing where the network is dense.
        """
        px = np.asarray(px, dtype=float)
        py = np.asarray(py, dtype=float)
        best_seg = np.full(len(px), -1, dtype=np.int64)
        best_d = np.full(len(px), np.inf)
        best_t = np.zeros(len(px))
        if not len(self.keys) or not len(px):
            return best_seg, best_d, best_t
        # a segment is registered in every cell within ``pad`` of it, so only
        # the part of the distance beyond ``pad`` needs neighbouring cells
        reach = int(math.ceil(max(0.0, max_distance - self.pad) / self.cell))
        reach = min(reach, self._rings_to_cover(px, py))
        # nothing outside rings 0..r is nearer than the point's distance to
        # the border of its own cell plus r cells (plus the registration pad)
        fx = (px - self.origin[0]) / self.cell
        fy = (py - self.origin[1]) / self.cell
        fx -= np.floor(fx)
        fy -= np.floor(fy)
        edge = np.minimum(np.minimum(fx, 1 - fx), np.minimum(fy, 1 - fy)) * self.cell + self.pad
        pending = np.arange(len(px))
        best = (best_seg, best_d, best_t)
        visited = 0
        for ring in range(reach + 1):
            cells = _ring(ring)
            visited += len(cells)
            if visited > min(len(self.keys), MAX_CELLS_READ):
                # Far from everything (or a grid of tiny cells): the rings left would read
                # more cells than a plain comparison with every segment costs.
                self._scan_every_segment(pending, px, py, max_distance, best)
                break
            for dx, dy in cells:
                local, seg = self._candidates(px[pending], py[pending], dx, dy)
                self._keep_nearest(pending[local], seg, px, py, max_distance, best)
            pending = pending[best_d[pending] >= edge[pending] + ring * self.cell]
            if not len(pending):
                break
        return best_seg, best_d, best_t

    def in_box(self, x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
        """The segments registered in the cells the box overlaps (each once): every segment
        that comes within the pad of the box is among them.

        Asked once per source footprint, so the cells are found column by column
        with one search each, not cell by cell.
        """
        if not len(self.keys):
            return np.zeros(0, dtype=np.int64)
        (cx_min, cx_max), (cy_min, cy_max) = self.cell_bounds  # a huge box reads no empty column
        cx = np.arange(
            max(int(self._cx(x0)), cx_min), min(int(self._cx(x1)), cx_max) + 1, dtype=np.int64
        )
        cy0, cy1 = max(int(self._cy(y0)), cy_min), min(int(self._cy(y1)), cy_max)
        if cy0 > cy1 or not len(cx):
            return np.zeros(0, dtype=np.int64)
        low = np.searchsorted(self.keys, cx * _KEY + cy0)
        high = np.searchsorted(self.keys, cx * _KEY + cy1, side="right")
        first, last = self.starts[low], self.starts[high]
        counts = last - first
        offset = np.arange(int(counts.sum()), dtype=np.int64) - np.repeat(
            np.cumsum(counts) - counts, counts
        )
        return np.unique(self.items[np.repeat(first, counts) + offset])

    def _rings_to_cover(self, px, py) -> int:
        """How many rings reach every occupied cell from the farthest point."""
        (cx_min, cx_max), (cy_min, cy_max) = self.cell_bounds
        px_cell, py_cell = self._cx(px), self._cy(py)
        spans = (
            np.abs(px_cell - cx_min),
            np.abs(px_cell - cx_max),
            np.abs(py_cell - cy_min),
            np.abs(py_cell - cy_max),
        )
        return int(max(span.max() for span in spans))

    def _scan_every_segment(self, pending, px, py, max_distance, best, chunk=1 << 20) -> None:
        """Compare the pending points with every segment, ``chunk`` pairs at a time."""
        count = len(self.x1)
        step = max(1, chunk // count)
        for first in range(0, len(pending), step):
            points = pending[first : first + step]
            point = np.repeat(points, count)
            seg = np.tile(np.arange(count, dtype=np.int64), len(points))
            self._keep_nearest(point, seg, px, py, max_distance, best)

    def _keep_nearest(self, point, seg, px, py, max_distance, best) -> None:
        """Of the (point, segment) candidates, keep each point's nearest if it beats ``best``.

        The candidates come grouped by point, each segment once per point (as
        :meth:`_candidates` and :meth:`_scan_every_segment` give them): each
        point's nearest, ties to the lowest segment, is then a reduction over
        its run, where sorting every candidate pair cost most of a bulk query.
        """
        if not len(point):
            return
        best_seg, best_d, best_t = best
        dist, t = self.project(seg, px[point], py[point])
        keep = dist <= max_distance
        point, seg, dist, t = point[keep], seg[keep], dist[keep], t[keep]
        if not len(point):
            return
        start = np.flatnonzero(np.append(True, point[1:] != point[:-1]))
        run = np.repeat(np.arange(len(start)), np.diff(np.append(start, len(point))))
        nearest = dist == np.minimum.reduceat(dist, start)[run]
        lowest = np.minimum.reduceat(np.where(nearest, seg, np.iinfo(np.int64).max), start)
        first = nearest & (seg == lowest[run])
        point, seg, dist, t = point[first], seg[first], dist[first], t[first]
        better = (dist < best_d[point]) | ((dist == best_d[point]) & (seg < best_seg[point]))
        point, seg, dist, t = point[better], seg[better], dist[better], t[better]
        best_seg[point], best_d[point], best_t[point] = seg, dist, t

    def cell_pairs(self, chunk: int = 1 << 20):
        """Every pair of segments sharing a cell, once per shared cell, in chunks.

        Yields ``(i, j)`` index arrays of at most about ``chunk`` pairs (more
        only when one cell alone holds more), so that a million pipes never
        need all their candidate pairs in memory at once.
        """
        counts = np.diff(self.starts)
        if not len(counts):
            yield self.items, self.items  # no segments: one empty chunk
            return
        pairs_per_cell = counts * (counts - 1) // 2
        total = np.cumsum(pairs_per_cell)
        first_cell = 0
        while first_cell < len(counts):
            done = total[first_cell - 1] if first_cell else 0
            last_cell = int(np.searchsorted(total, done + chunk, side="right"))
            last_cell = min(max(last_cell, first_cell + 1), len(counts))
            yield self._pairs_in(first_cell, last_cell)
            first_cell = last_cell

    def _pairs_in(self, first_cell: int, last_cell: int):
        """Pairs of segments sharing one of the cells ``first_cell .. last_cell - 1``."""
        lo, hi = self.starts[first_cell], self.starts[last_cell]
        counts = np.diff(self.starts[first_cell : last_cell + 1])
        size = np.repeat(counts, counts)
        rank = np.arange(lo, hi, dtype=np.int64) - np.repeat(
            self.starts[first_cell:last_cell], counts
        )
        later = size - rank - 1
        left = np.repeat(np.arange(lo, hi, dtype=np.int64), later)
        step = np.arange(len(left), dtype=np.int64) - np.repeat(np.cumsum(later) - later, later)
        return self.items[left], self.items[left + 1 + step]


class Spots(NamedTuple):
    """Points made distinct: point ``i`` is at ``(x[spot[i]], y[spot[i]])``; ``order`` lists
    the points spot by spot (those of one spot in their own order)."""

    spot: np.ndarray
    x: np.ndarray
    y: np.ndarray
    order: np.ndarray


def distinct_points(x: np.ndarray, y: np.ndarray) -> Spots:
    """The distinct spots of the points ``(x, y)`` (:class:`Spots`).

    Pipe ends meet on the very coordinates of their junction, so a million
    pipes have far fewer spots than ends: questions about points are asked
    once per spot. Spots are in sorted (x, y) order.
    """
    order = np.lexsort((y, x))
    xs, ys = x[order], y[order]
    new = np.ones(len(x), dtype=bool)
    new[1:] = (xs[1:] != xs[:-1]) | (ys[1:] != ys[:-1])
    spot = np.empty(len(x), dtype=np.int64)
    spot[order] = np.cumsum(new) - 1
    return Spots(spot, xs[new], ys[new], order)


def _ring(ring: int):
    """Cell offsets at Chebyshev distance ``ring`` (just (0, 0) for ring 0)."""
    if ring == 0:
        return [(0, 0)]
    side = range(-ring, ring + 1)
    return [(dx, dy) for dx in side for dy in side if max(abs(dx), abs(dy)) == ring]
