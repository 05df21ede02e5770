"""Which pipes of the sample town leave others dry when shut: the demo's answer key.

The demo plans an interruption that also cuts off an area downstream, and
the tests check the plugin finds it. This module works that out
independently of the plugin's trace, on the generator's own topology (node
ids, so no snapping), with the rules of docs ``trace.md``:

- 'aperta' and NULL valves are operable: segment boundaries that are open
  in normal service and closed to isolate a segment;
- 'chiusa' valves are normally closed: boundaries that never carry water;
- 'inoperabile' and 'guasta' valves cannot be closed: no boundary at all;
- a source (tank, well) bounds segments too: the pipes meeting at it are not
  joined there, and it feeds each of them;
- the ambiguous valve on a three-way junction and the valve off the network
  are left out (the plugin reports them as data warnings).
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

OPERABLE = ("aperta", None)
CLOSED = ("chiusa",)


@dataclass(frozen=True)
class WorkSite:
    """Isolating the segment holding a pipe: the answer the crew needs."""

    isolated: tuple  # pipe ids
    sources_to_shut: tuple  # source ids touching the isolated pipes
    valves_to_close: tuple  # open border valves whose far side still has water after
    valves_not_required: tuple  # open border valves whose far side is dry anyway
    dry: tuple  # pipe ids that lose every path to a source


@dataclass(frozen=True)
class Shutdown:
    """Shutting the segment holding ``pipe_id``: what is isolated and what goes dry."""

    pipe_id: str
    isolated: tuple  # pipe ids of the segment
    unsupplied: tuple  # pipe ids that lose every path to a source


def _pieces(network) -> tuple:
    """Graph of pipe pieces joined where water passes freely, the valve links with their
    state and valve id, and the pieces at each node."""
    free = nx.Graph()
    links = []  # (piece, piece, state, valve id)
    midspan = {v.pipe: v for v in network.valves if v.kind == "midspan"}
    at_node: dict = {}
    for i, pipe in enumerate(network.pipes):
        ends = [(i, 0), (i, 1)] if i in midspan else [(i, 0), (i, 0)]
        free.add_nodes_from(set(ends))
        if i in midspan:
            links.append((ends[0], ends[1], midspan[i].state, midspan[i].valve_id))
        at_node.setdefault(pipe.a, []).append(ends[0])
        at_node.setdefault(pipe.b, []).append(ends[1])
    junction = {v.node: v for v in network.valves if v.kind == "junction"}
    sources = {s.node for s in network.sources}
    for node, pieces in at_node.items():
        if node in sources:
            continue  # a source bounds the pipes meeting at it
        if node in junction and len(pieces) == 2:
            valve = junction[node]
            links.append((pieces[0], pieces[1], valve.state, valve.valve_id))
        else:
            free.add_edges_from(zip(pieces, pieces[1:]))
    for a, b, state, _valve in links:
        if state not in OPERABLE and state not in CLOSED:
            free.add_edge(a, b)
    return free, links, at_node


def _segments(network) -> tuple:
    """Segment of each piece, the pipe ids of each segment, and the zone graph.

    The zone graph joins segments through open valves and joins a virtual
    "source" to every segment a source touches.
    """
    free, links, at_node = _pieces(network)
    segment_of, members = {}, []
    for number, component in enumerate(sorted(nx.connected_components(free), key=min)):
        members.append(sorted({network.pipes[i].pipe_id for i, _ in component}))
        for piece in component:
            segment_of[piece] = number
    zones = nx.Graph()
    zones.add_nodes_from(range(len(members)))
    zones.add_edges_from(
        (segment_of[a], segment_of[b]) for a, b, state, _v in links if state in OPERABLE
    )
    zones.add_edges_from(
        ("source", segment_of[piece]) for s in network.sources for piece in at_node[s.node]
    )
    return segment_of, members, zones, links, at_node


def work_site(network, pipe_id: str) -> WorkSite:
    """Isolate the segment(s) holding ``pipe_id``, as the plugin must (docs ``trace.md``)."""
    segment_of, members, zones, links, at_node = _segments(network)
    index = next(i for i, p in enumerate(network.pipes) if p.pipe_id == pipe_id)
    isolated = {segment_of[piece] for piece in ((index, 0), (index, 1)) if piece in segment_of}
    before = nx.node_connected_component(zones, "source")
    rest = zones.copy()
    rest.remove_nodes_from(isolated)
    after = nx.node_connected_component(rest, "source")
    to_close, not_required = [], []
    for a, b, state, valve_id in links:
        sides = (segment_of[a] in isolated, segment_of[b] in isolated)
        if state in OPERABLE and sides[0] != sides[1]:
            far = segment_of[b] if sides[0] else segment_of[a]
            (to_close if far in after else not_required).append(valve_id)
    sources = [
        s.source_id
        for s in network.sources
        if any(segment_of[piece] in isolated for piece in at_node[s.node])
    ]
    dry = {p for s in before - after - isolated - {"source"} for p in members[s]}
    return WorkSite(
        tuple(sorted({p for s in isolated for p in members[s]})),
        tuple(sources),
        tuple(sorted(to_close)),
        tuple(sorted(not_required)),
        tuple(sorted(dry)),
    )


def analyse(network) -> list:
    """One :class:`Shutdown` per segment whose closure leaves other pipes dry."""
    _segment_of, members, zones, _links, _at_node = _segments(network)
    supplied = nx.node_connected_component(zones, "source")
    results = []
    for cut in sorted(s for s in nx.articulation_points(zones) if s != "source"):
        rest = zones.copy()
        rest.remove_node(cut)
        still = nx.node_connected_component(rest, "source")
        # a pipe cut by a mid-span valve belongs to two segments: count it once
        dry = sorted({p for s in supplied - still - {cut, "source"} for p in members[s]})
        if dry:
            results.append(Shutdown(members[cut][0], tuple(members[cut]), tuple(dry)))
    return results


def unfed_pieces(network) -> int:
    """Pipe pieces with no path to any source in normal service (should be none)."""
    free, links, at_node = _pieces(network)
    graph = nx.Graph(free)
    graph.add_edges_from((a, b) for a, b, state, _v in links if state in OPERABLE)
    fed = set()
    for s in network.sources:
        for piece in at_node[s.node]:
            fed |= nx.node_connected_component(graph, piece)
    return len(set(graph) - fed)
