"""A work site's whole answer: the trace joined with the customers who lose water.

The map tool, the Processing algorithms and the demo all call
:func:`analyse`, so a click and a batch give the same report. Pure Python:
no Qt, no QGIS.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .customers.selection import LOW_PRESSURE, assemble
from .hydraulics.pressure import DONE, FAILED, PENDING, PressureOutcome, not_simulated

#: How far around the affected pipes a data warning still concerns the work site (CRS units):
#: a valve digitised a street away from its main is a problem of this work site.
WARNING_MARGIN = 100.0


class WarningIndex:
    """The data warnings of one model, found by area.

    A whole utility's data holds thousands of warnings; a click reports the
    ones in and around its own area (plus those with no position), so its
    cost does not grow with the network. Built once per model.
    """

    def __init__(self, warnings: Sequence):
        self.total = len(warnings)
        self._unplaced = [w for w in warnings if w.point is None]
        self._placed = [w for w in warnings if w.point is not None]
        points = np.array([w.point for w in self._placed], dtype=float).reshape(-1, 2)
        self._order = np.argsort(points[:, 0], kind="stable")
        self._xs = points[self._order, 0]
        self._ys = points[self._order, 1]

    def near(self, bbox: tuple | None, margin: float = WARNING_MARGIN) -> list:
        """Warnings with a point inside ``bbox`` (xmin, ymin, xmax, ymax) grown by ``margin``."""
        if bbox is None:
            return list(self._unplaced)
        xmin, ymin, xmax, ymax = bbox
        low, high = np.searchsorted(self._xs, [xmin - margin, xmax + margin], side="left")
        inside = (self._ys[low:high] >= ymin - margin) & (self._ys[low:high] <= ymax + margin)
        chosen = sorted(self._order[low:high][inside].tolist())
        return [self._placed[i] for i in chosen] + self._unplaced


@dataclass
class WorkSite:
    """The trace of one work site and, when customers are mapped, who is affected."""

    isolation: Any
    customers: Any | None = None
    index: Any | None = None
    data_warnings: list = field(default_factory=list)
    #: All data warnings of the model (the report lists only ``data_warnings``, the local ones).
    warnings_total: int = 0
    #: The hydraulic part, when a model is set: pending until the simulation answers.
    pressure: PressureOutcome | None = None

    def bbox(self) -> tuple | None:
        """The extent of the isolated and unsupplied pipes, or None when there are none."""
        pieces = self.isolation.network.pieces
        coords = [
            xy
            for i in (*self.isolation.isolated_pieces, *self.isolation.unsupplied_pieces)
            for xy in pieces[i].coords
        ]
        if not coords:
            return None
        xs, ys = zip(*coords)
        return (min(xs), min(ys), max(xs), max(ys))

    def pipe_counts(self) -> dict:
        """How many pipes (and km of pipe) are isolated and unsupplied."""
        pieces = self.isolation.network.pieces
        counts = {}
        for role, indices in (
            ("isolated", self.isolation.isolated_pieces),
            ("unsupplied", self.isolation.unsupplied_pieces),
        ):
            counts[f"{role}_pipes"] = len({pieces[i].pipe_id for i in indices})
            counts[f"{role}_km"] = round(sum(pieces[i].length for i in indices) / 1000.0, 3)
        return counts

    def extra_customers(self, extra_pieces: Iterable[int]) -> int:
        """Customers beyond those already affected who lose water on ``extra_pieces``."""
        if self.index is None:
            return 0
        affected = (*self.isolation.isolated_pieces, *self.isolation.unsupplied_pieces)
        return self.index.count_on_pieces(extra_pieces, excluding=affected)

    def pressure_pending(self) -> None:
        """A simulation was started for this work site; its answer comes later."""
        self.pressure = PressureOutcome(PENDING)

    def set_pressure(self, answer=None, problem=None) -> None:
        """Attach the simulation's ``answer`` (a ``PressureAnswer``), or the ``problem`` it met.

        The low-pressure customers are selected here: those on the answer's
        pieces who are not already isolated or unsupplied.
        """
        if problem is not None:
            self.pressure = PressureOutcome(FAILED, problem=problem)
            return
        customers = None
        if self.index is not None:
            affected = (*self.isolation.isolated_pieces, *self.isolation.unsupplied_pieces)
            customers = self.index.select_pieces(answer.low_pieces, LOW_PRESSURE, affected)
        self.pressure = PressureOutcome(DONE, answer, customers)

    @property
    def low_pressure(self):
        """The low-pressure customers (a ``CustomerSelection``), or None before or without them."""
        return self.pressure.customers if self.pressure is not None else None

    def all_customers(self):
        """Everyone affected as one selection: the interruption's roles, then low pressure.

        For layer outputs, where the ``role`` column tells the groups apart;
        the notices go to each group on its own.
        """
        if self.customers is None or self.low_pressure is None:
            return self.customers
        return assemble(
            [*self.customers.customers, *self.low_pressure.customers],
            (*self.customers.roles, LOW_PRESSURE),
        )

    def report(self) -> dict:
        """The JSON report of ``outage:isolate``: trace keys, customer keys, counts."""
        report = self.isolation.to_report()
        for plan in report["plan_b"]:
            plan["extra_customers"] = self.extra_customers(
                [*plan["extra_isolated_pieces"], *plan["extra_unsupplied_pieces"]]
            )
        for valve in report["valves"]["inoperable_passed"]:
            valve["extra_customers"] = self.extra_customers(valve["extra_pieces"])
        if self.customers is not None:
            report.update(self.customers.to_report())
        else:
            report.update(
                customers={"isolated": [], "unsupplied": []},
                recipients=[],
                unreachable=[],
                counts={},
            )
        report["counts"].update(self.pipe_counts())
        report["counts"].update(
            warnings_here=len(self.data_warnings),
            warnings_total=self.warnings_total,
            valves_to_close=len(report["valves"]["to_close"]),
            valves_already_closed=len(report["valves"]["already_closed"]),
            valves_inoperable_passed=len(report["valves"]["inoperable_passed"]),
        )
        report["warnings"] = [w.to_dict() for w in self.data_warnings] + report["warnings"]
        pressure = (self.pressure or not_simulated()).to_report(self.isolation.network)
        report["hydraulics"] = pressure["hydraulics"]
        report["pipes"]["low_pressure"] = pressure["low_pressure_pipes"]
        report["customers"][LOW_PRESSURE] = pressure["low_pressure_customers"]
        report["counts"].update(pressure["counts"])
        return report


def analyse(
    network,
    pieces: Iterable[int],
    index=None,
    failed_valves: Iterable[Any] = (),
    warnings: WarningIndex | None = None,
) -> WorkSite:
    """Trace the work site ``pieces`` and select its customers from ``index``.

    ``failed_valves`` are valve ids the crew found would not close: they are
    treated as inoperable for this work site only. ``warnings`` is the
    model's :class:`WarningIndex` (built here when not given, for one-off
    calls); the report keeps the data warnings around the affected area.
    """
    isolation = network.isolate(list(pieces), failed_valves)
    customers = index.select(isolation) if index is not None else None
    if warnings is None:
        warnings = model_warnings(network, index)
    site = WorkSite(
        isolation=isolation, customers=customers, index=index, warnings_total=warnings.total
    )
    site.data_warnings = warnings.near(site.bbox())
    return site


def model_warnings(network, index=None) -> WarningIndex:
    """The data warnings of the network and its customers, indexed by area."""
    return WarningIndex(
        list(network.warnings) + (list(index.warnings) if index is not None else [])
    )
