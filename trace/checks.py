"""Topology checks that only warn: dangling pipe ends and pipes crossing without a junction.

Both are common digitising errors. A crossing without a junction is
harmless if the pipes really pass over each other, but it is also what a
badly drawn junction looks like, and then the trace would miss a connection;
the operator has to see it. A pipe end lying on another pipe is not a
crossing: it is a tee, joined by the model (:mod:`.tees`).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from ..common.data_warning import DataWarning
from .tees import pair_key


def dangling_end_warnings(parts, end_node, busy_nodes: Iterable[int]) -> list[DataWarning]:
    """One info warning per pipe end that meets no other pipe end, valve or source."""
    degree = np.bincount(end_node) if len(end_node) else np.zeros(0, dtype=np.int64)
    lonely = degree[end_node] == 1
    busy = np.fromiter(busy_nodes, dtype=np.int64)
    lonely &= ~np.isin(end_node, busy)
    ends = np.flatnonzero(lonely)
    part, which = ends // 2, ends % 2 == 1
    # gathered as columns: numpy scalars read one by one cost more than the warnings
    rows = zip(
        parts.part_pipe[part].tolist(),
        np.where(which, parts.ex[part], parts.sx[part]).tolist(),
        np.where(which, parts.ey[part], parts.sy[part]).tolist(),
    )
    out = []
    for pipe, x, y in rows:
        out.append(
            DataWarning(
                "dangling_end",
                f"Pipe layer: feature {parts.pipe_fids[pipe]} (id {parts.pipe_ids[pipe]!r}) "
                f"ends at ({x:.3f}, {y:.3f}) without meeting another pipe, a valve or a source.",
                "pipe",
                parts.pipe_fids[pipe],
                parts.pipe_ids[pipe],
                (x, y),
                params={"x": x, "y": y},
            )
        )
    return out


def crossing_warnings(grid, parts, tol: float, tees=None) -> list[DataWarning]:
    """One warning per pair of parts whose lines meet away from a shared end or a tee.

    ``tees`` holds the sorted :func:`~.tees.pair_key` of every (pipe end, part) tee.
    """
    tees = np.zeros(0, dtype=np.int64) if tees is None else tees
    found = [_crossings(grid, parts, i, j, tol, tees) for i, j in grid.cell_pairs()]
    a = np.concatenate([f[0] for f in found])
    b = np.concatenate([f[1] for f in found])
    x = np.concatenate([f[2] for f in found])
    y = np.concatenate([f[3] for f in found])
    _, first = np.unique(a * (len(parts.coords) + 1) + b, return_index=True)
    out = []
    for k in first.tolist():
        pa, pb = int(parts.part_pipe[a[k]]), int(parts.part_pipe[b[k]])
        out.append(
            DataWarning(
                "crossing_without_junction",
                f"Pipe layer: feature {parts.pipe_fids[pa]} (id {parts.pipe_ids[pa]!r}) and "
                f"feature {parts.pipe_fids[pb]} (id {parts.pipe_ids[pb]!r}) meet at "
                f"({x[k]:.3f}, {y[k]:.3f}) where neither has a pipe end shared with the other; "
                "they are not connected.",
                "pipe",
                parts.pipe_fids[pa],
                parts.pipe_ids[pa],
                (float(x[k]), float(y[k])),
                params={
                    "other_fid": parts.pipe_fids[pb],
                    "other_id": parts.pipe_ids[pb],
                    "x": float(x[k]),
                    "y": float(y[k]),
                },
            )
        )
    return out


def _crossings(grid, parts, i, j, tol, tees):
    """(part a, part b, x, y) of the candidate pairs that meet away from a shared node.

    Most segments that meet are the ends of two pipes at their junction: they
    are dropped first, so only the few left are looked up among the tees.
    """
    owner = grid.owner
    keep = owner[i] != owner[j]
    i, j = i[keep], j[keep]
    px, py = grid.x1[i], grid.y1[i]
    rx, ry = grid.x2[i] - px, grid.y2[i] - py
    qx, qy = grid.x1[j] - px, grid.y1[j] - py
    sx, sy = grid.x2[j] - grid.x1[j], grid.y2[j] - grid.y1[j]
    den = rx * sy - ry * sx
    with np.errstate(divide="ignore", invalid="ignore"):
        t = (qx * sy - qy * sx) / den
        u = (qx * ry - qy * rx) / den
    hit = np.flatnonzero((den != 0) & (t >= 0) & (t <= 1) & (u >= 0) & (u <= 1))
    i, t = i[hit], t[hit]
    x, y = px[hit] + t * rx[hit], py[hit] + t * ry[hit]
    a, b = owner[i], owner[j[hit]]
    a_start, a_end = _near_ends(parts, a, x, y, tol)
    b_start, b_end = _near_ends(parts, b, x, y, tol)
    away = np.flatnonzero(~((a_start | a_end) & (b_start | b_end)))
    a, b, x, y = a[away], b[away], x[away], y[away]
    if len(tees) and len(away):
        a_start, a_end, b_start, b_end = a_start[away], a_end[away], b_start[away], b_end[away]
        bad = ~(_tee(a, b, a_start, a_end, parts, tees) | _tee(b, a, b_start, b_end, parts, tees))
        a, b, x, y = a[bad], b[bad], x[bad], y[bad]
    return np.minimum(a, b), np.maximum(a, b), x, y


def _near_ends(parts, part, x, y, tol):
    start = np.hypot(parts.sx[part] - x, parts.sy[part] - y) <= tol
    return start, np.hypot(parts.ex[part] - x, parts.ey[part] - y) <= tol


def _tee(part, other, at_start, at_end, parts, tees) -> np.ndarray:
    """Where an end of ``part`` near the meeting point is a tee on ``other`` (``tees`` sorted)."""
    count = len(parts.sx)
    return (at_start & _among(pair_key(2 * part, other, count), tees)) | (
        at_end & _among(pair_key(2 * part + 1, other, count), tees)
    )


def _among(keys: np.ndarray, table: np.ndarray) -> np.ndarray:
    """Whether each key is in the sorted ``table``."""
    at = np.minimum(np.searchsorted(table, keys), len(table) - 1)
    return table[at] == keys
