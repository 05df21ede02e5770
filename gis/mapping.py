"""The user's mapping of layers and fields to the plugin's roles, kept in the project.

Every utility names its layers and fields differently, so nothing in the
plugin is hard-coded: the operator maps each role (pipes, valves, sources,
customers, contacts) to a layer, and each field role to one of its fields.
The mapping is stored in the ``.qgz`` by layer id, never by layer name, so
renaming a layer in the legend keeps it working.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields

from qgis.core import QgsMapLayer, QgsProject, QgsVectorLayer, QgsWkbTypes

from ..customers.records import CONSENT_VALUES, MAX_SNAP_DISTANCE, CustomerSettings
from ..trace.inputs import NetworkSettings
from .customer_reader import CustomerLayers

SCOPE = "water_outage_notifier"
KEY = "mapping"

LINK_BY_FIELD = "field"
LINK_BY_NEAREST = "nearest"


@dataclass
class LayerMapping:
    """One layer role: the layer id and, for each field role, a field name."""

    layer_id: str = ""
    fields: dict = field(default_factory=dict)

    def field_name(self, role: str) -> str:
        return self.fields.get(role, "") or ""


@dataclass
class ProjectMapping:
    """Everything the trace and the customer list need to read the layers."""

    pipes: LayerMapping = field(default_factory=LayerMapping)
    valves: LayerMapping = field(default_factory=LayerMapping)
    sources: LayerMapping = field(default_factory=LayerMapping)
    customers: LayerMapping = field(default_factory=LayerMapping)
    contacts: LayerMapping = field(default_factory=LayerMapping)
    tolerance: float = 0.01
    closed_values: list = field(default_factory=lambda: ["closed"])
    inoperable_values: list = field(default_factory=lambda: ["broken", "inoperable"])
    # non-return valves; none unless the user names a state (see trace/directed_supply.py)
    check_values: list = field(default_factory=list)
    customer_link: str = LINK_BY_FIELD
    max_snap_distance: float = MAX_SNAP_DISTANCE
    consent_values: list = field(default_factory=lambda: list(CONSENT_VALUES))
    sensitive_values: list = field(default_factory=list)
    shared_meter_values: list = field(default_factory=list)
    phone_region: str = "IT"

    # Field roles of each layer role; "required" roles must be mapped.
    FIELD_ROLES = {
        "pipes": {"id": True},
        "valves": {"id": True, "status": False},
        "sources": {"id": False},
        "customers": {
            "id": True,
            "pipe": False,
            "phone": False,
            "consent": False,
            "address": False,
            "house_number": False,
            "municipality": False,
            "category": False,
            "units": False,
        },
        "contacts": {
            "customer": True,
            "phone": True,
            "consent": False,
            "name": False,
            "role": False,
        },
    }
    LAYER_ROLES = ("pipes", "valves", "sources", "customers", "contacts")

    def network_settings(self) -> NetworkSettings:
        return NetworkSettings(
            tolerance=float(self.tolerance),
            closed_values=tuple(self.closed_values),
            inoperable_values=tuple(self.inoperable_values),
            check_values=tuple(self.check_values),
        )

    def customer_settings(self, opt_out: tuple = ()) -> CustomerSettings:
        return CustomerSettings(
            max_snap_distance=float(self.max_snap_distance),
            consent_values=tuple(self.consent_values),
            sensitive_values=tuple(self.sensitive_values),
            shared_meter_values=tuple(self.shared_meter_values),
            phone_region=self.phone_region,
            opt_out=tuple(opt_out),
            field_names=named_fields(self.customers.fields, self.contacts.field_name("customer")),
        )

    def customer_layers(self, wrap=None) -> CustomerLayers | None:
        """The mapped customers layer, contacts and fields; None when no customers layer.

        ``wrap`` turns each layer into what the reader reads (a snapshot for a
        task); the pipe field is left out when customers link to the nearest pipe.
        """
        wrap = wrap or (lambda layer: layer)
        customers = self.layer("customers")
        if customers is None:
            return None
        fields = {k: v for k, v in self.customers.fields.items() if k != "id"}
        if self.customer_link != LINK_BY_FIELD:
            fields.pop("pipe", None)
        contacts = self.layer("contacts")
        return CustomerLayers(
            customers=wrap(customers),
            id_field=self.customers.field_name("id"),
            fields=fields,
            contacts=wrap(contacts) if contacts is not None else None,
            contact_fields=dict(self.contacts.fields),
        )

    def layer(self, role: str) -> QgsVectorLayer | None:
        """The project's layer for ``role``, or None when unmapped or missing."""
        layer_id = getattr(self, role).layer_id
        layer = QgsProject.instance().mapLayer(layer_id) if layer_id else None
        return layer if isinstance(layer, QgsVectorLayer) else None

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ProjectMapping:
        """Read a stored mapping, ignoring keys from other plugin versions."""
        data = json.loads(text) if text else {}
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        for role in cls.LAYER_ROLES:
            if isinstance(values.get(role), dict):
                values[role] = LayerMapping(**values[role])
        return cls(**values)


def named_fields(customer_fields: dict, contact_customer: str) -> tuple:
    """``(role, field)`` pairs so customer warnings name the user's own fields."""
    pairs = [(role, name) for role, name in sorted(customer_fields.items()) if name]
    if contact_customer:
        pairs.append(("contact_customer", contact_customer))
    return tuple(pairs)


def load_mapping(project: QgsProject | None = None) -> ProjectMapping:
    """The mapping stored in ``project`` (the current project by default)."""
    project = project or QgsProject.instance()
    text, found = project.readEntry(SCOPE, KEY, "")
    return ProjectMapping.from_json(text) if found and text else ProjectMapping()


def save_mapping(mapping: ProjectMapping, project: QgsProject | None = None) -> None:
    """Store ``mapping`` in ``project``; it is written with the ``.qgz``."""
    (project or QgsProject.instance()).writeEntry(SCOPE, KEY, mapping.to_json())


_EXPECTED_GEOMETRY = {
    "pipes": (QgsWkbTypes.GeometryType.LineGeometry,),
    "valves": (QgsWkbTypes.GeometryType.PointGeometry,),
    "sources": (QgsWkbTypes.GeometryType.PointGeometry,),
    "customers": (QgsWkbTypes.GeometryType.PointGeometry, QgsWkbTypes.GeometryType.NullGeometry),
    "contacts": (QgsWkbTypes.GeometryType.NullGeometry, QgsWkbTypes.GeometryType.PointGeometry),
}
_REQUIRED_LAYERS = ("pipes", "valves")


def validate_mapping(mapping: ProjectMapping) -> list:
    """Problems with ``mapping``, each a sentence naming the role, layer and field.

    An empty list means the trace can run. Used live by the settings dialog
    and before every trace, so a wrong mapping is explained, not crashed on.
    """
    problems = []
    for role in ProjectMapping.LAYER_ROLES:
        entry: LayerMapping = getattr(mapping, role)
        layer = mapping.layer(role)
        if not entry.layer_id:
            if role in _REQUIRED_LAYERS:
                problems.append(f"No layer is chosen for the {role}.")
            continue
        if layer is None:
            problems.append(f"The {role} layer ({entry.layer_id}) is no longer in the project.")
            continue
        problems.extend(_layer_problems(role, entry, layer, mapping))
    return problems


def _layer_problems(role: str, entry: LayerMapping, layer: QgsMapLayer, mapping) -> list:
    problems = []
    if layer.geometryType() not in _EXPECTED_GEOMETRY[role]:
        problems.append(
            f"The {role} layer '{layer.name()}' has {QgsWkbTypes.geometryDisplayString(layer.geometryType())} "
            f"geometry; the {role} need {_expected_text(role)}."
        )
    names = layer.fields().names()
    for field_role, required in ProjectMapping.FIELD_ROLES[role].items():
        required = required or (
            role == "customers" and field_role == "pipe" and mapping.customer_link == LINK_BY_FIELD
        )
        name = entry.field_name(field_role)
        if not name:
            if required:
                problems.append(
                    f"The {role} layer '{layer.name()}' has no {field_role} field chosen."
                )
        elif name not in names:
            problems.append(
                f"The {role} layer '{layer.name()}' has no field '{name}' (mapped as {field_role})."
            )
        elif field_role == "units" and not layer.fields().field(name).isNumeric():
            problems.append(
                f"The field '{name}' of the {role} layer '{layer.name()}' is mapped as units "
                "but is not numeric."
            )
    if role == "customers" and mapping.customer_link == LINK_BY_NEAREST:
        if layer.geometryType() != QgsWkbTypes.GeometryType.PointGeometry:
            problems.append(
                f"The customers layer '{layer.name()}' has no points, so customers cannot be linked "
                "to the nearest pipe; link them by a pipe id field instead."
            )
    return problems


def _expected_text(role: str) -> str:
    return {
        "pipes": "lines",
        "valves": "points",
        "sources": "points",
        "customers": "points or no geometry",
        "contacts": "a table",
    }[role]
