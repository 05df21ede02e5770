"""Which pipes of the sample town leave others dry when shut: the demo's answer key.

The demo plans an interruption that also cuts off an area downstream, and
the tests check the plugin finds it. This module works that out
independently of the plugin's trace, on the generator's own topology (node
ids, so no snapping), with the rules of docs ``trace.md``:

- 'aperta' and NULL valves are operable: segment boundaries that are open
  in normal service and closed to isolate a segment;
- 'chiusa' valves are normally closed: boundaries that never carry water;
- 'inoperabile' and 'guasta' valves cannot be closed: no boundary at all;
- the ambiguous valve on a three-way junction and the valve off the network
  are left out (the plugin reports them as data warnings).
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

OPERABLE = ("aperta", None)
CLOSED = ("chiusa",)


@dataclass(frozen=True)
class Shutdown:
    """Shutting the segment holding ``pipe_id``: what is isolated and what goes dry."""

    pipe_id: str
    isolated: tuple  # pipe ids of the segment
    unsupplied: tuple  # pipe ids that lose every path to a source


def _pieces(network) -> tuple:
    """Graph of pipe pieces joined where water passes freely, plus valve links."""
    free = nx.Graph()
    links = []  # (piece, piece, state)
    midspan = {v.pipe: v for v in network.valves if v.kind == "midspan"}
    at_node: dict = {}
    for i, pipe in enumerate(network.pipes):
        ends = [(i, 0), (i, 1)] if i in midspan else [(i, 0), (i, 0)]
        free.add_nodes_from(set(ends))
        if i in midspan:
            links.append((ends[0], ends[1], midspan[i].state))
        at_node.setdefault(pipe.a, []).append(ends[0])
        at_node.setdefault(pipe.b, []).append(ends[1])
    junction = {v.node: v for v in network.valves if v.kind == "junction"}
    for node, pieces in at_node.items():
        if node in junction and len(pieces) == 2:
            links.append((pieces[0], pieces[1], junction[node].state))
        else:
            free.add_edges_from(zip(pieces, pieces[1:]))
    for a, b, state in links:
        if state not in OPERABLE and state not in CLOSED:
            free.add_edge(a, b)
    return free, [(a, b) for a, b, state in links if state in OPERABLE], at_node


def analyse(network) -> list:
    """One :class:`Shutdown` per segment whose closure leaves other pipes dry."""
    free, open_links, at_node = _pieces(network)
    segment_of, members = {}, []
    for number, component in enumerate(sorted(nx.connected_components(free), key=min)):
        members.append(sorted({network.pipes[i].pipe_id for i, _ in component}))
        for piece in component:
            segment_of[piece] = number
    zones = nx.Graph()
    zones.add_nodes_from(range(len(members)))
    zones.add_edges_from((segment_of[a], segment_of[b]) for a, b in open_links)
    zones.add_edges_from(("source", segment_of[at_node[s.node][0]]) for s in network.sources)
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
    free, open_links, at_node = _pieces(network)
    graph = nx.Graph(free)
    graph.add_edges_from(open_links)
    fed = set()
    for s in network.sources:
        fed |= nx.node_connected_component(graph, at_node[s.node][0])
    return len(set(graph) - fed)
