"""Read the mapped customers layer and contacts table into plain records.

Customers may be points or a table without geometry; contacts are a table
joined by customer id. Only the mapped fields are read, which matters with
a million customers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from qgis.core import QgsVectorLayer, QgsWkbTypes

from ..customers.records import ContactInput, CustomerInput
from .features import field_index, optional_index, read_table, table_points, transform_to

CUSTOMER_FIELD_ROLES = (
    "pipe",
    "phone",
    "consent",
    "address",
    "house_number",
    "municipality",
    "category",
    "units",
)
CONTACT_FIELD_ROLES = ("phone", "consent", "name", "role")


@dataclass
class CustomerLayers:
    """The customers layer, optional contacts table, and their mapped fields.

    ``fields`` maps a field role of :data:`CUSTOMER_FIELD_ROLES` to a field
    name; ``contact_fields`` maps ``customer`` and :data:`CONTACT_FIELD_ROLES`.
    An unmapped role is simply absent.
    """

    customers: QgsVectorLayer
    id_field: str
    fields: dict = field(default_factory=dict)
    contacts: Optional[QgsVectorLayer] = None
    contact_fields: dict = field(default_factory=dict)


def read_customers(layers: CustomerLayers, crs, expression: str = "", feature_ids=None) -> list:
    """Customers as :class:`CustomerInput`, optionally filtered by expression or fids.

    ``consent`` is ``True`` when no consent field is mapped: consent is then
    assumed, as the customers room documents.
    """
    layer = layers.customers
    indexes = [field_index(layer, layers.id_field, "customer id")] + [
        optional_index(layer, layers.fields.get(role, ""), role) for role in CUSTOMER_FIELD_ROLES
    ]
    has_points = layer.geometryType() == QgsWkbTypes.GeometryType.PointGeometry
    table = read_table(
        layer,
        indexes,
        transform_to(layer, crs) if has_points else None,
        with_geometry=has_points,
        expression=expression,
        feature_ids=feature_ids,
    )
    column = dict(zip(("id",) + CUSTOMER_FIELD_ROLES, table.columns))
    return list(
        map(
            CustomerInput,
            table.fids,
            column["id"],
            table_points(table) if has_points else [None] * len(table.fids),
            column["pipe"],
            _texts(column["address"]),
            _texts(column["house_number"]),
            _texts(column["municipality"]),
            column["category"],
            column["units"],
            column["phone"],
            _consents(column["consent"], indexes[1 + CUSTOMER_FIELD_ROLES.index("consent")]),
        )
    )


def read_contacts(layers: CustomerLayers) -> list:
    """Rows of the contacts table as :class:`ContactInput`; [] when none is mapped."""
    layer = layers.contacts
    if layer is None:
        return []
    indexes = [
        field_index(layer, layers.contact_fields.get("customer", ""), "contact customer id")
    ] + [
        optional_index(layer, layers.contact_fields.get(role, ""), f"contact {role}")
        for role in CONTACT_FIELD_ROLES
    ]
    table = read_table(layer, indexes, with_geometry=False)
    column = dict(zip(("customer",) + CONTACT_FIELD_ROLES, table.columns))
    return list(
        map(
            ContactInput,
            table.fids,
            column["customer"],
            column["phone"],
            _consents(column["consent"], indexes[1 + CONTACT_FIELD_ROLES.index("consent")]),
            _texts(column["name"]),
            _texts(column["role"]),
        )
    )


def _consents(values: list, index: int) -> list:
    """The raw consent values, or all True when no consent field is mapped (-1)."""
    return values if index >= 0 else [True] * len(values)


def _texts(values: list) -> list:
    return [None if value is None else str(value) for value in values]
