"""Which segments get water from a source, before and after a closure.

The segment graph joins segments through open operable valves; a virtual
super-source ``S`` (vertex number ``segment_count``) is joined to every
segment holding a source. Normally closed valves are not edges, so a zone
fed only through a closed valve is unsupplied from the start.

After closing the boundary of the isolated segments ``X``, the dry segments
are those cut from ``S`` in the graph without ``X``. Every part of the graph
that the closure can cut off touches a neighbour of ``X``, and so does the
part that keeps ``S``. So the search starts one breadth-first walk from each
neighbour of ``X`` and advances them in turn, one vertex each: walks that
meet are merged, a walk that runs out of vertices without meeting ``S`` is a
cut-off part, and as soon as only the walk that holds (or must hold) ``S`` is
left, the answer is complete. The work is bounded by the number of walks
times the size of the largest cut-off part, not by the size of the network,
and the answer is exact (the tests compare it with a plain search).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from typing import Callable


def reachable(start: Iterable[int], neighbours: Callable[[int], Iterable[int]]) -> set[int]:
    """All vertices reachable from ``start`` (breadth-first, iterative)."""
    seen = set(start)
    queue = deque(seen)
    while queue:
        vertex = queue.popleft()
        for other in neighbours(vertex):
            if other not in seen:
                seen.add(other)
                queue.append(other)
    return seen


class _Walk:
    """One breadth-first walk of the lockstep search."""

    __slots__ = ("frontier", "members", "has_source")

    def __init__(self, vertex: int, is_source: bool):
        self.frontier = deque([vertex])
        self.members = [vertex]
        self.has_source = is_source


def cut_off(
    removed: set[int],
    neighbours: Callable[[int], Sequence[int]],
    supplied: Sequence[bool],
    super_source: int,
) -> list[int]:
    """Vertices supplied before that lose every path to ``super_source`` once ``removed`` go.

    ``neighbours(v)`` lists v's neighbours including ``super_source`` where it
    applies; ``supplied[v]`` tells whether v was reachable before.
    """
    starts = sorted(
        {
            other
            for vertex in removed
            if supplied[vertex]
            for other in neighbours(vertex)
            if other not in removed and (other == super_source or supplied[other])
        }
    )
    lost: list[int] = []
    for members, has_source in lockstep(starts, removed, neighbours, super_source):
        if not has_source:
            lost.extend(members)
    return sorted(v for v in lost if v != super_source)


def lockstep(
    starts: Sequence[int],
    removed: set[int],
    neighbours: Callable[[int], Sequence[int]],
    source: int,
    until_one: bool = False,
) -> Iterator[tuple[list[int], bool]]:
    """Yield ``(members, holds source)`` for each part of the graph without ``removed`` found whole.

    One walk starts at each of ``starts`` (which must touch every part of
    interest); walks that meet are merged. The search stops once every walk
    still running holds ``source``, or only one walk is left and either
    ``source`` has not been seen (that walk must hold it) or ``until_one`` is
    set (the caller takes the last walk as "the rest").
    """
    walk_of = {}
    owner = {}
    for number, vertex in enumerate(starts):
        walk_of[vertex] = number
        owner[number] = _Walk(vertex, vertex == source)

    def root(number: int) -> int:
        while isinstance(owner[number], int):
            number = owner[number]
        return number

    active = list(owner)
    source_seen = source in walk_of
    while active:
        if all(owner[n].has_source for n in active):
            break
        if len(active) == 1 and (until_one or not source_seen):
            break  # the last walk is the part that keeps the source, or the rest
        still = []
        for number in active:
            walk = owner[number]
            if isinstance(walk, int):
                continue  # merged into another walk during this round
            if not walk.frontier:
                yield walk.members, walk.has_source
                continue
            vertex = walk.frontier.popleft()
            for other in neighbours(vertex):
                if other in removed:
                    continue
                met = walk_of.get(other)
                if met is None:
                    walk_of[other] = number
                    walk.members.append(other)
                    walk.frontier.append(other)
                    if other == source:
                        walk.has_source = source_seen = True
                    continue
                met = root(met)
                if met != number:
                    _merge(owner, walk, number, met)
            still.append(number)
        active = [n for n in still if not isinstance(owner[n], int)]


def _merge(owner: dict, walk: _Walk, number: int, other_number: int) -> None:
    """Fold walk ``other_number`` into ``walk`` (it keeps ``number``)."""
    other = owner[other_number]
    if len(other.members) > len(walk.members):  # extend the larger walk with the smaller
        walk.frontier, other.frontier = other.frontier, walk.frontier
        walk.members, other.members = other.members, walk.members
    walk.frontier.extend(other.frontier)
    walk.members.extend(other.members)
    walk.has_source = walk.has_source or other.has_source
    owner[other_number] = number
