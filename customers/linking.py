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
from itertools import repeat
from operator import is_
from typing import Protocol

import numpy as np

from ..common.data_warning import DataWarning
from .named_pipes import NamedPipes, is_blank
from .problems import CUSTOMERS_ROLE, data_warning
from .records import CustomerInput, CustomerSettings, Point
from .services import customer_key
from .table import CustomerTable


class PieceLike(Protocol):
    coords: Sequence[Point]


class NetworkLike(Protocol):
    """What the customers room needs from ``trace.Network``."""

    pieces: Sequence[PieceLike]

    def nearest_piece(self, point: Point, max_distance: float) -> tuple[int, float] | None: ...

    # Optional, used when present: ``nearest_pieces(points, max_distance)``,
    # the same answer for many points in one call; ``is_out_of_service(pipe_id)``;
    # ``settings.tolerance``, within which a service line meets a main;
    # ``pipe_ids``, ``piece_pipe`` and ``topology.all_coords()``, the pipes and
    # pieces as arrays (else ``pieces_of_pipe`` is asked once per named pipe).

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


class Linker:
    """Links all customers of a table, collecting data warnings as it goes.

    Whole columns at a time: a million customers, one dictionary pass and a
    few numpy passes (:mod:`.named_pipes`); only customers with a data
    warning are visited one by one. A customer naming a pipe is linked to
    the nearest piece of that pipe (the nearest piece overall when it is one
    of them, else the pipe's own nearest, with a warning beyond the snapping
    distance); one naming none, by position through the network's bulk
    ``nearest_pieces``.
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

    def link_all(self, customers: CustomerTable) -> tuple[np.ndarray, np.ndarray]:
        """Parallel arrays ``(piece indices, customer positions)``, one pair per link.

        In link order: first the customers linked without snapping (by service
        line, or to every piece of a named pipe when they have no point), then
        the snapped ones, each in layer order.
        """
        xy = customers.column("point")
        values = customers.column("pipe_id")
        has_point = ~np.isnan(xy[:, 0])
        named = NamedPipes.of(self.network, values)
        codes = named.codes(values)
        served_owners, served_pieces = self._served_links(customers)
        open_ = np.ones(len(customers), dtype=bool)
        open_[served_owners] = False
        unplaced = np.flatnonzero(open_ & ~has_point & (codes >= 0))
        owners, pieces = named.expand(unplaced, codes[unplaced])
        unplaced = _in_order(np.concatenate([served_owners, owners]), served_pieces, pieces)
        no_name = np.fromiter(map(is_, values, repeat(None)), bool, len(values))
        self._warn_unnamed(customers, open_ & (codes < 0) & ~(has_point & no_name), has_point)
        by_field = np.flatnonzero(open_ & has_point & (codes >= 0))
        field_pieces, squared = named.nearest(xy[by_field, 0], xy[by_field, 1], codes[by_field])
        by_position = np.flatnonzero(open_ & has_point & (codes < 0))
        position_pieces = self._nearest(xy[by_position])
        self._warn_snapped(customers, by_field, squared, by_position[position_pieces < 0])
        found = position_pieces >= 0
        snapped = _in_order(
            np.concatenate([by_field, by_position[found]]), field_pieces, position_pieces[found]
        )
        return tuple(np.concatenate(column) for column in zip(unplaced, snapped))

    def _served_links(self, customers: CustomerTable) -> tuple[np.ndarray, np.ndarray]:
        """``(positions, pieces)`` of the customers whose service lines meet a main."""
        owners: list[int] = []
        pieces: list[int] = []
        if self.served:
            keys = map(customer_key, customers.column("customer_id"))
            for position, served in enumerate(map(self.served.get, keys)):
                if served:
                    pieces.extend(served)
                    owners.extend([position] * len(served))
        return np.asarray(owners, dtype=np.int64), np.asarray(pieces, dtype=np.int64)

    def _warn_unnamed(self, customers: CustomerTable, suspects: np.ndarray, has_point) -> None:
        """Warn, in layer order, of a pipe id naming no pipe, and of a customer with neither
        pipe id nor point."""
        values = customers.column("pipe_id")
        for position in np.flatnonzero(suspects).tolist():
            customer, pipe_id = customers[position], values[position]
            if not is_blank(pipe_id):
                self._warn_unknown_pipe(customer)
            elif not has_point[position]:
                self._warn(
                    customer,
                    "customer_unlinked",
                    f"no value in the {self.pipe_field} and no geometry; not linked",
                    field=self.pipe_field_name,
                )

    def _warn_unknown_pipe(self, customer: CustomerInput) -> None:
        pipe_id = customer.pipe_id
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

    def _warn_snapped(self, customers, by_field, squared, too_far) -> None:
        """Warn, in layer order, of customers far from their named pipe (linked anyway) and
        of customers with no piece within the snapping distance (not linked)."""
        limit = self.max_distance
        # the square root taken as the per-customer measure took it, on the few near the limit
        near = squared > limit * limit * (1 - 1e-9)
        distance = dict(zip(by_field[near].tolist(), (d**0.5 for d in squared[near].tolist())))
        far = [position for position, d in distance.items() if d > limit]
        for position in sorted(far + too_far.tolist()):
            customer = customers[position]
            if position in distance:
                self._warn(
                    customer,
                    "customer_far_from_pipe",
                    f"the point is {distance[position]:.1f} from pipe {customer.pipe_id!r} named "
                    f"in the {self.pipe_field} (more than {limit:g}); linked to it anyway",
                    distance=distance[position],
                    pipe_id=customer.pipe_id,
                    field=self.pipe_field_name,
                    tolerance=limit,
                )
            else:
                self._warn(
                    customer,
                    "customer_too_far",
                    f"no pipe piece within {limit:g} of the geometry; not linked",
                    tolerance=limit,
                )

    def _nearest(self, xy: np.ndarray) -> np.ndarray:
        """The nearest piece within the snapping distance of each point, -1 for none."""
        points = list(map(tuple, xy.tolist()))
        bulk = getattr(self.network, "nearest_pieces", None)
        if bulk is not None:
            found = bulk(points, self.max_distance) if points else []
        else:
            found = [self.network.nearest_piece(point, self.max_distance) for point in points]
        return np.array([-1 if hit is None else hit[0] for hit in found], dtype=np.int64)

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


def _in_order(owners: np.ndarray, *pieces: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(pieces, owners)`` sorted by owner, each owner's pieces kept in their order."""
    pieces = np.concatenate(pieces).astype(np.int64)
    order = np.argsort(owners, kind="stable")
    return pieces[order], owners[order]
