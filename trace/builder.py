"""Build the network model once: parts, snapped nodes, tees, valves and sources placed,
pieces, segments.

Everything per pipe end or per valve is done in whole numpy arrays; the only
Python loops per part are the ones that cut parts at mid-span valves, tees
and sources into pieces. The result is a :class:`Network`, which answers
clicks without touching the whole network again. The steps live in their
own modules: :mod:`.parts` (lines, pipes out of service), :mod:`.tees`,
:mod:`.source_spots` (where each source, point or footprint, touches the
pipes), :mod:`.placing` (valves and sources) and :mod:`.pieces`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from ..common.data_warning import DataWarning
from ..common.gc_pause import collector_paused
from .checks import crossing_warnings, dangling_end_warnings
from .components import compact, component_labels
from .grid import SegmentGrid, distinct_points
from .inputs import NetworkSettings, PipeArrays, PipeInput, ProgressGuard, SourceInput, ValveInput
from .network import Network
from .parts import read_parts
from .pieces import check_valve_warnings, cut_pieces
from .placing import PlacedSources, locate, off_network, place_valves, valve_points
from .source_spots import source_spots
from .tees import find_tees


def build_network(
    pipes: Sequence[PipeInput] | PipeArrays,
    valves: Sequence[ValveInput],
    sources: Sequence[SourceInput],
    settings: NetworkSettings | None = None,
    progress: Any = None,
) -> Network:
    """Build the model the clicks run on; raises TraceCanceled if the user cancels.

    ``pipes`` is a list of :class:`PipeInput`, or for big layers the same
    pipes as one :class:`PipeArrays`.
    """
    with collector_paused():
        return _build(pipes, valves, sources, settings or NetworkSettings(), progress)


def _build(pipes, valves, sources, settings: NetworkSettings, progress) -> Network:
    guard = ProgressGuard(progress)
    warnings: list[DataWarning] = []
    tol = float(settings.tolerance)
    guard.step(0)
    parts, retired = read_parts(pipes, settings.out_of_service(), tol, warnings, guard)
    guard.step(30)
    ends_x = np.column_stack([parts.sx, parts.ex]).ravel()
    ends_y = np.column_stack([parts.sy, parts.ey]).ravel()
    spots = distinct_points(ends_x, ends_y)  # the snapping and the tee search share them
    end_node, node_count = _snap(spots, tol)
    grid = _part_grid(parts, tol)
    guard.step(40)
    tees = find_tees(parts, grid, end_node, node_count, tol, spots)
    end_node, node_count = tees.end_node, tees.node_count
    guard.step(45)
    touching = source_spots(sources, parts, grid, end_node, tol, tees.index)
    valve_xy, no_point = valve_points(valves)
    valve_hits = locate(
        valve_xy,
        parts,
        grid,
        end_node,
        tol,
        PlacedSources(touching.hits).cut_index(parts, tees.index),
    )
    degree = np.bincount(end_node, minlength=node_count) + tees.extra_degree
    touching.spare_valves(valve_hits.node[valve_hits.found & ~no_point], degree)
    on_network = PlacedSources(touching.hits)
    placed = place_valves(
        valves, settings, valve_hits, no_point, degree, set(on_network.node), warnings
    )
    guard.step(55)
    topo, feeds = cut_pieces(
        parts, end_node, node_count, placed, tees.cuts, on_network, guard, warnings, valves
    )
    warnings.extend(check_valve_warnings(valves, placed))
    guard.step(70)
    network = Network(
        settings=settings,
        pipe_ids=parts.pipe_ids,
        pipe_fids=parts.pipe_fids,
        topology=topo,
        grid=grid,
        valves=valves,
        placed=placed,
        sources=sources,
        source_pieces=touching.pieces_by_source(feeds),
        warnings=warnings,
        retired_pipes=parts.retired_pipes,
    )
    guard.step(85)
    if not len(parts.coords):
        warnings[:] = [w for w in warnings if w.is_note] + [_no_pipes(parts, valves, sources)]
        guard.step(100)
        return network
    warnings.extend(tees.notes)
    warnings.extend(touching.notes)
    warnings.extend(off_network(valves, sources, placed.lost, touching.lost(), retired, tol))
    busy = set(placed.node_valve) | set(on_network.node)
    busy.update(np.flatnonzero(tees.extra_degree).tolist())
    warnings.extend(dangling_end_warnings(parts, end_node, busy))
    warnings.extend(crossing_warnings(grid, parts, tol, tees.pairs))
    warnings.extend(network.component_warnings())
    guard.step(100)
    return network


def _no_pipes(parts, valves, sources) -> DataWarning:
    """The one warning of a network with no usable pipe line (instead of one per feature)."""
    count = len(parts.pipe_ids) - len(parts.retired_pipes)
    return DataWarning(
        "no_pipes",
        f"Pipe layer: none of its {count} pipe(s) in service has a usable line (the layer is "
        f"empty, filtered or has no geometry), so the {len(valves)} valve(s) and "
        f"{len(sources)} source(s) stand on no pipe.",
        "pipe",
        params={"pipes": count, "valves": len(valves), "sources": len(sources)},
    )


def _snap(spots, tol: float):
    """Cluster points lying within ``tol`` of each other (true distance, chained).

    Most pipe ends share their junction's coordinates exactly, so the points
    come made distinct in one sort (``spots``, :func:`.grid.distinct_points`);
    only the distinct spots go on the grid.
    """
    spot, x, y, _ = spots
    if len(spot) == 0:
        return np.zeros(0, dtype=np.int64), 0
    grid = SegmentGrid(x, y, x, y, np.arange(len(x)), tol / 2.0)
    near_a, near_b = [], []
    for a, b in grid.cell_pairs():
        close = np.hypot(x[a] - x[b], y[a] - y[b]) <= tol
        near_a.append(a[close])
        near_b.append(b[close])
    labels = component_labels(len(x), np.concatenate(near_a), np.concatenate(near_b))
    return compact(labels[spot])


def _part_grid(parts, tol: float) -> SegmentGrid:
    """Grid over every straight segment of every part; ``local`` is its rank in the part."""
    vertex = np.flatnonzero(parts.seg_part >= 0)
    owner = parts.seg_part[vertex]
    grid = SegmentGrid(
        parts.x[vertex], parts.y[vertex], parts.x[vertex + 1], parts.y[vertex + 1], owner, tol
    )
    grid.local = vertex - parts.first_vertex[owner]
    return grid
