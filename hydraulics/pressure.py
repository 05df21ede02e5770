"""The closure in the model, and the supplied pipes it leaves at low pressure.

The closure is what the trace says the crew shuts: the isolated pipes and
the valves to close (a valve modelled as a link of its own is closed too).
Whatever the trace's rules become, this reads only its answer.

A node is at low pressure when the closure lowers its pressure by a
noticeable amount (:data:`NOTICEABLE_DROP`) and it then falls below the
threshold, or it loses more than the set share of its normal pressure;
a node the closure leaves with no water at all counts too. A node that was
always below the threshold and stays there is not the work's doing and does
not count. Each low node marks the pipes of its links, except the pieces
topology already calls isolated or unsupplied: those customers are told
of an interruption, not of a pressure drop.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from .problems import CLOSURE_NOT_IN_MODEL, HydraulicProblem
from .settings import PressureSettings

#: A change smaller than this (metres) is not one a customer notices at the tap.
NOTICEABLE_DROP = 1.0

PENDING = "pending"
DONE = "done"
FAILED = "failed"
NOT_SET = "not_set"


@dataclass(frozen=True)
class Closure:
    """What the crew shuts for a work site, and the pieces already out of water."""

    isolated_pipe_ids: tuple
    valve_ids: tuple
    affected_pieces: frozenset

    @classmethod
    def of(cls, isolation) -> Closure:
        """The closure of a trace's ``IsolationResult``."""
        net = isolation.network
        pipe_ids = dict.fromkeys(net.pipe_ids[net.piece_pipe[p]] for p in isolation.isolated_pieces)
        return cls(
            isolated_pipe_ids=tuple(pipe_ids),
            valve_ids=tuple(net.valves[v].valve_id for v in isolation.valves_to_close),
            affected_pieces=frozenset((*isolation.isolated_pieces, *isolation.unsupplied_pieces)),
        )

    def links(self, match) -> tuple:
        """``(closed link indices, isolated pipe ids the model lacks)``."""
        links, missing = set(), []
        for pipe_id in self.isolated_pipe_ids:
            found = match.links_of_pipe.get(pipe_id)
            if found is None:
                missing.append(pipe_id)
            else:
                links.update(found)
        links.update(match.link_of_valve[v] for v in self.valve_ids if v in match.link_of_valve)
        if not links and (self.isolated_pipe_ids or self.valve_ids):
            raise HydraulicProblem(CLOSURE_NOT_IN_MODEL, pipes=len(self.isolated_pipe_ids))
        return tuple(sorted(links)), tuple(missing)


@dataclass(frozen=True)
class NodePressure:
    """A model node at low pressure: metres after the closure (None: no water) and before."""

    node_id: str
    pressure: float | None
    normal: float

    def to_dict(self) -> dict:
        return {
            "node_id": self.node_id,
            "pressure_m": self.pressure,
            "normal_m": self.normal,
        }


@dataclass(frozen=True)
class PressureAnswer:
    """The supplied pipes (pieces) left at low pressure, and the nodes that say so."""

    settings: PressureSettings
    seconds: int
    closed_links: tuple
    closure_missing: tuple
    low_nodes: tuple
    low_pipe_ids: tuple
    low_pieces: tuple
    model: dict = field(default_factory=dict)

    def to_report(self) -> dict:
        hours, rest = divmod(self.seconds % (24 * 3600), 3600)
        return {
            "time": self.settings.time,
            "clock": f"{hours:02d}:{rest // 60:02d}",
            "min_pressure_m": self.settings.min_pressure,
            "max_drop": self.settings.max_drop,
            "closed_links": list(self.closed_links),
            "closure_not_in_model": list(self.closure_missing),
            "low_nodes": [node.to_dict() for node in self.low_nodes],
            "model": dict(self.model),
        }


def assess(model, match, network, closure: Closure, settings: PressureSettings) -> PressureAnswer:
    """Solve the model with ``closure`` and mark the supplied pieces left at low pressure.

    ``model`` is a :class:`~.model.HydraulicModel`, ``match`` its
    :class:`~.matching.ModelMatch` with ``network`` (the trace's model).
    """
    links, missing = closure.links(match)
    after = model.pressures(links, settings.time)
    normal = model.normal(settings.time)
    low = _low_nodes(after, normal, settings) & ~model.fixed
    offsets, _neighbours, via = model.adjacency
    nodes, pieces, pipes = [], set(), {}
    for node in np.flatnonzero(low).tolist():
        marked = False
        for link in via[offsets[node] : offsets[node + 1]]:
            for pipe_id in match.pipes_of_link.get(link, ()):
                supplied = _pieces_fed_from(model, link, node, network, pipe_id, closure)
                if supplied:
                    marked = True
                    pieces.update(supplied)
                    pipes.setdefault(pipe_id, min(supplied))
        if marked:
            value = after[node]
            nodes.append(
                NodePressure(
                    model.node_ids[node],
                    None if math.isnan(value) else round(float(value), 2),
                    round(float(normal[node]), 2),
                )
            )
    nodes.sort(key=lambda n: (n.pressure is not None, n.pressure or 0.0, n.node_id))
    return PressureAnswer(
        settings=settings,
        seconds=model.snapshot_time(settings.time),
        closed_links=tuple(model.link_ids[i] for i in links),
        closure_missing=missing,
        low_nodes=tuple(nodes),
        low_pipe_ids=tuple(sorted(pipes, key=pipes.__getitem__)),
        low_pieces=tuple(sorted(pieces)),
        model=match.summary(),
    )


def _pieces_fed_from(model, link: int, node: int, network, pipe_id, closure: Closure) -> list:
    """The supplied pieces of ``pipe_id`` that model ``node`` (an end of ``link``) feeds.

    A pipe the closure does not touch is fed whole from either end. A pipe
    the closure cuts (a mid-span valve, one piece isolated) keeps the run of
    pieces from the node's end up to the first cut piece; the far run hangs
    on the other node. The link runs from its first node to its second like
    the pipe is digitised, unless the model's coordinates say otherwise.
    """
    own = network.pieces_of_pipe(pipe_id)
    affected = closure.affected_pieces
    if not any(p in affected for p in own):
        return own
    if all(p in affected for p in own):
        return []
    first, last = model.link_nodes[link]
    at_start = node == first
    if _reversed(model, link, network, pipe_id, own):
        at_start = not at_start
    run = []
    for piece in own if at_start else reversed(own):
        if piece in affected:
            break
        run.append(piece)
    return run


def _reversed(model, link: int, network, pipe_id, own: list) -> bool:
    """True when the model's coordinates put the link's first node at the pipe's end.

    The answer depends on the model and the network only, so it is kept on
    the model for the next clicks (keyed by the network model, which a
    rebuild replaces).
    """
    key = (id(network), link, pipe_id)
    known = model.directions.get(key)
    if known is not None:
        return known
    first, last = (model.node_xy[n] for n in model.link_nodes[link])
    start = network.pieces[own[0]].coords[0]
    end = network.pieces[own[-1]].coords[-1]
    answer = False
    if not (np.isnan(first).any() or np.isnan(last).any()):
        along = math.dist(first, start) + math.dist(last, end)
        across = math.dist(first, end) + math.dist(last, start)
        answer = across < along
    model.directions[key] = answer
    return answer


def _low_nodes(after: np.ndarray, normal: np.ndarray, settings: PressureSettings) -> np.ndarray:
    """True for nodes the closure leaves at low pressure (see the module docstring)."""
    had_water = ~np.isnan(normal)
    dry = np.isnan(after) & had_water
    with np.errstate(invalid="ignore"):
        drop = normal - after
        noticeable = drop >= NOTICEABLE_DROP
        below = after < settings.min_pressure
        share = drop > settings.max_drop * np.maximum(normal, 0.0)
    return dry | (had_water & noticeable & (below | share))


@dataclass
class PressureOutcome:
    """The pressure part of one work site: pending, done (with customers) or failed."""

    status: str
    answer: PressureAnswer | None = None
    customers: object | None = None  # a customers.selection.CustomerSelection
    problem: HydraulicProblem | None = None

    def to_report(self, network) -> dict:
        """``hydraulics`` and the low-pressure keys the work site's report gains."""
        answer = self.answer
        pieces = answer.low_pieces if answer is not None else ()
        section = {
            "status": self.status,
            "problem": self.problem.to_dict() if self.problem is not None else None,
        }
        counts = {}
        if answer is not None:
            section.update(answer.to_report())
            counts = {
                "low_pressure_pipes": len(answer.low_pipe_ids),
                "low_pressure_km": round(sum(network.pieces[i].length for i in pieces) / 1000.0, 3),
            }
        if self.customers is not None:
            customers = self.customers.to_report()
            section.update(
                recipients=customers["recipients"],
                unreachable=customers["unreachable"],
                counts=customers["counts"],
            )
            counts["low_pressure"] = customers["counts"]["customers"]
        return {
            "hydraulics": section,
            "low_pressure_pipes": {
                "pipe_ids": list(answer.low_pipe_ids) if answer is not None else [],
                "pieces": list(pieces),
            },
            "low_pressure_customers": (
                [c.customer_id for c in self.customers.customers]
                if self.customers is not None
                else []
            ),
            "counts": counts,
        }


def not_simulated() -> PressureOutcome:
    """The outcome of a work site traced without a hydraulic model."""
    return PressureOutcome(NOT_SET)
