"""Processing reuses the persisted network model while its inputs keep their identity (issue 21).

An analyst's batch runs ``outage:segments`` and ``outage:isolate`` again and
again on the same layers. The second call must load the model the first one
stored in the profile, proved by counting the reads and builds (never by
timing), and write exactly what a build would. Anything the build depends
on, changed, must make the next call build again: the file (its size and
modification time), a field mapping, the tolerance, the closed values, a
subset filter, an uncommitted edit. A damaged entry is never used.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from model_identity import SAMPLE, counted_calls, segments_parameters
from osgeo import gdal
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsProject,
    QgsVectorLayer,
)
from water_outage_notifier.gis import network_cache
from water_outage_notifier.gis.compat import new_field
from water_outage_notifier.gis.model_store import DATA, KEY, cache_root, clear_cache


@pytest.fixture()
def town(tmp_path):
    copy = tmp_path / "town.gpkg"
    copy.write_bytes(SAMPLE.read_bytes())
    return copy


@pytest.fixture()
def builds(monkeypatch):
    """How many times the network was read and built (a call that did not use the cache)."""
    return counted_calls(monkeypatch, network_cache, "read_network")


def rows(layer) -> list:
    """What ``outage:segments`` wrote: fields, CRS and every feature in order."""
    head = [(f.name(), f.type()) for f in layer.fields()], layer.crs().authid()
    features = sorted(layer.getFeatures(), key=lambda feature: feature.id())
    return [head] + [(feature.attributes(), feature.geometry().asWkt(3)) for feature in features]


def segments(run, parameters) -> list:
    return rows(run("outage:segments", dict(parameters, OUTPUT="memory:"))["OUTPUT"])


def entries() -> list:
    """The Processing entries stored so far (their key files)."""
    return sorted(cache_root().rglob(KEY))


def test_a_second_call_on_unchanged_layers_does_not_rebuild(run_algorithm, town, builds):
    parameters = segments_parameters(town, "memory:")
    first = segments(run_algorithm, parameters)
    assert len(builds) == 1
    second = segments(run_algorithm, parameters)
    assert len(builds) == 1, "the second call rebuilt the model"
    assert second == first
    by_path = {  # the same files named by path, as a script or qgis_process passes them
        name: f"{town}|layername={layer.name()}"
        for name, layer in parameters.items()
        if isinstance(layer, QgsVectorLayer)
    }
    assert segments(run_algorithm, dict(parameters, **by_path)) == first
    assert len(builds) == 1


def test_the_log_says_when_the_network_came_from_the_cache(run_algorithm, town):
    from test_processing_real_data import run_logged

    parameters = segments_parameters(town, "memory:")
    said = [run_logged(run_algorithm, "outage:segments", parameters)[1].infos for _ in range(2)]
    loaded = [[line for line in infos if "model cache" in line] for infos in said]
    assert loaded[0] == [] and len(loaded[1]) == 1


def test_outputs_are_identical_with_and_without_the_cache(run_algorithm, town, builds):
    parameters = segments_parameters(town, "memory:")
    built = segments(run_algorithm, parameters)
    cached = segments(run_algorithm, parameters)
    clear_cache()
    rebuilt = segments(run_algorithm, parameters)
    assert len(builds) == 2
    assert cached == built == rebuilt


def test_the_entry_lives_in_the_profile_not_beside_the_data(run_algorithm, town):
    segments(run_algorithm, segments_parameters(town, "memory:"))
    (key,) = entries()
    profile = Path(QgsApplication.qgisSettingsDirPath()).resolve()
    assert profile in key.resolve().parents
    assert sorted(p.name for p in town.parent.iterdir()) == ["town.gpkg"]


def test_isolate_reuses_the_network_too(run_algorithm, town, builds, tmp_path):
    parameters = segments_parameters(town, "memory:")
    del parameters["OUTPUT"]
    pipe_id = next(parameters["PIPES"].getFeatures())["cod_condotta"]
    reports = []
    for n in range(2):
        report = tmp_path / f"report{n}.json"
        run_algorithm(
            "outage:isolate",
            dict(
                parameters,
                PIPE_IDS=str(pipe_id),
                OUTPUT_PIPES="memory:",
                OUTPUT_VALVES="memory:",
                OUTPUT_REPORT=str(report),
            ),
        )
        reports.append(report.read_text(encoding="utf-8"))
    assert len(builds) == 1
    assert reports[0] == reports[1]


def change_file(path: Path, sql: str) -> None:
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    dataset.ExecuteSQL(sql)
    dataset = None


def test_a_changed_file_rebuilds(run_algorithm, town, builds):
    parameters = segments_parameters(town, "memory:")
    before = segments(run_algorithm, parameters)
    change_file(town, "UPDATE valvole SET stato = 'chiusa'")
    after = segments(run_algorithm, segments_parameters(town, "memory:"))
    assert len(builds) == 2
    assert after != before, "the old model was used"
    segments(run_algorithm, segments_parameters(town, "memory:"))
    assert len(builds) == 2, "the new entry replaced the old one and is used"
    assert len(entries()) == 1


def test_a_file_touched_with_the_same_content_rebuilds(run_algorithm, town, builds):
    """Size and modification time are the file's identity: a newer time is a change."""
    parameters = segments_parameters(town, "memory:")
    segments(run_algorithm, parameters)
    stat = town.stat()
    os.utime(town, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    segments(run_algorithm, parameters)
    assert len(builds) == 2


@pytest.mark.parametrize(
    "change",
    [
        {"TOLERANCE": 0.5},
        {"CLOSED_VALUES": "chiusa,aperta"},
        {"INOPERABLE_VALUES": "guasta"},
        {"VALVE_STATUS_FIELD": ""},
        {"PIPE_STATUS_FIELD": "materiale", "OUT_OF_SERVICE_VALUES": "ghisa"},
        {"VALVE_TYPE_FIELD": "tipo", "ISOLATING_TYPES": "farfalla"},
        {"CHECK_VALUES": "aperta"},
        {"SOURCES": None},
    ],
    ids=lambda change: ",".join(change),
)
def test_changed_parameters_rebuild(run_algorithm, town, builds, change):
    parameters = segments_parameters(town, "memory:")
    segments(run_algorithm, parameters)
    changed = dict(parameters, **change)
    changed_rows = segments(run_algorithm, changed)
    assert len(builds) == 2
    clear_cache()
    assert segments(run_algorithm, changed) == changed_rows, "not what a build of it gives"
    segments(run_algorithm, parameters)
    assert len(builds) == 4, "the first parameters' entry was replaced, not kept"


def test_a_subset_filter_rebuilds(run_algorithm, town, builds):
    parameters = segments_parameters(town, "memory:")
    whole = segments(run_algorithm, parameters)
    pipes = parameters["PIPES"]
    first_id = next(pipes.getFeatures())["cod_condotta"]
    assert pipes.setSubsetString(f"\"cod_condotta\" <> '{first_id}'")
    part = segments(run_algorithm, parameters)
    assert len(builds) == 2
    assert len(part) < len(whole)
    assert segments(run_algorithm, parameters) == part
    assert len(builds) == 2, "the filtered layer has an identity of its own"


def test_uncommitted_edits_are_read_never_cached(run_algorithm, town, builds):
    parameters = segments_parameters(town, "memory:")
    before = segments(run_algorithm, parameters)
    valves = parameters["VALVES"]
    QgsProject.instance().addMapLayer(valves, False)
    stato = valves.fields().indexOf("stato")
    valves.startEditing()
    for feature in valves.getFeatures():
        valves.changeAttributeValue(feature.id(), stato, "chiusa")
    edited = segments(run_algorithm, parameters)
    assert len(builds) == 2
    assert edited != before, "the edits were not read"
    assert segments(run_algorithm, parameters) == edited
    assert len(builds) == 3, "a model of uncommitted edits was cached"
    valves.rollBack()  # QGIS opened the file for writing: it may count as changed, never as older
    assert segments(run_algorithm, parameters) == before
    built = len(builds)
    assert segments(run_algorithm, parameters) == before
    assert len(builds) == built, "the saved data is cached again"


def test_layers_that_are_not_files_are_built_every_time(run_algorithm, town, builds):
    parameters = segments_parameters(town, "memory:")
    memory = parameters["SOURCES"].materialize(QgsFeatureRequest())
    assert memory.providerType() == "memory"
    parameters["SOURCES"] = memory
    segments(run_algorithm, parameters)
    segments(run_algorithm, parameters)
    assert len(builds) == 2
    assert entries() == []


def test_a_changed_transformation_rebuilds(run_algorithm, town, builds):
    """The valves are moved into the pipes' CRS by the project's transformations."""
    parameters = segments_parameters(town, "memory:")
    segments(run_algorithm, parameters)
    context = QgsCoordinateTransformContext()
    crs = parameters["PIPES"].crs()
    context.addCoordinateOperation(
        QgsCoordinateReferenceSystem("EPSG:4326"), crs, "+proj=noop", False
    )
    QgsProject.instance().setTransformContext(context)
    segments(run_algorithm, parameters)
    assert len(builds) == 2


@pytest.mark.parametrize("damage", ["flipped bytes", "truncated data", "broken key file"])
def test_a_damaged_entry_is_never_used(run_algorithm, town, builds, damage):
    parameters = segments_parameters(town, "memory:")
    built = segments(run_algorithm, parameters)
    (key,) = entries()
    data_file = key.parent / DATA
    data = bytearray(data_file.read_bytes())
    if damage == "flipped bytes":  # same size: only the checksum sees it
        middle = len(data) // 2
        data[middle : middle + 8] = bytes(255 - b for b in data[middle : middle + 8])
        data_file.write_bytes(bytes(data))
    elif damage == "truncated data":
        data_file.write_bytes(bytes(data[: len(data) // 2]))
    else:
        key.write_text("{not json", encoding="utf-8")
    assert segments(run_algorithm, parameters) == built
    assert len(builds) == 2, "the damaged entry was read"
    assert segments(run_algorithm, parameters) == built
    assert len(builds) == 2, "the rebuilt entry is used again"


def test_a_damaged_entry_of_a_changed_file_is_never_used(run_algorithm, town, builds):
    parameters = segments_parameters(town, "memory:")
    before = segments(run_algorithm, parameters)
    (key,) = entries()
    (key.parent / DATA).write_bytes(b"\x80\x05garbage")
    change_file(town, "UPDATE valvole SET stato = 'chiusa'")
    after = segments(run_algorithm, segments_parameters(town, "memory:"))
    assert len(builds) == 2
    assert after != before


def test_a_virtual_state_field_is_read_every_time(run_algorithm, town, builds):
    """A field computed by an expression can change with no change to the file."""
    parameters = segments_parameters(town, "memory:")
    valves = parameters["VALVES"]
    QgsProject.instance().addMapLayer(valves, False)
    valves.addExpressionField("'aperta'", new_field("stato_calcolato", "string"))
    parameters["VALVE_STATUS_FIELD"] = "stato_calcolato"
    every_open = segments(run_algorithm, parameters)
    valves.updateExpressionField(valves.fields().indexOf("stato_calcolato"), "'chiusa'")
    every_closed = segments(run_algorithm, parameters)
    assert len(builds) == 2
    assert every_closed != every_open
    assert entries() == []


def test_a_virtual_field_not_read_leaves_the_cache_in_use(run_algorithm, town, builds):
    parameters = segments_parameters(town, "memory:")
    pipes = parameters["PIPES"]
    QgsProject.instance().addMapLayer(pipes, False)
    pipes.addExpressionField("$length", new_field("lunghezza", "double"))
    segments(run_algorithm, parameters)
    segments(run_algorithm, parameters)
    assert len(builds) == 1


def test_another_text_encoding_rebuilds(run_algorithm, town, builds):
    """*Layer Properties › Source › Data source encoding* changes the ids read from a file."""
    shapefile = town.parent / "condotte.shp"
    gdal.VectorTranslate(str(shapefile), str(town), layers=["condotte"], format="ESRI Shapefile")
    pipes = QgsVectorLayer(str(shapefile), "condotte", "ogr")
    parameters = dict(segments_parameters(town, "memory:"), PIPES=pipes, PIPE_ID_FIELD="cod_condot")
    segments(run_algorithm, parameters)
    pipes.setProviderEncoding("windows-1252")
    segments(run_algorithm, parameters)
    assert len(builds) == 2
