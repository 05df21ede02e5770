"""Fields and features of trace results, shared by Processing and the map tool.

Processing writes them to feature sinks and the map tool to styled memory
layers; building them in one place keeps both outputs identical. Each
``*_fields`` function takes the user's id field so results carry the ids
under the same name and type as the input layer.
"""

from __future__ import annotations

from qgis.core import QgsFeature, QgsField, QgsFields, QgsGeometry, QgsPointXY

from .compat import new_field

# Valve actions in the OUTPUT_VALVES layer.
CLOSE = "close"
ALREADY_CLOSED = "already_closed"
INOPERABLE_PASSED = "inoperable_passed"
FAILED = "failed"


def line_geometry(coords) -> QgsGeometry:
    """A LineString geometry from ``(x, y)`` tuples."""
    return QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in coords])


def point_geometry(point) -> QgsGeometry:
    """A Point geometry from an ``(x, y)`` tuple; an empty geometry for None."""
    return QgsGeometry() if point is None else QgsGeometry.fromPointXY(QgsPointXY(*point))


def _fields(id_field: QgsField, *extra) -> QgsFields:
    fields = QgsFields()
    fields.append(QgsField(id_field))
    for name, kind in extra:
        fields.append(new_field(name, kind))
    return fields


def pipe_fields(id_field: QgsField) -> QgsFields:
    return _fields(id_field, ("role", "string"), ("segment_id", "int"), ("length_m", "double"))


def pipe_features(work_site, fields: QgsFields) -> list:
    """One feature per isolated, unsupplied or (after a simulation) low-pressure pipe piece."""
    isolation = work_site.isolation
    network = isolation.network
    features = []
    pressure = work_site.pressure
    low = pressure.answer.low_pieces if pressure is not None and pressure.answer else ()
    for role, pieces in (
        ("isolated", isolation.isolated_pieces),
        ("unsupplied", isolation.unsupplied_pieces),
        ("low_pressure", low),
    ):
        for index in pieces:
            piece = network.pieces[index]
            feature = QgsFeature(fields)
            feature.setGeometry(line_geometry(piece.coords))
            feature.setAttributes(
                [piece.pipe_id, role, int(network.segment_of(index)), round(piece.length, 2)]
            )
            features.append(feature)
    return features


def valve_fields(id_field: QgsField) -> QgsFields:
    return _fields(
        id_field,
        ("action", "string"),
        ("extra_valves", "string"),
        ("extra_pipes", "int"),
        ("extra_customers", "int"),
    )


def valve_features(work_site, report: dict, fields: QgsFields) -> list:
    """One feature per valve to close, already closed, inoperable passed or failed.

    ``extra_*`` hold plan B for valves to close and the extra cost for
    inoperable valves, so the crew sheet can be read from the layer alone.
    """
    plan_b = {plan["valve_id"]: plan for plan in report["plan_b"]}
    features = []
    for action, entries in (
        (CLOSE, report["valves"]["to_close"]),
        (ALREADY_CLOSED, report["valves"]["already_closed"]),
        (INOPERABLE_PASSED, report["valves"]["inoperable_passed"]),
        (FAILED, report["valves"].get("failed", [])),
    ):
        for entry in entries:
            plan = plan_b.get(entry["valve_id"], {}) if action == CLOSE else entry
            extra_pipes = plan.get("extra_isolated_pipe_ids", plan.get("extra_pipe_ids", []))
            feature = QgsFeature(fields)
            feature.setGeometry(point_geometry(entry["point"]))
            feature.setAttributes(
                [
                    entry["valve_id"],
                    action,
                    ",".join(str(v) for v in plan.get("extra_valves_to_close", [])),
                    len(extra_pipes) + len(plan.get("extra_unsupplied_pipe_ids", [])),
                    int(plan.get("extra_customers", 0)),
                ]
            )
            features.append(feature)
    return features


def customer_fields(id_field: QgsField) -> QgsFields:
    return _fields(
        id_field,
        ("role", "string"),
        ("category", "string"),
        ("sensitive", "bool"),
        ("units", "int"),
        ("phone", "string"),
        ("reachable", "bool"),
        ("reason", "string"),
        ("address", "string"),
        ("house_number", "string"),
        ("municipality", "string"),
    )


def customer_features(selection, fields: QgsFields) -> list:
    """One feature per affected customer; several numbers are joined with ``;``."""
    features = []
    for customer in selection.customers:
        feature = QgsFeature(fields)
        feature.setGeometry(point_geometry(customer.point))
        feature.setAttributes(
            [
                customer.customer_id,
                customer.role,
                None if customer.category is None else str(customer.category),
                bool(customer.sensitive),
                int(customer.units),
                ";".join(customer.phones) or None,
                customer.reachable,
                customer.reason,
                customer.address,
                customer.house_number,
                customer.municipality,
            ]
        )
        features.append(feature)
    return features
