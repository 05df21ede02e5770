"""Writing an algorithm's results: result sinks and the JSON report.

Shared by the algorithms so their layers and report keys match. QGIS
writes a sink in whatever format the user picks; when that format is one
a spreadsheet runs formulas from (CSV, and ODS, where GDAL turns ``of:=``
into a formula cell), every text value gets the plugin's formula guard
(:func:`~..customers.csv_export.defuse_formula`): ids, addresses and
towns come from attribute tables anyone can edit. Other formats keep the
values exactly as read.
"""

from __future__ import annotations

import json
import os
import re
from datetime import datetime, timezone

from qgis.core import (
    QgsFeatureSink,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsVectorFileWriter,
    QgsWkbTypes,
)

from ..customers.csv_export import defuse_formula
from ..gis.result_features import customer_features, customer_fields

#: GDAL drivers whose files a spreadsheet opens and whose cells can become formulas.
FORMULA_DRIVERS = ("CSV", "ODS")
#: ``ogr:dbname='/path/file.csv' table=...``: QGIS's explicit OGR destination.
_OGR_DESTINATION = re.compile(r"ogr:dbname='((?:[^']|'')*)'")


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
    """Write ``features`` to sink ``name``; returns its destination id (None if skipped).

    Text values are defused when the destination is a spreadsheet format.
    """
    sink, dest_id = algorithm.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
    if sink is None:
        return None
    sink.addFeatures(
        spreadsheet_safe(algorithm, parameters, context, name, features),
        QgsFeatureSink.Flag.FastInsert,
    )
    return dest_id


def spreadsheet_safe(algorithm, parameters, context, name, features) -> list:
    """``features``, their text values defused when sink ``name`` is a spreadsheet format."""
    if not sink_runs_formulas(algorithm, parameters, context, name):
        return features
    return [_defused(feature) for feature in features]


def sink_runs_formulas(algorithm, parameters, context, name) -> bool:
    """Whether sink ``name`` is written in a spreadsheet format (see :func:`runs_formulas`)."""
    return runs_formulas(algorithm.parameterAsOutputLayer(parameters, name, context))


def runs_formulas(destination: str) -> bool:
    """Whether QGIS writes ``destination`` in a format of :data:`FORMULA_DRIVERS`.

    The driver follows the file extension, as QGIS chooses it for a sink;
    memory layers and databases have none.
    """
    match = _OGR_DESTINATION.match(destination or "")
    path = match.group(1).replace("''", "'") if match else (destination or "").split("|")[0]
    extension = os.path.splitext(path)[1][1:]
    return bool(extension) and QgsVectorFileWriter.driverForExtension(extension) in FORMULA_DRIVERS


def _defused(feature):
    feature.setAttributes(defused_values(feature.attributes()))
    return feature


def defused_values(values) -> list:
    """``values`` with each text value given the formula guard."""
    return [defuse_formula(value) if isinstance(value, str) else value for value in values]


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
