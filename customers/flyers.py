"""The flyer round: addresses of affected customers no SMS can reach.

Flyers and loudspeaker announcements stay alongside the SMS, so the crew
gets the unreachable customers grouped by municipality and street, in the
order they walk them: house numbers in natural order (2, 10, 10A).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .natural import natural_key
from .selection import AffectedCustomer

# "Via Emilia 12/B" when the layer has no separate house-number field.
_TRAILING_NUMBER = re.compile(
    r"^(?P<street>.*?\S)[\s,]+(?P<number>\d+\s*[A-Za-z]?(?:\s*/\s*\w+)?)$"
)


@dataclass(frozen=True)
class FlyerStop:
    """One door: a house number and the customers behind it."""

    house_number: str | None
    customers: tuple[object, ...]
    units: int
    sensitive: bool


@dataclass(frozen=True)
class FlyerStreet:
    """One street of one municipality, its doors in walking order.

    ``street`` is ``None`` for customers with no address: they are listed
    last so the operator looks them up rather than losing them.
    """

    municipality: str | None
    street: str | None
    stops: tuple[FlyerStop, ...]


def split_address(address: str | None, house_number: object) -> tuple[str | None, str | None]:
    """``(street, house number)``, taking the number off the address if needed."""
    street = " ".join(address.split()) if address and address.strip() else None
    number = str(house_number).strip() if house_number is not None else ""
    if number:
        return street, number
    if street:
        match = _TRAILING_NUMBER.match(street)
        if match:
            return match["street"], " ".join(match["number"].split())
    return street, None


def flyer_list(customers: Iterable[AffectedCustomer]) -> list[FlyerStreet]:
    """Unreachable customers by municipality and street, doors in natural order."""
    streets: dict[tuple[str, str], dict[str, list[AffectedCustomer]]] = {}
    names: dict[tuple[str, str], tuple[str | None, str | None]] = {}
    for customer in customers:
        if customer.reachable:
            continue
        street, number = split_address(customer.address, customer.house_number)
        municipality = (customer.municipality or "").strip() or None
        key = ((municipality or "").casefold(), (street or "").casefold())
        names.setdefault(key, (municipality, street))
        doors = streets.setdefault(key, {})
        doors.setdefault((number or "").casefold(), []).append(customer)
    result = []
    for key in sorted(streets, key=_street_order):
        doors = streets[key]
        stops = tuple(
            _stop(doors[number]) for number in sorted(doors, key=lambda n: natural_key(n or None))
        )
        result.append(FlyerStreet(*names[key], stops))
    return result


def _street_order(key: tuple[str, str]) -> tuple:
    municipality, street = key
    return (not municipality, natural_key(municipality), not street, natural_key(street))


def _stop(customers: list[AffectedCustomer]) -> FlyerStop:
    _, number = split_address(customers[0].address, customers[0].house_number)
    return FlyerStop(
        house_number=number,
        customers=tuple(c.customer_id for c in customers),
        units=sum(c.units for c in customers),
        sensitive=any(c.sensitive for c in customers),
    )
