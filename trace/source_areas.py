"""Where a source drawn as its footprint (a tank, a well house, a plant) touches the pipes.

Utilities often draw a source as the polygon of the plant, with its pipes
ending inside it or on its edge, rather than as a point on a pipe end. The
footprint is the plant: every pipe end inside it, or within the tolerance
of its outline, is fed by the source, exactly as a point source standing on
that end would feed it. Only a valve between two pipe ends inside it (the
plant's outlet valve) is left to the crew to close
(:meth:`.source_spots.SourceSpots.spare_valves`).

A pipe that runs through the footprint with no end in it is taken to pass
through the plant, as a main drawn straight through a tank does: it is fed
where it crosses the outline, and the piece inside is fed from both
crossings. A note names it, because a pipe that only skirts the plant's
ground is then wrongly fed, and is fixed by drawing it outside the footprint.
A pipe that merely touches the outline is not fed.

A footprint is given as rings (outer rings and holes of every polygon); a
point is inside by the even-odd rule. Each footprint reads only the pipe
segments in the grid cells of its bounding box, so a few hundred footprints
cost nothing beside a million pipes.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

#: Two crossings closer than this (in the working units) are one point (a pipe through a corner).
SAME_POINT = 1e-9


class Touches(NamedTuple):
    """How one footprint touches the network.

    ``ends`` are the ``(part, which)`` pipe ends fed (``which`` 0 for a part's
    start, 1 for its end); ``crossings`` the ``(part, segment, t)`` points where
    a pipe with no end in the footprint crosses its outline.
    """

    ends: list[tuple[int, int]]
    crossings: list[tuple[int, int, float]]


def area_touches(rings, parts, grid, tol: float) -> Touches:
    """The pipe ends and crossings of the footprint ``rings`` (see :class:`Touches`)."""
    ax, ay, bx, by = _edges(rings)
    if not len(ax) or not len(parts.coords):
        return Touches([], [])
    low_x, high_x = min(ax.min(), bx.min()) - tol, max(ax.max(), bx.max()) + tol
    low_y, high_y = min(ay.min(), by.min()) - tol, max(ay.max(), by.max()) + tol
    segments = grid.in_box(low_x, low_y, high_x, high_y)
    candidates = np.unique(grid.owner[segments])
    ends_x = np.concatenate([parts.sx[candidates], parts.ex[candidates]])
    ends_y = np.concatenate([parts.sy[candidates], parts.ey[candidates]])
    near = inside(ends_x, ends_y, ax, ay, bx, by) | (
        _distance(ends_x, ends_y, ax, ay, bx, by) <= tol
    )
    count = len(candidates)
    fed = near[:count] | near[count:]
    ends = [(int(candidates[i % count]), i // count) for i in np.flatnonzero(near).tolist()]
    crossing = segments[~np.isin(grid.owner[segments], candidates[fed])]
    return Touches(ends, _crossings(grid, crossing, ax, ay, bx, by))


def _edges(rings):
    """The outline's edges as four arrays, each ring closed."""
    starts, stops = [], []
    for ring in rings:
        xy = np.asarray(ring, dtype=float).reshape(-1, 2)
        if len(xy) < 3 or not np.isfinite(xy).all():
            continue
        closed = xy if (xy[0] == xy[-1]).all() else np.vstack([xy, xy[:1]])
        starts.append(closed[:-1])
        stops.append(closed[1:])
    if not starts:
        empty = np.zeros(0)
        return empty, empty, empty, empty
    a, b = np.concatenate(starts), np.concatenate(stops)
    return a[:, 0], a[:, 1], b[:, 0], b[:, 1]


def inside(px, py, ax, ay, bx, by) -> np.ndarray:
    """Whether each point is inside the outline by the even-odd rule (holes left out)."""
    px, py = px[:, None], py[:, None]
    spans = (ay > py) != (by > py)
    with np.errstate(invalid="ignore", divide="ignore"):
        at_x = ax + (py - ay) * (bx - ax) / (by - ay)
    return np.count_nonzero(spans & (px < at_x), axis=1) % 2 == 1


def _distance(px, py, ax, ay, bx, by) -> np.ndarray:
    """Each point's distance to the nearest edge of the outline."""
    px, py = px[:, None], py[:, None]
    vx, vy = bx - ax, by - ay
    length = vx * vx + vy * vy
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.where(length > 0, ((px - ax) * vx + (py - ay) * vy) / length, 0.0)
    t = np.clip(t, 0.0, 1.0)
    return np.hypot(ax + t * vx - px, ay + t * vy - py).min(axis=1)


def _crossings(grid, segments, ax, ay, bx, by) -> list[tuple[int, int, float]]:
    """Where the pipe ``segments`` (of parts with no end in the footprint) cross the outline.

    A part counts only when it crosses at two distinct points or more: going
    in and coming out. One point alone is a pipe touching the outline.
    """
    x1, y1 = grid.x1[segments][:, None], grid.y1[segments][:, None]
    dx, dy = grid.x2[segments][:, None] - x1, grid.y2[segments][:, None] - y1
    ex, ey = bx - ax, by - ay
    cross = dx * ey - dy * ex
    with np.errstate(invalid="ignore", divide="ignore"):
        t = ((ax - x1) * ey - (ay - y1) * ex) / cross
        u = ((ax - x1) * dy - (ay - y1) * dx) / cross
    hit = (cross != 0) & (t >= 0) & (t <= 1) & (u >= 0) & (u <= 1)
    row, edge = np.nonzero(hit)
    if not len(row):
        return []
    t = t[row, edge]
    seg = segments[row]
    part, local = grid.owner[seg], grid.local[seg]
    x = grid.x1[seg] + t * (grid.x2[seg] - grid.x1[seg])
    y = grid.y1[seg] + t * (grid.y2[seg] - grid.y1[seg])
    order = np.lexsort((t, local, part))
    part, local, t, x, y = part[order], local[order], t[order], x[order], y[order]
    same = np.zeros(len(part), dtype=bool)  # a vertex of the outline, or of the pipe, twice
    same[1:] = (part[1:] == part[:-1]) & (np.hypot(x[1:] - x[:-1], y[1:] - y[:-1]) <= SAME_POINT)
    part, local, t = part[~same], local[~same], t[~same]
    through = np.bincount(part)[part] >= 2
    return list(zip(part[through].tolist(), local[through].tolist(), t[through].tolist()))
