"""The history dock's change dialogs with a voice profile and a mail server.

A notice texts two mobiles, calls two landlines and emails one address
through the real pipeline (the gateway emulator's SMS and relay voice
gateway, the local SMTP server). Every dialog of *Modifica lavoro* that
tells customers something (reschedule, extend, reminders, finish, cancel)
must say how many get it on each channel, in Italian, as the dock's list
says what the notice did: "Inviati: 2 SMS, 2 chiamate, 1 email". Before,
the finish and cancel offers counted the SMS numbers alone.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
import test_notify_dialog as dialog_tests
import test_notify_dialog_channels as channel_tests
from notify_support import customer, wait_for_task
from opened import close_later
from qgis.core import QgsApplication
from screens import assert_painted, docked_beside_map, grab, interface_in, screenshot_dir
from test_dispatch_task import mail_to
from test_history_dock_changes import answer_change
from water_outage_notifier.customers.selection import assemble
from water_outage_notifier.dialogs.change_dialogs import ChangeDialog, FinishDialog
from water_outage_notifier.dialogs.history_dock import HistoryDock
from water_outage_notifier.dialogs.lifecycle_dialogs import FollowUpOffer
from water_outage_notifier.gis.notify_services import (
    gateway_profile,
    message_options,
    open_services,
)
from water_outage_notifier.notify.pipeline import notify
from water_outage_notifier.notify.request import InterventionPlan, NotifyRequest
from water_outage_notifier.store.interventions import ROME

PHONES = ("+393331111111", "+393332222222")
LANDLINES = ("+390542600001", "+390542600002")
ADDRESS = "rossi@example.it"
CHANNELS = "2 SMS, 2 chiamate, 1 email"


smtp = dialog_tests.smtp
voice_settings = channel_tests.voice_settings


@pytest.fixture()
def settings(voice_settings, smtp):
    """SMS and calls at the emulator, customers' emails to the local SMTP server."""
    return mail_to(voice_settings, smtp.port)


def notice(settings) -> str:
    """A notice three days ahead by every channel; returns its reference."""
    services = close_later(open_services(settings, gateway_profile(settings)))
    start = datetime.now(ROME).replace(hour=8, minute=30, second=0, microsecond=0)
    start += timedelta(days=3)
    selection = assemble(
        [
            customer("C1", [PHONES[0]]),
            customer("C2", [PHONES[1]]),
            replace(customer("C3", reason="landline"), landlines=(LANDLINES[0],)),
            replace(customer("C4", reason="landline"), landlines=(LANDLINES[1],)),
            replace(customer("C5", reason="no_phone"), emails=(ADDRESS,)),
        ],
        ("isolated",),
    )
    result = notify(
        NotifyRequest(
            plan=InterventionPlan(
                "planned_interruption", start, start + timedelta(hours=4), "rossi"
            ),
            selection=selection,
            options=message_options(settings, override_window=True),
            send_email=False,
        ),
        services,
    )
    assert result.sent == 2 and sum(result.calls.values()) == 2, result
    return result.reference


def open_dock(qgis_canvas, settings, reference):
    dock = HistoryDock(qgis_canvas, settings=settings)
    dock.shown, dock.answers = [], {}

    def ask(dialog):  # look, then decline: the test reads what each dialog says
        dock.shown.append(dialog)
        answer = dock.answers.get(type(dialog), False)
        return answer(dialog) if callable(answer) else answer

    dock.ask = ask
    dock.refresh()
    assert dock.select_reference(reference)
    return dock


def test_each_change_dialog_says_the_count_per_channel(qgis_canvas, settings):
    first, second = notice(settings), notice(settings)
    with interface_in("it"):
        dock = open_dock(qgis_canvas, settings, first)
        try:
            column = HistoryDock.COLUMNS.index("notification")
            listed = dock.table.item(dock.table.currentRow(), column).text()
            assert listed.startswith(f"Inviati: {CHANNELS};"), listed

            changes = dock.lifecycle.changes
            seen = {}
            for name, action in (
                ("reschedule", changes.reschedule_action),
                ("extend", changes.extend_action),
            ):
                fill = dock.answers[ChangeDialog] = answer_change()
                action.trigger()
                seen[name] = fill.audience
            changes.reminders_action.trigger()
            seen["reminders"] = changes.reminders_dialog.when.text()
            changes.reminders_dialog.close()

            dock.answers[FinishDialog] = True
            dock.lifecycle.finish_action.trigger()
            seen["finish"] = dock.shown[-1].question.text()

            dock.answers[type(dock.lifecycle)] = True
            dock.select_reference(second)
            dock.lifecycle._confirm = lambda question: True
            dock.lifecycle.cancel_action.trigger()
            seen["cancel"] = dock.shown[-1].question.text()
            assert isinstance(dock.shown[-1], FollowUpOffer)
        finally:
            dock.close()
    for name, text in seen.items():
        assert CHANNELS in text, (name, text)


def test_the_operator_schedules_reminders_then_reschedules_in_italian(
    qgis_canvas, settings, smtp, emulator, tmp_path
):
    """The operator's path in a real window, in Italian: the reminders window
    schedules the reminders (one set, by every channel), *Rinvia…* moves the
    work a week later and sends the postponement by SMS, call and email; the
    old reminders are called off and new ones wait. Each step is grabbed."""
    reference = notice(settings)
    folder = screenshot_dir(tmp_path)
    shots = []
    with interface_in("it"):
        dock = open_dock(qgis_canvas, settings, reference)
        with docked_beside_map(dock):
            changes = dock.lifecycle.changes
            changes.reminders_action.trigger()
            reminders = changes.reminders_dialog
            reminders.schedule_button.click()
            reminders.schedule_button.click()  # twice: still one set
            QgsApplication.processEvents()
            scheduled = reminders.message.text()
            rows = [
                [reminders.table.item(row, column).text() for column in range(3)]
                for row in range(reminders.table.rowCount())
            ]
            shots.append(grab(reminders, folder / "walk_reminders.png"))
            reminders.close()

            def moved(dialog):
                later = dialog.intervention.planned_start + timedelta(days=7)
                answer_change(later, later + timedelta(hours=4))(dialog)
                shots.append(grab(dialog, folder / "walk_reschedule.png"))
                return dialog.send_button.isEnabled()

            dock.answers[ChangeDialog] = moved
            changes.reschedule_action.trigger()
            wait_for_task(dock.lifecycle)
            said = dock.message.text()
            dock.table.resizeRowsToContents()
            shots.append(grab(dock, folder / "walk_dock_after.png"))
            changes.reminders_action.trigger()
            after = changes.reminders_dialog
            waiting = [after.table.item(row, 2).text() for row in range(after.table.rowCount())]
            shots.append(grab(after, folder / "walk_reminders_after.png"))
            after.close()
        dock.close()
    assert f"2 promemoria programmati, ognuno a {CHANNELS}" in scheduled, scheduled
    assert len(rows) == 2 and {row[2] for row in rows} == {CHANNELS}, rows
    assert "Questo invio ha mandato 2 SMS" in said and "Email inviate: 1" in said, said
    assert "Chiamate effettuate: " in said, said  # placed, or waiting for the calling window
    assert waiting == [CHANNELS, CHANNELS], "the new dates' reminders, one set"
    assert len(smtp.messages) == 2, "the notice's email, then the postponement's"
    for path in shots:
        assert_painted(path)
