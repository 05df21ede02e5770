"""The answer for one click or one announcement: who, how to reach them, counts.

Sensitive customers (hospitals, dialysis patients, schools) come first in
every list, so an operator reading from the top never misses one. A number
shared by several affected customers (a building administrator) is one
recipient listing all of them: one SMS per person.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from ..common.vocabulary import OPTED_OUT
from .natural import natural_key
from .records import Point

ISOLATED = "isolated"
UNSUPPLIED = "unsupplied"
SELECTED = "selected"
#: Customers who keep water, at low pressure, after a closure (``hydraulics``).
LOW_PRESSURE = "low_pressure"


@dataclass(frozen=True)
class AffectedCustomer:
    """One affected customer, with what the results layer and the SMS need.

    ``phones`` holds the distinct reachable E.164 numbers of its contacts;
    ``reason`` says why there is none (see ``reachability``).
    """

    customer_id: object
    fid: int
    role: str
    category: object
    sensitive: bool
    shared_meter: bool
    units: int
    phones: tuple[str, ...]
    reason: str | None
    address: str | None
    house_number: str | None
    municipality: str | None
    point: Point | None
    #: Consented landlines (E.164), kept when there is no mobile: a call reaches them.
    landlines: tuple[str, ...] = ()
    #: Consented email addresses, and whether email is the customer's chosen channel.
    emails: tuple[str, ...] = ()
    prefers_email: bool = False

    @property
    def reachable(self) -> bool:
        return bool(self.phones)


@dataclass(frozen=True)
class Recipient:
    """One SMS: a number and every affected customer it speaks for."""

    phone: str
    customers: tuple[object, ...]
    sensitive: bool


@dataclass(frozen=True)
class CustomerSelection:
    """Affected customers in report order, their recipients, and the roles asked.

    ``roles`` are the report keys under ``customers`` (``isolated`` and
    ``unsupplied`` for a trace, ``selected`` for an announcement), present
    even when empty so consumers can rely on them.
    """

    customers: tuple[AffectedCustomer, ...]
    recipients: tuple[Recipient, ...]
    roles: tuple[str, ...]

    @property
    def unreachable(self) -> tuple[AffectedCustomer, ...]:
        return tuple(c for c in self.customers if not c.reachable)

    def without_numbers(self, numbers) -> CustomerSelection:
        """The selection with ``numbers`` (the stored opt-out list) taken off:
        a customer left with no number becomes unreachable, ``opted_out``."""
        numbers = set(numbers)
        if not numbers.intersection(r.phone for r in self.recipients):
            return self
        kept = []
        for customer in self.customers:
            phones = tuple(p for p in customer.phones if p not in numbers)
            if phones != customer.phones:
                customer = replace(
                    customer,
                    phones=phones,
                    reason=customer.reason or (None if phones else OPTED_OUT),
                )
            kept.append(customer)
        return assemble(kept, self.roles)

    def counts(self) -> dict:
        """Figures for the dock, the email and the history."""
        reasons = Counter(c.reason for c in self.customers if not c.reachable)
        sensitive = [c for c in self.customers if c.sensitive]
        counts = {"customers": len(self.customers)}
        counts.update({role: sum(c.role == role for c in self.customers) for role in self.roles})
        counts.update(
            units=sum(c.units for c in self.customers),
            sensitive=len(sensitive),
            sensitive_unreachable=sum(not c.reachable for c in sensitive),
            reachable=len(self.customers) - sum(reasons.values()),
            unreachable=dict(sorted(reasons.items())),
            recipients=len(self.recipients),
        )
        return counts

    def places(self) -> dict:
        """Municipalities and streets, most affected customers first.

        The SMS names the first ones and counts the rest, so the order
        decides which street a customer reads; ties keep natural name order.
        """
        return {
            "municipalities": _most_affected(c.municipality for c in self.customers),
            "streets": _most_affected(c.address for c in self.customers),
        }

    def to_report(self) -> dict:
        """The JSON-ready customer keys added to the trace's report."""
        return {
            "customers": {
                role: [c.customer_id for c in self.customers if c.role == role]
                for role in self.roles
            },
            "recipients": [
                {"phone": r.phone, "customers": list(r.customers)} for r in self.recipients
            ],
            "unreachable": [
                {"customer": c.customer_id, "reason": c.reason, "sensitive": c.sensitive}
                for c in self.unreachable
            ],
            "counts": self.counts(),
            "places": self.places(),
        }


def _most_affected(names) -> list:
    """Distinct non-blank names by how many customers they hold, then by name."""
    counted = Counter(" ".join(str(n).split()) for n in names if n is not None and str(n).strip())
    return sorted(counted, key=lambda name: (-counted[name], natural_key(name)))


def report_order(customer: AffectedCustomer, roles: tuple[str, ...]) -> tuple:
    """Sensitive first, then by role as asked, then by id in natural order."""
    return (not customer.sensitive, roles.index(customer.role), natural_key(customer.customer_id))


def assemble(affected: list[AffectedCustomer], roles: tuple[str, ...]) -> CustomerSelection:
    """Order the affected customers and merge their numbers into recipients."""
    ordered = tuple(sorted(affected, key=lambda c: report_order(c, roles)))
    # Insertion order follows the customers; a shared number that also
    # serves a sensitive customer was met at that customer first.
    recipients = merged(ordered, lambda c: c.phones)
    return CustomerSelection(customers=ordered, recipients=recipients, roles=roles)


def merged(customers: Iterable[AffectedCustomer], addresses) -> tuple[Recipient, ...]:
    """One recipient per number or address, listing every customer it speaks for
    (first met first: the customers come in report order, sensitive first)."""
    by_address: dict[str, list[AffectedCustomer]] = {}
    for customer in customers:
        for address in addresses(customer):
            by_address.setdefault(address, []).append(customer)
    return tuple(
        Recipient(
            phone=address,
            customers=tuple(c.customer_id for c in members),
            sensitive=any(c.sensitive for c in members),
        )
        for address, members in by_address.items()
    )
