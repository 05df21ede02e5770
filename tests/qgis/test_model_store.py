"""The persisted model cache: used only for the very layers, mapping and settings it was built from.

The sample town is copied to a temporary GeoPackage and mapped; the first
build stores the model in the (temporary) QGIS profile, the next one loads
it without reading a layer, and must equal a fresh build. An edit, a file
changed behind QGIS's back, a changed mapping and a damaged entry must each
make the next build read the layers again, and never hand out the stored model.
"""

from __future__ import annotations

import json

import pytest
from model_identity import SAMPLE, counted_calls, identity, sample_layers
from osgeo import gdal
from qgis.core import QgsVectorLayer
from water_outage_notifier.gis import model as model_module
from water_outage_notifier.gis.compat import new_field
from water_outage_notifier.gis.model import ModelSources
from water_outage_notifier.gis.model_store import DATA, KEY, ModelStore

TABLES = ("condotte", "valvole", "fonti", "utenze", "contatti")


@pytest.fixture()
def town(tmp_path):
    copy = tmp_path / "town.gpkg"
    copy.write_bytes(SAMPLE.read_bytes())
    mapping, layers = sample_layers({t: f"{copy}|layername={t}" for t in TABLES})
    ModelSources.from_mapping(mapping).store.discard()  # an entry of an earlier test
    return copy, mapping, layers


@pytest.fixture()
def reads(monkeypatch):
    """How many times the network layers were read (a build that did not use the cache)."""
    return counted_calls(monkeypatch, model_module, "read_network")


def build(mapping):
    return ModelSources.from_mapping(mapping).build()


def valve_state(model, valve_id):
    return next(v.state for v in model.network.valves if v.valve_id == valve_id)


def test_the_second_build_loads_the_very_model_from_the_cache(town, reads):
    _path, mapping, _layers = town
    built = build(mapping)
    store = ModelSources.from_mapping(mapping).store
    assert (store.folder / DATA).is_file() and (store.folder / KEY).is_file()
    assert len(reads) == 1
    loaded = build(mapping)
    assert len(reads) == 1, "the layers were read again"
    assert loaded is not built
    assert identity(loaded) == identity(built)
    piece = len(built.network.pieces) // 3
    assert loaded.analyse([piece]).report() == built.analyse([piece]).report()
    valve_ids = [valve.valve_id for valve in built.network.valves[::50]]
    for valve_id in valve_ids:  # looked up in an index the loaded model makes on first use
        assert loaded.network.valve_indices(valve_id) == built.network.valve_indices(valve_id)
    closing = built.analyse([piece]).isolation.valves_to_close
    failed = [built.network.valves[v].valve_id for v in closing][:1]
    assert loaded.analyse([piece], failed).report() == built.analyse([piece], failed).report()


def test_an_edit_committed_in_qgis_invalidates_the_cache(town, reads):
    _path, mapping, layers = town
    valves = layers["valvole"]
    first = build(mapping)
    feature = next(valves.getFeatures())
    valve_id = feature["cod_valvola"]
    assert valve_state(first, valve_id) != "guasta"
    valves.startEditing()
    valves.changeAttributeValue(feature.id(), valves.fields().indexOf("stato"), "guasta")
    assert ModelSources.from_mapping(mapping).store is None, "uncommitted edits: no cache"
    assert valves.commitChanges()
    again = build(mapping)
    assert len(reads) == 2
    assert valve_state(again, valve_id) == "guasta"


def test_a_file_changed_outside_qgis_invalidates_the_cache(town, reads):
    path, mapping, _layers = town
    first = build(mapping)
    valve_id = first.network.valves[0].valve_id
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    dataset.ExecuteSQL(f"UPDATE valvole SET stato = 'chiusa' WHERE cod_valvola = '{valve_id}'")
    dataset = None
    again = build(mapping)
    assert len(reads) == 2
    assert valve_state(again, valve_id) == "chiusa"


def test_a_changed_mapping_invalidates_the_cache(town, reads):
    _path, mapping, _layers = town
    first = build(mapping)
    mapping.closed_values = ["chiusa", "aperta"]
    again = build(mapping)
    assert len(reads) == 2
    assert again.network.valve_kind != first.network.valve_kind
    mapping.closed_values = ["chiusa"]
    build(mapping)
    assert len(reads) == 3, "the first mapping's entry was replaced, not kept"


@pytest.mark.parametrize(
    "damage", ["flipped bytes", "truncated data", "emptied data", "broken key file"]
)
def test_a_damaged_cache_is_never_used_and_is_rebuilt(town, reads, damage):
    _path, mapping, _layers = town
    built = build(mapping)
    store = ModelSources.from_mapping(mapping).store
    data = bytearray((store.folder / DATA).read_bytes())
    if damage == "flipped bytes":  # same size: only the checksum sees it
        middle = len(data) // 2
        data[middle : middle + 8] = bytes(255 - b for b in data[middle : middle + 8])
        (store.folder / DATA).write_bytes(bytes(data))
    elif damage == "truncated data":
        (store.folder / DATA).write_bytes(bytes(data[: len(data) // 2]))
    elif damage == "emptied data":  # a file of no bytes cannot even be mapped
        (store.folder / DATA).write_bytes(b"")
    else:
        (store.folder / KEY).write_text("{not json", encoding="utf-8")
    assert store.load() is None
    assert not (store.folder / KEY).exists(), "the damaged entry was kept"
    rebuilt = build(mapping)
    assert len(reads) == 2
    assert identity(rebuilt) == identity(built)
    described = json.loads((store.folder / KEY).read_text(encoding="utf-8"))
    assert described["key"] == store.key and described["size"] == len(
        (store.folder / DATA).read_bytes()
    )
    build(mapping)
    assert len(reads) == 2, "the rebuilt entry is used again"


def test_layers_that_are_not_files_have_no_cache(town):
    _path, mapping, _layers = town
    memory = QgsVectorLayer("Point?crs=EPSG:32632&field=id:string", "memory sources", "memory")
    from qgis.core import QgsProject

    QgsProject.instance().addMapLayer(memory)
    mapping.sources.layer_id = memory.id()
    mapping.sources.fields = {"id": "id"}
    assert ModelStore.for_mapping(mapping) is None


def test_a_mapped_virtual_field_has_no_cache(town):
    """Its expression (or a joined layer) may change the values with no change to the file."""
    _path, mapping, layers = town
    valves = layers["valvole"]
    valves.addExpressionField("'aperta'", new_field("stato_calcolato", "string"))
    assert ModelStore.for_mapping(mapping) is not None, "a virtual field not mapped is not read"
    mapping.valves.fields["status"] = "stato_calcolato"
    assert ModelStore.for_mapping(mapping) is None
