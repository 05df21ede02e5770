"""The answer for a work site: isolated segments, valves to shut, dry pipes, plan B.

The isolated area is the segments holding the work site, grown through any
valve the operator marked as "will not close". Its boundary gives the valves
to close (operable) and the valves already closed; the supply search
(:mod:`.supply`) gives the pipes that lose water. Plan B and the cost of each
inoperable valve are computed on demand, because each is a fresh isolation.

Check (non-return) valves are never closed by a crew, so the isolation
passes them exactly like inoperable valves; they are listed among the
inoperable valves passed, with ``"check": true`` in the report. Only the
supply search treats them as one-way (:mod:`.directed_supply`).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from typing import Any

from ..common.data_warning import DataWarning
from .inputs import CHECK, CLOSED, INOPERABLE, OPERABLE
from .supply import cut_off, reachable


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
    """Valve indices that will not close; unknown or unusable ids become warnings."""
    failed, warnings = set(), []
    for valve_id in valve_ids:
        index = network.valve_index(valve_id)
        if index is None or network.valve_kind[index] != OPERABLE:
            why = (
                "is not in the valve layer"
                if index is None
                else "is not an operable valve in the model"
            )
            warnings.append(
                DataWarning(
                    "failed_valve_unknown",
                    f"Valve layer: id {valve_id!r} marked as "
                    f"'will not close' {why}; the mark is ignored.",
                    "valve",
                    None if index is None else network.valves[index].fid,
                    valve_id,
                )
            )
            continue
        failed.add(index)
    return frozenset(failed), warnings


class IsolationResult:
    """What to close and who goes dry; ids are the user's, plus piece indices."""

    def __init__(self, network, work_pieces, failed: frozenset[int], warnings):
        self.network = network
        self.work_pieces: tuple[int, ...] = work_pieces
        self.failed = failed
        self.warnings = warnings
        start = {network.piece_segment[p] for p in work_pieces}
        self.segments: frozenset[int] = frozenset(reachable(start, self._through_failed))
        to_close, closed, inoperable, failed_inside = set(), set(), set(), set()
        for segment in self.segments:
            for valve in network.segment_valves[segment]:
                a, b = network.valve_sides[valve]
                inside = (a in self.segments) + (b in self.segments)
                kind = network.valve_kind[valve]
                if kind in (INOPERABLE, CHECK):
                    inoperable.add(valve)
                elif valve in failed:
                    failed_inside.add(valve)
                elif inside == 1 and kind == OPERABLE:
                    to_close.add(valve)
                elif inside == 1 and kind == CLOSED:
                    closed.add(valve)
        self.valves_to_close: tuple[int, ...] = tuple(sorted(to_close))
        self.valves_already_closed: tuple[int, ...] = tuple(sorted(closed))
        self.valves_inoperable: tuple[int, ...] = tuple(sorted(inoperable))
        self.valves_failed: tuple[int, ...] = tuple(sorted(failed_inside))

    def _through_failed(self, segment: int) -> list[int]:
        net = self.network
        return [
            side
            for valve in net.segment_valves[segment]
            if valve in self.failed
            for side in net.valve_sides[valve]
        ]

    @cached_property
    def isolated_pieces(self) -> tuple[int, ...]:
        """Pieces shut off: the segments of the work site."""
        return tuple(sorted(p for s in self.segments for p in self.network.segment_pieces(s)))

    @cached_property
    def unsupplied_units(self) -> tuple[int, ...]:
        """Supply units that had water before the closure and have none after it.

        Units are the segments themselves, or with check valves the pieces of
        segments between them (see :mod:`.directed_supply`).
        """
        net = self.network
        if net.directed is not None:
            return tuple(net.directed.cut_off(self.segments))
        return tuple(
            cut_off(
                set(self.segments),
                net.neighbours.__getitem__,
                net.segment_supplied,
                net.super_source,
            )
        )

    @cached_property
    def unsupplied_pieces(self) -> tuple[int, ...]:
        """Pieces of :attr:`unsupplied_units`."""
        net = self.network
        pieces_of = (
            net.segment_pieces if net.directed is None else net.directed.unit_pieces.__getitem__
        )
        return tuple(sorted(p for u in self.unsupplied_units for p in pieces_of(u)))

    def plan_b(self, valve: int) -> dict[str, Any]:
        """What changes if valve index ``valve`` (one to close) will not close."""
        net = self.network
        other = IsolationResult(net, self.work_pieces, self.failed | {valve}, ())
        return {
            "valve_id": net.valves[valve].valve_id,
            "extra_valves_to_close": _ids(
                net, set(other.valves_to_close) - set(self.valves_to_close)
            ),
            "extra_segments": sorted(other.segments - self.segments),
            "extra_isolated_pieces": sorted(set(other.isolated_pieces) - set(self.isolated_pieces)),
            "extra_unsupplied_pieces": sorted(
                set(other.unsupplied_pieces) - set(self.unsupplied_pieces)
            ),
            "extra_isolated_pipe_ids": _pipe_ids(
                net, set(other.isolated_pieces) - set(self.isolated_pieces)
            ),
            "extra_unsupplied_pipe_ids": _pipe_ids(
                net, set(other.unsupplied_pieces) - set(self.unsupplied_pieces)
            ),
        }

    def inoperable_extra(self, valve: int) -> tuple[int, ...]:
        """Pieces isolated only because inoperable valve index ``valve`` cannot close.

        Floods the isolated pieces from the work site, passing junctions,
        inoperable and failed valves, but not ``valve``; what the flood misses
        would have stayed in service had ``valve`` worked.
        """
        net = self.network
        passable = {v for v in self.valves_inoperable if v != valve} | set(self.failed)
        partner = {}
        for v in passable:
            partner.setdefault(net.valve_node_a[v], []).append(net.valve_node_b[v])
            partner.setdefault(net.valve_node_b[v], []).append(net.valve_node_a[v])

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
                "already_closed": [_valve(net, v) for v in self.valves_already_closed],
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
            "plan_b": [self.plan_b(v) for v in self.valves_to_close],
            "warnings": [w.to_dict() for w in self.warnings],
        }


def _valve(net, valve: int) -> dict[str, Any]:
    data = net.valves[valve]
    point = list(data.point) if data.point is not None else None
    return {"valve_id": data.valve_id, "fid": data.fid, "point": point}


def _ids(net, valves) -> list[Any]:
    return [net.valves[v].valve_id for v in sorted(valves)]


def _pipe_ids(net, pieces) -> list[Any]:
    """Distinct pipe ids of some pieces, in piece order."""
    seen: dict[Any, None] = {}
    for piece in sorted(pieces):
        seen.setdefault(net.pipe_ids[net.piece_pipe[piece]], None)
    return list(seen)
