"""The user's mapping of layers and fields to the plugin's roles, kept in the project.

Every utility names its layers and fields differently, so nothing in the
plugin is hard-coded: the operator maps each role (pipes, valves, sources,
customers, contacts, service connections) to a layer, and each field role to
one of its fields.
The mapping is stored in the ``.qgz`` by layer id, never by layer name, so
renaming a layer in the legend keeps it working.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields

from qgis.core import QgsMapLayer, QgsProject, QgsVectorLayer, QgsWkbTypes

from ..customers.records import CONSENT_VALUES, MAX_SNAP_DISTANCE, CustomerSettings
from ..trace.inputs import ISOLATING_TYPES, OUT_OF_SERVICE_VALUES, NetworkSettings
from .customer_reader import CustomerLayers
from .i18n import tr

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
    services: LayerMapping = field(default_factory=LayerMapping)
    tolerance: float = 0.01
    closed_values: list = field(default_factory=lambda: ["closed"])
    inoperable_values: list = field(default_factory=lambda: ["broken", "inoperable"])
    # non-return valves; none unless the user names a state (see trace/directed_supply.py)
    check_values: list = field(default_factory=list)
    # used only when the pipes' status / the valves' type field is mapped
    out_of_service_values: list = field(default_factory=lambda: list(OUT_OF_SERVICE_VALUES))
    isolating_types: list = field(default_factory=lambda: list(ISOLATING_TYPES))
    customer_link: str = LINK_BY_FIELD
    max_snap_distance: float = MAX_SNAP_DISTANCE
    consent_values: list = field(default_factory=lambda: list(CONSENT_VALUES))
    sensitive_values: list = field(default_factory=list)
    shared_meter_values: list = field(default_factory=list)
    phone_region: str = "IT"

    # Field roles of each layer role; "required" roles must be mapped.
    FIELD_ROLES = {
        "pipes": {"id": True, "status": False},
        "valves": {"id": True, "status": False, "type": False},
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
            "email": False,
            "channel": False,
        },
        "contacts": {
            "customer": True,
            "phone": True,
            "consent": False,
            "name": False,
            "role": False,
            "email": False,
        },
        "services": {"customer": True, "id": False},
    }
    LAYER_ROLES = ("pipes", "valves", "sources", "customers", "contacts", "services")

    def network_settings(self) -> NetworkSettings:
        return NetworkSettings(
            tolerance=float(self.tolerance),
            closed_values=tuple(self.closed_values),
            inoperable_values=tuple(self.inoperable_values),
            check_values=tuple(self.check_values),
            out_of_service_values=tuple(self.out_of_service_values),
            isolating_types=tuple(self.isolating_types),
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
        """The mapped customers layer, contacts, service lines and fields; None when no
        customers layer.

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
        services = self.layer("services")
        return CustomerLayers(
            customers=wrap(customers),
            id_field=self.customers.field_name("id"),
            fields=fields,
            contacts=wrap(contacts) if contacts is not None else None,
            contact_fields=dict(self.contacts.fields),
            services=wrap(services) if services is not None else None,
            service_fields=dict(self.services.fields),
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
    "sources": (QgsWkbTypes.GeometryType.PointGeometry, QgsWkbTypes.GeometryType.PolygonGeometry),
    "customers": (
        QgsWkbTypes.GeometryType.PointGeometry,
        QgsWkbTypes.GeometryType.PolygonGeometry,
        QgsWkbTypes.GeometryType.NullGeometry,
    ),
    "contacts": (QgsWkbTypes.GeometryType.NullGeometry, QgsWkbTypes.GeometryType.PointGeometry),
    "services": (QgsWkbTypes.GeometryType.LineGeometry,),
}
_REQUIRED_LAYERS = ("pipes", "valves")


def validate_mapping(mapping: ProjectMapping) -> list:
    """Problems with ``mapping``, each a sentence naming the role, layer and field.

    An empty list means the trace can run. Used live by the settings dialog
    and before every trace, so a wrong mapping is explained, not crashed on.
    """
    problems = []
    titles = role_titles()
    for role in ProjectMapping.LAYER_ROLES:
        entry: LayerMapping = getattr(mapping, role)
        layer = mapping.layer(role)
        if not entry.layer_id:
            if role in _REQUIRED_LAYERS:
                problems.append(
                    tr("No layer is chosen for the role '{role}'.").format(role=titles[role])
                )
            continue
        if layer is None:
            problems.append(
                tr("The layer chosen for '{role}' ({layer}) is no longer in the project.").format(
                    role=titles[role], layer=entry.layer_id
                )
            )
            continue
        problems.extend(_layer_problems(role, entry, layer, mapping))
    return problems


def _layer_problems(role: str, entry: LayerMapping, layer: QgsMapLayer, mapping) -> list:
    problems = []
    names = {"role": role_titles()[role], "layer": layer.name()}
    if layer.geometryType() not in _EXPECTED_GEOMETRY[role]:
        problems.append(
            tr("The layer '{layer}' ({role}) has {found} geometry; it needs {expected}.").format(
                found=QgsWkbTypes.geometryDisplayString(layer.geometryType()),
                expected=tr(_EXPECTED[role]),
                **names,
            )
        )
    fields_of_layer = layer.fields().names()
    titles = field_titles()
    for field_role, required in ProjectMapping.FIELD_ROLES[role].items():
        required = required or (
            role == "customers" and field_role == "pipe" and mapping.customer_link == LINK_BY_FIELD
        )
        name = entry.field_name(field_role)
        field = field_title(role, field_role, titles)
        if not name:
            if required:
                problems.append(
                    tr("The layer '{layer}' ({role}) has no field chosen for '{field}'.").format(
                        field=field, **names
                    )
                )
        elif name not in fields_of_layer:
            problems.append(
                tr(
                    "The layer '{layer}' ({role}) has no field '{name}' (chosen for '{field}')."
                ).format(name=name, field=field, **names)
            )
        elif field_role == "units" and not layer.fields().field(name).isNumeric():
            problems.append(
                tr(
                    "The field '{name}' of the layer '{layer}' ({role}) is chosen for '{field}' "
                    "but is not numeric."
                ).format(name=name, field=field, **names)
            )
    if role == "customers" and mapping.customer_link == LINK_BY_NEAREST:
        if layer.geometryType() == QgsWkbTypes.GeometryType.NullGeometry:
            problems.append(
                tr(
                    "The layer '{layer}' ({role}) has no points, so customers cannot be linked "
                    "to the nearest pipe; link them by a pipe id field instead."
                ).format(**names)
            )
    return problems


#: The geometry each role needs, in the operator's words.
_EXPECTED = {
    "pipes": "lines",
    "valves": "points",
    "sources": "points or polygons",
    "customers": "points, polygons or no geometry",
    "contacts": "a table",
    "services": "lines",
}


def role_titles() -> dict:
    """The layer roles in the operator's words (the settings dialog shows the same)."""
    return {
        "pipes": tr("Pipes"),
        "valves": tr("Valves"),
        "sources": tr("Sources (tanks, wells, connections)"),
        "customers": tr("Customers (meters)"),
        "contacts": tr("Extra contacts"),
        "services": tr("Service connections (meter to main)"),
    }


def field_titles() -> dict:
    """The field roles in the operator's words."""
    return {
        "id": tr("Id"),
        "status": tr("State"),
        "pipe": tr("Pipe id"),
        "phone": tr("Phone"),
        "consent": tr("SMS consent"),
        "address": tr("Street"),
        "house_number": tr("House number"),
        "municipality": tr("Municipality"),
        "category": tr("Category"),
        "units": tr("Dwellings served"),
        "customer": tr("Customer id"),
        "name": tr("Name"),
        "role": tr("Role"),
        "type": tr("Type"),
        "email": tr("Email address"),
        "channel": tr("Chosen channel (email)"),
    }


def field_title(role: str, field_role: str, titles: dict) -> str:
    """A field's label; the pipes' status is not a valve state, so it has words of its own."""
    if (role, field_role) == ("pipes", "status"):
        return tr("Status (in service?)")
    return titles[field_role]
