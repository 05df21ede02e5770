"""Supply through check valves: who gets water when some joints pass it one way only.

Used only when the network holds check (non-return) valves; without them the
undirected search of :mod:`.supply` answers on the segments themselves.

A check valve is never closed by a crew, so for isolation it is passed like
an inoperable valve and lies inside a segment. For supply it is a one-way
joint: water passes it only in the digitising direction of its pipe. So
supply is computed on *units*: pieces joined through plain junctions and
inoperable valves (and check valves with no direction), i.e. segments cut
once more at the directed check valves.

Units joined through open operable valves (both ways) form *pools*; a
virtual super-source ``S`` (vertex ``unit_count``) is joined to every unit
holding a source, so all sources share one pool. Inside a pool every unit
reaches every other; check valves are the only one-way edges, between pools
(or inside one). A pool is supplied when it holds ``S`` or a check valve
leads into it from a supplied pool.

After closing the isolated units ``X`` (a click), only pools that held a
unit of ``X`` change shape. Each such pool falls apart into parts that all
touch ``X``; the lockstep walk of :mod:`.supply` finds every part but the
largest, which is left as "the rest" of the pool. Pools whose supply may
change are those reached through check valves from the changed pools
(``K``); every other pool keeps its supply, because none of its feeders
changed. The pool holding ``S`` keeps it: left whole it is not in ``K``, and
when split its rest stays supplied, so only the check valves leaving ``X``
or its small parts are followed. Supply inside ``K`` is recomputed from the
check valves entering it, so the answer is exact, and a click costs the
small parts of the split pools plus the check valves downstream of them,
not the size of the network nor the number of check valves.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from .components import component_labels
from .supply import lockstep, reachable


def _groups(labels: np.ndarray, count: int) -> list[list[int]]:
    """``out[k]`` lists the indices ``i`` with ``labels[i] == k``, in order."""
    order = np.argsort(labels, kind="stable")
    bounds = np.searchsorted(labels[order], np.arange(count + 1)).tolist()
    members = order.tolist()
    return [members[bounds[k] : bounds[k + 1]] for k in range(count)]


class DirectedSupply:
    """Units, pools and check valves of one network, with supply before any closure.

    ``links`` are the unit pairs joined both ways (open operable valves),
    ``checks`` the ``(upstream unit, downstream unit)`` pairs of the check
    valves, ``source_units`` the units holding a source.
    """

    def __init__(
        self,
        piece_unit: np.ndarray,
        unit_count: int,
        unit_segment: np.ndarray,
        segment_count: int,
        links: Sequence[tuple],
        checks: Sequence[tuple],
        source_units: set[int],
    ):
        self.unit_count = unit_count
        self.super_source = source = unit_count
        self.piece_unit: list[int] = piece_unit.tolist()
        self.unit_pieces = _groups(piece_unit, unit_count)
        self.segment_units = _groups(unit_segment, segment_count)
        self.links: list[list[int]] = [[] for _ in range(unit_count + 1)]
        for a, b in list(links) + [(source, u) for u in sorted(source_units)]:
            self.links[a].append(b)
            self.links[b].append(a)
        pairs = [(a, b) for a in range(unit_count + 1) for b in self.links[a] if a < b]
        left = np.asarray([p[0] for p in pairs], dtype=np.int64)
        right = np.asarray([p[1] for p in pairs], dtype=np.int64)
        pool = component_labels(unit_count + 1, left, right)
        self.pool: list[int] = pool.tolist()
        self.pool_units = _groups(pool[:unit_count], unit_count + 1)
        self.checks = [(up, down) for up, down in checks if up != down]
        self.check_in: dict[int, list[int]] = defaultdict(list)
        self.check_out: dict[int, list[int]] = defaultdict(list)
        self.unit_out: dict[int, list[int]] = defaultdict(list)
        self.unit_in: dict[int, list[int]] = defaultdict(list)
        for edge, (up, down) in enumerate(self.checks):
            self.check_out[self.pool[up]].append(edge)
            self.check_in[self.pool[down]].append(edge)
            self.unit_out[up].append(edge)
            self.unit_in[down].append(edge)
        fed = reachable([self.pool[source]], self._pools_below)
        self.pool_fed = [p in fed for p in range(unit_count + 1)]
        self.unit_supplied: list[bool] = [self.pool_fed[p] for p in self.pool[:unit_count]]

    def _entering(self, pool: int, kept: bool, parts) -> list[int]:
        """Check valves into ``pool``; for a kept rest, only those into its parts found whole."""
        if not kept:
            return self.check_in.get(pool, [])
        return [e for whole in parts[pool] for u in whole for e in self.unit_in.get(u, ())]

    def _may_change(self, changed, removed, parts, kept) -> set[int]:
        """K: the changed pools and the supplied pools below them that may lose supply.

        The pool holding the source keeps it: left whole, it cannot lose
        supply and is not in K; split, its rest keeps the source, so of its
        check valves only those leaving ``removed`` or a part found whole are
        followed.
        """
        fed = self.pool_fed
        source_pool = self.pool[self.super_source]

        def may_lose(pool: int) -> bool:
            return fed[pool] and (pool != source_pool or pool in changed)

        tails = list(removed) + [u for number in kept for whole in parts[number] for u in whole]
        start = set(changed) | {
            self.pool[self.checks[e][1]] for u in tails for e in self.unit_out.get(u, ())
        }
        return reachable(
            filter(may_lose, start),
            lambda p: () if p in kept else list(filter(may_lose, self._pools_below(p))),
        )

    def _pools_below(self, pool: int) -> list[int]:
        """Pools a check valve leads into from ``pool``."""
        return [self.pool[self.checks[e][1]] for e in self.check_out.get(pool, ())]

    def cut_off(self, removed_segments: set[int]) -> list[int]:
        """Units supplied before that lose supply once ``removed_segments`` are shut."""
        pool, fed = self.pool, self.pool_fed
        removed = {u for s in removed_segments for u in self.segment_units[s]}
        changed = sorted({pool[u] for u in removed if fed[pool[u]]})
        if not changed:
            return []
        part_of: dict[int, int] = {}  # unit -> part number (< 0) for parts found whole
        parts: dict[int, list[list[int]]] = defaultdict(list)  # pool -> its whole parts
        for number in changed:
            starts = sorted(
                {o for u in removed if pool[u] == number for o in self.links[u]} - removed
            )
            walks = lockstep(starts, removed, self.links.__getitem__, self.super_source, True)
            for members, _has_source in walks:
                label = -1 - len(part_of)
                part_of.update((u, label) for u in members)
                parts[number].append(members)

        def after(unit: int) -> int:
            return part_of.get(unit, pool[unit])

        kept = {after(self.super_source)} & set(changed)  # the rest of S's pool: still fed
        maybe = self._may_change(changed, removed, parts, kept)
        seeds, below = set(), defaultdict(list)
        if pool[self.super_source] in maybe:
            seeds.add(after(self.super_source))
        for number in maybe:
            for edge in self._entering(number, number in kept, parts):
                up, down = self.checks[edge]
                if up in removed or down in removed:
                    continue
                if pool[up] in maybe:
                    below[after(up)].append(after(down))
                elif fed[pool[up]]:
                    seeds.add(after(down))
        still = reachable(seeds, lambda p: below.get(p, ()))
        lost: list[int] = []
        for number in maybe:
            whole = parts.get(number, ())
            for members in whole:
                if part_of[members[0]] not in still:
                    lost.extend(members)
            if number not in still:
                lost.extend(
                    u
                    for u in self.pool_units[number]
                    if u not in removed and (not whole or u not in part_of)
                )
        return sorted(u for u in lost if u != self.super_source)
