"""Putting valves and sources on the network: at a junction, at a tee, or inside a pipe.

A point is located on the nearest pipe segment within the tolerance. Near a
pipe end it stands on that end's node; near a tee or a source already placed
inside the same pipe, it stands there too, so a valve drawn on the spot where
a branch meets a main sits on that junction, not a few millimetres beside it.
"""

from __future__ import annotations

import math
import operator
from collections import defaultdict
from itertools import repeat
from typing import Any

import numpy as np

from ..common.columns import ColumnRows, repeated_values
from ..common.data_warning import NOTE, DataWarning
from .cuts import VALVE, Cuts
from .inputs import CHECK, CLOSED, VALVE_FIELDS, ValveInput, is_blank, valve_column
from .parts import arc_at, vertex_array

#: A located point: (part, vertex segment in the part, t along it, node or -1 when mid-span).
Hit = tuple[int, int, float, int]


def source_ref(source: int) -> int:
    """How a source placed inside a pipe is marked in a :class:`~.tees.CutIndex`."""
    return -2 - source


class Located:
    """Where each of many points touches the network, as columns (one row per point).

    ``found`` is False for a point farther than the tolerance from every pipe
    (or with no usable coordinates); otherwise the point is on ``part``, at
    parameter ``t`` of its vertex segment ``seg``, on ``node`` (a snapped
    node, a tee's node or a :func:`source_ref`) or mid-span (-1).
    """

    def __init__(self, count: int):
        self.found = np.zeros(count, dtype=bool)
        self.part = np.full(count, -1, dtype=np.int64)
        self.seg = np.full(count, -1, dtype=np.int64)
        self.t = np.zeros(count)
        self.node = np.full(count, -1, dtype=np.int64)

    def hits(self) -> list[Hit | None]:
        """One :data:`Hit` per point, None where not found."""
        hits: list[Hit | None] = [None] * len(self.found)
        rows = np.flatnonzero(self.found)
        columns = (self.part[rows], self.seg[rows], self.t[rows], self.node[rows])
        for i, *hit in zip(rows.tolist(), *(c.tolist() for c in columns)):
            hits[i] = tuple(hit)
        return hits


def points_xy(points) -> np.ndarray:
    """``(x, y)`` points (None or unreadable: NaN) as an ``(n, 2)`` float array."""
    nowhere = (math.nan, math.nan)
    return vertex_array([[nowhere if p is None or len(p) != 2 else p for p in points]])


def valve_points(valves) -> tuple[np.ndarray, np.ndarray]:
    """``(xy, missing)``: every valve's point as an ``(n, 2)`` float array (NaN where it
    cannot be read), and which valves have no point at all (None).

    Valves kept as columns (the readers' form) hold their points as that very
    array, NaN for None (as their records read it back): half a million
    ``(x, y)`` tuples are never made.
    """
    if isinstance(valves, ColumnRows):
        xy = valves.columns[VALVE_FIELDS.index("point")]
        return xy, np.isnan(xy[:, 0])
    points = [valve.point for valve in valves]
    missing = np.fromiter(map(operator.is_, points, repeat(None)), dtype=bool, count=len(points))
    return points_xy(points), missing


def locate(points, parts, grid, end_node, tol, cuts=None) -> Located:
    """Where each point touches the network (:class:`Located`), within ``tol``.

    ``points`` are ``(x, y)`` tuples (None: no point) or an ``(n, 2)`` array.

    The node is the snapped node of the part end within ``tol``; else the
    ``ref`` of a point of ``cuts`` (a :class:`~.tees.CutIndex`) within ``tol``
    along the same part (a tee node, or :func:`source_ref`); else -1.
    """
    located = Located(len(points))
    if not len(points) or not len(parts.coords):
        return located
    xy = points if isinstance(points, np.ndarray) else points_xy(points)
    usable = np.flatnonzero(np.isfinite(xy).all(axis=1))
    px, py = xy[usable, 0], xy[usable, 1]
    seg, _dist, t = grid.nearest(px, py, tol)
    found = seg >= 0
    usable, px, py, seg, t = usable[found], px[found], py[found], seg[found], t[found]
    part = grid.owner[seg]
    local = grid.local[seg]
    to_start = np.hypot(px - parts.sx[part], py - parts.sy[part])
    to_end = np.hypot(px - parts.ex[part], py - parts.ey[part])
    node = np.where(to_start <= to_end, end_node[2 * part], end_node[2 * part + 1])
    node = np.where(np.minimum(to_start, to_end) <= tol, node, -1)
    if cuts is not None and len(cuts.part):
        inside = node < 0
        node[inside] = cuts.find(
            part[inside], arc_at(parts, part[inside], local[inside], t[inside]), tol
        )
    located.found[usable] = True
    located.part[usable], located.seg[usable], located.t[usable] = part, local, t
    located.node[usable] = node
    return located


class Placed:
    """Where each valve ended up: its kind and the two node ends it separates.

    ``flow`` holds, for each check valve placed between two pieces, the way
    water may pass it: ``1`` from side a to side b, ``-1`` from b to a, and
    ``0`` when its two pipes are digitised against each other (no direction).
    """

    def __init__(self, count: int):
        self.kind: list[int] = [-1] * count  # -1: not in the model
        # arrays while the pieces are cut, set in whole-array passes; the network keeps lists
        self.node_a: np.ndarray = np.full(count, -1, dtype=np.int64)
        self.node_b: np.ndarray = np.full(count, -1, dtype=np.int64)
        self.flow: dict[int, int] = {}
        self.node_valve: dict[int, int] = {}  # snapped node -> valve sitting on it
        self.midspan = Cuts((), (), (), (), ())  # valves inside a part, ``ref`` the valve
        self.lost: list[int] = []  # valves with a point on no pipe


class PlacedSources:
    """Sources on the network: at a node (``node``) or inside a part (``midspan``)."""

    def __init__(self, hits: list[Hit | None]):
        self.hits = hits
        self.node: dict[int, list[int]] = defaultdict(list)  # node -> sources on it
        self.midspan: dict[int, list[tuple[int, float, int]]] = defaultdict(list)
        self.same_spot: list[tuple[int, int]] = []  # (source kept, source on the same spot)
        for source, hit in enumerate(hits):
            if hit is None:
                continue
            part, seg, t, node = hit
            if node >= 0:
                self.node[node].append(source)
            else:
                self.midspan[part].append((seg, t, source))

    def cut_index(self, parts, index):
        """``index`` (the tees' :class:`~.tees.CutIndex`) with the mid-span sources added."""
        rows = [
            (part, seg, t, source) for part, cuts in self.midspan.items() for seg, t, source in cuts
        ]
        if not rows:
            return index
        part, seg, t, source = (np.asarray(c) for c in zip(*rows))
        arc = arc_at(parts, part, seg, t)
        return index.merged(type(index)(part, arc, source_ref(source), parts.length))


def place_valves(
    valves, settings, located: Located, missing, degree, source_nodes, warnings
) -> Placed:
    """Put each valve on a junction or inside a part; warn when it cannot be placed.

    ``missing`` says which valves have no point (:func:`valve_points`).
    ``degree[node]`` counts the pipe ends meeting at each node (tees
    included). A valve whose type is not isolating is an open joint, left
    out, unless its state says it is normally closed or a check valve. Each
    rule is a whole-array pass; the warnings come in valve order.
    """
    placed = Placed(len(valves))
    ids = valve_column(valves, "valve_id")
    _id_warnings(valves, ids, warnings)
    states = valve_column(valves, "state")
    kind = per_value(states, settings.state_classifier(), none=-1)
    # every state None: no state field is mapped, nothing to fill in (as for types)
    mapped = any(state is not None for state in states)
    nulls = [ids[i] for i in np.flatnonzero(kind < 0).tolist()] if mapped else []
    kind[kind < 0] = 0  # an empty state: operable
    types = valve_column(valves, "valve_type")
    untyped, joint = _types(types, ids, settings, kind)
    open_joints: dict[str, int] = defaultdict(int)
    for index in np.flatnonzero(joint).tolist():
        open_joints[str(types[index]).strip()] += 1
    no_point = missing & ~joint
    lost = ~joint & ~no_point & ~located.found
    placed.lost = np.flatnonzero(lost).tolist()  # reported with the pipes out of service in mind
    node = located.node
    on_network = ~joint & ~no_point & located.found
    at_source = on_network & (
        (node <= -2) | np.isin(node, np.fromiter(source_nodes, dtype=np.int64))
    )
    midspan = on_network & ~at_source & (node == -1)
    junction = on_network & ~at_source & (node >= 0)
    crowded = np.zeros(len(valves), dtype=bool)
    crowded[junction] = degree[node[junction]] >= 3
    junction &= ~crowded
    rows = np.flatnonzero(midspan)
    placed.midspan = Cuts(
        located.part[rows], located.seg[rows], located.t[rows], np.full(len(rows), VALVE), rows
    )
    rows = np.flatnonzero(junction)
    nodes, first = np.unique(node[rows], return_index=True)
    winner = rows[np.sort(first)]
    placed.node_valve = dict(zip(node[winner].tolist(), winner.tolist()))
    placed_kind = np.full(len(valves), -1, dtype=np.int64)
    placed_kind[np.flatnonzero(midspan)] = kind[midspan]
    placed_kind[winner] = kind[winner]
    placed.kind = placed_kind.tolist()
    second = np.setdiff1d(rows, winner, assume_unique=True)
    found = [
        (i, valve_warning("null_geometry", valves[i], "has no point geometry; it is ignored"))
        for i in np.flatnonzero(no_point).tolist()
    ]
    found += [(i, _at_source(valves[i])) for i in np.flatnonzero(at_source).tolist()]
    found += [
        (i, _crowded(valves[i], int(degree[node[i]]))) for i in np.flatnonzero(crowded).tolist()
    ]
    found += [
        (i, _same_junction(valves[i], valves[placed.node_valve[int(node[i])]]))
        for i in second.tolist()
    ]
    warnings.extend(w for _, w in sorted(found, key=lambda row: row[0]))
    _summaries(nulls, untyped, open_joints, warnings)
    return placed


def per_value(values: list, function, none: int = -1) -> np.ndarray:
    """``function`` of each value as an integer array (``none`` for None), worked out once
    per distinct value and type: a valve layer holds a handful of states and types."""
    keys = list(zip(map(type, values), values))
    answers = {key: function(key[1]) for key in set(keys)}
    codes = {key: none if answer is None else int(answer) for key, answer in answers.items()}
    return np.fromiter(map(codes.__getitem__, keys), dtype=np.int64, count=len(keys))


def _types(types, ids, settings, kind):
    """The ids of the valves with an empty type (when a type field is mapped), in order, and
    which valves are open joints: a type that does not isolate, on a valve neither closed
    nor check."""
    joint = np.zeros(len(types), dtype=bool)
    if all(t is None for t in types):  # no type field mapped
        return [], joint
    blank = per_value(types, is_blank).astype(bool)
    isolating = per_value(types, settings.isolating()).astype(bool)
    joint = ~blank & ~isolating & (kind != CLOSED) & (kind != CHECK)
    return [ids[i] for i in np.flatnonzero(blank).tolist()], joint


def _crowded(valve, ends: int) -> DataWarning:
    return valve_warning(
        "valve_ambiguous",
        valve,
        f"sits where {ends} pipe ends meet, so it cannot shut one of them; it is ignored",
        params={"why": "junction", "ends": ends},
    )


def _same_junction(valve, other) -> DataWarning:
    return valve_warning(
        "valve_ambiguous",
        valve,
        f"sits on the same junction as valve {other.valve_id!r}; it is ignored",
        params={"why": "same_junction", "other_id": other.valve_id},
    )


def _id_warnings(valves, ids: list, warnings) -> None:
    """A warning per valve with no id, and per valve whose id an earlier valve already has.

    Both would reach the crew sheet as a valve nobody can name or tell apart.
    """
    distinct = set(ids)
    texts = [valve_id for valve_id in distinct if type(valve_id) is str]
    awkward = repeated_values(ids) | (distinct & {None})
    if "" in set(map(str.strip, texts)):  # a blank id: rare, so only then looked for
        awkward |= {text for text in texts if not text.strip()}
    if not awkward:
        return
    seen: dict[Any, int] = {}
    for position in [at for at, valve_id in enumerate(ids) if valve_id in awkward]:
        valve = valves[position]  # the rest need no warning
        valve_id = valve.valve_id
        if _no_id(valve_id):
            warnings.append(
                valve_warning(
                    "null_id",
                    valve,
                    "has no id; the crew sheet names it by its feature number",
                    params={"fid": valve.fid},
                )
            )
        elif valve_id in seen:
            warnings.append(
                valve_warning(
                    "duplicate_id",
                    valve,
                    f"id is also used by feature {seen[valve_id]}; both are kept",
                    params={"valve_id": valve_id, "fid": valve.fid, "other_fid": seen[valve_id]},
                )
            )
        else:
            seen[valve_id] = valve.fid


def _no_id(valve_id) -> bool:
    return valve_id is None or (type(valve_id) is str and not valve_id.strip())


def _summaries(nulls, untyped, open_joints, warnings) -> None:
    """One warning for empty states, one for empty types, one note for the open joints."""
    if nulls:
        warnings.append(
            DataWarning(
                "null_valve_state",
                f"Valve layer: {len(nulls)} valve(s) have an empty state field and are "
                f"treated as operable: {_shown(nulls)}",
                "valve",
                params={"count": len(nulls), "valve_ids": list(nulls[:10])},
            )
        )
    if untyped:
        warnings.append(
            DataWarning(
                "null_valve_type",
                f"Valve layer: {len(untyped)} valve(s) have an empty type field and are "
                f"treated as isolating valves: {_shown(untyped)}",
                "valve",
                params={"count": len(untyped), "valve_ids": list(untyped[:10])},
            )
        )
    if open_joints:
        kinds = dict(sorted(open_joints.items()))
        listed = ", ".join(f"{count} {name!r}" for name, count in kinds.items())
        warnings.append(
            DataWarning(
                "valves_not_isolating",
                f"Valve layer: {sum(kinds.values())} valve(s) are of a type that does not shut "
                f"a pipe ({listed}); the trace passes them as open joints.",
                "valve",
                level=NOTE,
                params={"count": sum(kinds.values()), "types": kinds},
            )
        )


def _shown(ids: list) -> str:
    return ", ".join(repr(v) for v in ids[:10]) + (" ..." if len(ids) > 10 else "")


def _at_source(valve: ValveInput) -> DataWarning:
    return valve_warning(
        "valve_at_source",
        valve,
        "stands on a source, which already bounds the segments there; the source's "
        "connection is shut instead",
        level=NOTE,
        params={"valve_id": valve.valve_id, "fid": valve.fid},
    )


def valve_warning(code: str, valve: ValveInput, what: str, level=None, params=None) -> DataWarning:
    """A warning about one valve feature, at its point."""
    extra = {} if level is None else {"level": level}
    return DataWarning(
        code,
        f"Valve layer: feature {valve.fid} (id {valve.valve_id!r}) {what}.",
        "valve",
        valve.fid,
        valve.valve_id,
        tuple(valve.point) if valve.point is not None else None,
        params=params or {},
        **extra,
    )


def off_network(valves, sources, lost_valves, lost_sources, retired, tol) -> list[DataWarning]:
    """Warnings for valves and sources (indices ``lost_valves``, ``lost_sources``) on no pipe,
    or only on pipes out of service (``retired``, a :class:`~.parts.RetiredLines` or None)."""
    points = [valves[i].point for i in lost_valves] + [sources[i].point for i in lost_sources]
    under = retired.pipe_under(points, tol) if retired is not None else [None] * len(points)
    out = []
    for i, pipe in zip(lost_valves, under):
        if pipe is None:
            what = f"lies on no pipe (farther than {tol:g} from every pipe); it is ignored"
            out.append(
                valve_warning("valve_off_network", valves[i], what, params={"tolerance": tol})
            )
        else:
            out.append(
                valve_warning(
                    "valve_on_retired_pipe",
                    valves[i],
                    "stands only on pipes out of service; it is ignored",
                    params={"valve_id": valves[i].valve_id, "fid": valves[i].fid},
                )
            )
    for i, pipe in zip(lost_sources, under[len(lost_valves) :]):
        out.append(_source_off(sources[i], tol, retired_pipe=pipe is not None))
    return out


def _source_off(source, tol: float, retired_pipe: bool) -> DataWarning:
    params = {"source_id": source.source_id, "fid": source.fid}
    if source.point is None:
        where, code = "has no geometry", "source_off_network"
        params["why"] = "no_geometry"
    elif source.area:
        where, code = (
            f"touches no pipe (no pipe ends inside it or within {tol:g} of its outline, and "
            "none runs through it)",
            "source_off_network",
        )
        params.update(why="area", tolerance=tol)
    elif retired_pipe:
        where, code = "stands only on pipes out of service", "source_on_retired_pipe"
    else:
        where, code = f"lies on no pipe (farther than {tol:g})", "source_off_network"
        params["tolerance"] = tol
    return DataWarning(
        code,
        f"Source layer: feature {source.fid} (id {source.source_id!r}) {where}; it feeds nothing.",
        "source",
        source.fid,
        source.source_id,
        tuple(source.point) if source.point is not None else None,
        params=params,
    )
