"""The notify dialog after the first send: the audited re-send, UNCERTAIN counts, the stored area.

Sending goes through the dialog's QgsTask to the local gateway emulator;
the database is a real SQLite file in tmp_path.
"""

from __future__ import annotations

import pytest
from notify_support import customer, emulator_settings, planned, wait_for_task
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY, QgsProject
from qgis.PyQt.QtWidgets import QDialogButtonBox, QLabel
from trace_town import UTM, build_town, utm, wait_for_model
from water_outage_notifier.common.vocabulary import OUTBOX_STATES, UNCERTAIN
from water_outage_notifier.customers.selection import assemble
from water_outage_notifier.dialogs.lifecycle_dialogs import ReasonDialog
from water_outage_notifier.dialogs.notify_dialog import NotifyDialog
from water_outage_notifier.dialogs.notify_results import result_summary
from water_outage_notifier.gis.store_access import open_store
from water_outage_notifier.map_tool import TraceSession
from water_outage_notifier.notify.request import NotifyResult
from water_outage_notifier.store.interventions import InterventionStore
from water_outage_notifier.store.outbox import Outbox

PHONES = ("+393331111111", "+393332222222")
REASON = "the gateway lost the first batch"


@pytest.fixture()
def settings(qgis_app, emulator, store_location):
    return emulator_settings(emulator, store_location)


@pytest.fixture()
def dialog(settings):
    selection = assemble([customer("C1", [PHONES[0]]), customer("C2", [PHONES[1]])], ("isolated",))
    window = planned(NotifyDialog(selection, settings=settings))
    window.reasons = []

    def ask(reason_dialog):
        reason_dialog.reason_edit.setText(window.reasons.pop(0))
        return True

    window.ask = ask
    yield window
    window.close()


def test_a_resend_is_offered_only_for_the_numbers_that_did_not_get_the_notice(
    dialog, settings, emulator
):
    emulator.set_invalid(PHONES[1])
    assert not dialog.resend_button.isVisibleTo(dialog)
    dialog.send_button.click()
    wait_for_task(dialog)
    assert "Not received: 1 (the provider refuses the number)" in dialog.summary.text()
    assert dialog.resend_button.isVisibleTo(dialog) and dialog.resend_button.isEnabled()

    dialog.reasons.append(REASON)
    dialog.resend_button.click()
    wait_for_task(dialog)
    assert emulator.accepted_count(PHONES[0]) == 1  # the number that had it gets nothing
    (audit,) = Outbox(open_store(settings)).audit(dialog.reference)
    assert audit["reason"] == REASON and audit["messages"] == 1


def test_a_second_send_of_a_notice_everyone_had_offers_no_resend(dialog, emulator):
    dialog.send_button.click()
    wait_for_task(dialog)
    dialog.send_button.click()
    wait_for_task(dialog)
    assert "already had this notice" in dialog.summary.text()
    assert not dialog.resend_button.isVisibleTo(dialog)
    assert emulator.total_accepted() == 2


def test_a_resend_needs_a_reason(dialog, emulator):
    dialog.send_button.click()
    wait_for_task(dialog)
    dialog.reasons.append("  ")
    dialog.resend()
    assert dialog.task is None and "Nothing re-sent" in dialog.summary.text()
    assert emulator.total_accepted() == 2
    reason = ReasonDialog("planned_interruption", list(PHONES))
    ok = reason.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "***1111" in reason.findChild(QLabel).text()
    reason.reason_edit.setText(REASON)
    assert ok.isEnabled() and reason.reason() == REASON


def test_the_summary_counts_uncertain_messages_and_says_what_to_do():
    counts = dict.fromkeys(OUTBOX_STATES, 0)
    counts.update(ACCEPTED=3, **{UNCERTAIN: 2})
    text = result_summary(NotifyResult("planned_interruption", "INT-2026-0007", counts=counts))
    assert "2 in doubt" in text
    assert "2 SMS are UNCERTAIN" in text and "Check with the provider before re-sending" in text
    counts[UNCERTAIN] = 0
    quiet = result_summary(NotifyResult("planned_interruption", "INT-2026-0007", counts=counts))
    assert "UNCERTAIN" not in quiet


@pytest.fixture()
def traced(qgis_iface, qgis_canvas, qgis_new_project, tmp_path):
    """A traced click on P2 left of the mid-span valve of the test town."""
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem(UTM))
    build_town(tmp_path / "town.gpkg")
    session = TraceSession(qgis_iface)
    session.pick(QgsPointXY(*utm(150, 0)), 2.0)
    wait_for_model(session)
    yield session
    session.clear()
    QgsProject.instance().clear()


def test_the_work_site_area_is_stored_with_the_notified_intervention(traced, settings):
    window = planned(NotifyDialog.for_work_site(traced.work_site, traced.crs, settings=settings))
    area = QgsGeometry.fromWkt(window.plan_ids["area_wkt"])
    window.send_button.click()
    wait_for_task(window)
    window.close()

    stored = InterventionStore(open_store(settings)).get(window.reference)
    assert stored.state == "notified"
    geometry = QgsGeometry.fromWkt(stored.area_wkt)
    assert geometry.type() == area.type() and geometry.area() == pytest.approx(area.area())
    # Isolated P2a, unsupplied P2b and P3, and their customers C1 to C3 are inside.
    for x, y in ((101, 0), (150, 0), (250, 0), (390, 0), (150, 10), (350, 10)):
        assert geometry.contains(QgsGeometry.fromPointXY(QgsPointXY(*utm(x, y))))
    for x in (50, 450):  # P1 and P4 keep their water: outside
        assert not geometry.contains(QgsGeometry.fromPointXY(QgsPointXY(*utm(x, 0))))
    assert stored.bbox[0] == pytest.approx(utm(100, 0)[0] - 15, abs=1.0)
