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
from .features import attribute, field_index, optional_index, point_xy, read_request, transform_to

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
    id_index = field_index(layer, layers.id_field, "customer id")
    indexes = {
        role: optional_index(layer, layers.fields.get(role, ""), role)
        for role in CUSTOMER_FIELD_ROLES
    }
    has_points = layer.geometryType() == QgsWkbTypes.GeometryType.PointGeometry
    transform = transform_to(layer, crs) if has_points else None
    request = read_request(
        layer, [id_index, *indexes.values()], expression, with_geometry=has_points
    )
    if feature_ids is not None:
        request.setFilterFids(list(feature_ids))
    consent_index = indexes["consent"]
    return [
        CustomerInput(
            fid=feature.id(),
            customer_id=attribute(feature, id_index),
            point=point_xy(feature.geometry(), transform) if has_points else None,
            pipe_id=attribute(feature, indexes["pipe"]),
            address=_text(attribute(feature, indexes["address"])),
            house_number=_text(attribute(feature, indexes["house_number"])),
            municipality=_text(attribute(feature, indexes["municipality"])),
            category=attribute(feature, indexes["category"]),
            units=attribute(feature, indexes["units"]),
            phone=attribute(feature, indexes["phone"]),
            consent=attribute(feature, consent_index) if consent_index >= 0 else True,
        )
        for feature in layer.getFeatures(request)
    ]


def read_contacts(layers: CustomerLayers) -> list:
    """Rows of the contacts table as :class:`ContactInput`; [] when none is mapped."""
    layer = layers.contacts
    if layer is None:
        return []
    customer_index = field_index(
        layer, layers.contact_fields.get("customer", ""), "contact customer id"
    )
    indexes = {
        role: optional_index(layer, layers.contact_fields.get(role, ""), f"contact {role}")
        for role in CONTACT_FIELD_ROLES
    }
    consent_index = indexes["consent"]
    request = read_request(layer, [customer_index, *indexes.values()], with_geometry=False)
    return [
        ContactInput(
            fid=feature.id(),
            customer_id=attribute(feature, customer_index),
            phone=attribute(feature, indexes["phone"]),
            consent=attribute(feature, consent_index) if consent_index >= 0 else True,
            name=_text(attribute(feature, indexes["name"])),
            role=_text(attribute(feature, indexes["role"])),
        )
        for feature in layer.getFeatures(request)
    ]


def _text(value) -> Optional[str]:
    return None if value is None else str(value)
