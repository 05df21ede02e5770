"""Write small real GeoPackages for the QGIS tests.

Layers are given as WKT rows so each test shows its network at a glance.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from water_outage_notifier.gis.compat import new_field

#: The test towns lie near Imola, in metres of UTM 32N offset from this origin.
X0, Y0 = 716000.0, 4914000.0
UTM = "EPSG:32632"


def utm(x, y):
    return X0 + x, Y0 + y


def line(*points):
    """WKT of a line through town points (metres from the origin), to the tenth of a millimetre."""
    return "LINESTRING(" + ", ".join("{:.4f} {:.4f}".format(*utm(x, y)) for x, y in points) + ")"


def point(x, y):
    return "POINT({:.4f} {:.4f})".format(*utm(x, y))


_TYPES = {str: "string", int: "int", float: "double"}


def write_layer(
    path: Path, name: str, geometry: str, crs: str, columns: dict, rows: list
) -> QgsVectorLayer:
    """Append layer ``name`` to the GeoPackage ``path``; rows are ``(wkt, {col: value})``.

    ``geometry`` is a WKB type name such as ``LineString``, ``MultiLineString``,
    ``Point`` or ``NoGeometry``; ``columns`` maps field names to Python types.
    """
    fields = QgsFields()
    for column, kind in columns.items():
        fields.append(new_field(column, _TYPES[kind]))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    if path.exists():
        options.actionOnExistingFile = (
            QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        )
    wkb = getattr(QgsWkbTypes.Type, geometry)
    writer = QgsVectorFileWriter.create(
        str(path),
        fields,
        wkb,
        QgsCoordinateReferenceSystem(crs),
        QgsCoordinateTransformContext(),
        options,
    )
    for wkt, values in rows:
        feature = QgsFeature(fields)
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([values.get(column) for column in columns])
        writer.addFeature(feature)
    del writer
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert layer.isValid(), f"{path}|{name}"
    # The project owns the layer, so it is freed when the test's project is cleared:
    # an OGR layer still alive when QGIS exits crashes the interpreter.
    QgsProject.instance().addMapLayer(layer, False)
    return layer


def text_points(path: Path, columns: tuple, rows: list) -> QgsVectorLayer:
    """Layer ``customers`` of text columns, one point every 10 m along the town's origin."""
    return write_layer(
        path,
        "customers",
        "Point",
        UTM,
        dict.fromkeys(columns, str),
        [(point(10 * n, 0), dict(zip(columns, row))) for n, row in enumerate(rows)],
    )
