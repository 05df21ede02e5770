"""The columnar (GDAL Arrow) reader builds the very model the QGIS feature iterator builds.

The sample town is read from a GeoPackage, from Shapefiles and from
FlatGeobuf files, once column by column and once through QGIS's iterator
(the columnar path switched off); the two models must agree on every piece,
vertex, valve, warning, customer, link and contact. Layers whose features
QGIS shows differently from the file (a subset filter, uncommitted edits, a
virtual field) must be read through QGIS, and their model must show it.
"""

from __future__ import annotations

import pytest
from model_identity import SAMPLE, identity, sample_layers, spied_columnar_reads
from osgeo import gdal
from water_outage_notifier.gis import features
from water_outage_notifier.gis.columnar import columnar_source
from water_outage_notifier.gis.compat import new_field
from water_outage_notifier.gis.model import ModelSources

TABLES = ("condotte", "valvole", "fonti", "utenze", "contatti")


@pytest.fixture()
def columnar_reads(monkeypatch):
    return spied_columnar_reads(monkeypatch)


def build(mapping):
    return ModelSources.from_mapping(mapping).build()


def iterator_only(monkeypatch):
    monkeypatch.setattr(features, "columnar_source", lambda _layer: None)


#: Nulls and gaps a real survey has, so both readers must agree on them too.
ROUGH_EDGES = (
    "UPDATE condotte SET geom = NULL WHERE fid % 500 = 0",
    "UPDATE condotte SET cod_condotta = NULL WHERE fid % 701 = 0",
    "UPDATE valvole SET stato = NULL WHERE fid % 7 = 0",
    "UPDATE utenze SET unita = NULL WHERE fid % 11 = 0",
    "UPDATE utenze SET cellulare = NULL WHERE fid % 5 = 0",
    "UPDATE utenze SET indirizzo = 'Via Sì è ò' WHERE fid % 13 = 0",
    "UPDATE contatti SET consenso = NULL WHERE fid % 3 = 0",
)


def rough_sample(tmp_path):
    """A copy of the sample GeoPackage with the :data:`ROUGH_EDGES`."""
    copy = tmp_path / "rough.gpkg"
    copy.write_bytes(SAMPLE.read_bytes())
    dataset = gdal.OpenEx(str(copy), gdal.OF_VECTOR | gdal.OF_UPDATE)
    for statement in ROUGH_EDGES:
        dataset.ExecuteSQL(statement)
    dataset = None
    return copy


def converted(tmp_path, driver: str, extension: str) -> dict:
    """The rough sample's tables written by GDAL as ``driver`` files; sources by table."""
    rough = rough_sample(tmp_path)
    sources = {}
    for table in TABLES:
        target = tmp_path / f"{table}.{extension}"
        gdal.VectorTranslate(
            str(target), str(rough), format=driver, layerName=table, layers=[table]
        )
        if table == "contatti" and driver == "ESRI Shapefile":
            target = target.with_suffix(".dbf")  # a table without geometry is a bare .dbf
        sources[table] = str(target)
    return sources


def shapefile_name(name: str) -> str:
    return name[:10]


FORMATS = {
    "GeoPackage": lambda tmp: ({t: f"{rough_sample(tmp)}|layername={t}" for t in TABLES}, str),
    "Shapefile": lambda tmp: (converted(tmp, "ESRI Shapefile", "shp"), shapefile_name),
    "FlatGeobuf": lambda tmp: (converted(tmp, "FlatGeobuf", "fgb"), str),
}


@pytest.mark.parametrize("kind", FORMATS)
def test_columnar_and_iterator_readers_build_identical_models(
    kind, tmp_path, columnar_reads, monkeypatch
):
    sources, renamed = FORMATS[kind](tmp_path)
    if kind == "FlatGeobuf":  # FlatGeobuf keeps no table without geometry
        sources["contatti"] = f"{SAMPLE}|layername=contatti"
    mapping, layers = sample_layers(sources, renamed)
    columnar = identity(build(mapping))
    assert len(columnar_reads) >= len(TABLES), "the columnar reader was not used on every layer"
    assert len(columnar["pipe_ids"]) == layers["condotte"].featureCount() > 3000
    assert None in columnar["pipe_ids"] and None in [v[3] for v in columnar["valves"]]
    assert None in [row[-3] for row in columnar["customers"]]  # units
    assert len(columnar["customers"]) == layers["utenze"].featureCount() > 6000
    assert columnar["contacts"] and columnar["details"]
    iterator_only(monkeypatch)
    columnar_reads.clear()
    iterated = identity(build(mapping))
    assert columnar_reads == []
    for key, value in columnar.items():
        assert iterated[key] == value, key


def pipes_layer(tmp_path):
    """A copy of the sample GeoPackage's pipes, mapped with the rest of the town."""
    copy = tmp_path / "town.gpkg"
    copy.write_bytes(SAMPLE.read_bytes())
    mapping, layers = sample_layers({t: f"{copy}|layername={t}" for t in TABLES})
    return mapping, layers["condotte"]


def test_a_subset_filter_is_read_through_qgis(tmp_path, columnar_reads):
    mapping, pipes = pipes_layer(tmp_path)
    assert columnar_source(pipes) is not None
    pipes.setSubsetString("fid <= 1000")
    assert columnar_source(pipes) is None
    model = build(mapping)
    assert len(model.network.pipe_ids) == 1000
    assert len(columnar_reads) == len(TABLES) - 1


def test_uncommitted_edits_are_read_through_qgis(tmp_path, columnar_reads):
    mapping, pipes = pipes_layer(tmp_path)
    first = next(pipes.getFeatures())
    pipes.startEditing()
    assert columnar_source(pipes) is not None, "editing alone changes nothing yet"
    pipes.changeAttributeValue(first.id(), pipes.fields().indexOf("cod_condotta"), "EDITED")
    assert pipes.deleteFeature(first.id() + 1)
    assert columnar_source(pipes) is None
    model = build(mapping)
    assert "EDITED" in model.network.pipe_ids
    assert len(model.network.pipe_ids) == pipes.featureCount() == 3091
    assert len(columnar_reads) == len(TABLES) - 1
    pipes.rollBack()


def test_a_virtual_field_is_read_through_qgis(tmp_path, columnar_reads):
    mapping, pipes = pipes_layer(tmp_path)
    pipes.addExpressionField("'V-' || \"cod_condotta\"", new_field("virtual_id", "string"))
    assert columnar_source(pipes) is None
    mapping.pipes.fields["id"] = "virtual_id"
    model = build(mapping)
    assert all(str(pipe_id).startswith("V-") for pipe_id in model.network.pipe_ids)
    assert len(columnar_reads) == len(TABLES) - 1
