"""A work site's whole answer: the trace joined with the customers who lose water.

The map tool, the Processing algorithms and the demo all call
:func:`analyse`, so a click and a batch give the same report. Pure Python:
no Qt, no QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Optional


@dataclass
class WorkSite:
    """The trace of one work site and, when customers are mapped, who is affected."""

    isolation: Any
    customers: Optional[Any] = None
    index: Optional[Any] = None
    data_warnings: list = field(default_factory=list)

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
            valves_to_close=len(report["valves"]["to_close"]),
            valves_already_closed=len(report["valves"]["already_closed"]),
            valves_inoperable_passed=len(report["valves"]["inoperable_passed"]),
        )
        report["warnings"] = [w.to_dict() for w in self.data_warnings] + report["warnings"]
        return report


def analyse(
    network, pieces: Iterable[int], index=None, failed_valves: Iterable[Any] = ()
) -> WorkSite:
    """Trace the work site ``pieces`` and select its customers from ``index``.

    ``failed_valves`` are valve ids the crew found would not close: they are
    treated as inoperable for this work site only.
    """
    isolation = network.isolate(list(pieces), failed_valves)
    customers = index.select(isolation) if index is not None else None
    warnings = list(network.warnings) + (list(index.warnings) if index is not None else [])
    return WorkSite(isolation=isolation, customers=customers, index=index, data_warnings=warnings)
