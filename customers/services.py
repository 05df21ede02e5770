"""Service connections (allacci): the line from a customer's meter to the main feeding it.

Where a utility keeps its service lines, they say which main feeds a
customer, and the nearest main is often the wrong one (the one across the
street). A customer with a service line is linked to the piece of main where
that line meets it; without one, linking falls back to the pipe-id field or
the nearest pipe (:mod:`.linking`).

A service line meets a main where one of its two ends lies on a pipe piece
within the network's snapping tolerance: of two such ends, the one farther
from the customer's point (the other end is at the meter). A line that
reaches no main, or whose customer is not in the customers layer, is a
named warning and links nothing.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from ..common.data_warning import DataWarning
from ..common.values import id_key
from .problems import data_warning
from .records import Point

SERVICES_ROLE = "services"


class ServiceInput(NamedTuple):
    """One service line as read from the mapped layer.

    ``parts`` are its polylines (lists of ``(x, y)``), empty for a null
    geometry; ``customer_id`` the value of its customer field.
    """

    fid: int
    service_id: object
    customer_id: object
    parts: Sequence[Sequence[Point]] = ()


def customer_key(value: object) -> str | None:
    """How a customer id is matched across layers: its :func:`~..common.values.id_key`.

    The customer field of the service layer is often text where the
    customers' id field is a number, or the other way round, and its leading
    zeros may have been lost on the way ("007" and 7 are one customer).
    """
    return id_key(value)


def service_links(
    services: Iterable[ServiceInput],
    network,
    customer_points: Mapping[str, Point | None],
    tolerance: float,
) -> tuple[dict[str, list[int]], list[DataWarning]]:
    """Pieces each customer (by :func:`customer_key`) is fed from, and the warnings.

    ``customer_points`` holds every customer of the layer (its point, or None
    for a customer without geometry), so unknown customers can be named.
    """
    links: dict[str, list[int]] = {}
    warnings: list[DataWarning] = []
    rows, ends = [], []
    for service in services:
        key = customer_key(service.customer_id)
        if key is None or key not in customer_points:
            warnings.append(_unknown_customer(service, key is None))
            continue
        line_ends = _ends(service.parts)
        if line_ends is None:
            warnings.append(
                _warning(
                    service,
                    "service_off_network",
                    "has no line geometry; not used",
                    params={"why": "no_geometry"},
                )
            )
            continue
        rows.append((service, key))
        ends.extend(line_ends)
    found = network.nearest_pieces(ends, tolerance) if ends else []
    for number, (service, key) in enumerate(rows):
        at_start, at_end = found[2 * number], found[2 * number + 1]
        piece = _meeting_piece(
            ends[2 * number], ends[2 * number + 1], at_start, at_end, customer_points[key]
        )
        if piece is None:
            warnings.append(
                _warning(
                    service,
                    "service_off_network",
                    f"reaches no main (neither end lies within {tolerance:g} of a pipe); not used",
                    ends[2 * number],
                    {"tolerance": tolerance},
                )
            )
            continue
        pieces = links.setdefault(key, [])
        if piece not in pieces:
            pieces.append(piece)
    return links, warnings


def _ends(parts) -> tuple[Point, Point] | None:
    lines = [line for line in parts or () if line is not None and len(line) >= 2]
    if not lines:
        return None
    return tuple(map(float, lines[0][0][:2])), tuple(map(float, lines[-1][-1][:2]))


def _meeting_piece(start, end, at_start, at_end, customer_point) -> int | None:
    """The piece the line meets: at the end on a pipe, the one away from the customer if both."""
    if at_start is None or at_end is None:
        hit = at_start or at_end
        return None if hit is None else hit[0]
    if customer_point is not None and math.dist(start, customer_point) < math.dist(
        end, customer_point
    ):
        return at_end[0]
    return at_start[0]


def _unknown_customer(service: ServiceInput, blank: bool) -> DataWarning:
    what = (
        "has no customer id; not used"
        if blank
        else f"names customer {service.customer_id!r}, who is not in the customers layer; not used"
    )
    return _warning(
        service, "service_unknown_customer", what, params={"why": "blank"} if blank else None
    )


def _warning(
    service: ServiceInput,
    code: str,
    what: str,
    point: Point | None = None,
    params: dict | None = None,
) -> DataWarning:
    params = {
        "service_id": service.service_id,
        "customer_id": service.customer_id,
        **(params or {}),
    }
    return data_warning(code, SERVICES_ROLE, what, service.fid, service.service_id, point, params)
