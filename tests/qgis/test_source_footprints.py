"""Sources drawn as the plant's footprint (polygons) or as multipoints, from real GeoPackages.

The town is :mod:`tank_town` (a tank footprint with W1's and E1's ends in
it and X1 running straight through it), in UTM 32N metres from the origin,
with customers U_E2 on E2 at (125, 3) and U_X1 on X1 at (46, 30).

A utility that draws its tank this way must trace exactly as one that drew
point sources on those pipe ends and where X1 crosses the outline.
"""

from __future__ import annotations

import json

import pytest
from gpkg_layers import UTM, line, point, utm, write_layer
from qgis.core import QgsProject
from tank_town import PIPES, TANK, TOUCHES, VALVES
from test_problem_text import italian  # noqa: F401 - the Italian interface, as a fixture
from test_real_world_layers import Feedback, drawn_in


def ring(points) -> str:
    return "(" + ", ".join("{:.4f} {:.4f}".format(*utm(x, y)) for x, y in points) + ")"


def polygon(points) -> str:
    return f"POLYGON({ring(points)})"


def town(path, sources_kind, sources_rows, sources_crs=UTM):
    """The town's pipes, valves and customers, with ``sources_rows`` (wkt, name) as sources."""
    pipes = [(line(*coords), {"code": pid}) for pid, coords in PIPES]
    valves = [(point(*xy), {"vid": vid, "state": "aperta"}) for vid, xy in VALVES]
    customers = [(point(125, 3), {"cid": "U_E2"}), (point(46, 30), {"cid": "U_X1"})]
    sources = [(drawn_in(wkt, sources_crs), {"name": name}) for wkt, name in sources_rows]
    return dict(
        PIPES=write_layer(path, "condotte", "LineString", UTM, {"code": str}, pipes),
        PIPE_ID_FIELD="code",
        VALVES=write_layer(path, "valvole", "Point", UTM, {"vid": str, "state": str}, valves),
        VALVE_ID_FIELD="vid",
        VALVE_STATUS_FIELD="state",
        SOURCES=write_layer(path, "serbatoi", sources_kind, sources_crs, {"name": str}, sources),
        SOURCE_ID_FIELD="name",
        TOLERANCE=0.05,
        CUSTOMERS=write_layer(path, "utenze", "Point", UTM, {"cid": str}, customers),
        CUSTOMER_ID_FIELD="cid",
        MAX_SNAP_DISTANCE=20,
    )


def footprint_town(tmp_path, crs=UTM):
    return town(tmp_path / "footprint.gpkg", "Polygon", [(polygon(TANK), "T")], crs)


def points_town(tmp_path):
    rows = [(point(*xy), "T") for xy in TOUCHES]
    return town(tmp_path / "points.gpkg", "Point", rows)


def supplied(run_algorithm, parameters) -> list:
    """``outage:segments``: each pipe's pieces with their supplied flag, and the segment count."""
    layer = run_algorithm("outage:segments", dict(parameters, OUTPUT="memory:"))["OUTPUT"]
    rows = sorted((f["code"], bool(f["supplied"])) for f in layer.getFeatures())
    return rows, len({f["segment_id"] for f in layer.getFeatures()})


def isolate(run_algorithm, parameters, tmp_path, pipe_ids) -> dict:
    path = tmp_path / "report.json"
    outputs = dict(OUTPUT_PIPES="memory:", OUTPUT_VALVES="memory:", OUTPUT_REPORT=str(path))
    run_algorithm("outage:isolate", dict(parameters, PIPE_IDS=pipe_ids, **outputs))
    return json.loads(path.read_text(encoding="utf-8"))


def answer(report) -> dict:
    """A work's answer: pipes, valves by id, sources to shut by id, customers."""
    return {
        "isolated": report["pipes"]["isolated"]["pipe_ids"],
        "unsupplied": report["pipes"]["unsupplied"]["pipe_ids"],
        "close": sorted(v["valve_id"] for v in report["valves"]["to_close"]),
        "not_required": sorted(v["valve_id"] for v in report["valves"]["not_required"]),
        "sources": sorted({s["source_id"] for s in report["sources"]["to_shut"]}),
        "customers": sorted(report["customers"]["isolated"] + report["customers"]["unsupplied"]),
    }


def test_a_tank_footprint_traces_as_point_sources_on_its_pipe_ends(run_algorithm, tmp_path):
    footprint, points = footprint_town(tmp_path), points_town(tmp_path)
    rows, segments = supplied(run_algorithm, footprint)
    assert (rows, segments) == supplied(run_algorithm, points)
    assert all(flag for _, flag in rows), "the tank feeds every pipe"
    for pipe_id, _ in PIPES:
        work = isolate(run_algorithm, footprint, tmp_path, pipe_id)
        assert answer(work) == answer(isolate(run_algorithm, points, tmp_path, pipe_id)), pipe_id


def test_a_work_next_to_the_tank_shuts_it_once_and_dries_what_lies_beyond(run_algorithm, tmp_path):
    report = isolate(run_algorithm, footprint_town(tmp_path), tmp_path, "E1")
    assert answer(report) == {
        "isolated": ["E1"],
        "unsupplied": ["E2"],
        "close": [],
        "not_required": ["VE"],
        "sources": ["T"],
        "customers": ["U_E2"],
    }
    assert [s["source_id"] for s in report["sources"]["to_shut"]] == ["T"], "listed once"
    assert report["sources"]["to_shut"][0]["point"] == pytest.approx(utm(50, 0), abs=15)


def test_the_pipe_through_the_tank_is_fed_from_both_crossings(run_algorithm, tmp_path):
    report = isolate(run_algorithm, footprint_town(tmp_path), tmp_path, "X1")
    assert answer(report)["isolated"] == ["X1"]
    assert answer(report)["sources"] == ["T"]
    assert answer(report)["customers"] == ["U_X1"]


def test_a_multipolygon_and_a_polygon_in_another_crs_trace_the_same(run_algorithm, tmp_path):
    west = [(38, -8), (44, -8), (44, -2), (38, -2), (38, -8)]
    east = [(53, -3), (58, -3), (58, 3), (53, 3), (53, -3)]
    north = [(43, 8), (47, 8), (47, 12), (43, 12), (43, 8)]
    south = [(43, -12), (47, -12), (47, -8), (43, -8), (43, -12)]
    parts = ", ".join(f"({ring(p)})" for p in (west, east, north, south))
    many = town(tmp_path / "multi.gpkg", "MultiPolygon", [(f"MULTIPOLYGON({parts})", "T")])
    wgs84 = footprint_town(tmp_path, "EPSG:4326")
    expected = supplied(run_algorithm, points_town(tmp_path))
    assert supplied(run_algorithm, wgs84) == expected
    many_rows, _ = supplied(run_algorithm, many)
    assert all(flag for _, flag in many_rows)
    for parameters in (many, wgs84):
        report = isolate(run_algorithm, parameters, tmp_path, "W1,E1")
        assert [s["source_id"] for s in report["sources"]["to_shut"]] == ["T"]


def test_a_multipoint_well_field_is_one_source(run_algorithm, tmp_path):
    field = "MULTIPOINT(" + ", ".join("{:.4f} {:.4f}".format(*utm(*xy)) for xy in TOUCHES) + ")"
    wells = town(tmp_path / "wells.gpkg", "MultiPoint", [(field, "CAMPO")])
    assert supplied(run_algorithm, wells) == supplied(run_algorithm, points_town(tmp_path))
    report = isolate(run_algorithm, wells, tmp_path, "W1,E1")
    assert [s["source_id"] for s in report["sources"]["to_shut"]] == ["CAMPO"]


def lake_town(tmp_path):
    lake = [(300, 300), (320, 300), (320, 320), (300, 320), (300, 300)]
    rows = [(polygon(TANK), "T"), (polygon(lake), "LAGO")]
    return town(tmp_path / "lake.gpkg", "Polygon", rows)


def lake_warnings(run_algorithm, tmp_path) -> list:
    feedback = Feedback()
    run_algorithm("outage:segments", dict(lake_town(tmp_path), OUTPUT="memory:"), feedback=feedback)
    return [text for text in feedback.warnings if "LAGO" in text]


def test_a_footprint_off_the_network_is_a_data_warning(run_algorithm, tmp_path):
    assert lake_warnings(run_algorithm, tmp_path) == [
        "Source layer: feature 2 (id LAGO) touches no pipe (no pipe ends inside it or within "
        "0.05 of its outline, and none runs through it); it feeds nothing."
    ]


@pytest.mark.usefixtures("italian")
def test_a_footprint_off_the_network_is_said_in_italian(run_algorithm, tmp_path):
    assert lake_warnings(run_algorithm, tmp_path) == [
        "Layer delle fonti: elemento 2 (codice LAGO) non tocca alcuna condotta (nessuna "
        "condotta termina al suo interno o entro 0.05 dal suo contorno, e nessuna lo "
        "attraversa); non alimenta nulla."
    ]


def test_the_gui_model_traces_a_footprint_and_keeps_it_in_the_cache(tmp_path):
    from water_outage_notifier.gis.mapping import LayerMapping, ProjectMapping, validate_mapping
    from water_outage_notifier.gis.model import ModelSources

    parameters = footprint_town(tmp_path)
    layers = [parameters[role] for role in ("PIPES", "VALVES", "SOURCES")]
    QgsProject.instance().addMapLayers(layers)
    mapping = ProjectMapping(
        pipes=LayerMapping(parameters["PIPES"].id(), {"id": "code"}),
        valves=LayerMapping(parameters["VALVES"].id(), {"id": "vid", "status": "state"}),
        sources=LayerMapping(parameters["SOURCES"].id(), {"id": "name"}),
        tolerance=0.05,
    )
    assert validate_mapping(mapping) == []
    sources = ModelSources.from_mapping(mapping)
    sources.store.discard()
    built = sources.build()
    site = built.analyse(built.network.pieces_of_pipe("E1")).report()
    assert [s["source_id"] for s in site["sources"]["to_shut"]] == ["T"]
    assert site["pipes"]["unsupplied"]["pipe_ids"] == ["E2"]
    loaded = ModelSources.from_mapping(mapping).build()
    assert loaded.cached
    assert loaded.analyse(loaded.network.pieces_of_pipe("E1")).report() == site
    assert loaded.network.sources == built.network.sources
