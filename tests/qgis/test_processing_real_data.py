"""Real utility data through Processing on GeoPackages (issues 15, 16 and 22).

Tees without a node, pipes out of service, valves that do not isolate,
service connections, curved and 3D pipes, sources bounding segments, and bad
input (valves without or with repeated ids, an empty pipes layer, a CRS that
cannot be right), all through ``outage:segments`` and ``outage:isolate``.
"""

from __future__ import annotations

import json
import math

import pytest
from gpkg_layers import UTM, X0, Y0, line, point, utm, write_layer
from qgis.core import QgsProcessingFeedback


class Feedback(QgsProcessingFeedback):
    """Keeps what an algorithm pushes, to check what the operator reads in the log."""

    def __init__(self):
        super().__init__()
        self.warnings, self.infos = [], []

    def pushWarning(self, text):  # noqa: N802 - QGIS API name
        self.warnings.append(text)
        super().pushWarning(text)

    def pushInfo(self, text):  # noqa: N802 - QGIS API name
        self.infos.append(text)
        super().pushInfo(text)


def run_logged(run, name, parameters):
    feedback = Feedback()
    return run(name, parameters, feedback=feedback), feedback


def network(pipes, valves, sources, **extra):
    parameters = {
        "PIPES": pipes,
        "PIPE_ID_FIELD": "code",
        "VALVES": valves,
        "VALVE_ID_FIELD": "vid",
        "VALVE_STATUS_FIELD": "state",
        "SOURCES": sources,
        "SOURCE_ID_FIELD": "name",
        "TOLERANCE": 0.01,
    }
    parameters.update(extra)
    return parameters


def valves_at(path, rows, crs=UTM):
    """A valves layer of ``(id, (x, y), state)`` rows."""
    return write_layer(
        path,
        "valves",
        "Point",
        crs,
        {"vid": str, "state": str},
        [(point(*xy), {"vid": vid, "state": state}) for vid, xy, state in rows],
    )


def sources_at(path, rows, crs=UTM):
    """A sources layer of ``(name, (x, y))`` rows."""
    return write_layer(
        path, "sources", "Point", crs, {"name": str}, [(point(*xy), {"name": n}) for n, xy in rows]
    )


def isolate(run, parameters, tmp_path, pipe_ids):
    path = tmp_path / f"report_{pipe_ids.replace(',', '_')}.json"
    result = run(
        "outage:isolate",
        dict(
            parameters,
            PIPE_IDS=pipe_ids,
            OUTPUT_PIPES="memory:",
            OUTPUT_VALVES="memory:",
            OUTPUT_REPORT=str(path),
        ),
    )
    return result, json.loads(path.read_text(encoding="utf-8"))


def ids(entries, key="valve_id"):
    return sorted(entry[key] for entry in entries)


# ----- tees: a town drawn with long mains answers as the same town split at every junction --

#: (code, points); M and N are long mains, B1..B3 branches ending on them. In the long
#: drawing B1 starts on a vertex of M and ends mid-segment on N; B2 stops a few millimetres
#: short of N and overshoots M by 4 mm; B3 ends mid-segment on M.
LONG_TOWN = [
    ("M", [(0, 0), (100, 0), (300, 0)]),
    ("N", [(0, 100), (300, 100)]),
    ("B1", [(100, 0), (100, 100)]),
    ("B2", [(200, 99.994), (200, -0.004)]),
    ("B3", [(250, 0), (250, -80)]),
]
SPLIT_TOWN = [
    ("M", [(0, 0), (100, 0)]),
    ("M", [(100, 0), (200, 0)]),
    ("M", [(200, 0), (250, 0)]),
    ("M", [(250, 0), (300, 0)]),
    ("N", [(0, 100), (100, 100)]),
    ("N", [(100, 100), (200, 100)]),
    ("N", [(200, 100), (300, 100)]),
    ("B1", [(100, 0), (100, 100)]),
    ("B2", [(200, 100), (200, 0)]),
    ("B3", [(250, 0), (250, -80)]),
]
VALVES = [
    ("V1", (50, 0)),
    ("V2", (150, 0)),
    ("V3", (150, 100)),
    ("V4", (250, -40)),
    ("V5", (100, 50)),
    ("V6", (275, 0)),
]


def town_of(path, pipes):
    return {
        "pipes": write_layer(
            path,
            "pipes",
            "LineString",
            UTM,
            {"code": str},
            [(line(*pts), {"code": c}) for c, pts in pipes],
        ),
        "valves": valves_at(path, [(v, xy, "open") for v, xy in VALVES]),
        "sources": sources_at(path, [("T", (0, 0)), ("W", (300, 100))]),
    }


def segment_partition(layer):
    """Segments as sets of pieces, each piece named by its pipe id and its midpoint (0.1 m)."""
    segments = {}
    for feature in layer.getFeatures():
        vertices = list(feature.geometry().vertices())
        mid = feature.geometry().interpolate(feature.geometry().length() / 2).asPoint()
        key = (feature["code"], round(mid.x() - X0, 1), round(mid.y() - Y0, 1), len(vertices) > 0)
        segments.setdefault(feature["segment_id"], set()).add(key)
    return {frozenset(pieces) for pieces in segments.values()}


def test_long_mains_with_branches_answer_as_the_town_split_at_every_junction(
    run_algorithm, tmp_path
):
    answers = []
    for name, pipes in (("long", LONG_TOWN), ("split", SPLIT_TOWN)):
        layers = town_of(tmp_path / f"{name}.gpkg", pipes)
        parameters = network(layers["pipes"], layers["valves"], layers["sources"])
        (segments, feedback) = run_logged(
            run_algorithm, "outage:segments", dict(parameters, OUTPUT="memory:")
        )
        sites = {}
        for work in ("M", "N", "B1", "B2", "B3"):
            result, report = isolate(run_algorithm, parameters, tmp_path, work)
            length = sum(
                f["length_m"]
                for f in result["OUTPUT_PIPES"].getFeatures()
                if f["role"] == "isolated"
            )
            sites[work] = (
                sorted(report["pipes"]["isolated"]["pipe_ids"]),
                sorted(report["pipes"]["unsupplied"]["pipe_ids"]),
                ids(report["valves"]["to_close"]),
                ids(report["valves"]["not_required"]),
                ids(report["sources"]["to_shut"], "source_id"),
                round(length, 1),
            )
        answers.append((segment_partition(segments["OUTPUT"]), sites, feedback))
    (long_segments, long_sites, long_log), (split_segments, split_sites, split_log) = answers
    assert long_segments == split_segments
    assert long_sites == split_sites
    # B3 hangs on M between V2 and V6, which B2 joins to N up to the source W: all of it
    # shuts; V6 faces M's dead end, which goes dry anyway, so it is not required
    assert long_sites["B3"] == (["B2", "B3", "M", "N"], ["M"], ["V2", "V3"], ["V6"], ["W"], 455.0)
    tees = [text for text in long_log.infos if "(a tee)" in text]
    assert len(tees) == 3 and not any("(a tee)" in text for text in long_log.warnings)
    assert any("more notes of the same kind." in t for t in long_log.infos)
    assert not any("crossing" in text for text in long_log.warnings)

    def dangling(log):
        return len([text for text in log.warnings if "without meeting" in text])

    assert dangling(long_log) == dangling(split_log) == 3  # M's and N's far ends, B3's foot


# ----- curves and 3D pipes -------------------------------------------------------------------


def xy(x, y):
    return "{:.4f} {:.4f}".format(*utm(x, y))


ARC = f"CIRCULARSTRING({xy(0, 0)}, {xy(50, 50)}, {xy(100, 0)}), ({xy(100, 0)}, {xy(120, 0)})"
#: layer type, P1 from the tank at (0, 0) to the valve, P2 from the valve on, P1's plan length
CURVED = [
    (
        "MultiCurve",
        f"MULTICURVE(COMPOUNDCURVE({ARC}))",
        f"MULTICURVE(({xy(120, 0)}, {xy(220, 0)}))",
        120,
    ),
    ("CompoundCurve", f"COMPOUNDCURVE({ARC})", f"COMPOUNDCURVE(({xy(120, 0)}, {xy(220, 0)}))", 120),
    (
        "LineStringZ",
        f"LINESTRING Z({xy(0, 0)} 10, {xy(50, 0)} 12, {xy(100, 0)} 9)",
        f"LINESTRING Z({xy(100, 0)} 9, {xy(200, 0)} 8)",
        100,
    ),
    (
        "LineStringM",
        f"LINESTRING M({xy(0, 0)} 0, {xy(50, 0)} 50, {xy(100, 0)} 100)",
        f"LINESTRING M({xy(100, 0)} 0, {xy(200, 0)} 100)",
        100,
    ),
    (
        "MultiLineStringZM",
        f"MULTILINESTRING ZM(({xy(0, 0)} 10 0, {xy(50, 0)} 12 50, {xy(100, 0)} 9 100))",
        f"MULTILINESTRING ZM(({xy(100, 0)} 9 0, {xy(200, 0)} 8 100))",
        100,
    ),
]


@pytest.mark.parametrize("kind, first, second, end", CURVED, ids=[row[0] for row in CURVED])
def test_curved_and_3d_pipes_are_traced_in_plan(run_algorithm, tmp_path, kind, first, second, end):
    path = tmp_path / "curves.gpkg"
    pipes = write_layer(
        path, "pipes", kind, UTM, {"code": str}, [(first, {"code": "P1"}), (second, {"code": "P2"})]
    )
    assert pipes.featureCount() == 2 and all(f.hasGeometry() for f in pipes.getFeatures())
    parameters = network(
        pipes, valves_at(path, [("V", (end, 0), "open")]), sources_at(path, [("T", (0, 0))])
    )
    segments = run_algorithm("outage:segments", dict(parameters, OUTPUT="memory:"))["OUTPUT"]
    by_code = {f["code"]: (f["segment_id"], f["supplied"]) for f in segments.getFeatures()}
    assert by_code["P1"][0] != by_code["P2"][0] and by_code["P1"][1] and by_code["P2"][1]
    result, report = isolate(run_algorithm, parameters, tmp_path, "P1")
    assert report["pipes"]["isolated"]["pipe_ids"] == ["P1"]
    assert ids(report["valves"]["not_required"]) == ["V"]  # P2 has no other source
    assert report["pipes"]["unsupplied"]["pipe_ids"] == ["P2"]
    (length,) = [f["length_m"] for f in result["OUTPUT_PIPES"].getFeatures() if f["code"] == "P1"]
    expected = math.pi * 50 + 20 if "CIRCULARSTRING" in first else end
    assert length == pytest.approx(expected, rel=0.01), "the arc is followed, in plan"


# ----- sources bound segments ------------------------------------------------------------------


def well_tank_town(path):
    """Well W at x = 0, three pipes to the tank T at x = 300, the town's main beyond it."""
    pipes = [(line((100 * i, 0), (100 * (i + 1), 0)), {"code": f"W{i + 1}"}) for i in range(3)]
    pipes += [
        (line((300 + 100 * i, 0), (400 + 100 * i, 0)), {"code": f"T{i + 1}"}) for i in range(3)
    ]
    pipes += [(line((400, 0), (400, 100), (600, 100), (600, 0)), {"code": "LOOP"})]
    return {
        "pipes": write_layer(path, "pipes", "LineString", UTM, {"code": str}, pipes),
        "valves": valves_at(path, [("A", (350, 0), "open"), ("B", (450, 0), "open")]),
        "sources": sources_at(path, [("WELL", (0, 0)), ("TANK", (300, 0))]),
    }


def test_a_work_site_between_a_well_and_its_tank_shuts_both_and_closes_nothing(
    run_algorithm, tmp_path
):
    town = well_tank_town(tmp_path / "well.gpkg")
    parameters = network(town["pipes"], town["valves"], town["sources"])
    _, report = isolate(run_algorithm, parameters, tmp_path, "W2")
    assert report["pipes"]["isolated"]["pipe_ids"] == ["W1", "W2", "W3"]
    assert report["valves"]["to_close"] == [] and report["valves"]["not_required"] == []
    shut = report["sources"]["to_shut"]
    assert [s["source_id"] for s in shut] == ["WELL", "TANK"]
    assert shut[1]["point"] == pytest.approx(list(utm(300, 0)))
    assert isinstance(shut[1]["fid"], int)
    assert report["pipes"]["unsupplied"]["pipe_ids"] == []
    assert report["counts"]["sources_to_shut"] == 2
    segments = run_algorithm("outage:segments", dict(parameters, OUTPUT="memory:"))["OUTPUT"]
    by_code = {f["code"]: f["segment_id"] for f in segments.getFeatures()}
    assert by_code["W3"] != by_code["T1"], "the tank bounds the segments"


def test_the_valve_between_the_tank_and_the_town_is_closed_only_if_water_comes_through_it(
    run_algorithm, tmp_path
):
    town = well_tank_town(tmp_path / "well.gpkg")
    parameters = network(town["pipes"], town["valves"], town["sources"])
    # the loop joins both ends of B: working on T3 shuts the whole loop up to A, and the tank
    # still feeds the near side of A, so A is to close
    _, report = isolate(run_algorithm, parameters, tmp_path, "T3")
    assert ids(report["valves"]["to_close"]) == ["A"]
    assert sorted(report["pipes"]["isolated"]["pipe_ids"]) == ["LOOP", "T1", "T2", "T3"]
    # T1 holds both sides of A: the town down to the tank shuts, and the tank is shut
    _, report = isolate(run_algorithm, parameters, tmp_path, "T1")
    assert report["valves"]["to_close"] == report["valves"]["not_required"] == []
    assert [s["source_id"] for s in report["sources"]["to_shut"]] == ["TANK"]
    assert report["pipes"]["unsupplied"]["pipe_ids"] == []


# ----- pipes out of service, valves that do not isolate ---------------------------------------


def test_out_of_service_pipes_and_non_isolating_valves_are_mapped_in_processing(
    run_algorithm, tmp_path
):
    path = tmp_path / "real.gpkg"
    pipes = write_layer(
        path,
        "pipes",
        "LineString",
        UTM,
        {"code": str, "stato": str},
        [
            (line((0, 0), (100, 0)), {"code": "P1", "stato": "in esercizio"}),
            (line((100, 0), (200, 0)), {"code": "P2", "stato": None}),
            (line((200, 0), (300, 0)), {"code": "P3", "stato": None}),
            (line((100, 0), (100, 100)), {"code": "OLD", "stato": "Dismessa"}),
        ],
    )
    valves = write_layer(
        path,
        "valves",
        "Point",
        UTM,
        {"vid": str, "state": str, "tipo": str},
        [
            (point(50, 0), {"vid": "G1", "state": "aperta", "tipo": "Saracinesca"}),
            (point(150, 0), {"vid": "AIR", "state": "aperta", "tipo": "sfiato"}),
            (point(250, 0), {"vid": "G2", "state": "aperta", "tipo": "farfalla"}),
            (point(100, 60), {"vid": "ONOLD", "state": "aperta", "tipo": "saracinesca"}),
        ],
    )
    sources = sources_at(path, [("T", (0, 0)), ("S", (300, 0))])
    parameters = network(pipes, valves, sources, PIPE_STATUS_FIELD="stato", VALVE_TYPE_FIELD="tipo")
    (segments, log) = run_logged(
        run_algorithm, "outage:segments", dict(parameters, OUTPUT="memory:")
    )
    codes = {f["code"] for f in segments["OUTPUT"].getFeatures()}
    assert codes == {"P1", "P2", "P3"}, "the pipe out of service is left out"
    assert any("out of service" in t for t in log.infos)
    assert any("ONOLD" in t and "out of service" in t for t in log.warnings)
    _, report = isolate(run_algorithm, parameters, tmp_path, "P2")
    assert report["pipes"]["isolated"]["pipe_ids"] == ["P1", "P2", "P3"]
    assert ids(report["valves"]["to_close"]) == ["G1", "G2"], "the air valve is an open joint"
    # the user's own lists
    custom = dict(parameters, ISOLATING_TYPES="sfiato")
    _, report = isolate(run_algorithm, custom, tmp_path, "P1")
    assert ids(report["valves"]["to_close"]) == ["AIR"]
    retired = dict(parameters, OUT_OF_SERVICE_VALUES="in esercizio")
    segments = run_algorithm("outage:segments", dict(retired, OUTPUT="memory:"))["OUTPUT"]
    assert {f["code"] for f in segments.getFeatures()} == {"P2", "P3", "OLD"}


# ----- service connections ----------------------------------------------------------------------


def test_service_lines_link_customers_to_the_main_they_meet(run_algorithm, tmp_path):
    path = tmp_path / "street.gpkg"
    pipes = write_layer(
        path,
        "pipes",
        "LineString",
        UTM,
        {"code": str},
        [(line((0, 0), (200, 0)), {"code": "A"}), (line((0, 12), (200, 12)), {"code": "B"})],
    )
    valves = valves_at(path, [])
    sources = sources_at(path, [("SA", (0, 0)), ("SB", (0, 12))])
    customers = write_layer(
        path,
        "customers",
        "Point",
        UTM,
        {"cid": str, "phone": str},
        [
            (point(50, 9), {"cid": "U1", "phone": "3331234567"}),
            (point(80, 9), {"cid": "U2", "phone": "3337654321"}),
        ],
    )
    services = write_layer(
        path,
        "allacci",
        "LineString",
        UTM,
        {"utenza": str},
        [
            (line((50, 9), (50, 0)), {"utenza": "U1"}),
            (line((80, 9), (80, 3)), {"utenza": "U2"}),  # reaches no main
            (line((120, 9), (120, 0)), {"utenza": "U9"}),  # no such customer
        ],
    )
    parameters = network(
        pipes,
        valves,
        sources,
        CUSTOMERS=customers,
        CUSTOMER_ID_FIELD="cid",
        PHONE_FIELD="phone",
        MAX_SNAP_DISTANCE=20,
        SERVICES=services,
        SERVICE_CUSTOMER_FIELD="utenza",
    )
    _, report = isolate(run_algorithm, parameters, tmp_path, "A")
    assert report["customers"]["isolated"] == ["U1"], "across the street, by its service line"
    _, report = isolate(run_algorithm, parameters, tmp_path, "B")
    assert report["customers"]["isolated"] == ["U2"], "no usable service line: the nearest main"
    codes = sorted(w["code"] for w in report["warnings"] if w["role"] == "services")
    assert codes == ["service_off_network", "service_unknown_customer"]


# ----- bad input -----------------------------------------------------------------------------------


def test_valves_without_an_id_or_with_a_repeated_id_are_named(run_algorithm, tmp_path):
    path = tmp_path / "ids.gpkg"
    pipes = write_layer(
        path,
        "pipes",
        "LineString",
        UTM,
        {"code": str},
        [(line((100 * i, 0), (100 * (i + 1), 0)), {"code": f"P{i + 1}"}) for i in range(4)],
    )
    valves = valves_at(
        path,
        [(None, (100, 0), "open"), ("V001368", (300, 0), "open"), ("V001368", (200, 0), "open")],
    )
    sources = sources_at(path, [("T", (0, 0)), ("S", (400, 0))])
    _, report = isolate(run_algorithm, network(pipes, valves, sources), tmp_path, "P2")
    closing = report["valves"]["to_close"]
    assert [v["valve_id"] for v in closing] == [None, "V001368"]
    assert all(isinstance(v["fid"], int) for v in closing)
    codes = {w["code"]: w for w in report["warnings"]}
    assert codes["null_id"]["fid"] == closing[0]["fid"]
    assert codes["duplicate_id"]["feature_id"] == "V001368"


def test_an_empty_pipes_layer_is_said_once(run_algorithm, tmp_path):
    path = tmp_path / "empty.gpkg"
    pipes = write_layer(path, "pipes", "LineString", UTM, {"code": str}, [])
    valves = valves_at(path, [(f"V{i}", (i, 0), "open") for i in range(300)])
    sources = sources_at(path, [("T", (0, 0))])
    result, log = run_logged(
        run_algorithm, "outage:segments", dict(network(pipes, valves, sources), OUTPUT="memory:")
    )
    assert result["OUTPUT"].featureCount() == 0
    assert len(log.warnings) == 1 and "none of its 0 pipe(s)" in log.warnings[0]
    assert "300 valve(s)" in log.warnings[0]


def test_projected_coordinates_labelled_in_degrees_are_named_and_still_traced(
    run_algorithm, tmp_path
):
    path = tmp_path / "mislabelled.gpkg"
    rows = [(line((0, 0), (100, 0)), {"code": "A"}), (line((100, 0), (200, 0)), {"code": "B"})]
    pipes = write_layer(path, "pipes", "LineString", "EPSG:4326", {"code": str}, rows)
    valves = valves_at(path, [("V", (100, 0), "open")], crs="EPSG:4326")
    sources = sources_at(path, [("T", (0, 0))], crs="EPSG:4326")
    result, log = run_logged(
        run_algorithm, "outage:segments", dict(network(pipes, valves, sources), OUTPUT="memory:")
    )
    notes = [text for text in log.warnings if "EPSG:4326" in text]
    assert len(notes) == 3, "pipes, valves and sources"
    assert "(716200, 4914000)" in notes[0] and "probably wrong" in notes[0]
    assert not any("in  and" in text or "works in  " in text for text in log.warnings)
    segments = {f["code"]: f["segment_id"] for f in result["OUTPUT"].getFeatures()}
    assert segments["A"] != segments["B"], "the valve still splits them, in the layer's own units"


def test_a_crs_without_a_name_is_named_by_its_authority_id_or_definition(qgis_app):
    from qgis.core import QgsCoordinateReferenceSystem
    from water_outage_notifier.gis.network_reader import crs_label

    assert crs_label(QgsCoordinateReferenceSystem("EPSG:32632")) == "EPSG:32632"
    custom = QgsCoordinateReferenceSystem.fromProj(
        "+proj=tmerc +lat_0=0 +lon_0=12 +k=0.9996 +x_0=1500000 +ellps=intl"
    )
    assert custom.isValid() and not custom.authid()
    assert crs_label(custom).strip()
    assert crs_label(QgsCoordinateReferenceSystem()) == "a custom CRS"
