"""The results dock and crew sheet on real utility data: sources to shut, tees, bad valve ids.

The town (UTM 32N, metres from X0, Y0)::

    T ==M=== (no id) ===M=== + ====M==== VD ===M=== S
    200     300             400          500        600
                            |
                           VD (400, 50)
                            |
                            B (ends on M at 400, where M has no node)

The tank T at x = 200 and the source S at x = 600 feed a main M drawn as one
line; the branch B ends on it (a tee without a node). The valve at x = 300
has no id; two valves share the id VD.
"""

from __future__ import annotations

import csv
import io

import pytest
from gpkg_layers import UTM, line, point, utm, write_layer
from qgis.core import QgsPointXY, QgsProject, QgsRectangle
from trace_town import session_with_dock, wait_for_model
from water_outage_notifier.dialogs.crew_sheet import _pdf_rows
from water_outage_notifier.gis.mapping import LayerMapping, ProjectMapping, save_mapping


def build(path) -> dict:
    layers = {
        "pipes": write_layer(
            path,
            "condotte",
            "LineString",
            UTM,
            {"codice": str},
            [
                (line((200, 0), (600, 0)), {"codice": "M"}),
                (line((400, 100), (400, 0)), {"codice": "B"}),
            ],
        ),
        "valves": write_layer(
            path,
            "valvole",
            "Point",
            UTM,
            {"codice": str, "stato": str},
            [
                (point(300, 0), {"codice": None, "stato": "aperta"}),
                (point(500, 0), {"codice": "VD", "stato": "aperta"}),
                (point(400, 50), {"codice": "VD", "stato": "aperta"}),
            ],
        ),
        "sources": write_layer(
            path,
            "fonti",
            "Point",
            UTM,
            {"nome": str},
            [(point(200, 0), {"nome": "T"}), (point(600, 0), {"nome": "S"})],
        ),
    }
    QgsProject.instance().addMapLayers(list(layers.values()))
    save_mapping(
        ProjectMapping(
            pipes=LayerMapping(layers["pipes"].id(), {"id": "codice"}),
            valves=LayerMapping(layers["valves"].id(), {"id": "codice", "status": "stato"}),
            sources=LayerMapping(layers["sources"].id(), {"id": "nome"}),
        )
    )
    return layers


@pytest.fixture()
def session_and_dock(qgis_iface, qgis_canvas, qgis_new_project, tmp_path):
    layers = build(tmp_path / "town.gpkg")
    extent = QgsRectangle(*utm(180, -60), *utm(620, 120))
    session, dock = session_with_dock(qgis_iface, qgis_canvas, extent, layers["pipes"])
    yield session, dock
    session.clear()
    QgsProject.instance().clear()


def click(session, x, y):
    session.pick(QgsPointXY(*utm(x, y)), 2.0)
    wait_for_model(session)


def group(dock, index):
    item = dock.valves.topLevelItem(index)
    return item.text(0), [item.child(i).text(0) for i in range(item.childCount())]


def test_sources_to_shut_are_a_step_of_their_own(session_and_dock):
    session, dock = session_and_dock
    click(session, 250, 0)
    fid = session.work_site.report()["valves"]["to_close"][0]["fid"]
    assert group(dock, 0) == ("To close (1)", [f"1. no id (feature {fid})"])
    assert group(dock, 1) == (
        "Sources to shut (1)",
        ["Shut toward the work, or stop the pump.", "T"],
    )


def test_repeated_and_missing_ids_are_named_by_feature_never_none(session_and_dock, tmp_path):
    session, dock = session_and_dock
    click(session, 450, 0)
    report = session.work_site.report()
    names = {v["valve_id"]: v["fid"] for v in report["valves"]["to_close"]}
    assert set(names) == {None, "VD"}
    title, rows = group(dock, 0)
    assert title == "To close (2)"
    assert rows == sorted(rows) and all("None" not in row for row in rows)
    assert f"1. no id (feature {names[None]})" in rows
    assert f"2. VD (feature {names['VD']})" in rows
    optional = report["valves"]["not_required"][0]
    assert group(dock, 2) == ("Not required, optional (1)", [f"VD (feature {optional['fid']})"])
    reason = dock.valves.topLevelItem(2).child(0).child(0)
    assert reason.text(0).startswith("Not required: its far side is dry anyway")
    dock.export_crew_sheet(str(tmp_path / "sheet.csv"), str(tmp_path / "sheet.pdf"))
    sheet = (tmp_path / "sheet.csv").read_bytes().decode("utf-8-sig")
    assert "None" not in sheet
    rows = list(csv.reader(io.StringIO(sheet), delimiter=";"))
    assert [row[0] for row in rows[1:]] == ["close", "close", "optional"]
    cells = [cell for row in _pdf_rows(report) for cell in row]
    assert "None" not in " ".join(cells)
    assert cells.count("1. Close the valve") == 2 and "Optional" in cells
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")


def test_a_valve_without_id_cannot_be_marked_and_says_why(session_and_dock, monkeypatch):
    from water_outage_notifier.dialogs import results_dock

    session, dock = session_and_dock
    click(session, 250, 0)
    said = []
    monkeypatch.setattr(
        results_dock.QMessageBox, "information", lambda _parent, _title, text: said.append(text)
    )
    dock.valves.setCurrentItem(dock.valves.topLevelItem(0).child(0))
    dock.refuse_button.click()
    assert session.failed_valves == []
    assert said and "no id" in said[0]


def test_the_tee_notes_are_grouped_below_the_warnings(session_and_dock):
    session, dock = session_and_dock
    click(session, 450, 0)
    rows = [dock.warnings.item(i) for i in range(dock.warnings.count())]
    headers = [row for row in rows if row.text().startswith("▸")]
    (tees,) = headers
    assert tees.text() == "▸ Tees without a node, joined (1)"
    (note,) = rows[rows.index(tees) + 1 :]
    assert "(a tee)" in note.text() and note.isHidden()
    assert all(not row.isHidden() for row in rows[: rows.index(tees)]), "warnings come first"
    dock._warning_clicked(tees)
    assert not note.isHidden() and tees.text().startswith("▾")
    dock._warning_clicked(tees)
    assert note.isHidden()
    assert dock.tabs.title(dock.warnings).endswith("notes (1)")
