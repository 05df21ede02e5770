"""The answer for a work site: isolated area, valves and sources to shut, dry pipes, plan B.

The isolated area is the segments holding the work site, grown through any
valve the operator marked as "will not close". Segments end at closable
valves and at sources (a source bounds segments as a valve does, and keeps
feeding every side of it that is not isolated). Along the boundary:

- **valves to close**: open operable valves whose far side can still supply
  water after the closure;
- **valves not required**: open operable valves whose far side is dry anyway
  (cut off by this very closure, or never supplied); closing them only keeps
  that zone full;
- **valves already closed**: normally closed valves, and check valves that
  point out of the area (they hold back the water of the far side);
- **sources to shut**: sources touching the isolated area; their connection
  toward the work must be shut, or their pump stopped.

Check (non-return) valves are never closed by a crew. As in Giswater's
mincut, one that lets water *into* the isolated area cannot stop it, so the
area grows through it (listed among the valves passed, ``"check": true``);
one that only lets water *out* of it stops the trace. So the area is a set
of supply units (segments cut at directed check valves,
:mod:`.directed_supply`); without check valves a unit is a segment. The
supply search gives the pipes that lose water. Plan B and the cost of each
valve passed are computed on demand, because each is a fresh isolation.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cached_property
from typing import Any

from ..common.data_warning import DataWarning
from .inputs import CHECK, CLOSED, INOPERABLE, OPERABLE
from .supply import cut_off, reachable

#: ``reason`` of a valve not required: its far side loses supply with this closure anyway,
#: or it had none before.
DRY_AFTER_CLOSURE = "dry_after_closure"
NEVER_SUPPLIED = "never_supplied"


def isolate(network, piece_indices: Iterable[int], failed_valves: Iterable[Any] = ()):
    """Compute the :class:`IsolationResult` for a work site (piece indices)."""
    pieces = sorted(set(int(p) for p in piece_indices))
    if not pieces:
        raise ValueError("the work site is empty: give at least one pipe piece")
    bad = [p for p in pieces if not 0 <= p < len(network.piece_pipe)]
    if bad:
        raise ValueError(f"piece index {bad[0]} is not in the network model")
    failed, warnings = _failed(network, failed_valves)
    return IsolationResult(network, tuple(pieces), failed, tuple(warnings))


def _failed(network, valve_ids) -> tuple[frozenset[int], list[DataWarning]]:
    """Valve indices that will not close; unknown or unusable ids become warnings.

    Every valve with the id fails: a duplicated id cannot tell the crew's
    valve apart, and a larger isolation is the safe side.
    """
    failed, warnings = set(), []
    for valve_id in valve_ids:
        usable = [i for i in network.valve_indices(valve_id) if network.valve_kind[i] == OPERABLE]
        if not usable:
            known = network.valve_index(valve_id)
            what = (
                "is not in the valve layer"
                if known is None
                else "is not an operable valve in the model"
            )
            warnings.append(
                DataWarning(
                    "failed_valve_unknown",
                    f"Valve layer: id {valve_id!r} marked as "
                    f"'will not close' {what}; the mark is ignored.",
                    "valve",
                    None if known is None else network.valves[known].fid,
                    valve_id,
                    params={
                        "valve_id": valve_id,
                        "why": "not_in_layer" if known is None else "not_operable",
                    },
                )
            )
            continue
        failed.update(usable)
    return frozenset(failed), warnings


class IsolationResult:
    """What to close and who goes dry; ids are the user's, plus piece indices."""

    def __init__(self, network, work_pieces, failed: frozenset[int], warnings):
        self.network = network
        self.work_pieces: tuple[int, ...] = work_pieces
        self.failed = failed
        self.warnings = warnings
        start = {network.piece_unit[p] for p in work_pieces}
        self.units: frozenset[int] = frozenset(reachable(start, self._grows))
        self.segments: frozenset[int] = frozenset(int(network.unit_segment[u]) for u in self.units)
        border, closed, passed, failed_inside = set(), set(), set(), set()
        for unit in self.units:
            for valve in network.unit_valves[unit]:
                a, b = network.valve_units[valve]
                inside = (a in self.units) + (b in self.units)
                kind = network.valve_kind[valve]
                if kind == INOPERABLE or (kind == CHECK and inside == 2):
                    passed.add(valve)
                elif kind == CHECK or (kind == CLOSED and inside == 1):
                    closed.add(valve)  # a check valve here points out: it holds
                elif valve in failed:
                    failed_inside.add(valve)
                elif kind == OPERABLE and inside == 1:
                    border.add((valve, b if a in self.units else a))
        self._border = sorted(border)
        self.valves_already_closed: tuple[int, ...] = tuple(sorted(closed))
        self.valves_inoperable: tuple[int, ...] = tuple(sorted(passed))
        self.valves_failed: tuple[int, ...] = tuple(sorted(failed_inside))
        sources = {s for u in self.units for s in network.unit_sources.get(u, ())}
        self.sources_to_shut: tuple[int, ...] = tuple(sorted(sources))
        dry = set(self.unsupplied_units)
        supplied = network.unit_supplied
        self.valves_to_close: tuple[int, ...] = tuple(
            valve for valve, far in self._border if supplied[far] and far not in dry
        )
        self.not_required: dict[int, str] = {
            valve: DRY_AFTER_CLOSURE if supplied[far] else NEVER_SUPPLIED
            for valve, far in self._border
            if not supplied[far] or far in dry
        }
        self.valves_not_required: tuple[int, ...] = tuple(sorted(self.not_required))

    def _grows(self, unit: int) -> list[int]:
        """Units the isolated area takes in from ``unit``: through failed valves, and through
        check valves that let water into it."""
        net = self.network
        out = []
        for valve in net.unit_valves[unit]:
            a, b = net.valve_units[valve]
            other = b if a == unit else a
            if valve in self.failed:
                out.append(other)
            elif other != unit and valve in net.check_flow:
                upstream = a if net.check_flow[valve] > 0 else b
                if upstream == other:
                    out.append(other)
        return out

    @cached_property
    def isolated_pieces(self) -> tuple[int, ...]:
        """Pieces shut off: the units of the isolated area."""
        return tuple(sorted(p for u in self.units for p in self.network.unit_pieces(u)))

    @cached_property
    def unsupplied_units(self) -> tuple[int, ...]:
        """Supply units that had water before the closure and have none after it."""
        net = self.network
        if net.directed is not None:
            return tuple(net.directed.cut_off(set(self.units)))
        return tuple(
            cut_off(
                set(self.units),
                net.neighbours.__getitem__,
                net.segment_supplied,
                net.super_source,
            )
        )

    @cached_property
    def unsupplied_pieces(self) -> tuple[int, ...]:
        """Pieces of :attr:`unsupplied_units`."""
        net = self.network
        return tuple(sorted(p for u in self.unsupplied_units for p in net.unit_pieces(u)))

    def plan_b(self, valve: int) -> dict[str, Any]:
        """What changes if valve index ``valve`` (one to close) will not close."""
        net = self.network
        other = IsolationResult(net, self.work_pieces, self.failed | {valve}, ())
        extra_isolated = set(other.isolated_pieces) - set(self.isolated_pieces)
        extra_unsupplied = set(other.unsupplied_pieces) - set(self.unsupplied_pieces)
        return {
            "valve_id": net.valves[valve].valve_id,
            "fid": net.valves[valve].fid,
            "extra_valves_to_close": _ids(
                net, set(other.valves_to_close) - set(self.valves_to_close)
            ),
            "extra_sources_to_shut": [
                net.sources[s].source_id
                for s in sorted(set(other.sources_to_shut) - set(self.sources_to_shut))
            ],
            "extra_segments": sorted(other.segments - self.segments),
            "extra_isolated_pieces": sorted(extra_isolated),
            "extra_unsupplied_pieces": sorted(extra_unsupplied),
            "extra_isolated_pipe_ids": _pipe_ids(net, extra_isolated),
            "extra_unsupplied_pipe_ids": _pipe_ids(net, extra_unsupplied),
        }

    def inoperable_extra(self, valve: int) -> tuple[int, ...]:
        """Pieces isolated only because the valve passed, index ``valve``, cannot close.

        Floods the isolated pieces from the work site, passing junctions,
        the other valves passed (check valves only from their downstream
        side) and failed valves, but not ``valve``; what the flood misses
        would have stayed in service had ``valve`` closed.
        """
        net = self.network
        partner = defaultdict(list)
        for v in (*self.valves_inoperable, *self.failed):
            if v == valve:
                continue
            a, b = net.valve_node_a[v], net.valve_node_b[v]
            flow = 0 if v in self.failed else net.check_flow.get(v, 0)
            if flow != -1:
                partner[b].append(a)  # the flood may go from b to a: water comes from a
            if flow != 1:
                partner[a].append(b)

        def next_pieces(piece: int) -> list[int]:
            out = []
            for node in net.piece_ends(piece):
                out.extend(net.node_pieces(node))
                for other in partner.get(node, ()):
                    out.extend(net.node_pieces(other))
            return out

        kept = reachable(self.work_pieces, next_pieces)
        return tuple(p for p in self.isolated_pieces if p not in kept)

    def to_report(self) -> dict[str, Any]:
        """JSON-ready parts of the report (the customers room adds its own keys)."""
        net = self.network
        return {
            "work_site": {
                "pieces": list(self.work_pieces),
                "pipe_ids": _pipe_ids(net, self.work_pieces),
            },
            "pipes": {
                "isolated": {
                    "pipe_ids": _pipe_ids(net, self.isolated_pieces),
                    "pieces": list(self.isolated_pieces),
                },
                "unsupplied": {
                    "pipe_ids": _pipe_ids(net, self.unsupplied_pieces),
                    "pieces": list(self.unsupplied_pieces),
                },
            },
            "valves": {
                "to_close": [_valve(net, v) for v in self.valves_to_close],
                "not_required": [
                    dict(_valve(net, v), reason=self.not_required[v])
                    for v in self.valves_not_required
                ],
                "already_closed": [
                    dict(_valve(net, v), check=net.valve_kind[v] == CHECK)
                    for v in self.valves_already_closed
                ],
                "inoperable_passed": [
                    dict(
                        _valve(net, v),
                        check=net.valve_kind[v] == CHECK,
                        extra_pieces=list(extra),
                        extra_pipe_ids=_pipe_ids(net, extra),
                    )
                    for v in self.valves_inoperable
                    for extra in [self.inoperable_extra(v)]
                ],
                "failed": [_valve(net, v) for v in self.valves_failed],
            },
            "sources": {"to_shut": [_source(net, s) for s in self.sources_to_shut]},
            "plan_b": [self.plan_b(v) for v in self.valves_to_close],
            "warnings": [w.to_dict() for w in self.warnings],
        }


def _valve(net, valve: int) -> dict[str, Any]:
    data = net.valves[valve]
    point = list(data.point) if data.point is not None else None
    return {"valve_id": data.valve_id, "fid": data.fid, "point": point}


def _source(net, source: int) -> dict[str, Any]:
    data = net.sources[source]
    point = list(data.point) if data.point is not None else None
    return {"source_id": data.source_id, "fid": data.fid, "point": point}


def _ids(net, valves) -> list[Any]:
    return [net.valves[v].valve_id for v in sorted(valves)]


def _pipe_ids(net, pieces) -> list[Any]:
    """Distinct pipe ids of some pieces, in piece order."""
    seen: dict[Any, None] = {}
    for piece in sorted(pieces):
        seen.setdefault(net.pipe_ids[net.piece_pipe[piece]], None)
    return list(seen)
