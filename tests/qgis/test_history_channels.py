"""The history dock and the history layer count calls and emails beside the SMS.

A notice that texted two mobiles, called a landline and emailed an address
(the outbox as the notify pipeline leaves it) shows in the dock as "Sent:
2 SMS, 1 calls, 1 emails; …" and in the history layer's per-channel fields,
in English and in Italian, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime, timedelta

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject
from screens import assert_painted, docked_beside_map, grab, interface_in, screenshot_dir
from water_outage_notifier.common.vocabulary import (
    ACCEPTED,
    CALL,
    DELIVERED,
    EMAIL,
    NOTIFIED,
    POSTPONEMENT,
    SMS,
    UNDELIVERED,
)
from water_outage_notifier.dialogs.history_dock import HistoryDock
from water_outage_notifier.gis.history_layer import show_history_layer
from water_outage_notifier.gis.settings_store import PluginSettings
from water_outage_notifier.store.backend import open_database
from water_outage_notifier.store.interventions import (
    ROME,
    InterventionDraft,
    InterventionStore,
    RecipientState,
)
from water_outage_notifier.store.outbox import Outbox

UTM = QgsCoordinateReferenceSystem("EPSG:32632")
KIND = "planned_interruption"


@pytest.fixture()
def database(store_location):
    """One notice by SMS (2), call (1) and email (1); a postponement that is not the notice."""
    db = open_database(store_location)
    store = InterventionStore(db)
    today = datetime.now(ROME).replace(hour=8, minute=0, second=0, microsecond=0)
    reference = store.create(
        InterventionDraft(
            kind=KIND,
            planned_start=today + timedelta(days=2),
            planned_end=today + timedelta(days=2, hours=4),
            operator="rossi",
            customer_ids=("C1", "C2", "C3", "C4"),
        )
    ).reference
    texted = {"+393331234567": DELIVERED, "+393477654321": ACCEPTED}
    store.record_notification(
        reference,
        KIND,
        [
            RecipientState(phone, (f"C{n}",), state)
            for n, (phone, state) in enumerate(texted.items())
        ],
    )
    store.transition(reference, NOTIFIED, "rossi")
    outbox = Outbox(db)
    for kind, channel, address, state in (
        *((KIND, SMS, phone, state) for phone, state in texted.items()),
        (KIND, CALL, "+390542600001", DELIVERED),
        (KIND, EMAIL, "rossi@example.it", ACCEPTED),
        (KIND, CALL, "+390542600002", UNDELIVERED),  # rang out: not received
        (POSTPONEMENT, CALL, "+390542600001", ACCEPTED),  # a follow-up, not the notice
    ):
        outbox.enqueue(reference, kind, "testo", [address], channel)
        (row,) = [
            m
            for m in outbox.messages(None, reference, channel)
            if (m.phone, m.kind) == (address, kind)
        ]
        outbox.apply_report(row.id, ACCEPTED)
        outbox.apply_report(row.id, state)
    db.close()
    return store_location, reference


def test_the_dock_says_each_channel_of_the_notice(qgis_canvas, qgis_new_project, database):
    location, reference = database
    dock = HistoryDock(qgis_canvas, settings=PluginSettings(store_location=location))
    dock.refresh()
    index = HistoryDock.COLUMNS.index("notification")
    (text,) = [dock.table.item(row, index).text() for row in range(dock.table.rowCount())]
    assert text == "Sent: 2 SMS, 2 calls, 1 emails; 2 delivered, 1 not received, 0 in doubt"
    QgsProject.instance().clear()


def test_the_history_layer_has_a_figure_per_channel(qgis_new_project, database):
    location, reference = database
    db = open_database(location)
    try:
        layer = show_history_layer(InterventionStore(db), UTM)
        (feature,) = layer.getFeatures()
        assert feature["reference"] == reference
        assert (feature["sms_sent"], feature["calls_placed"], feature["emails_sent"]) == (2, 2, 1)
    finally:
        db.close()
        QgsProject.instance().clear()


def test_in_italian_the_dock_says_calls_and_emails(
    qgis_canvas, qgis_new_project, database, tmp_path
):
    location, _reference = database
    with interface_in("it"):
        dock = HistoryDock(qgis_canvas, settings=PluginSettings(store_location=location))
        dock.refresh()
        with docked_beside_map(dock):
            index = HistoryDock.COLUMNS.index("notification")
            dock.table.resizeRowsToContents()
            path = grab(dock, screenshot_dir(tmp_path) / "history_dock_channels.png")
            text = dock.table.item(0, index).text()
    assert (
        text == "Inviati: 2 SMS, 2 chiamate, 1 email; consegnati: 2, non ricevuti: 1, in dubbio: 0"
    )
    assert_painted(path)
    if os.environ.get("REMINDCALLS_SHOT"):
        shutil.copy(path, os.environ["REMINDCALLS_SHOT"])
    QgsProject.instance().clear()


def test_the_messages_dialog_masks_addresses_like_numbers(qgis_canvas, qgis_new_project, database):
    """An emailed customer's row shows enough of the address to recognise it,
    never the whole of it, nor "***" alone."""
    location, reference = database
    dock = HistoryDock(qgis_canvas, settings=PluginSettings(store_location=location))
    dock.refresh()
    assert dock.select_reference(reference)
    dock.lifecycle.messages_button.click()
    dialog = dock.lifecycle.messages_dialog
    try:
        shown = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
        assert "r***i@example.it" in shown and "+39 333 ***4567" in shown
        assert not any("rossi@" in text or text == "***" for text in shown)
    finally:
        dialog.close()
        dock.close()
        QgsProject.instance().clear()
