"""Layers as utilities really keep them, through ``outage:isolate`` on GeoPackages.

One town (UTM 32N metres from the origin, drawn in each test's CRS)::

    T ====A==== V1 ====B==== V2 ====C==== S
    0          100          200          300
                   U1 (150, 5)    U2 (50, 5)

V1 stands 3 cm off the pipe ends it joins (the tolerance is 5 cm). Working
on B closes V1 and V2 and leaves U1 without water, whatever the CRSs of
the layers, the types of their ids and the words of their states.
"""

from __future__ import annotations

import json
import math
import os
import uuid

import pytest
from gpkg_layers import UTM, line, point, utm, write_layer
from model_identity import spied_columnar_reads
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDatumTransform,
    QgsGeometry,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)


class Feedback(QgsProcessingFeedback):
    """Keeps the warnings an algorithm pushes: the notes the operator reads in the log."""

    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):  # noqa: N802 - QGIS API name
        self.warnings.append(text)
        super().pushWarning(text)


def isolate(run, parameters, tmp_path, pipe_ids, feedback=None):
    path = tmp_path / "report.json"
    outputs = dict(OUTPUT_PIPES="memory:", OUTPUT_VALVES="memory:", OUTPUT_REPORT=str(path))
    result = run(
        "outage:isolate", dict(parameters, PIPE_IDS=pipe_ids, **outputs), feedback=feedback
    )
    return result, json.loads(path.read_text(encoding="utf-8"))


def drawn_in(wkt: str, crs: str) -> str:
    """A town geometry (UTM 32N) as a survey in ``crs`` would hold it."""
    geometry = QgsGeometry.fromWkt(wkt)
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem(UTM), QgsCoordinateReferenceSystem(crs), QgsProject.instance()
    )
    geometry.transform(transform)
    return geometry.asWkt(12)


def town(path, crss=(UTM,) * 4, pipe_ids=("A", "B", "C"), named=None, states=("aperta",) * 2):
    """Pipes, valves, sources and customers in ``crss``; customers name their pipe by ``named``."""
    pipes_crs, valves_crs, sources_crs, customers_crs = crss
    id_type, named = type(pipe_ids[0]), named or pipe_ids
    pipes = [
        (drawn_in(line((100 * i, 0), (100 * (i + 1), 0)), pipes_crs), {"code": pipe_id})
        for i, pipe_id in enumerate(pipe_ids)
    ]
    valves = [
        (drawn_in(point(100.0, 0.03), valves_crs), {"vid": "V1", "state": states[0]}),
        (drawn_in(point(200, 0), valves_crs), {"vid": "V2", "state": states[1]}),
    ]
    sources = [(drawn_in(point(x, 0), sources_crs), {"name": n}) for n, x in (("T", 0), ("S", 300))]
    customers = [
        (drawn_in(point(150, 5), customers_crs), {"cid": "U1", "pipe": named[1]}),
        (drawn_in(point(50, 5), customers_crs), {"cid": "U2", "pipe": named[0]}),
    ]
    return dict(
        PIPES=write_layer(path, "pipes", "LineString", pipes_crs, {"code": id_type}, pipes),
        PIPE_ID_FIELD="code",
        VALVES=write_layer(
            path, "valves", "Point", valves_crs, {"vid": str, "state": type(states[0])}, valves
        ),
        VALVE_ID_FIELD="vid",
        VALVE_STATUS_FIELD="state",
        SOURCES=write_layer(path, "sources", "Point", sources_crs, {"name": str}, sources),
        SOURCE_ID_FIELD="name",
        TOLERANCE=0.05,
        CUSTOMERS=write_layer(
            path,
            "customers",
            "Point",
            customers_crs,
            {"cid": str, "pipe": type(named[0])},
            customers,
        ),
        CUSTOMER_ID_FIELD="cid",
        CUSTOMER_PIPE_FIELD="pipe",
        MAX_SNAP_DISTANCE=20,
    )


def work_on_b(report, pipe_id="B"):
    """The answer of every test: B isolated, V1 and V2 to close, U1 without water."""
    assert report["pipes"]["isolated"]["pipe_ids"] == [pipe_id]
    assert sorted(v["valve_id"] for v in report["valves"]["to_close"]) == ["V1", "V2"]
    assert report["customers"]["isolated"] == ["U1"]
    assert report["warnings"] == []


# ----- coordinate reference systems ------------------------------------------------------------

CRSS = [
    ("EPSG:3003", "EPSG:4326", "EPSG:4326", "EPSG:4326"),  # Gauss-Boaga pipes, GPS survey
    ("EPSG:4326", "EPSG:3003", "EPSG:7791", "EPSG:32632"),  # pipes in degrees
    ("EPSG:6707",) * 4,  # RDN2008 / UTM 32N
    ("EPSG:3003",) * 4,  # Monte Mario / Italy zone 1
]


@pytest.mark.parametrize("crss", CRSS, ids=["-".join(c[4:] for c in crss) for crss in CRSS])
def test_layers_in_other_crss_keep_the_tolerance_in_metres(run_algorithm, tmp_path, crss):
    _, report = isolate(run_algorithm, town(tmp_path / "town.gpkg", crss), tmp_path, "B")
    work_on_b(report)


def test_a_layer_reached_by_a_ballpark_transformation_is_named(run_algorithm, tmp_path):
    """Monte Mario pipes and RDN2008 valves and customers: without Italy's grid PROJ drops
    the datum shift, and the valves land some 77 m off the pipes. The operator is told why."""
    pipes, others = QgsCoordinateReferenceSystem("EPSG:3003"), "EPSG:6707"
    best = QgsDatumTransform.operations(QgsCoordinateReferenceSystem(others), pipes)[0]
    if best.isAvailable:
        pytest.skip("the grid between RDN2008 and Monte Mario is installed here")
    crss = ("EPSG:3003", others, "EPSG:3003", others)
    feedback = Feedback()
    _, report = isolate(run_algorithm, town(tmp_path / "town.gpkg", crss), tmp_path, "B", feedback)
    assert {w["code"] for w in report["warnings"]} >= {"valve_off_network"}
    notes = [text for text in feedback.warnings if "ballpark" in text]
    assert [text.split("'")[1] for text in notes] == ["valves", "customers"]
    assert all("EPSG:6707" in text and "EPSG:3003" in text for text in notes)
    assert all(grid.shortName in notes[0] for grid in best.grids)


# ----- ids and states of other types -----------------------------------------------------------


def test_customers_naming_numbered_pipes_as_text_with_leading_zeros(run_algorithm, tmp_path):
    parameters = town(tmp_path / "town.gpkg", pipe_ids=(1, 7, 3), named=("001", "007", "003"))
    _, report = isolate(run_algorithm, parameters, tmp_path, "007")
    work_on_b(report, 7)


def test_customers_naming_text_pipes_by_number(run_algorithm, tmp_path):
    parameters = town(tmp_path / "town.gpkg", pipe_ids=("1", "7", "3"), named=(1, 7, 3))
    _, report = isolate(run_algorithm, parameters, tmp_path, "7")
    work_on_b(report, "7")


def test_ids_with_accents_and_spaces(run_algorithm, tmp_path):
    parameters = town(tmp_path / "town.gpkg", pipe_ids=("Città 1", "Via Sù 2", "C 3"))
    _, report = isolate(run_algorithm, parameters, tmp_path, "Via Sù 2;")
    work_on_b(report, "Via Sù 2")


@pytest.mark.parametrize("states", [("APERTA", " Chiusa "), (0, 1), (0.0, 1.0)])
def test_valve_states_in_other_words_case_and_numbers(run_algorithm, tmp_path, states):
    parameters = dict(town(tmp_path / "town.gpkg", states=states), CLOSED_VALUES="chiusa,1")
    _, report = isolate(run_algorithm, parameters, tmp_path, "B")
    assert [v["valve_id"] for v in report["valves"]["to_close"]] == ["V1"]
    assert [v["valve_id"] for v in report["valves"]["already_closed"]] == ["V2"]


# ----- geometries ---------------------------------------------------------------------------


def xy(x, y):
    return "{:.4f} {:.4f}".format(*utm(x, y))


def drawn(path, kind: str, pipes: list, valves: list, sources: list, tolerance: float) -> dict:
    """The parameters of a network drawn as ``(wkt, code)`` pipes of layer type ``kind``,
    ``(id, (x, y))`` valves and ``(name, (x, y))`` sources."""
    pipes = write_layer(
        path, "pipes", kind, UTM, {"code": str}, [(w, {"code": c}) for w, c in pipes]
    )
    valves = write_layer(
        path, "valves", "Point", UTM, {"vid": str}, [(point(*at), {"vid": v}) for v, at in valves]
    )
    sources = write_layer(
        path,
        "sources",
        "Point",
        UTM,
        {"name": str},
        [(point(*at), {"name": n}) for n, at in sources],
    )
    return dict(
        PIPES=pipes,
        PIPE_ID_FIELD="code",
        VALVES=valves,
        VALVE_ID_FIELD="vid",
        SOURCES=sources,
        SOURCE_ID_FIELD="name",
        TOLERANCE=tolerance,
    )


def test_multilinestrings_of_several_parts_and_valves_on_vertices_or_centimetres_off(
    run_algorithm, tmp_path
):
    """M has two parts (the second bends at a vertex where VV stands); Y has a branch as its
    second part, with VY on it; VZ stands 2 cm off C. Working on N closes all four."""
    path = tmp_path / "multi.gpkg"
    multi = [
        (
            f"MULTILINESTRING(({xy(0, 0)}, {xy(100, 0)}), ({xy(100, 0)}, {xy(150, 0)}, {xy(200, 0)}))",
            "M",
        ),
        (f"MULTILINESTRING(({xy(200, 0)}, {xy(300, 0)}))", "N"),
        (f"MULTILINESTRING(({xy(300, 0)}, {xy(400, 0)}), ({xy(300, 0)}, {xy(300, 100)}))", "Y"),
    ]
    valves = [("VV", (150, 0)), ("VY", (300, 50)), ("VZ", (350, 0.02))]
    sources = [("T", (0, 0)), ("S", (400, 0)), ("R", (300, 100))]
    parameters = drawn(path, "MultiLineString", multi, valves, sources, 0.05)
    result, report = isolate(run_algorithm, parameters, tmp_path, "N")
    assert sorted(v["valve_id"] for v in report["valves"]["to_close"]) == ["VV", "VY", "VZ"]
    lengths = sorted(
        round(f["length_m"], 2)
        for f in result["OUTPUT_PIPES"].getFeatures()
        if f["role"] == "isolated"
    )
    assert lengths == [50.0, 50.0, 50.0, 100.0]  # M from VV, N, Y to VZ and to VY
    assert report["warnings"] == []


@pytest.mark.parametrize(
    "kind, shape",
    [
        ("MultiPoint", "MULTIPOINT(({x} {y}))"),
        ("Polygon", "POLYGON(({x} {y}, {x2} {y}, {x2} {y2}, {x} {y2}, {x} {y}))"),
        ("MultiPolygon", "MULTIPOLYGON((({x} {y}, {x2} {y}, {x2} {y2}, {x} {y2}, {x} {y})))"),
    ],
)
def test_customers_as_multipoints_or_buildings_are_linked_by_position(
    run_algorithm, tmp_path, kind, shape
):
    parameters = town(tmp_path / "town.gpkg")
    rows = []
    for cid, (x, y) in (("U1", utm(145, 4)), ("U2", utm(45, 4))):
        wkt = shape.format(x=x, y=y, x2=x + 10, y2=y + 8)
        rows.append((wkt, {"cid": cid}))
    customers = write_layer(tmp_path / "customers.gpkg", "buildings", kind, UTM, {"cid": str}, rows)
    parameters = dict(parameters, CUSTOMERS=customers, CUSTOMER_PIPE_FIELD="")
    _, report = isolate(run_algorithm, parameters, tmp_path, "B")
    work_on_b(report)


def test_the_map_tool_model_links_buildings_by_position_and_text_pipe_ids(tmp_path):
    """The clicks' model (project mapping, snapshots, GDAL's column reader): buildings mapped
    as customers, linked by nearest pipe; a building naming its pipe as text links too."""
    from water_outage_notifier.gis.mapping import (
        LINK_BY_NEAREST,
        LayerMapping,
        ProjectMapping,
        validate_mapping,
    )
    from water_outage_notifier.gis.model import ModelSources

    parameters = town(tmp_path / "town.gpkg", pipe_ids=(1, 7, 3))
    rows = []
    for cid, (x, y), pipe in (("U1", utm(145, 4), "007"), ("U2", utm(45, 4), None)):
        ring = f"{x} {y}, {x + 10} {y}, {x + 10} {y + 8}, {x} {y + 8}, {x} {y}"
        rows.append((f"POLYGON(({ring}))", {"cid": cid, "pipe": pipe}))
    buildings = write_layer(
        tmp_path / "b.gpkg", "edifici", "Polygon", UTM, {"cid": str, "pipe": str}, rows
    )
    network = [parameters[role] for role in ("PIPES", "VALVES", "SOURCES")]
    QgsProject.instance().addMapLayers([*network, buildings])
    mapping = ProjectMapping(
        pipes=LayerMapping(parameters["PIPES"].id(), {"id": "code"}),
        valves=LayerMapping(parameters["VALVES"].id(), {"id": "vid", "status": "state"}),
        sources=LayerMapping(parameters["SOURCES"].id(), {"id": "name"}),
        customers=LayerMapping(buildings.id(), {"id": "cid", "pipe": "pipe"}),
        tolerance=0.05,
        customer_link=LINK_BY_NEAREST,
        max_snap_distance=20,
    )
    assert validate_mapping(mapping) == []
    model = ModelSources.from_mapping(mapping).build(keep=False)
    site = model.analyse(model.network.pieces_of_pipe(7))
    assert [c.customer_id for c in site.all_customers().customers] == ["U1"]
    assert site.report()["warnings"] == []


def test_a_valve_surveyed_on_a_wide_curve_stands_on_its_pipe(run_algorithm, tmp_path):
    """A main bending on a 500 m radius (a CompoundCurve), a valve surveyed on the arc between
    two of QGIS's default chords (one degree each, 2 cm inside the arc): within 1 cm."""
    path = tmp_path / "curve.gpkg"
    arc = f"COMPOUNDCURVE(CIRCULARSTRING({xy(0, 0)}, {xy(500, 500)}, {xy(1000, 0)}))"
    straight = f"COMPOUNDCURVE(({xy(1000, 0)}, {xy(1100, 0)}))"
    angle = math.radians(90.5)  # half-way between two default chords' vertices
    on_arc = (500 + 500 * math.cos(angle), 500 * math.sin(angle))
    ends = [("T", (0, 0)), ("S", (1100, 0))]
    parameters = drawn(
        path, "CompoundCurve", [(arc, "P"), (straight, "Q")], [("VA", on_arc)], ends, 0.01
    )
    _, report = isolate(run_algorithm, parameters, tmp_path, "Q")
    assert report["warnings"] == []
    assert [v["valve_id"] for v in report["valves"]["to_close"]] == ["VA"]


# ----- a Shapefile in its own code page --------------------------------------------------------


def shapefile_pipes(tmp_path, pipes, code_page_byte: int | None = None) -> QgsVectorLayer:
    """The pipes as GDAL writes a Shapefile (as every ogr2ogr export): Latin-1 text, the DBF's
    code page byte saying so (87), no ``.cpg``, the id field's name cut to 10 characters.
    ``code_page_byte`` 0: the DBF says nothing of its code page, as old exports do."""
    from osgeo import gdal

    gdal.VectorTranslate(
        str(tmp_path / "pipes.shp"),
        pipes.source().split("|")[0],
        layers=["pipes"],
        format="ESRI Shapefile",
        SQLStatement="SELECT geom, code AS cod_condotta FROM pipes",
    )
    dbf = tmp_path / "pipes.dbf"
    data = bytearray(dbf.read_bytes())
    # inside QGIS, GDAL writes the text as it gets it (UTF-8): make it Latin-1, as ogr2ogr
    # writes it, at the same width (a DBF's text is padded with spaces)
    data = data.replace("Città".encode(), "Città ".encode("latin-1"))
    if code_page_byte is not None:
        data[29] = code_page_byte
    dbf.write_bytes(bytes(data))
    layer = QgsVectorLayer(str(tmp_path / "pipes.shp"), "pipes", "ogr")
    QgsProject.instance().addMapLayer(layer, False)
    return layer


def test_a_shapefile_in_latin1_is_read_in_its_code_page(run_algorithm, tmp_path, monkeypatch):
    """QGIS decodes a DBF's text itself, in its code page; GDAL's column reader gave the raw
    bytes to a UTF-8 decoder, which failed on the first 'à' (UnicodeDecodeError: no model)."""
    reads = spied_columnar_reads(monkeypatch)
    parameters = town(tmp_path / "town.gpkg", pipe_ids=("Città", "B", "C"))
    pipes = shapefile_pipes(tmp_path, parameters["PIPES"])
    assert [f["cod_condot"] for f in pipes.getFeatures()] == ["Città", "B", "C"]
    parameters = dict(parameters, PIPES=pipes, PIPE_ID_FIELD="cod_condot")
    _, report = isolate(run_algorithm, parameters, tmp_path, "B")
    work_on_b(report)
    _, report = isolate(run_algorithm, parameters, tmp_path, "Città;")
    assert report["pipes"]["isolated"]["pipe_ids"] == ["Città"]
    assert report["customers"]["isolated"] == ["U2"] and report["warnings"] == []
    assert pipes.source() in [f"{read.path}" for read in reads], "read column by column"


def test_a_shapefile_that_hides_its_code_page_reads_as_qgis_shows_it(
    run_algorithm, tmp_path, monkeypatch
):
    """No code page in the DBF: QGIS reads it as UTF-8, the 'à' a replacement character, and
    U2's pipe "Città" is not found (said); with the layer's encoding set to the code page
    (Layer Properties › Source) the ids read, and are typed, as they are."""
    parameters = town(tmp_path / "town.gpkg", pipe_ids=("Città", "B", "C"))
    pipes = shapefile_pipes(tmp_path, parameters["PIPES"], code_page_byte=0)
    parameters = dict(parameters, PIPES=pipes, PIPE_ID_FIELD="cod_condot")
    _, report = isolate(run_algorithm, parameters, tmp_path, "B")
    assert sorted(v["valve_id"] for v in report["valves"]["to_close"]) == ["V1", "V2"]
    assert report["customers"]["isolated"] == ["U1"]
    assert [(w["code"], w["feature_id"]) for w in report["warnings"]] == [("unknown_pipe", "U2")]
    pipes.setProviderEncoding("windows-1252")
    reads = spied_columnar_reads(monkeypatch)
    _, report = isolate(run_algorithm, parameters, tmp_path, "Città;")
    assert report["pipes"]["isolated"]["pipe_ids"] == ["Città"]
    assert report["customers"]["isolated"] == ["U2"] and report["warnings"] == []
    assert [read.encoding for read in reads if read.path == pipes.source()] == ["windows-1252"]


# ----- PostGIS: ids in fixed-width character columns -------------------------------------------

PG_DSN = os.environ.get("OUTAGE_TEST_PG_DSN", "")


@pytest.mark.skipif(not PG_DSN, reason="no PostgreSQL: run `make postgres`")
def test_postgis_ids_in_character_columns_read_as_qgis_shows_them(run_algorithm, tmp_path):
    """``character(10)`` pads 'B' to 'B         ' in the database; QGIS shows 'B'. The
    one-query reader gave the padded id, so the pipe typed (or selected) as 'B' was not in
    the model. Such columns are read through QGIS."""
    import psycopg2
    from water_outage_notifier.devtools.postgis_load import drop_schema, load_geopackage

    parameters = town(tmp_path / "town.gpkg")
    schema = f"padded_{uuid.uuid4().hex[:10]}"
    sources = load_geopackage(str(tmp_path / "town.gpkg"), PG_DSN, schema, ["pipes", "valves"])
    try:
        with psycopg2.connect(PG_DSN) as connection, connection.cursor() as cursor:
            cursor.execute(f"ALTER TABLE {schema}.pipes ALTER COLUMN code TYPE character(10)")
            cursor.execute(f"ALTER TABLE {schema}.valves ALTER COLUMN vid TYPE character(10)")
        connection.close()
        layers = {}
        for table, source in sources.items():
            layers[table] = QgsVectorLayer(source, table, "postgres")
            QgsProject.instance().addMapLayer(layers[table], False)
        assert [f["code"] for f in layers["pipes"].getFeatures()] == ["A", "B", "C"]
        parameters = dict(parameters, PIPES=layers["pipes"], VALVES=layers["valves"])
        _, report = isolate(run_algorithm, parameters, tmp_path, "B")
        work_on_b(report)
    finally:
        drop_schema(PG_DSN, schema)
