"""A source's spots: the points where it touches the network, each fed by that source.

A source drawn as a point has one spot; drawn as several points (a well
field kept as one multipoint), one spot per point; drawn as its footprint,
one spot per pipe end in it and per point where a pipe runs through its
outline (:mod:`.source_areas`). The model places and cuts the network at
spots, as it always placed point sources, and each source then feeds the
pieces of all its spots: one source, with one id in every answer ("sources
to shut"), however it is drawn.
"""

from __future__ import annotations

import numpy as np

from ..common.data_warning import NOTE, DataWarning
from .placing import Hit, locate
from .source_areas import area_touches


class SourceSpots:
    """Every spot of every source: ``hits[k]`` (None when off the network) of ``owner[k]``."""

    def __init__(self, count: int):
        self.count = count  # sources
        self.hits: list[Hit | None] = []
        self.owner: list[int] = []
        self.in_area: list[bool] = []  # a pipe end in a footprint (not a point drawn)
        self.notes: list[DataWarning] = []  # pipes taken to run through a source

    def add(self, source: int, hits, in_area: bool = False) -> None:
        self.hits.extend(hits)
        self.owner.extend([source] * len(hits))
        self.in_area.extend([in_area] * len(hits))

    def spare_valves(self, valve_nodes, degree) -> None:
        """Leave a footprint's valves to the crew: no spot where a valve stands between two
        pipe ends (``valve_nodes``: the nodes valves stand on; ``degree``: pipe ends per node).

        Such a valve is the plant's own (its outlet valve, drawn inside the
        fence): closing it cuts the main off the plant, so it must stay a valve
        rather than be passed over as standing on the source. The pipe inside
        is fed from its other end. A footprint left with no spot at all (only
        valves between pipes that both leave it) keeps them: it feeds there.
        """
        ends = [at for at, area in enumerate(self.in_area) if area]
        if not ends:  # sources drawn as points: nothing to look up among the valves
            return
        nodes = np.asarray([self.hits[at][3] for at in ends], dtype=np.int64)
        guarded = np.isin(nodes, valve_nodes) & (degree[nodes] == 2)
        spared = [at for at, valve in zip(ends, guarded.tolist()) if valve]
        kept = set(range(len(self.hits))) - set(spared)
        owners = {self.owner[at] for at in kept}
        drop = {at for at in spared if self.owner[at] in owners}
        self.hits, self.owner, self.in_area = (
            [value for at, value in enumerate(column) if at not in drop]
            for column in (self.hits, self.owner, self.in_area)
        )

    def pieces_by_source(self, feeds: list) -> list[list[int] | None]:
        """The pieces each source feeds, from the pieces each spot feeds (None: no spot fed)."""
        pieces: list[list[int] | None] = [None] * self.count
        for source, fed in zip(self.owner, feeds):
            if fed is not None:
                pieces[source] = (pieces[source] or []) + list(fed)
        return pieces

    def lost(self) -> list[int]:
        """The sources none of whose spots is on the network, in order."""
        found = {source for source, hit in zip(self.owner, self.hits) if hit is not None}
        return [source for source in range(self.count) if source not in found]


def source_spots(sources, parts, grid, end_node, tol: float, cuts) -> SourceSpots:
    """The spots of ``sources`` (points located as valves are, within ``tol``; footprints by
    :func:`.source_areas.area_touches`)."""
    spots = SourceSpots(len(sources))
    drawn = [(i, source) for i, source in enumerate(sources) if not source.area]
    points = [p for _, source in drawn for p in (source.points or (source.point,))]
    hits = iter(locate(points, parts, grid, end_node, tol, cuts).hits())
    for index, source in drawn:
        spots.add(index, [next(hits) for _ in range(len(source.points) or 1)])
    for index, source in enumerate(sources):
        if source.area:
            touches = area_touches(source.area, parts, grid, tol)
            spots.add(index, _end_hits(touches.ends, parts, end_node), in_area=True)
            spots.add(index, [(part, seg, t, -1) for part, seg, t in touches.crossings])
            spots.notes.extend(_through_notes(source, touches.crossings, parts))
    return spots


def _end_hits(ends, parts, end_node) -> list[Hit]:
    """One hit per node of the pipe ends ``ends`` (several ends on one junction: one hit)."""
    hits: dict[int, Hit] = {}
    for part, which in ends:
        node = int(end_node[2 * part + which])
        last = int(parts.first_vertex[part + 1] - parts.first_vertex[part]) - 2
        hits.setdefault(node, (part, last, 1.0, node) if which else (part, 0, 0.0, node))
    return list(hits.values())


def _through_notes(source, crossings, parts) -> list[DataWarning]:
    """A note per pipe taken to run through ``source``'s footprint, at its first crossing."""
    notes, seen = [], set()
    for part, seg, t in crossings:
        pipe = int(parts.part_pipe[part])
        if pipe in seen:
            continue
        seen.add(pipe)
        vertex = int(parts.first_vertex[part]) + seg
        x = float(parts.x[vertex] + t * (parts.x[vertex + 1] - parts.x[vertex]))
        y = float(parts.y[vertex] + t * (parts.y[vertex + 1] - parts.y[vertex]))
        fid, pipe_id = parts.pipe_fids[pipe], parts.pipe_ids[pipe]
        notes.append(
            DataWarning(
                "pipe_through_source",
                f"Pipe layer: feature {fid} (id {pipe_id!r}) runs through source "
                f"{source.source_id!r} without ending in it; it is taken to pass through the "
                "source, which feeds it where it crosses the outline.",
                "pipe",
                fid,
                pipe_id,
                (x, y),
                level=NOTE,
                params={"source_id": source.source_id, "source_fid": source.fid},
            )
        )
    return notes
