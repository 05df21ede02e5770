"""The pipes' lines as flat arrays: every usable part, its vertices, lengths and end points.

The first step of building the model. Pipes out of service (a status in
``NetworkSettings.out_of_service_values``) are set aside here, so nothing
later sees them; their lines are kept apart (:class:`RetiredLines`) to tell
a valve standing on an abandoned pipe from a valve on no pipe at all.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import chain
from typing import Any

import numpy as np

from ..common.columns import repeated_values
from ..common.data_warning import NOTE, DataWarning
from .grid import SegmentGrid
from .inputs import PipeArrays, PipeInput
from .polylines import FlatPolylines


class Parts:
    """All usable parts of the pipes in service, flattened: vertex arrays and per-part ranges.

    ``pipe_ids`` and ``pipe_fids`` hold every pipe of the layer (in service or
    not); ``part_pipe[k]`` is the pipe of part ``k``.
    """

    def __init__(self, pipe_ids, pipe_fids):
        self.pipe_ids: list[Any] = pipe_ids
        self.pipe_fids: list[int] = pipe_fids
        self.retired_pipes: list[int] = []


class RetiredLines:
    """The lines of the pipes out of service, on a grid of their own."""

    def __init__(self, grid: SegmentGrid, part_pipe: np.ndarray):
        self.grid = grid
        self.part_pipe = part_pipe  # the pipe of each retired part (the grid's owners)

    def pipe_under(self, points: Sequence[tuple[float, float] | None], tol: float) -> list:
        """For each point, the index of a retired pipe within ``tol`` of it, or None."""
        xy = vertex_array([[p if p is not None and len(p) == 2 else _NOWHERE for p in points]])
        out: list[int | None] = [None] * len(points)
        usable = np.flatnonzero(np.isfinite(xy).all(axis=1))
        seg, _dist, _t = self.grid.nearest(xy[usable, 0], xy[usable, 1], tol)
        for index, found in zip(usable.tolist(), seg.tolist()):
            if found >= 0:
                out[index] = int(self.part_pipe[self.grid.owner[found]])
        return out


_NOWHERE = (math.nan, math.nan)


def read_parts(pipes, out_of_service, tol: float, warnings: list, guard) -> tuple[Parts, Any]:
    """Keep every usable part of the pipes in service; warn on null, broken, zero-length and
    duplicate pipes; returns the parts and the :class:`RetiredLines` (None when none)."""
    flat = pipes if isinstance(pipes, PipeArrays) else as_arrays(pipes)
    guard.step(15)
    parts = Parts(list(flat.pipe_ids), list(flat.fids))
    part_start = np.asarray(flat.part_start, dtype=np.int64)
    part_pipe = np.asarray(flat.part_pipe, dtype=np.int64)
    xy = np.asarray(flat.xy, dtype=float).reshape(-1, 2)
    retired = _retired(flat.statuses, out_of_service, len(parts.pipe_ids))
    parts.retired_pipes = np.flatnonzero(retired).tolist()
    retired_lines = None
    if parts.retired_pipes:
        warnings.append(_retired_note(parts, flat.statuses))
        retired_lines = _retired_lines(xy, part_start, part_pipe, retired, tol)
    _duplicate_ids(parts, retired, warnings)
    usable = (np.diff(part_start) >= 2) & ~retired[part_pipe]
    with_line = np.bincount(part_pipe[usable], minlength=len(parts.pipe_ids)) > 0
    for pipe in np.flatnonzero(~with_line & ~retired).tolist():
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
    _flatten(
        parts,
        part_pipe[usable],
        np.diff(part_start)[usable],
        xy[usable[vertex_part]],
        tol,
        warnings,
    )
    return parts, retired_lines


def _retired(statuses, out_of_service, count: int) -> np.ndarray:
    """Per pipe: is its status one of the out-of-service values."""
    if statuses is None:
        return np.zeros(count, dtype=bool)
    return np.fromiter(map(out_of_service, statuses), dtype=bool, count=count)


def _retired_note(parts: Parts, statuses) -> DataWarning:
    values = sorted({str(statuses[p]).strip() for p in parts.retired_pipes})
    count = len(parts.retired_pipes)
    return DataWarning(
        "pipes_out_of_service",
        f"Pipe layer: {count} pipe(s) are out of service (status "
        f"{', '.join(repr(v) for v in values)}) and left out of the network.",
        "pipe",
        level=NOTE,
        params={"count": count, "statuses": values},
    )


def _retired_lines(xy, part_start, part_pipe, retired, tol) -> RetiredLines | None:
    """The straight segments of the retired pipes' parts, on a grid of their own."""
    keep = retired[part_pipe] & (np.diff(part_start) >= 2)
    if not keep.any():
        return None
    sizes = np.diff(part_start)
    owner = np.repeat(np.arange(len(sizes), dtype=np.int64), sizes)
    step = np.flatnonzero((owner[1:] == owner[:-1]) & keep[owner[:-1]])
    step = step[np.isfinite(xy[step]).all(axis=1) & np.isfinite(xy[step + 1]).all(axis=1)]
    grid = SegmentGrid(xy[step, 0], xy[step, 1], xy[step + 1, 0], xy[step + 1, 1], owner[step], tol)
    return RetiredLines(grid, part_pipe)


def _duplicate_ids(parts: Parts, retired: np.ndarray, warnings: list) -> None:
    pairs = zip(parts.pipe_ids, parts.pipe_fids)
    ids = parts.pipe_ids
    if parts.retired_pipes:  # a replaced pipe often keeps its code: not a duplicate in service
        pairs = [pair for pair, out in zip(pairs, retired.tolist()) if not out]
        ids = [pipe_id for pipe_id, _fid in pairs]
    repeated = repeated_values(ids)
    if not repeated:
        return
    seen: dict[Any, int] = {}
    for pipe_id, fid in (pair for pair in pairs if pair[0] in repeated):  # the rest are fine
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
                    params={"other_fid": first},
                )
            )


def as_arrays(pipes: Sequence[PipeInput]) -> PipeArrays:
    """The flat form of a list of :class:`PipeInput`."""
    lines, owner = [], []
    for index, pipe in enumerate(pipes):
        for part in pipe.parts or ():
            if part is not None:
                lines.append(part)
                owner.append(index)
    sizes = np.fromiter(map(len, lines), dtype=np.int64, count=len(lines))
    statuses = [p.status for p in pipes]
    return PipeArrays(
        [p.fid for p in pipes],
        [p.pipe_id for p in pipes],
        owner,
        np.concatenate([[0], np.cumsum(sizes)]),
        vertex_array(lines, int(sizes.sum())),
        statuses if any(s is not None for s in statuses) else None,
    )


def _flatten(parts: Parts, part_pipe, sizes, flat, tol: float, warnings) -> None:
    """Vertex arrays; drop parts with non-finite or zero-length geometry, with a warning."""
    owner = np.repeat(np.arange(len(sizes)), sizes)
    length = np.bincount(owner, weights=_steps(flat, owner), minlength=len(sizes))
    finite = np.bincount(owner, weights=~np.isfinite(flat).all(axis=1), minlength=len(sizes)) == 0
    good = finite & (length > tol)
    for part in np.flatnonzero(~good):
        pipe = int(part_pipe[part])
        code = "null_geometry" if not finite[part] else "zero_length"
        what = "non-numeric coordinates" if not finite[part] else f"length {length[part]:.4g}"
        params = {"why": "not_finite"} if not finite[part] else {"length": float(length[part])}
        warnings.append(
            DataWarning(
                code,
                f"Pipe layer: feature {parts.pipe_fids[pipe]} (id {parts.pipe_ids[pipe]!r}) "
                f"has a part with {what}; that part is left out of the network.",
                "pipe",
                parts.pipe_fids[pipe],
                parts.pipe_ids[pipe],
                params=params,
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
    # distance along its part of every vertex, to measure pieces cut at valves and tees
    parts.arc = along - along[parts.first_vertex[:-1]][vertex_part] if len(flat) else along
    # the part each vertex starts a straight segment of, -1 on a part's last vertex
    parts.seg_part = np.where(
        np.append(vertex_part[1:] == vertex_part[:-1], False), vertex_part, -1
    )
    starts, stops = parts.first_vertex[:-1], parts.first_vertex[1:] - 1
    parts.sx, parts.sy = flat[starts, 0], flat[starts, 1]
    parts.ex, parts.ey = flat[stops, 0], flat[stops, 1]


def arc_at(parts: Parts, part, seg, t):
    """Distance along ``part`` of the point at parameter ``t`` of its vertex segment ``seg``."""
    vertex = parts.first_vertex[part] + seg
    return parts.arc[vertex] + t * (parts.arc[vertex + 1] - parts.arc[vertex])


def vertex_array(lines, count: int = -1) -> np.ndarray:
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
