"""The plain records the QGIS adapter hands to the customers room.

Customers and contacts are ``NamedTuple`` rather than dataclasses because a
utility may load a million of them: tuples are compact and immutable, and the
index keeps a reference to them instead of copying their fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

Point = tuple[float, float]

#: Raw consent values meaning "yes", compared trimmed and case-insensitively.
CONSENT_VALUES = ("si", "sì", "s", "yes", "y", "true", "1", "x", "ok")

#: How far (in the pipes' CRS units) a customer point may be from a pipe.
MAX_SNAP_DISTANCE = 50.0


class CustomerInput(NamedTuple):
    """One customer (supply point) as read from the mapped layer.

    ``point`` is ``None`` for a table without geometry. ``pipe_id`` is the
    value of the customer's pipe field, ``None`` when the link is by position.
    ``consent`` is the raw attribute value; pass ``True`` when no consent
    field is mapped, because consent is then assumed.
    """

    fid: int
    customer_id: object
    point: Point | None = None
    pipe_id: object = None
    address: str | None = None
    house_number: str | None = None
    municipality: str | None = None
    category: object = None
    units: object = None
    phone: object = None
    consent: object = True


class CustomerDetails(NamedTuple):
    """What a report says of a customer beyond its link: read only for affected customers.

    The fields of :class:`CustomerInput` that neither link nor count a
    customer, so a QGIS adapter may read them on demand (see ``table``).
    """

    phone: object = None
    consent: object = True
    address: str | None = None
    house_number: str | None = None
    municipality: str | None = None
    category: object = None
    email: object = None
    #: The customer's chosen channel, raw ("email", "e-mail", "posta elettronica"...).
    channel: object = None

    @classmethod
    def of(cls, customer: CustomerInput) -> CustomerDetails:
        """The details carried by a complete ``customer`` record."""
        return cls(
            customer.phone,
            customer.consent,
            customer.address,
            customer.house_number,
            customer.municipality,
            customer.category,
        )  # a complete record carries no email nor chosen channel yet


class ContactInput(NamedTuple):
    """One row of a separate contacts table, joined to a customer by id.

    Several rows per customer are expected: the building administrator of a
    shared meter and each resident who opted in.
    """

    fid: int
    customer_id: object
    phone: object
    consent: object = True
    name: str | None = None
    role: str | None = None
    email: object = None


@dataclass(frozen=True)
class CustomerSettings:
    """The utility's choices: category values, consent values, snapping, region.

    Category values are the utility's own words (``ospedale``, ``dialisi``,
    ``condominio``), so the settings say which count as sensitive and which
    as shared meters; they are compared trimmed and case-insensitively.
    """

    max_snap_distance: float = MAX_SNAP_DISTANCE
    consent_values: tuple[str, ...] = CONSENT_VALUES
    sensitive_values: tuple[str, ...] = ()
    shared_meter_values: tuple[str, ...] = ()
    phone_region: str = "IT"
    opt_out: tuple[str, ...] = ()
    #: ``(role, field name)`` pairs (``id``, ``pipe``, ``units``,
    #: ``contact_customer``) so warnings name the user's own fields.
    field_names: tuple[tuple[str, str], ...] = ()

    def field_name(self, role: str) -> str:
        """The user's name of the field of ``role`` ("" when none is mapped)."""
        return dict(self.field_names).get(role, "")

    def field(self, role: str) -> str:
        """How a warning names the field of ``role``: ``pipe field 'cod_condotta'``."""
        name = dict(self.field_names).get(role)
        label = role.replace("_", " ")
        return f"{label} field {name!r}" if name else f"{label} field"
