"""Writing an algorithm's results: result sinks and the JSON report.

Shared by ``outage:isolate`` and ``outage:customers`` so their layers and
report keys match.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

from qgis.core import (
    QgsFeatureSink,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsWkbTypes,
)

from ..gis.result_features import customer_features, customer_fields


def add_customer_output(algorithm) -> None:
    algorithm.addParameter(
        QgsProcessingParameterFeatureSink(
            "OUTPUT_CUSTOMERS", algorithm.tr("Affected customers"), optional=True
        )
    )


def add_report_output(algorithm) -> None:
    algorithm.addParameter(
        QgsProcessingParameterFileDestination(
            "OUTPUT_REPORT",
            algorithm.tr("Report (JSON)"),
            algorithm.tr("JSON files (*.json)"),
            optional=True,
        )
    )


def write_sink(algorithm, parameters, context, name, fields, wkb_type, crs, features) -> str:
    """Write ``features`` to sink ``name``; returns its destination id (None if skipped)."""
    sink, dest_id = algorithm.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
    if sink is None:
        return None
    sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert)
    return dest_id


def write_customers(algorithm, parameters, context, selection, id_field, crs) -> str:
    fields = customer_fields(id_field)
    return write_sink(
        algorithm,
        parameters,
        context,
        "OUTPUT_CUSTOMERS",
        fields,
        QgsWkbTypes.Type.Point,
        crs,
        customer_features(selection, fields) if selection is not None else [],
    )


def write_report(algorithm, parameters, context, report: dict, crs) -> str:
    """Write the JSON report with where and when it was made; returns its path."""
    path = algorithm.parameterAsFileOutput(parameters, "OUTPUT_REPORT", context)
    if not path:
        return None
    report = dict(
        report, crs=crs.authid(), created=datetime.now(timezone.utc).isoformat(timespec="seconds")
    )
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(report, handle, ensure_ascii=False, indent=2, default=str)
    return path
