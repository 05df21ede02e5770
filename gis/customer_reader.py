"""Read the mapped customers layer and contacts table into plain records.

Customers may be points, buildings (polygons: a point inside each) or a
table without geometry; contacts are a table
joined by customer id. Only the mapped fields are read, and of those only
what links and counts a customer (id, pipe, units, point) is read for the
whole layer: reading a field through QGIS costs about a microsecond per
feature, and a click shows a few hundred of a million customers. Phone,
consent and the descriptive fields are read by fid for the customers a
click affects, through the ``details`` reader handed to the
:class:`~..customers.table.CustomerTable`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from qgis.core import QgsVectorLayer, QgsWkbTypes

from ..common.columns import ColumnRows
from ..customers.records import ContactInput, CustomerDetails
from ..customers.services import ServiceInput
from ..customers.table import LINK_FIELDS, CustomerTable
from .features import (
    field_index,
    optional_index,
    read_table,
    surface_points,
    table_lines,
    table_xy,
    transform_to,
)

#: Read for every customer: they link it to its pipe and count its units.
LINK_FIELD_ROLES = ("pipe", "units")
#: Read on demand, for affected customers only, in :class:`CustomerDetails` order.
DETAIL_FIELD_ROLES = (
    "phone",
    "consent",
    "address",
    "house_number",
    "municipality",
    "category",
    "email",
    "channel",
)
CUSTOMER_FIELD_ROLES = LINK_FIELD_ROLES + DETAIL_FIELD_ROLES
#: What the customer index uses of a contact (name and role are not read).
CONTACT_FIELD_ROLES = ("phone", "consent", "email")
_TEXT_DETAILS = ("address", "house_number", "municipality")


@dataclass
class CustomerLayers:
    """The customers layer, optional contacts table and service lines, and their mapped fields.

    ``fields`` maps a field role of :data:`CUSTOMER_FIELD_ROLES` to a field
    name; ``contact_fields`` maps ``customer`` and :data:`CONTACT_FIELD_ROLES`
    (other roles, such as ``name``, are accepted and not read);
    ``service_fields`` maps ``customer`` (required) and ``id``. An unmapped
    role is simply absent.
    """

    customers: QgsVectorLayer
    id_field: str
    fields: dict = field(default_factory=dict)
    contacts: QgsVectorLayer | None = None
    contact_fields: dict = field(default_factory=dict)
    services: QgsVectorLayer | None = None
    service_fields: dict = field(default_factory=dict)


def read_customers(
    layers: CustomerLayers, crs, expression: str = "", feature_ids=None
) -> CustomerTable:
    """Customers as a :class:`CustomerTable`, optionally filtered by expression or fids.

    Its rows hold fid, id, point, pipe and units; phone, consent, address,
    house number, municipality and category come from its ``details``,
    read from the same layer (or snapshot) when a click needs them. Every
    mapped field is checked here, so a missing one fails the read, not a click.
    """
    layer = layers.customers
    indexes = [field_index(layer, layers.id_field, "customer id")] + [
        optional_index(layer, layers.fields.get(role, ""), role) for role in LINK_FIELD_ROLES
    ]
    details = details_reader(layers)
    shape = layer.geometryType()
    has_points = shape in (
        QgsWkbTypes.GeometryType.PointGeometry,
        QgsWkbTypes.GeometryType.PolygonGeometry,
    )
    table = read_table(
        layer,
        indexes,
        transform_to(layer, crs) if has_points else None,
        with_geometry=has_points,
        expression=expression,
        feature_ids=feature_ids,
    )
    if shape == QgsWkbTypes.GeometryType.PolygonGeometry:
        table = surface_points(table)  # a building: its customer stands inside it
    ids, pipes, units = table.columns
    xy = table_xy(table) if has_points else np.full((len(table.fids), 2), np.nan)
    columns = dict(zip(LINK_FIELDS, (table.fids, ids, xy, pipes, units)))
    return CustomerTable.of_columns(columns, details, layer.name())


def details_reader(layers: CustomerLayers) -> _DetailsReader:
    """What reads the phone, consent and descriptive fields of customers by fid, on demand."""
    return _DetailsReader(layers.customers, layers.fields)


class _DetailsReader:
    """Reads the detail fields of some customers by fid (see :data:`DETAIL_FIELD_ROLES`).

    Keeps the layer it was given: a :class:`~.features.LayerSnapshot` when
    the model is built in a task, whose feature source any thread may read.
    """

    def __init__(self, layer, fields: dict) -> None:
        self.layer = layer
        self.indexes = [
            optional_index(layer, fields.get(role, ""), role) for role in DETAIL_FIELD_ROLES
        ]

    def __call__(self, fids) -> dict:
        table = read_table(self.layer, self.indexes, with_geometry=False, feature_ids=fids)
        column = dict(zip(DETAIL_FIELD_ROLES, table.columns))
        for role in _TEXT_DETAILS:
            column[role] = _texts(column[role])
        column["consent"] = _consents(column["consent"], self.indexes[1])
        return dict(zip(table.fids, map(CustomerDetails, *column.values())))


def read_contacts(layers: CustomerLayers) -> Sequence[ContactInput]:
    """Rows of the contacts table as :class:`ContactInput` (kept as columns, each record
    made when read); [] when none is mapped."""
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
    customers, phones, consents, emails = table.columns
    nothing = [None] * len(table.fids)  # name and role are not read
    columns = [table.fids, customers, phones, _consents(consents, indexes[2]), nothing, nothing]
    return ColumnRows(ContactInput, columns + [emails])


def read_services(layers: CustomerLayers, crs) -> list:
    """The service lines as :class:`ServiceInput` in ``crs``; [] when none is mapped."""
    layer = layers.services
    if layer is None:
        return []
    indexes = [
        field_index(layer, layers.service_fields.get("customer", ""), "service customer id"),
        optional_index(layer, layers.service_fields.get("id", ""), "service id"),
    ]
    table = read_table(layer, indexes, transform_to(layer, crs))
    customers, ids = table.columns
    lines = table_lines(table)
    parts = [[] for _ in table.fids]
    for feature, first, last in zip(
        lines.part_feature.tolist(), lines.part_start[:-1].tolist(), lines.part_start[1:].tolist()
    ):
        parts[feature].append(lines.xy[first:last].tolist())
    service_ids = ids if indexes[1] >= 0 else table.fids
    return list(map(ServiceInput, table.fids, service_ids, customers, parts))


def _consents(values: list, index: int) -> list:
    """The raw consent values, or all True when no consent field is mapped (-1)."""
    return values if index >= 0 else [True] * len(values)


def _texts(values: list) -> list:
    return [None if value is None else str(value) for value in values]
