"""Linking each customer to the pipe pieces that feed it.

A pipe split by a mid-span valve becomes several pieces, and only the piece
a customer hangs off loses water when that part is shut, so customers link
to pieces, not pipes:

- by field: the customer's pipe id names the pipe; a customer with a point
  takes the nearest piece of THAT pipe, one without geometry takes all its
  pieces (we cannot tell which, and warning too many beats warning too few);
- by position: the nearest piece within the maximum snapping distance.

The field link wins when the value is set. A pipe id that does not exist
falls back to the position when there is a point, with a warning either way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from ..trace.warnings import DataWarning
from .records import CustomerInput, Point

ROLE = "customers"


class PieceLike(Protocol):
    coords: Sequence[Point]


class NetworkLike(Protocol):
    """What the customers room needs from ``trace.Network``."""

    pieces: Sequence[PieceLike]

    def nearest_piece(self, point: Point, max_distance: float) -> tuple[int, float] | None: ...

    def pieces_of_pipe(self, pipe_id: object) -> Sequence[int]: ...


def distance_to_polyline(point: Point, coords: Sequence[Point]) -> float:
    """Shortest distance from ``point`` to a polyline (a single vertex counts)."""
    px, py = point
    best = float("inf")
    x1, y1 = coords[0]
    if len(coords) == 1:
        return ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
    for x2, y2 in coords[1:]:
        dx, dy = x2 - x1, y2 - y1
        length2 = dx * dx + dy * dy
        t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - x1) * dx + (py - y1) * dy) / length2))
        ex, ey = x1 + t * dx - px, y1 + t * dy - py
        d2 = ex * ex + ey * ey
        if d2 < best:
            best = d2
        x1, y1 = x2, y2
    return best**0.5


def _has_value(value: object) -> bool:
    return value is not None and str(value).strip() != ""


class Linker:
    """Links customers one by one, collecting data warnings as it goes."""

    def __init__(self, network: NetworkLike, max_distance: float) -> None:
        self.network = network
        self.max_distance = max_distance
        self.warnings: list[DataWarning] = []

    def link_all(self, customers: Iterable[CustomerInput]) -> tuple[list[int], list[int]]:
        """Parallel lists ``(piece indices, customer positions)``, one pair per link."""
        pieces: list[int] = []
        owners: list[int] = []
        for position, customer in enumerate(customers):
            linked = self.link(customer)
            pieces.extend(linked)
            owners.extend([position] * len(linked))
        return pieces, owners

    def link(self, customer: CustomerInput) -> Sequence[int]:
        """The pieces feeding ``customer``; empty (with a warning) when none."""
        if _has_value(customer.pipe_id):
            pieces = self.network.pieces_of_pipe(customer.pipe_id)
            if pieces:
                return self._by_field(customer, pieces)
            if customer.point is None:
                self._warn(
                    customer,
                    "unknown_pipe",
                    f"pipe id {customer.pipe_id!r} in the pipe field does not exist; "
                    "customer not linked",
                )
                return ()
            self._warn(
                customer,
                "unknown_pipe",
                f"pipe id {customer.pipe_id!r} in the pipe field does not exist; "
                "linked by position instead",
            )
        if customer.point is not None:
            return self._by_position(customer)
        self._warn(
            customer,
            "customer_unlinked",
            "no pipe id in the pipe field and no geometry; not linked",
        )
        return ()

    def _by_field(self, customer: CustomerInput, pieces: Sequence[int]) -> Sequence[int]:
        if customer.point is None:
            return pieces
        all_pieces = self.network.pieces
        distance, nearest = min(
            (distance_to_polyline(customer.point, all_pieces[p].coords), p) for p in pieces
        )
        if distance > self.max_distance:
            self._warn(
                customer,
                "customer_far_from_pipe",
                f"the point is {distance:.1f} from pipe {customer.pipe_id!r} named in the "
                f"pipe field (more than {self.max_distance:g}); linked by the pipe field anyway",
            )
        return (nearest,)

    def _by_position(self, customer: CustomerInput) -> Sequence[int]:
        found = self.network.nearest_piece(customer.point, self.max_distance)
        if found is None:
            self._warn(
                customer,
                "customer_too_far",
                f"no pipe piece within {self.max_distance:g} of the geometry; not linked",
            )
            return ()
        return (found[0],)

    def _warn(self, customer: CustomerInput, code: str, what: str) -> None:
        self.warnings.append(
            DataWarning(
                code=code,
                message=f"Layer '{ROLE}', feature {customer.fid}, "
                f"customer {customer.customer_id!r}: {what}.",
                role=ROLE,
                fid=customer.fid,
                feature_id=customer.customer_id,
                point=customer.point,
            )
        )
