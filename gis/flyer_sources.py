"""The flyer round of a stored intervention, read back from the mapped customers layer.

The history keeps the ids of the customers no SMS could reach (and why),
never their addresses. When the flyers are printed, later and perhaps from
another desk, their addresses are read again from the project's customers
layer by id: the same walking order as the results dock's flyer list.
"""

from __future__ import annotations

from qgis.core import QgsExpression

from ..customers.flyers import FlyerStreet, flyer_list
from ..customers.selection import AffectedCustomer
from .customer_reader import CustomerLayers, read_customers
from .mapping import ProjectMapping, load_mapping

_ADDRESS_ROLES = ("address", "house_number", "municipality")


def flyer_round(intervention, mapping: ProjectMapping | None = None) -> list[FlyerStreet]:
    """The unreachable customers of ``intervention`` by street, doors in walking order."""
    mapping = mapping or load_mapping()
    layer = mapping.layer("customers")
    if layer is None or not intervention.unreachable:
        return []
    reasons = {str(customer): reason for customer, reason in intervention.unreachable}
    id_field = mapping.customers.field_name("id")
    wanted = ",".join(QgsExpression.quotedValue(value) for value, _ in intervention.unreachable)
    table = read_customers(
        CustomerLayers(
            layer,
            id_field,
            {role: mapping.customers.field_name(role) for role in _ADDRESS_ROLES},
        ),
        layer.crs(),
        expression=f"{QgsExpression.quotedColumnRef(id_field)} IN ({wanted})",
    )
    details = table.details(range(len(table)))
    return flyer_list(
        AffectedCustomer(
            customer_id=row.customer_id,
            fid=row.fid,
            role="unreachable",
            category=None,
            sensitive=False,
            shared_meter=False,
            units=1,
            phones=(),
            reason=reasons.get(str(row.customer_id)),
            address=found.address,
            house_number=found.house_number,
            municipality=found.municipality,
            point=None,
        )
        for row, found in zip(table, details)
    )
