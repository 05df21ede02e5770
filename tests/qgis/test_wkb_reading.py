"""The bulk WKB readers agree with QGIS's own reading of the same geometries.

QGIS's ``asMultiPolyline`` / ``asPoint`` are the reference: what the
readers took before, vertex by vertex. Curves go through QGIS's
segmentization, so their vertices must match QGIS's too.
"""

from __future__ import annotations

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer, QgsWkbTypes
from water_outage_notifier.gis.features import read_table, segmentized, table_lines, table_points
from water_outage_notifier.gis.wkb import read_lines

LINES = [
    "LineString (1 2, 3 4, 5 7)",
    "LineString Z (1 2 9, 3 4 9)",
    "LineString M (1 2 9, 3 4 8)",
    "LineString ZM (1.5 2.5 9 1, 3 4 9 2)",
    "MultiLineString ((0 0, 1 1), (2 2, 3 3, 4 5))",
    "MultiLineString ZM ((0 0 1 2, 1 1 1 2))",
    "MultiLineString EMPTY",
    "LineString EMPTY",
]


def qgis_parts(geometry: QgsGeometry) -> list:
    if geometry.isNull() or geometry.isEmpty():
        return []
    multi = QgsWkbTypes.isMultiType(geometry.wkbType())
    lines = geometry.asMultiPolyline() if multi else [geometry.asPolyline()]
    return [[(p.x(), p.y()) for p in line] for line in lines]


def parts_of(lines, feature) -> list:
    out = []
    for k, owner in enumerate(lines.part_feature.tolist()):
        if owner == feature:
            xy = lines.xy[lines.part_start[k] : lines.part_start[k + 1]].tolist()
            if xy:
                out.append([tuple(v) for v in xy])
    return out


@pytest.mark.parametrize("wkt", LINES)
def test_lines_read_as_qgis_reads_them(wkt):
    geometry = QgsGeometry.fromWkt(wkt)
    lines = read_lines([geometry.asWkb()])
    assert lines.unreadable == []
    assert parts_of(lines, 0) == qgis_parts(geometry)


def _layer(kind: str, wkts: list) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{kind}?crs=EPSG:32632&field=code:string", "layer", "memory")
    features = []
    for n, wkt in enumerate(wkts):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"F{n}"])
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def test_a_curve_layer_is_read_as_qgis_segmentizes_it():
    wkts = [
        "MultiCurve (CompoundCurve (CircularString (0 0, 10 10, 20 0), (20 0, 30 0)))",
        "",
        "MultiCurve ((0 5, 4 5, 4 9))",
        "MultiCurve Z (CircularString Z (0 0 1, 1 1 1, 2 0 1))",
    ]
    layer = _layer("MultiCurve", wkts)
    table = read_table(layer, [0])
    lines = table_lines(table)
    assert table.columns[0] == ["F0", "F1", "F2", "F3"]
    for index, feature in enumerate(layer.getFeatures()):
        geometry = feature.geometry()
        if not geometry.isNull():
            geometry = QgsGeometry(segmentized(geometry))  # QGIS's chords within 1 mm
        assert parts_of(lines, index) == qgis_parts(geometry)
    assert len(parts_of(lines, 0)[0]) > 4  # the arc really was segmentized


def test_points_read_as_qgis_reads_them():
    wkts = ["Point (1 2)", "", "Point ZM (3 4 5 6)", "Point Z (7.25 -8.5 1)"]
    layer = _layer("PointZ", wkts)
    points = table_points(read_table(layer, [0]))
    expected = [
        None if f.geometry().isNull() else (f.geometry().asPoint().x(), f.geometry().asPoint().y())
        for f in layer.getFeatures()
    ]
    assert points == expected
    assert points[1] is None
