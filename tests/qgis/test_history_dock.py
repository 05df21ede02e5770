"""The history dock on a real intervention database: a SQLite file, and a PostgreSQL schema."""

from __future__ import annotations

import os
from datetime import datetime, timedelta

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject
from qgis.PyQt.QtCore import QDate
from trace_town import UTM, utm
from water_outage_notifier.common.vocabulary import NOTIFIED
from water_outage_notifier.dialogs.history_dock import HistoryDock
from water_outage_notifier.gis.settings_store import PluginSettings
from water_outage_notifier.store.backend import open_database
from water_outage_notifier.store.interventions import (
    ROME,
    InterventionDraft,
    InterventionStore,
    RecipientState,
)


def area(x0, x1):
    (ax, ay), (bx, by) = utm(x0, -20), utm(x1, 20)
    return f"POLYGON(({ax} {ay}, {bx} {ay}, {bx} {by}, {ax} {by}, {ax} {ay}))"


@pytest.fixture()
def database(store_location):
    """Three interventions in the store the settings point at (SQLite, then PostgreSQL)."""
    path = store_location
    store = InterventionStore(open_database(path))
    today = datetime.now(ROME).replace(hour=8, minute=0, second=0, microsecond=0)
    notified = store.create(
        InterventionDraft(
            kind="planned_interruption",
            planned_start=today + timedelta(days=2),
            planned_end=today + timedelta(days=2, hours=4),
            operator="rossi",
            customer_ids=("C1", "C2", "C3"),
            area_wkt=area(100, 300),
        )
    )
    store.record_notification(
        notified.reference,
        "planned_interruption",
        [
            RecipientState("+393331234567", ("C1",), "DELIVERED"),
            RecipientState("+393477654321", ("C3",), "DELIVERED"),
            RecipientState("+393339998888", ("C2",), "FAILED"),
        ],
    )
    store.transition(notified.reference, NOTIFIED, "rossi")
    store.create(
        InterventionDraft(
            kind="emergency",
            planned_start=today - timedelta(days=1),
            planned_end=today - timedelta(days=1) + timedelta(hours=2),
            operator="bianchi",
            customer_ids=("C4",),
        )
    )
    store.create(  # far in the past: outside the default dates
        InterventionDraft(
            kind="planned_interruption",
            planned_start=today - timedelta(days=400),
            planned_end=today - timedelta(days=400) + timedelta(hours=2),
            operator="verdi",
        )
    )
    return path, notified.reference


@pytest.fixture()
def dock(qgis_canvas, qgis_new_project, database):
    qgis_canvas.resize(800, 400)
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem(UTM))
    widget = HistoryDock(qgis_canvas, settings=PluginSettings(store_location=database[0]))
    widget.refresh()
    yield widget
    widget.clear_highlight()
    QgsProject.instance().clear()


def column(dock, name):
    index = HistoryDock.COLUMNS.index(name)
    return [dock.table.item(row, index).text() for row in range(dock.table.rowCount())]


def test_lists_the_interventions_in_the_dates_with_their_notification(dock, database):
    _location, reference = database
    # The PostgreSQL store was once taken for a file path: a folder named after the DSN.
    assert not os.path.exists("postgresql:")
    assert column(dock, "kind") == ["Accidental break (emergency service)", "Planned interruption"]
    assert column(dock, "customers") == ["1", "3"]
    row = column(dock, "reference").index(reference)
    assert column(dock, "notification")[row] == ("2 sent, 2 delivered, 1 not received, 0 in doubt")
    assert column(dock, "notification")[1 - row] == "not notified"


def test_filters_by_state_and_by_dates(dock):
    dock.state_combo.setCurrentIndex(dock.state_combo.findData(NOTIFIED))
    assert column(dock, "state") == ["notified"]
    dock.state_combo.setCurrentIndex(0)
    dock.from_date.setDate(QDate.currentDate().addDays(-500))
    assert len(column(dock, "reference")) == 3
    dock.to_date.setDate(QDate.currentDate().addDays(-300))
    assert column(dock, "reference") == [dock.interventions[0].reference]
    assert dock.interventions[0].operator == "verdi"


def test_show_on_map_zooms_to_and_highlights_the_area(dock, database, qgis_canvas):
    _path, reference = database
    row = column(dock, "reference").index(reference)
    dock.table.selectRow(row)
    dock.show_selected()
    extent = qgis_canvas.extent()
    assert extent.contains(utm(100, 0)[0], utm(100, 0)[1])
    assert extent.contains(utm(300, 0)[0], utm(300, 0)[1])
    assert extent.width() < 1000
    assert dock.highlight is not None
    assert dock.highlight.asGeometry().area() == pytest.approx(200 * 40)


def test_an_intervention_without_area_is_explained(dock):
    row = column(dock, "kind").index("Accidental break (emergency service)")
    dock.table.selectRow(row)
    dock.show_selected()
    assert "has no recorded area" in dock.message.text()
    assert dock.highlight is None


def test_an_unreadable_database_is_a_message(qgis_canvas, tmp_path):
    bad = tmp_path / "not_a_database.sqlite"
    bad.write_bytes(b"this is not SQLite" * 100)
    widget = HistoryDock(qgis_canvas, settings=PluginSettings(store_location=str(bad)))
    widget.refresh()
    assert str(bad) in widget.message.text()
    assert "not a readable history database" in widget.message.text()
    assert widget.table.rowCount() == 0


def test_numbers_still_waiting_are_counted_too(qgis_app):
    """Seen after QGIS was killed mid-send and started again: the list said "inviati: 0,
    consegnati: 0, non ricevuti: 0, in dubbio: 0" for 80 numbers not yet settled, as if
    the notice had no one to reach. The numbers waiting are said beside the others."""
    from screens import interface_in
    from water_outage_notifier.common.vocabulary import ACCEPTED, PENDING
    from water_outage_notifier.dialogs.history_dock import notification_text
    from water_outage_notifier.notify.history import HistoryEntry

    entry = HistoryEntry(None, {PENDING: 78, ACCEPTED: 2})
    with interface_in("it"):
        text = notification_text(entry)
    assert text == "inviati: 2, consegnati: 0, non ricevuti: 0, in dubbio: 0, in attesa: 78"
    assert notification_text(HistoryEntry(None, {ACCEPTED: 2})).endswith("0 in doubt")
