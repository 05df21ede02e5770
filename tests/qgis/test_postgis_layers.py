"""Trace and customers on layers served by QGIS's ``postgres`` provider.

The sample town's GeoPackage layers are copied into a PostGIS schema of the
test server (``OUTAGE_TEST_PG_DSN``, set by ``make test`` when ``make
postgres`` runs; skipped otherwise) and mapped the same way: every work
site must give the same valves, pipes, customers and recipients on both.
The model built from one query per table (mapped columns and WKB) must
equal the one built through the provider's feature loop, and the login must
come from the layer's own authcfg when it has one (the password file is
then hidden).
"""

from __future__ import annotations

import os
import random
import uuid
from pathlib import Path

import pytest
from model_identity import identity, spied_columnar_reads
from qgis.core import QgsDataSourceUri, QgsProject, QgsVectorLayer
from water_outage_notifier.devtools.postgis_load import drop_schema, load_geopackage
from water_outage_notifier.devtools.sample_mapping import SAMPLE_LAYERS, sample_mapping
from water_outage_notifier.gis import features
from water_outage_notifier.gis.auth import store_credentials
from water_outage_notifier.gis.columnar import columnar_source
from water_outage_notifier.gis.model import ModelSources
from water_outage_notifier.gis.postgis_columns import PostgisSource

PG_DSN = os.environ.get("OUTAGE_TEST_PG_DSN", "")
SAMPLE = Path(__file__).resolve().parents[2] / "sample_data" / "imola_sample.gpkg"
TABLES = [table for table, _fields in SAMPLE_LAYERS.values()]

pytestmark = pytest.mark.skipif(
    not PG_DSN, reason="no PostgreSQL: run `make postgres` (sets OUTAGE_TEST_PG_DSN for make test)"
)


@pytest.fixture()
def postgis_sources():
    schema = f"town_{uuid.uuid4().hex[:10]}"
    yield load_geopackage(str(SAMPLE), PG_DSN, schema, TABLES)
    drop_schema(PG_DSN, schema)


def build(sources: dict, provider: str):
    """The sample mapping on layers of one provider, and the model built from them."""
    mapping, layers = mapped(sources, provider)
    return ModelSources.from_mapping(mapping).build(), layers


def mapped(sources: dict, provider: str = "postgres"):
    """The sample mapping on layers of one provider, and the layers by table."""
    layers = {}
    for table, source in sources.items():
        layer = QgsVectorLayer(source, f"{table} ({provider})", provider)
        assert layer.isValid(), f"{provider} layer {table} did not open: {source}"
        QgsProject.instance().addMapLayer(layer)
        layers[table] = layer
    return sample_mapping({table: layer.id() for table, layer in layers.items()}), layers


def answer(model, pipe_id) -> dict:
    """What an operator reads for a click on ``pipe_id``, by the user's ids."""
    piece = next(p.index for p in model.network.pieces if p.pipe_id == pipe_id)
    site = model.analyse([piece])
    pieces = model.network.pieces
    report = site.report()
    customers = site.customers
    return {
        "isolated_pipes": sorted({pieces[i].pipe_id for i in site.isolation.isolated_pieces}),
        "unsupplied_pipes": sorted({pieces[i].pipe_id for i in site.isolation.unsupplied_pieces}),
        "valves": sorted(str(v) for v in report["valves"]["to_close"]),
        "customers": sorted(str(c.customer_id) for c in customers.customers),
        "recipients": sorted(str(r) for r in report["recipients"]),
        "counts": report["counts"],
    }


def test_trace_and_customers_on_postgis_match_the_geopackage(postgis_sources):
    gpkg, _ = build({t: f"{SAMPLE}|layername={t}" for t in TABLES}, "ogr")
    postgis, layers = build(postgis_sources, "postgres")
    assert layers["condotte"].featureCount() == len({p.pipe_id for p in gpkg.network.pieces})
    assert len(postgis.network.pieces) == len(gpkg.network.pieces)
    assert len(postgis.index.customers) == len(gpkg.index.customers) > 0
    pipe_ids = sorted({p.pipe_id for p in gpkg.network.pieces})
    affected = 0
    for pipe_id in random.Random(11).sample(pipe_ids, 25):
        expected = answer(gpkg, pipe_id)
        assert answer(postgis, pipe_id) == expected, pipe_id
        affected += len(expected["customers"])
    assert affected > 0, "the sampled work sites affect nobody: the comparison proves little"


def test_query_and_provider_readers_build_identical_models(postgis_sources, monkeypatch):
    query_reads = spied_columnar_reads(monkeypatch)
    mapping, layers = mapped(postgis_sources)
    assert all(isinstance(columnar_source(layer), PostgisSource) for layer in layers.values())
    by_query = identity(ModelSources.from_mapping(mapping).build())
    assert len(query_reads) == len(TABLES)
    assert len(by_query["customers"]) == layers["utenze"].featureCount() > 6000
    monkeypatch.setattr(features, "columnar_source", lambda _layer: None)
    query_reads.clear()
    by_provider = identity(ModelSources.from_mapping(mapping).build())
    assert query_reads == []
    for key, value in by_provider.items():
        assert by_query[key] == value, key


def test_the_login_comes_from_the_layers_authcfg(postgis_sources, monkeypatch, auth_manager):
    user, password = pgpass_login()
    authcfg = store_credentials("test PostGIS", {"username": user, "password": password})
    monkeypatch.delenv("PGPASSFILE", raising=False)  # only the authcfg knows the password
    query_reads = spied_columnar_reads(monkeypatch)
    with_auth = {}
    for table, source in postgis_sources.items():
        uri = QgsDataSourceUri(source)
        uri.setUsername("")
        uri.setPassword("")
        uri.setAuthConfigId(authcfg)
        with_auth[table] = uri.uri(False)
    mapping, layers = mapped(with_auth)
    source = columnar_source(layers["condotte"])
    assert source.connection["user"] == user
    assert password not in repr(source), "a password in a repr reaches the logs"
    model = ModelSources.from_mapping(mapping).build()
    assert len(query_reads) == len(TABLES)
    assert len(model.network.pipe_ids) == layers["condotte"].featureCount()


def test_a_subset_filter_goes_through_the_provider(postgis_sources):
    _mapping, layers = mapped(postgis_sources)
    layers["condotte"].setSubsetString('"fid" < 100')
    assert columnar_source(layers["condotte"]) is None


def pgpass_login() -> tuple[str, str]:
    """The test role and its password, from the cluster's password file."""
    line = Path(os.environ["PGPASSFILE"]).read_text(encoding="utf-8").split("\n")[0]
    *_where, user, password = line.split(":")
    return user, password
