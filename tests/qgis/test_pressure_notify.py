"""The notify dialog sends two templates: the interruption to its customers, the pressure drop
to the customers a hydraulic model leaves at low pressure (through the emulator, for real)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from notify_support import customer, emulator_settings, planned, wait_for_task
from water_outage_notifier.customers.selection import assemble
from water_outage_notifier.dialogs.notify_dialog import NotifyDialog
from water_outage_notifier.gis.store_access import open_store
from water_outage_notifier.store.interventions import InterventionStore
from water_outage_notifier.store.outbox import Outbox

DRY = ("+393331111111", "+393332222222")
WEAK = ("+393334444444", "+393335555555")
SHARED = "+393339999999"  # a number on a customer of each group


@pytest.fixture()
def dialog(qgis_app, emulator, tmp_path):
    settings = emulator_settings(emulator, str(tmp_path / "history.sqlite"))
    interruption = assemble(
        [customer("C1", [DRY[0]]), customer("C2", [DRY[1], SHARED])], ("isolated",)
    )
    low = assemble(
        [
            replace(customer(cid, phones), role="low_pressure")
            for cid, phones in (("L1", [WEAK[0]]), ("L2", [WEAK[1]]), ("L3", [SHARED]))
        ],
        ("low_pressure",),
    )
    window = planned(
        NotifyDialog(
            interruption, {"valves_to_close": ("V1",)}, settings=settings, low_pressure=low
        )
    )
    yield window, settings
    window.close()


def test_two_groups_get_two_different_templates(dialog, emulator):
    window, settings = dialog
    assert window.pressure_drop.isChecked() and window.pressure_drop.isVisibleTo(window)
    interruption_text = window.text.toPlainText()
    pressure_text = window.pressure_text.toPlainText()
    assert interruption_text and pressure_text and interruption_text != pressure_text

    window.send_button.click()
    wait_for_task(window)

    for phone in (*DRY, *WEAK, SHARED):
        assert emulator.accepted_count(phone) == 1, phone
    database = open_store(settings)
    sent = {(m.phone, m.kind): m.text for m in Outbox(database).messages()}
    assert {phone for phone, kind in sent if kind == "planned_interruption"} == {*DRY, SHARED}
    assert {phone for phone, kind in sent if kind == "pressure_drop"} == set(WEAK)
    # after Send the previews carry the intervention's reference: exactly what went
    assert {sent[(p, "planned_interruption")] for p in DRY} == {window.text.toPlainText()}
    assert {sent[(p, "pressure_drop")] for p in WEAK} == {window.pressure_text.toPlainText()}
    assert "pressione" in window.pressure_text.toPlainText().lower()
    reference = window.last_result.reference
    assert window.last_pressure_drop.reference == reference, "one intervention, two notices"
    assert len(InterventionStore(database).select()) == 1
    assert "Pressure-drop notice" in window.summary.text()
    database.close()


def test_unticked_only_the_interruption_goes(dialog, emulator):
    window, _settings = dialog
    window.pressure_drop.setChecked(False)
    window.send_button.click()
    wait_for_task(window)
    assert emulator.total_accepted() == 3
    assert all(emulator.accepted_count(phone) == 0 for phone in WEAK)


def test_without_a_low_pressure_group_nothing_changes(qgis_app, emulator, tmp_path):
    settings = emulator_settings(emulator, str(tmp_path / "history.sqlite"))
    window = NotifyDialog(assemble([customer("C1", [DRY[0]])], ("isolated",)), settings=settings)
    assert not window.pressure_drop.isVisibleTo(window)
    window.close()


def test_work_that_dries_nobody_sends_the_pressure_drop_alone(qgis_app, emulator, tmp_path):
    settings = emulator_settings(emulator, str(tmp_path / "history.sqlite"))
    nobody = assemble([], ("isolated", "unsupplied"))
    low = assemble([replace(customer("L1", [WEAK[0]]), role="low_pressure")], ("low_pressure",))
    window = planned(NotifyDialog(nobody, settings=settings, low_pressure=low))
    assert window.send_button.isEnabled(), "the low-pressure group alone is worth a Send"
    assert window.kind.currentData() == "pressure_drop"
    assert "pressione" in window.text.toPlainText()
    window.pressure_drop.setChecked(False)
    assert not window.send_button.isEnabled()
    window.pressure_drop.setChecked(True)
    window.send_button.click()
    wait_for_task(window)
    assert emulator.accepted_count(WEAK[0]) == 1 and emulator.total_accepted() == 1
    database = open_store(settings)
    (intervention,) = InterventionStore(database).select()
    assert intervention.kind == "pressure_drop"
    assert window.last_pressure_drop.reference == intervention.reference
    assert intervention.reference in window.summary.text()
    database.close()
    window.close()
