"""The results dock and the crew sheet, driven by a real trace of the test town."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook
from qgis.core import QgsPointXY, QgsProject
from trace_town import build_town, session_with_dock, town_extent, utm, wait_for_model
from water_outage_notifier.dialogs.crew_sheet import SHEET_COLUMNS, valve_rows
from water_outage_notifier.dialogs.results_dock import summary_rows
from water_outage_notifier.gis.problem_text import problem_text


@pytest.fixture()
def traced(qgis_iface, qgis_canvas, qgis_new_project, tmp_path):
    """A session that traced a click on P2 left of the mid-span valve, and a dock showing it."""
    town = build_town(tmp_path / "town.gpkg")
    session, dock = session_with_dock(qgis_iface, qgis_canvas, town_extent(), town["pipes"])
    session.pick(QgsPointXY(*utm(150, 0)), 2.0)
    wait_for_model(session)
    yield session, dock
    session.clear()
    QgsProject.instance().clear()


def figures(dock):
    return {
        dock.figures.topLevelItem(i).text(0): dock.figures.topLevelItem(i).text(1)
        for i in range(dock.figures.topLevelItemCount())
    }


def test_the_figures_are_the_report_counts(traced):
    session, dock = traced
    report = session.work_site.report()
    counts = report["counts"]
    shown = figures(dock)
    assert shown == dict(summary_rows(report))
    assert shown["Valves to close"] == str(counts["valves_to_close"]) == "1"
    assert shown["Valves not required (optional)"] == "1"
    assert shown["Sources to shut"] == "0"
    assert shown["Isolated pipes"].startswith(f"{counts['isolated_pipes']} (")
    assert f"{counts['isolated_km']} km" in shown["Isolated pipes"]
    assert shown["Sensitive customers"] == str(counts["sensitive"]) == "1"
    assert shown["Reachable by SMS"] == str(counts["reachable"])
    assert shown["Unreachable: no phone number"] == "1"
    assert shown["Units"] == str(counts["units"]) == "6"


def test_the_valves_to_close_are_listed_with_plan_b(traced):
    session, dock = traced
    # V2 faces P2b and P3, fed only through it (V4 beyond them is closed): not required
    assert dock.valves_to_close() == ["V1"]
    v1 = dock.valves.topLevelItem(0).child(0)
    plan = {row[1]: row for row in valve_rows(session.work_site.report())}
    assert plan["V1"][4] == ""  # V1 fails: the isolation reaches the source S1
    assert plan["V1"][5] == "P1"
    assert "+1 pipes" in v1.child(0).text(0)
    assert "nothing else" in v1.child(0).text(0)


def test_the_steps_after_the_valves_to_close_are_listed_apart(traced):
    _session, dock = traced
    titles = [dock.valves.topLevelItem(i).text(0) for i in range(dock.valves.topLevelItemCount())]
    assert titles == [
        "To close (1)",
        "Sources to shut (0)",
        "Not required, optional (1)",
        "Already closed (0)",
        "Inoperable or check valves, passed through (0)",
        "Will not close, this time (0)",
    ]
    optional = dock.valves.topLevelItem(2).child(0)
    assert optional.text(0) == "V2" and "dry anyway" in optional.child(0).text(0)


def test_a_valve_row_zooms_to_the_valve(traced, qgis_canvas):
    _session, dock = traced
    qgis_canvas.setExtent(town_extent())
    item = dock.valves.topLevelItem(0).child(0)
    dock._zoom_to_item(item, 0)
    centre = qgis_canvas.center()
    assert abs(centre.x() - utm(100, 0)[0]) < 1
    assert abs(centre.y() - utm(100, 0)[1]) < 1
    assert qgis_canvas.scale() <= 1000 * 1.01


def test_will_not_close_recomputes_the_valves(traced):
    session, dock = traced
    item = dock.valves.topLevelItem(0).child(0)
    dock.valves.setCurrentItem(item)
    dock.refuse_button.click()
    assert session.failed_valves == ["V1"]
    assert dock.valves_to_close() == []
    sources = dock.valves.topLevelItem(1)
    assert sources.text(0) == "Sources to shut (1)"
    assert "stop the pump" in sources.child(0).text(0) and sources.child(1).text(0) == "S1"
    failed_group = dock.valves.topLevelItem(5)
    assert failed_group.child(0).text(0) == "V1"


def test_the_notify_button_hands_over_the_work_site(traced):
    session, dock = traced
    received = []
    dock.notify_requested.connect(received.append)
    dock.notify_button.click()
    assert received == [session.work_site]


def test_the_dock_empties_when_the_results_are_cleared(traced):
    session, dock = traced
    session.clear()
    assert dock.figures.topLevelItemCount() == 0
    assert dock.valves_to_close() == []
    assert not dock.notify_button.isEnabled()


def read_csv(path):
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def test_crew_sheet_csv_and_pdf(traced, tmp_path):
    session, dock = traced
    dock.export_crew_sheet(str(tmp_path / "sheet.csv"), str(tmp_path / "sheet.pdf"))
    rows = read_csv(tmp_path / "sheet.csv")
    assert tuple(rows[0]) == SHEET_COLUMNS
    assert [(row[0], row[2], row[8]) for row in rows[1:]] == [
        ("close", "V1", ""),
        ("optional", "V2", "dry_after_closure"),
    ]
    assert float(rows[1][3]) == pytest.approx(utm(100, 0)[0])
    assert float(rows[2][4]) == pytest.approx(utm(200, 0)[1])
    pdf = (tmp_path / "sheet.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")


def test_customer_and_flyer_exports(traced, tmp_path):
    session, dock = traced
    dock.export_customers(str(tmp_path / "customers.csv"))
    dock.export_flyers(str(tmp_path / "flyers.csv"))
    customers = read_csv(tmp_path / "customers.csv")
    # Sensitive first, then isolated before unsupplied.
    assert [row[0] for row in customers[1:]] == ["C3", "C1", "C2"]
    flyers = read_csv(tmp_path / "flyers.csv")
    # Only C2 has no phone: the flyer round is its door alone.
    assert [(row[1], row[2], row[3]) for row in flyers[1:]] == [("Via Emilia", "3", "C2")]


def test_customer_and_flyer_sheets_for_people(traced, tmp_path):
    session, dock = traced
    dock.export_customers(str(tmp_path / "customers.xlsx"))
    dock.export_flyers(str(tmp_path / "flyers.xlsx"))
    customers = list(load_workbook(tmp_path / "customers.xlsx").active.iter_rows(values_only=True))
    assert customers[0][0] in ("Codice utenza", "Customer")
    assert [row[0] for row in customers[1:]] == ["C3", "C1", "C2"]
    assert not {"isolated", "unsupplied", "no_phone"} & {c for row in customers for c in row}
    flyers = list(load_workbook(tmp_path / "flyers.xlsx").active.iter_rows(values_only=True))
    assert [(row[1], row[2], row[3]) for row in flyers[1:]] == [("Via Emilia", "3", "C2")]


def test_warnings_are_listed_and_zoom_to_their_point(traced, qgis_canvas):
    _session, dock = traced
    warnings = dock.report["warnings"]
    assert all(w["level"] == "warning" for w in warnings)
    shown = [dock.warnings.item(i) for i in range(dock.warnings.count())]
    # in the operator's words (gis/problem_text.py), not the core's English default
    assert [item.text() for item in shown] == [problem_text(w) for w in warnings]
    assert any("feature 5 (id V9) lies on no pipe" in item.text() for item in shown)
    [row] = [i for i, w in enumerate(warnings) if w["feature_id"] == "V9"]
    dock._zoom_to_item(shown[row])
    assert abs(qgis_canvas.center().x() - utm(250, 60)[0]) < 1
    assert abs(qgis_canvas.center().y() - utm(250, 60)[1]) < 1
