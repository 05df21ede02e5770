""" "Pilot report…" in the history dock: the CSV and HTML files for a period, and the page opened.

The history is seeded through the real notify pipeline (SMS to the local
gateway emulator) into a SQLite file in tmp_path; the dialog is real and
answered through the dock's ``ask``; the opener is a recorder.
"""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from notify_support import customer, emulator_settings
from opened import close_later
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox
from water_outage_notifier.customers.selection import assemble
from water_outage_notifier.dialogs.history_dock import HistoryDock
from water_outage_notifier.dialogs.report_dialog import PilotReportDialog
from water_outage_notifier.gis.notify_services import (
    gateway_profile,
    message_options,
    open_services,
)
from water_outage_notifier.notify.pipeline import notify
from water_outage_notifier.notify.request import InterventionPlan, NotifyRequest
from water_outage_notifier.store.interventions import ROME, InterventionDraft

PHONES = ("+393331111111", "+393332222222")


@pytest.fixture()
def history(qgis_app, emulator, tmp_path):
    """One intervention notified two days ago, one four months ago; returns (settings, refs)."""
    settings = emulator_settings(emulator, str(tmp_path / "history.sqlite"))
    services = close_later(open_services(settings, gateway_profile(settings), with_email=False))
    start = datetime.now(ROME).replace(hour=8, minute=30, second=0, microsecond=0)
    start -= timedelta(days=2)
    request = NotifyRequest(
        plan=InterventionPlan("planned_interruption", start, start + timedelta(hours=4), "rossi"),
        selection=assemble(
            [customer("C1", [PHONES[0]]), customer("C2", [PHONES[1]])], ("isolated",)
        ),
        # notified after its start: the operator's decision, as the report of the past needs
        options=replace(message_options(settings, override_window=True), allow_past_start=True),
        send_email=False,
    )
    recent = notify(request, services)
    assert recent.sent == 2, recent.refused
    old_start = start - timedelta(days=120)
    old = services.store.create(
        InterventionDraft("emergency", old_start, old_start + timedelta(hours=2), "verdi")
    )
    return settings, recent.reference, old.reference


@pytest.fixture()
def dock(qgis_canvas, history):
    settings = history[0]
    widget = HistoryDock(qgis_canvas, settings=settings, open_url=lambda url: opened(widget, url))
    widget.opened = []
    widget.dialogs = []
    widget.choose = None  # lets a test change the dialog's values before "OK"

    def ask(dialog):
        widget.dialogs.append(dialog)
        if widget.choose is not None:
            widget.choose(dialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result() == QDialog.DialogCode.Accepted

    widget.ask = ask
    yield widget
    widget.close()


def opened(widget, url) -> bool:
    widget.opened.append(url.toLocalFile())
    return True


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def test_the_report_of_the_last_30_days_is_written_beside_the_database_and_opened(
    dock, history, tmp_path
):
    _settings, recent, old = history
    dock.report.button.click()

    (dialog,) = dock.dialogs
    assert isinstance(dialog, PilotReportDialog)
    assert dialog.folder() == str(tmp_path / "reports")
    first, last = dialog.period()
    assert last == date.today() and (last - first).days == 29
    (html,) = (tmp_path / "reports").glob("*.html")
    assert dock.opened == [str(html)]
    assert recent in html.read_text(encoding="utf-8")
    (interventions,) = (tmp_path / "reports").glob("*_interventions.csv")
    rows = {row["Reference"]: row for row in read_csv(interventions)}
    assert set(rows) == {recent} and rows[recent]["SMS accepted"] == "2", "the interface's language"
    assert str(tmp_path / "reports") in dock.message.text()


def test_the_chosen_period_and_folder_are_used(dock, history, tmp_path):
    _settings, recent, old = history
    chosen = tmp_path / "chosen"

    def choose(dialog):
        dialog.from_date.setDate(dialog.from_date.date().addDays(-200))
        dialog.folder_widget.setFilePath(str(chosen))

    dock.choose = choose
    dock.report.button.click()

    (summary,) = chosen.glob("*_summary.csv")
    (interventions,) = chosen.glob("*_interventions.csv")
    assert {row["Reference"] for row in read_csv(interventions)} == {recent, old}
    total = read_csv(summary)[-1]
    assert total["Interventions"] == "2" and total["SMS accepted"] == "2"
    assert dock.opened == [str(next(chosen.glob("*.html")))]


def test_a_period_ending_before_it_starts_writes_nothing(dock, tmp_path):
    def choose(dialog):
        dialog.to_date.setDate(dialog.from_date.date().addDays(-1))

    dock.choose = choose
    dock.report.button.click()

    assert "start on or before" in dock.dialogs[0].problem.text()
    assert not (tmp_path / "reports").exists() and dock.opened == []


def test_a_folder_that_cannot_be_written_is_a_message(dock, tmp_path):
    blocked = tmp_path / "a_file"
    blocked.write_text("not a folder", encoding="utf-8")
    dock.choose = lambda dialog: dialog.folder_widget.setFilePath(str(blocked))
    dock.report.button.click()

    assert "could not be written" in dock.message.text()
    assert dock.opened == []
