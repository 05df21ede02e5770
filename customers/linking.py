"""Linking each customer to the pipe pieces that feed it.

A pipe split by a mid-span valve becomes several pieces, and only the piece
a customer hangs off loses water when that part is shut, so customers link
to pieces, not pipes:

- by service line (allacci, :mod:`.services`): the piece of main where the
  customer's service line meets it; this wins over everything else;
- by field: the customer's pipe id names the pipe; a customer with a point
  takes the nearest piece of THAT pipe, one without geometry takes all its
  pieces (we cannot tell which, and warning too many beats warning too few);
- by position: the nearest piece within the maximum snapping distance.

The field link wins over the position when the value is set. A pipe id that
does not exist (or names a pipe out of service) falls back to the position
when there is a point, with a warning either way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from ..common.data_warning import DataWarning
from .problems import CUSTOMERS_ROLE, data_warning
from .records import CustomerInput, CustomerSettings, Point
from .services import customer_key


class PieceLike(Protocol):
    coords: Sequence[Point]


class NetworkLike(Protocol):
    """What the customers room needs from ``trace.Network``."""

    pieces: Sequence[PieceLike]

    def nearest_piece(self, point: Point, max_distance: float) -> tuple[int, float] | None: ...

    # Optional, used when present: ``nearest_pieces(points, max_distance)``,
    # the same answer for many points in one call; ``is_out_of_service(pipe_id)``;
    # ``settings.tolerance``, within which a service line meets a main.

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
    """Links all customers of a layer, collecting data warnings as it goes.

    Customers with a point are snapped in one bulk call
    (``network.nearest_pieces`` when the network has it), because a million
    single look-ups would dominate the build. For a field link the bulk
    answer is kept when it is a piece of the named pipe, which is then
    surely its nearest piece; otherwise that pipe's pieces are measured.
    """

    def __init__(
        self,
        network: NetworkLike,
        settings: CustomerSettings,
        served: dict[str, list[int]] | None = None,
    ) -> None:
        self.network = network
        self.max_distance = settings.max_snap_distance
        self.pipe_field = settings.field("pipe")
        self.pipe_field_name = settings.field_name("pipe")
        self.served = served or {}  # customer key -> pieces its service lines meet
        self.warnings: list[DataWarning] = []
        # Pieces by pipe id: the customers of one pipe ask the network once.
        self._pipe_pieces: dict[object, Sequence[int]] = {}

    def link_all(self, customers: Sequence[CustomerInput]) -> tuple[list[int], list[int]]:
        """Parallel lists ``(piece indices, customer positions)``, one pair per link."""
        pieces: list[int] = []
        owners: list[int] = []
        to_snap: list[int] = []  # positions of customers with a point
        named_of: list[Sequence[int]] = []  # and the pieces of their named pipe
        for position, customer in enumerate(customers):
            if self.served:
                served = self.served.get(customer_key(customer.customer_id))
                if served:
                    pieces.extend(served)
                    owners.extend([position] * len(served))
                    continue
            named = self._named_pieces(customer)
            if customer.point is not None:
                to_snap.append(position)
                named_of.append(named)
            elif named:
                pieces.extend(named)
                owners.extend([position] * len(named))
            elif not _has_value(customer.pipe_id):
                self._warn(
                    customer,
                    "customer_unlinked",
                    f"no value in the {self.pipe_field} and no geometry; not linked",
                    field=self.pipe_field_name,
                )
        snapped = self._nearest([customers[position].point for position in to_snap])
        for position, named, found in zip(to_snap, named_of, snapped):
            if found is not None and (not named or found[0] in named):
                piece = found[0]  # the nearest piece overall, or of the named pipe
            else:
                piece = self._by_field(customers[position], named) if named else None
            if piece is None:
                self._warn(
                    customers[position],
                    "customer_too_far",
                    f"no pipe piece within {self.max_distance:g} of the geometry; not linked",
                    tolerance=self.max_distance,
                )
            else:
                pieces.append(piece)
                owners.append(position)
        return pieces, owners

    def _named_pieces(self, customer: CustomerInput) -> Sequence[int]:
        """Pieces of the pipe in the customer's pipe field; warns if it does not exist."""
        pipe_id = customer.pipe_id
        named = self._pipe_pieces.get(pipe_id)
        if named is None:
            has_value = _has_value(pipe_id)
            named = self.network.pieces_of_pipe(pipe_id) if has_value else ()
            self._pipe_pieces[pipe_id] = named
        if not named and _has_value(pipe_id):
            fallback = "linked by position instead" if customer.point else "not linked"
            retired = getattr(self.network, "is_out_of_service", None)
            if retired is not None and retired(pipe_id):
                code, what = "pipe_out_of_service", "is out of service"
            else:
                code, what = "unknown_pipe", "does not exist"
            self._warn(
                customer,
                code,
                f"pipe id {pipe_id!r} in the {self.pipe_field} {what}; {fallback}",
                pipe_id=pipe_id,
                field=self.pipe_field_name,
                why="by_position" if customer.point else "not_linked",
            )
        return named

    def _nearest(self, points: list[Point]) -> Sequence[tuple[int, float] | None]:
        bulk = getattr(self.network, "nearest_pieces", None)
        if bulk is not None:
            return bulk(points, self.max_distance) if points else []
        return [self.network.nearest_piece(point, self.max_distance) for point in points]

    def _by_field(self, customer: CustomerInput, named: Sequence[int]) -> int:
        """The nearest piece of the named pipe, measured; warns when beyond the snap distance.

        Only for customers whose nearest piece overall is not one of the named pipe's.
        """
        all_pieces, point = self.network.pieces, customer.point
        distance, nearest = float("inf"), named[0]
        for piece in named:
            measured = distance_to_polyline(point, all_pieces[piece].coords)
            if measured < distance:
                distance, nearest = measured, piece
        if distance > self.max_distance:
            self._warn(
                customer,
                "customer_far_from_pipe",
                f"the point is {distance:.1f} from pipe {customer.pipe_id!r} named in the "
                f"{self.pipe_field} (more than {self.max_distance:g}); linked to it anyway",
                distance=distance,
                pipe_id=customer.pipe_id,
                field=self.pipe_field_name,
                tolerance=self.max_distance,
            )
        return nearest

    def _warn(self, customer: CustomerInput, code: str, what: str, **params) -> None:
        """``params``: the plain values the adapters word the warning with."""
        self.warnings.append(
            data_warning(
                code,
                CUSTOMERS_ROLE,
                what,
                customer.fid,
                customer.customer_id,
                customer.point,
                params,
            )
        )
