"""outage:segments and outage:isolate on real GeoPackages through Processing.

The test town: a tank T feeds a main P1-P2-P3-P4 eastwards. Operable
valves: V1 between P1 and P2, V2 in mid-span of P3 (5 m after its start,
so P3 is split in two pieces), V3 between P3 and P4. P4 is a
MultiLineString. P3 starts a few millimetres off P2's end (within the
tolerance). A branch P5 goes north from the P2/P3 junction with a normally
closed valve V4 in mid-span, so its far half has no supply. Valves are stored in WGS84 while the pipes are in
UTM 32N, so they are transformed while reading. Customers: C1 on P2 (by
pipe id), C2 near P4 (by position), C3 on P3 with a landline, C4 on P1.
"""

from __future__ import annotations

import json

import pytest
from gpkg_layers import UTM, X0, Y0, line, point, utm, write_layer
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)


def wgs84_point(x, y):
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem(UTM),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance(),
    )
    point = transform.transform(QgsPointXY(*utm(x, y)))
    return f"POINT({point.x():.10f} {point.y():.10f})"


def wgs84_line(*points):
    coords = [wgs84_point(x, y)[6:-1] for x, y in points]
    return "LINESTRING(" + ", ".join(coords) + ")"


@pytest.fixture()
def town(tmp_path):
    path = tmp_path / "town.gpkg"
    pipes = write_layer(
        path,
        "pipes",
        "MultiLineString",
        UTM,
        {"code": str},
        [
            (line((0, 0), (100, 0)), {"code": "P1"}),
            (line((100, 0), (200, 0)), {"code": "P2"}),
            (line((200.004, 0.003), (300, 0)), {"code": "P3"}),
            (
                "MULTILINESTRING(({:.4f} {:.4f}, {:.4f} {:.4f}),({:.4f} {:.4f}, {:.4f} {:.4f}))".format(
                    *utm(300, 0), *utm(350, 0), *utm(350, 0), *utm(400, 0)
                ),
                {"code": "P4"},
            ),
            (line((200, 0), (200, 100)), {"code": "P5"}),
        ],
    )
    valves = write_layer(
        path,
        "valves",
        "Point",
        "EPSG:4326",
        {"vid": str, "state": str},
        [
            (wgs84_point(100, 0), {"vid": "V1", "state": "Open"}),
            (wgs84_point(205, 0), {"vid": "V2", "state": " open "}),
            (wgs84_point(300, 0), {"vid": "V3", "state": None}),
            (wgs84_point(200, 50), {"vid": "V4", "state": "CLOSED"}),
        ],
    )
    sources = write_layer(
        path, "sources", "Point", UTM, {"name": str}, [(point(0, 0), {"name": "T"})]
    )
    customers = write_layer(
        path,
        "customers",
        "Point",
        UTM,
        {"cid": str, "pipe": str, "phone": str, "ok": str, "cat": str, "units": int},
        [
            (
                point(150, 5),
                {
                    "cid": "C1",
                    "pipe": "P2",
                    "phone": "333 123 4567",
                    "ok": "si",
                    "cat": "ospedale",
                    "units": 1,
                },
            ),
            (
                point(380, 4),
                {
                    "cid": "C2",
                    "pipe": None,
                    "phone": "+39 347 7654321",
                    "ok": "si",
                    "cat": "domestica",
                    "units": 1,
                },
            ),
            (
                point(250, 6),
                {
                    "cid": "C3",
                    "pipe": "P3",
                    "phone": "0542 123456",
                    "ok": "si",
                    "cat": "condominio",
                    "units": 12,
                },
            ),
            (
                point(50, 5),
                {
                    "cid": "C4",
                    "pipe": "P1",
                    "phone": "333 999 8888",
                    "ok": "si",
                    "cat": "domestica",
                    "units": 1,
                },
            ),
        ],
    )
    return {"pipes": pipes, "valves": valves, "sources": sources, "customers": customers}


def network_parameters(town, **extra):
    parameters = {
        "PIPES": town["pipes"],
        "PIPE_ID_FIELD": "code",
        "VALVES": town["valves"],
        "VALVE_ID_FIELD": "vid",
        "VALVE_STATUS_FIELD": "state",
        "CLOSED_VALUES": "closed",
        "INOPERABLE_VALUES": "broken,inoperable",
        "SOURCES": town["sources"],
        "SOURCE_ID_FIELD": "name",
        "TOLERANCE": 0.01,
    }
    parameters.update(extra)
    return parameters


def isolate(run, town, tmp_path, **extra):
    report_path = tmp_path / "report.json"
    parameters = network_parameters(
        town,
        CUSTOMERS=town["customers"],
        CUSTOMER_ID_FIELD="cid",
        CUSTOMER_PIPE_FIELD="pipe",
        PHONE_FIELD="phone",
        CONSENT_FIELD="ok",
        CONSENT_VALUES="si",
        CATEGORY_FIELD="cat",
        UNITS_FIELD="units",
        SENSITIVE_VALUES="ospedale",
        SHARED_METER_VALUES="condominio",
        OUTPUT_PIPES="memory:",
        OUTPUT_VALVES="memory:",
        OUTPUT_CUSTOMERS="memory:",
        OUTPUT_REPORT=str(report_path),
        **extra,
    )
    result = run("outage:isolate", parameters)
    return result, json.loads(report_path.read_text(encoding="utf-8"))


def test_segments_split_mid_span_snap_jitter_and_mark_supply(run_algorithm, town):
    result = run_algorithm("outage:segments", network_parameters(town, OUTPUT="memory:"))
    assert result["OUTPUT"].fields().names() == ["code", "segment_id", "supplied"]
    by_code = {}
    for feature in result["OUTPUT"].getFeatures():
        by_code.setdefault(feature["code"], []).append((feature["segment_id"], feature["supplied"]))
    assert len(by_code["P5"]) == 2, "the mid-span valve V4 splits P5"
    assert sorted(supplied for _, supplied in by_code["P5"]) == [False, True]
    assert len(by_code["P3"]) == 2 and len({s for s, _ in by_code["P3"]}) == 2, "V2 splits P3"
    assert len(by_code["P4"]) == 2 and len({s for s, _ in by_code["P4"]}) == 1, "P4's parts join"
    p2_segment = by_code["P2"][0][0]
    assert p2_segment in {s for s, _ in by_code["P3"]}, "P3's jittered start joins P2"
    assert len({by_code["P1"][0][0], p2_segment, by_code["P4"][0][0]}) == 3
    assert all(supplied for code in ("P1", "P2", "P3", "P4") for _, supplied in by_code[code])


@pytest.mark.parametrize("output", ["memory:", "segments.gpkg"])
def test_segment_pieces_are_written_with_their_own_vertices(
    run_algorithm, town, tmp_path, output, monkeypatch
):
    from water_outage_notifier.processing_provider import segments

    monkeypatch.setattr(segments, "CHUNK", 3)  # the 8 pieces in three chunks
    if output != "memory:":
        output = str(tmp_path / output)
    result = run_algorithm("outage:segments", network_parameters(town, OUTPUT=output))
    layer = result["OUTPUT"]
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "segments", "ogr")
    lines = {}
    for feature in layer.getFeatures():
        vertices = [(v.x() - X0, v.y() - Y0) for v in feature.geometry().vertices()]
        lines.setdefault(feature["code"], []).append(vertices)
    assert lines["P1"] == [[(0, 0), (100, 0)]]
    assert sorted(lines["P4"]) == [[(0.0 + x, 0) for x in (300, 350)], [(350, 0), (400, 0)]]
    first, second = sorted(lines["P3"])
    assert first[0] == pytest.approx((200.004, 0.003), abs=1e-6)
    assert first[-1] == pytest.approx(second[0]) and second[-1] == (300, 0)
    # cut where V2 (205, 0) projects onto P3, which slopes from 3 mm above the axis
    assert first[-1] == pytest.approx((205, 0.003 * 95 / 99.996), abs=1e-4)
    assert [len(first), len(second)] == [2, 2]


def ids(entries):
    return sorted(entry["valve_id"] for entry in entries)


def test_isolate_one_pipe_reports_valves_unsupplied_area_and_customers(
    run_algorithm, town, tmp_path
):
    result, report = isolate(run_algorithm, town, tmp_path, PIPE_IDS="P2")
    assert sorted(report["pipes"]["isolated"]["pipe_ids"]) == ["P2", "P3", "P5"]
    assert sorted(report["pipes"]["unsupplied"]["pipe_ids"]) == ["P3", "P4"]
    assert ids(report["valves"]["to_close"]) == ["V1"]
    # beyond V2 the main has no other source: it goes dry anyway, V2 is optional
    assert ids(report["valves"]["not_required"]) == ["V2"]
    assert report["valves"]["not_required"][0]["reason"] == "dry_after_closure"
    assert ids(report["valves"]["already_closed"]) == ["V4"]
    assert report["sources"]["to_shut"] == []
    assert report["customers"]["isolated"] == ["C1"]
    assert sorted(report["customers"]["unsupplied"]) == ["C2", "C3"]
    assert {r["phone"] for r in report["recipients"]} == {"+393331234567", "+393477654321"}
    assert report["unreachable"] == [{"customer": "C3", "reason": "landline", "sensitive": False}]
    assert report["counts"]["sensitive"] == 1
    assert report["counts"]["units"] == 14
    (plan_v1,) = report["plan_b"]
    assert plan_v1["valve_id"] == "V1" and plan_v1["extra_valves_to_close"] == []
    assert plan_v1["extra_sources_to_shut"] == ["T"]
    assert plan_v1["extra_customers"] == 1
    roles = {(f["code"], f["role"]) for f in result["OUTPUT_PIPES"].getFeatures()}
    assert {
        ("P2", "isolated"),
        ("P3", "isolated"),
        ("P3", "unsupplied"),
        ("P4", "unsupplied"),
    } <= roles
    actions = {f["vid"]: f["action"] for f in result["OUTPUT_VALVES"].getFeatures()}
    assert actions == {"V1": "close", "V2": "not_required", "V4": "already_closed"}
    customers = {
        f["cid"]: (f["role"], f["reachable"], f["reason"])
        for f in result["OUTPUT_CUSTOMERS"].getFeatures()
    }
    assert customers["C3"] == ("unsupplied", False, "landline")
    assert customers["C1"][0] == "isolated"
    assert "C4" not in customers


def test_closed_valve_on_the_boundary_is_listed_as_already_closed(run_algorithm, town, tmp_path):
    _, report = isolate(run_algorithm, town, tmp_path, PIPE_IDS="P3")
    assert ids(report["valves"]["already_closed"]) == ["V4"]
    assert ids(report["valves"]["to_close"]) == ["V1"]
    assert ids(report["valves"]["not_required"]) == ["V3"]
    assert report["pipes"]["unsupplied"]["pipe_ids"] == ["P4"]


def test_inoperable_valves_are_passed_through(run_algorithm, town, tmp_path):
    _, report = isolate(run_algorithm, town, tmp_path, PIPE_IDS="P2", INOPERABLE_VALUES="open")
    assert ids(report["valves"]["inoperable_passed"]) == ["V1", "V2"]
    assert ids(report["valves"]["to_close"]) == []
    assert ids(report["valves"]["not_required"]) == ["V3"]
    assert [s["source_id"] for s in report["sources"]["to_shut"]] == ["T"]
    assert sorted(report["pipes"]["isolated"]["pipe_ids"]) == ["P1", "P2", "P3", "P5"]
    assert report["pipes"]["unsupplied"]["pipe_ids"] == ["P4"]
    assert report["customers"]["isolated"][0] == "C1", "sensitive customers come first"


@pytest.mark.parametrize("typed", ["P2, P4", "P2;P4", "P2 | P4", "P2 P4"])
def test_several_pipes_in_one_work_site(run_algorithm, town, tmp_path, typed):
    _, report = isolate(run_algorithm, town, tmp_path, PIPE_IDS=typed)
    assert ids(report["valves"]["to_close"]) == ["V1"]
    assert ids(report["valves"]["not_required"]) == ["V2", "V3"]
    assert sorted(report["pipes"]["isolated"]["pipe_ids"]) == ["P2", "P3", "P4", "P5"]
    assert report["pipes"]["unsupplied"]["pipe_ids"] == ["P3"], (
        "P3's far piece is cut off between them"
    )


def test_empty_pipe_ids_use_the_selected_pipes(run_algorithm, town, tmp_path):
    pipes = town["pipes"]
    pipes.selectByIds([f.id() for f in pipes.getFeatures() if f["code"] == "P1"])
    _, report = isolate(run_algorithm, town, tmp_path, PIPE_IDS="")
    assert report["pipes"]["isolated"]["pipe_ids"] == ["P1"]
    assert sorted(report["pipes"]["unsupplied"]["pipe_ids"]) == ["P2", "P3", "P4", "P5"]


def test_unknown_pipe_id_and_missing_selection_are_named(run_algorithm, town, tmp_path):
    with pytest.raises(QgsProcessingException, match="P99"):
        isolate(run_algorithm, town, tmp_path, PIPE_IDS="P99")
    with pytest.raises(QgsProcessingException, match="No pipe ids were given"):
        isolate(run_algorithm, town, tmp_path, PIPE_IDS="")


def test_single_part_line_layer_and_geographic_pipes(run_algorithm, tmp_path):
    """A plain LineString layer in WGS84: read, traced in UTM, with a notice."""
    path = tmp_path / "wgs.gpkg"
    rows = [
        (wgs84_line((0, 0), (100, 0)), {"code": "A"}),
        (wgs84_line((100, 0), (200, 0)), {"code": "B"}),
        (wgs84_line((200, 0), (300, 0)), {"code": "C"}),
    ]
    pipes = write_layer(path, "pipes", "LineString", "EPSG:4326", {"code": str}, rows)
    valves = write_layer(
        path,
        "valves",
        "Point",
        "EPSG:4326",
        {"vid": str},
        [(wgs84_point(100, 0), {"vid": "V1"}), (wgs84_point(200, 0), {"vid": "V2"})],
    )
    sources = write_layer(
        path, "sources", "Point", "EPSG:4326", {"name": str}, [(wgs84_point(0, 0), {"name": "T"})]
    )
    report_path = tmp_path / "report.json"
    result = run_algorithm(
        "outage:isolate",
        {
            "PIPES": pipes,
            "PIPE_ID_FIELD": "code",
            "VALVES": valves,
            "VALVE_ID_FIELD": "vid",
            "SOURCES": sources,
            "TOLERANCE": 0.01,
            "PIPE_IDS": "B",
            "OUTPUT_PIPES": "memory:",
            "OUTPUT_VALVES": "memory:",
            "OUTPUT_REPORT": str(report_path),
        },
    )
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["crs"] == "EPSG:32632"
    assert report["pipes"]["unsupplied"]["pipe_ids"] == ["C"]
    assert ids(report["valves"]["to_close"]) == ["V1"]
    assert ids(report["valves"]["not_required"]) == ["V2"]
    lengths = [f["length_m"] for f in result["OUTPUT_PIPES"].getFeatures() if f["code"] == "B"]
    assert lengths and abs(lengths[0] - 100.0) < 0.5, "lengths are metres, not degrees"


def test_check_valves_let_a_source_feed_only_along_their_pipes(run_algorithm, town, tmp_path):
    # a single inlet at the east end; V1 and V2 become check valves, passing water eastwards
    east = write_layer(
        tmp_path / "town.gpkg", "east", "Point", UTM, {"name": str}, [(point(400, 0), {})]
    )
    parameters = network_parameters(town, SOURCES=east, CHECK_VALUES="open", OUTPUT="memory:")
    result = run_algorithm("outage:segments", parameters)
    supplied = {}
    for feature in result["OUTPUT"].getFeatures():
        supplied.setdefault(feature["code"], []).append(feature["supplied"])
    assert supplied["P4"] == [True, True], "both parts of the MultiLineString"
    assert sorted(supplied["P3"]) == [False, True], "V2 in P3 stops the water going west"
    assert supplied["P1"] == supplied["P2"] == [False]
    assert not any(supplied["P5"])


def test_check_valves_are_passed_into_the_work_and_hold_out_of_it(run_algorithm, town, tmp_path):
    # V1 and V2 pass water eastwards: V1 lets the tank's water into P2 and cannot stop it,
    # so the isolation takes P1 in; V2 only lets water out of P2's segment, so it holds
    _, report = isolate(run_algorithm, town, tmp_path, PIPE_IDS="P2", CHECK_VALUES="open")
    passed = {v["valve_id"]: v["check"] for v in report["valves"]["inoperable_passed"]}
    assert passed == {"V1": True}
    held = {v["valve_id"]: v["check"] for v in report["valves"]["already_closed"]}
    assert held == {"V2": True, "V4": False}
    assert report["valves"]["to_close"] == [] and report["valves"]["not_required"] == []
    assert [s["source_id"] for s in report["sources"]["to_shut"]] == ["T"]
    assert sorted(report["pipes"]["isolated"]["pipe_ids"]) == ["P1", "P2", "P3", "P5"]
    assert report["pipes"]["unsupplied"]["pipe_ids"] == ["P3", "P4"]


def test_each_segments_feature_is_its_piece_as_the_network_tables_it(run_algorithm, monkeypatch):
    """The sample town, feature by feature in piece order: the attributes are made as
    columns apart from the geometries, so a shift or a mix-up between them shows here."""
    from model_identity import SAMPLE, segments_parameters
    from water_outage_notifier.gis.network_reader import NetworkLayers, read_network
    from water_outage_notifier.processing_provider import segments
    from water_outage_notifier.trace.inputs import NetworkSettings

    monkeypatch.setattr(segments, "CHUNK", 1000)  # several chunks
    parameters = segments_parameters(SAMPLE, "memory:")
    settings = NetworkSettings(0.01, ("chiusa",), ("inoperabile", "guasta"))
    network = read_network(
        NetworkLayers(
            pipes=parameters["PIPES"],
            pipe_id_field="cod_condotta",
            valves=parameters["VALVES"],
            valve_id_field="cod_valvola",
            valve_status_field="stato",
            sources=parameters["SOURCES"],
        ),
        settings,
    )[0]
    result = run_algorithm("outage:segments", parameters)
    written = [
        (
            feature["cod_condotta"],
            feature["segment_id"],
            feature["supplied"],
            [(v.x(), v.y()) for v in feature.geometry().vertices()],
        )
        for feature in result["OUTPUT"].getFeatures()
    ]
    expected = [
        (row.pipe_id, row.segment_id, row.supplied, list(network.pieces[row.piece].coords))
        for row in network.segments_table()
    ]
    assert len(expected) > 3000 and len({row[1] for row in expected}) > 100
    assert written == expected
