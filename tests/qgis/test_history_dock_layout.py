"""The history dock reads whole at its default docked width, in Italian.

QGIS docks a panel beside the map at about 300 px. The dock, with an
intervention selected, is docked there in a real main window under Xvfb
with the interface in Italian (whose labels are the long ones): it must
stay that wide (a row of buttons too wide for it once pushed it to 680 px,
over the map), and every button, picker and menu entry must show its whole
label. The list reads whole there too: each work's reference, state, kind,
times, customers and the notice's figures, wrapped, never scrolled sideways
(its seven columns once hid the notice's figures off to the right).
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QRect, Qt
from qgis.PyQt.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QWidget
from screens import DOCK_WIDTH, docked_beside_map, interface_in
from water_outage_notifier.dialogs.history_dock import HistoryDock
from water_outage_notifier.gis.history_layer import state_label
from water_outage_notifier.gis.settings_store import PluginSettings
from water_outage_notifier.store.backend import open_database
from water_outage_notifier.store.interventions import (
    ROME,
    InterventionDraft,
    InterventionStore,
    RecipientState,
)


@pytest.fixture()
def docked(qgis_app, qgis_canvas, store_location):
    store = InterventionStore(open_database(store_location))
    start = datetime.now(ROME).replace(hour=8, minute=0, second=0, microsecond=0)
    start += timedelta(days=2)
    made = store.create(
        InterventionDraft(
            "planned_interruption",
            start,
            start + timedelta(hours=4),
            "rossi",
            customer_ids=("C1", "C2", "C3"),
        )
    )
    store.record_notification(
        made.reference,
        "planned_interruption",
        [RecipientState(f"+39333123456{n}", (f"C{n}",), "DELIVERED") for n in range(3)],
    )
    store.db.close()
    with interface_in("it"):
        dock = HistoryDock(qgis_canvas, settings=PluginSettings(store_location=store_location))
        with docked_beside_map(dock):
            dock.refresh()
            assert dock.select_reference(made.reference)
            for _ in range(10):
                QgsApplication.processEvents()
            yield dock
        dock.close()


def inside_a_picker(widget, body) -> bool:
    parent = widget.parent()
    while parent is not None and parent is not body:
        if isinstance(parent, QAbstractSpinBox):
            return True
        parent = parent.parent()
    return False


def cut_widgets(dock) -> list:
    """The visible buttons and fields narrower than their whole text, or out of the dock."""
    body = dock.widget()
    room = QRect(0, 0, body.width(), body.height())
    problems = []
    for widget in body.findChildren(QWidget):
        if not isinstance(widget, (QAbstractButton, QComboBox, QAbstractSpinBox)):
            continue
        if not widget.isVisibleTo(body) or widget.parent() is None:
            continue
        if inside_a_picker(widget, body):
            continue  # a picker's own clear button: an icon, no label
        where = QRect(widget.mapTo(body, widget.rect().topLeft()), widget.size())
        text = widget.text() if isinstance(widget, QAbstractButton) else type(widget).__name__
        if not room.contains(where):
            problems.append(f"{text!r} lies outside the dock ({where} not in {room})")
        if widget.width() < widget.sizeHint().width():
            problems.append(f"{text!r} is cut: {widget.width()} < {widget.sizeHint().width()} px")
    return problems


def test_the_dock_stays_at_its_docked_width(docked):
    assert abs(docked.width() - DOCK_WIDTH) <= 20


def test_every_button_and_field_shows_its_whole_label(docked):
    labels = [b.text() for b in docked.widget().findChildren(QAbstractButton)]
    assert "Modifica lavoro" in labels and "Rapporto della sperimentazione…" in labels
    assert cut_widgets(docked) == []


def test_every_entry_of_the_work_menu_is_whole(docked):
    menu = docked.lifecycle.work_button.menu()
    menu.popup(
        docked.lifecycle.work_button.mapToGlobal(docked.lifecycle.work_button.rect().center())
    )
    QgsApplication.processEvents()
    try:
        entries = [a for a in menu.actions() if not a.isSeparator()]
        assert [a.text() for a in entries][:3] == ["Inizia i lavori", "Rinvia…", "Proroga…"]
        metrics = menu.fontMetrics()
        for action in entries:
            assert menu.actionGeometry(action).width() > metrics.horizontalAdvance(action.text())
    finally:
        menu.hide()


def test_the_list_reads_whole_without_scrolling_sideways(docked):
    table = docked.table
    assert table.horizontalScrollBar().maximum() == 0, "the list scrolls sideways"
    row = table.currentRow()
    shown = [
        table.visualRect(table.model().index(row, column))
        for column in range(table.columnCount())
        if not table.isColumnHidden(column)
    ]
    assert all(table.viewport().rect().contains(rect) for rect in shown)
    text = docked.card_text(row)
    for words in (
        docked.interventions[row].reference,
        state_label(docked.interventions[row].state),
        "Interruzione programmata",
        "08:00",
        "12:00",
        "3 utenze",
        "inviati: 3, consegnati: 3, non ricevuti: 0, in dubbio: 0",
    ):
        assert words in text
    (card,) = shown
    wrapped = table.fontMetrics().boundingRect(
        card.adjusted(4, 0, -4, 0), int(Qt.TextFlag.TextWordWrap), text
    )
    assert wrapped.width() <= card.width() and wrapped.height() <= card.height(), (
        f"the card {card} cuts its text ({wrapped})"
    )
