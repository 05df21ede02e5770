"""The bundled sample opens in QGIS as documented: valid layers, right CRS, styled project.

Run with ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/qgis/test_sample_project.py``.
The expected counts come from the GeoPackage read with plain sqlite3, so the
test fails if QGIS reads anything else.
"""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsGraduatedSymbolRenderer,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

SAMPLE_DIR = Path(__file__).resolve().parents[2] / "sample_data"
GPKG = SAMPLE_DIR / "imola_sample.gpkg"
PROJECT = SAMPLE_DIR / "imola_sample.qgz"
SPATIAL = {
    "condotte": QgsWkbTypes.LineGeometry,
    "valvole": QgsWkbTypes.PointGeometry,
    "fonti": QgsWkbTypes.PointGeometry,
    "utenze": QgsWkbTypes.PointGeometry,
}


def _sqlite_counts() -> dict:
    conn = sqlite3.connect(f"file:{GPKG}?mode=ro", uri=True)
    try:
        return {
            table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in [*SPATIAL, "contatti"]
        }
    finally:
        conn.close()


@pytest.mark.parametrize("table", [*SPATIAL, "contatti"])
def test_geopackage_layers_load_valid_with_crs_and_counts(qgis_app, table):
    layer = QgsVectorLayer(f"{GPKG}|layername={table}", table, "ogr")
    assert layer.isValid()
    assert layer.featureCount() == _sqlite_counts()[table]
    if table in SPATIAL:
        assert layer.crs().authid() == "EPSG:32632"
        assert layer.geometryType() == SPATIAL[table]
        extent = layer.extent()
        assert 700000 < extent.center().x() < 730000
        assert 4900000 < extent.center().y() < 4930000
        assert layer.hasSpatialIndex() == QgsFeatureSource.SpatialIndexPresent
    else:
        assert not layer.isSpatial()


def test_spatial_index_finds_the_same_features_as_a_full_scan(qgis_app):
    layer = QgsVectorLayer(f"{GPKG}|layername=condotte", "condotte", "ogr")
    rect = layer.extent()
    rect.scale(0.1)
    by_index = {f.id() for f in layer.getFeatures(QgsFeatureRequest().setFilterRect(rect))}
    # OGR answers with the R-tree, then tests each candidate's geometry against the rectangle
    by_scan = {f.id() for f in layer.getFeatures() if f.geometry().intersects(rect)}
    assert by_index and by_index == by_scan


def test_project_reads_with_relative_paths_valid_styled_layers(qgis_app, tmp_path):
    # A copy elsewhere must still work: the layers are referenced relatively.
    for source in (GPKG, PROJECT):
        shutil.copy(source, tmp_path / source.name)
    with zipfile.ZipFile(PROJECT) as archive:
        qgs = next(n for n in archive.namelist() if n.endswith(".qgs"))
        xml = archive.read(qgs).decode("utf-8")
    assert "./imola_sample.gpkg|layername=condotte" in xml
    assert str(SAMPLE_DIR) not in xml

    project = QgsProject.instance()
    try:
        assert project.read(str(tmp_path / PROJECT.name))
        assert project.crs().authid() == "EPSG:32632"
        layers = {layer.name(): layer for layer in project.mapLayers().values()}
        assert set(layers) == {
            "Condotte",
            "Valvole",
            "Fonti",
            "Utenze",
            "Contatti",
            "Strade",
            "Edifici",
        }
        for layer in layers.values():
            assert layer.isValid(), layer.name()
            assert str(tmp_path) in layer.source()
        assert isinstance(layers["Condotte"].renderer(), QgsGraduatedSymbolRenderer)
        for name, field in (("Valvole", "stato"), ("Fonti", "tipo"), ("Utenze", "categoria")):
            renderer = layers[name].renderer()
            assert isinstance(renderer, QgsCategorizedSymbolRenderer)
            assert renderer.classAttribute() == field
        values = {c.value() for c in layers["Valvole"].renderer().categories()}
        assert {"aperta", "chiusa", "inoperabile", "guasta"} <= values
        assert layers["Fonti"].labelsEnabled()
        assert project.viewSettings().defaultViewExtent().contains(layers["Condotte"].extent())
        # The background: a group at the bottom of the legend, drawn under everything.
        root = project.layerTreeRoot()
        assert root.children()[-1].name() == "Sfondo"
        order = [layer.name() for layer in root.layerOrder()]
        assert order[-2:] == ["Strade", "Edifici"]
        assert layers["Strade"].labelsEnabled()
        assert layers["Strade"].labeling().settings().fieldName == "nome"
    finally:
        project.clear()


def test_the_project_holds_a_valid_layer_mapping(qgis_new_project):
    from water_outage_notifier.gis.mapping import load_mapping, validate_mapping

    project = QgsProject.instance()
    assert project.read(str(SAMPLE_DIR / "imola_sample.qgz"))
    mapping = load_mapping(project)
    assert validate_mapping(mapping) == []
    assert mapping.layer("pipes").name() == "Condotte"
    assert mapping.closed_values == ["chiusa"]
