"""The background dispatch while QGIS is open: a timer, one QgsTask at a time, stopped by unload."""

from __future__ import annotations

import logging
import time
from datetime import datetime, timedelta

import pytest
import test_processing_recovery as recovery
import water_outage_notifier
from auth_support import unlock_auth
from qgis.core import QgsApplication
from water_outage_notifier.common.vocabulary import ACCEPTED, EMAIL, REMINDER
from water_outage_notifier.devtools.gateway_emulator import Fault
from water_outage_notifier.devtools.smtp_server import LocalSmtpServer
from water_outage_notifier.gis import auth, dispatch_task
from water_outage_notifier.gis.auth import store_credentials
from water_outage_notifier.gis.dispatch_task import BackgroundDispatch
from water_outage_notifier.gis.problem_text import problem_text
from water_outage_notifier.gis.settings_store import PluginSettings
from water_outage_notifier.sms_gateway.profile import GatewayProfile
from water_outage_notifier.store.backend import open_database
from water_outage_notifier.store.interventions import ROME, InterventionDraft, InterventionStore
from water_outage_notifier.store.outbox import Outbox

ADDRESS = "rossi@example.it"


def wait_until_done(task, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not task.done:
        assert time.monotonic() < deadline, "the dispatch task did not finish"
        QgsApplication.processEvents()
        time.sleep(0.02)


def test_the_timer_follows_the_settings_and_unload_stops_it(qgis_app, recording_iface):
    settings = PluginSettings.load()
    settings.dispatch_minutes = 7
    settings.save()
    plugin = water_outage_notifier.classFactory(recording_iface)
    plugin.initGui()
    background = plugin.background
    try:
        assert background.timer.isActive() and background.timer.interval() == 7 * 60_000
        background.start(0)
        assert not background.timer.isActive(), "0 turns the background pass off"
        background.start()
        assert background.timer.isActive()
    finally:
        plugin.unload()
        settings.dispatch_minutes = 5
        settings.save()
    assert plugin.background is None and not background.timer.isActive()


def test_a_tick_finishes_what_a_throttled_run_left_and_one_pass_runs_at_a_time(
    run_algorithm, store_location, emulator, tmp_path
):
    phones, _parameters = recovery.throttled_first_run(
        run_algorithm, emulator, store_location, tmp_path, "skebby", 30
    )
    emulator.add_fault("skebby_send", Fault(hang=1.0))  # the pass is still running at the 2nd tick

    background = BackgroundDispatch()
    background.start()
    try:
        task = background.tick()
        assert task is not None
        assert background.tick() is None, "one pass at a time"
        wait_until_done(task)
    finally:
        background.stop()
    assert task.result is not None and task.result.counts.sent == len(phones)
    assert set(emulator.state.accepted.values()) == {1} and len(emulator.state.accepted) == 30


def test_a_tick_follows_an_interval_changed_elsewhere(qgis_app):
    """The QGIS Options page saves the settings without the plugin's dialog."""
    background = BackgroundDispatch()
    background.start(5)
    settings = PluginSettings.load()
    settings.dispatch_minutes = 0
    settings.save()
    try:
        assert background.tick() is None and not background.timer.isActive()
    finally:
        settings.dispatch_minutes = 5
        settings.save()
        background.stop()


def _waiting_email(store_location: str) -> str:
    """A follow-up email waiting in the outbox, as outage:reminders leaves it
    when it does not open the mail server; returns its intervention."""
    db = open_database(store_location)
    try:
        start = datetime.now(ROME).replace(hour=9, minute=0, second=0, microsecond=0)
        start += timedelta(days=2)
        reference = (
            InterventionStore(db)
            .create(
                InterventionDraft(
                    "planned_interruption", start, start + timedelta(hours=3), "rossi"
                )
            )
            .reference
        )
        Outbox(db).enqueue(
            reference, REMINDER, "Promemoria\n\nDomani manca l'acqua.", [ADDRESS], EMAIL
        )
    finally:
        db.close()
    return reference


@pytest.fixture()
def file_gateway_settings(qgis_app, store_location, tmp_path):
    """SMS to a file (no credentials), the store, and the mail server set
    up: the settings the background pass reads, saved."""
    before = PluginSettings.load()
    settings = PluginSettings(
        profiles=[GatewayProfile("File", "file", options={"path": str(tmp_path / "sms.jsonl")})],
        selected_profile="File",
        store_location=store_location,
    )
    yield settings
    before.save()


def mail_to(settings: PluginSettings, port: int) -> PluginSettings:
    """``settings`` with the customers' emails going to the SMTP server on ``port``."""
    mail = settings.email
    mail.enabled, mail.host, mail.port, mail.security = True, "127.0.0.1", port, "none"
    mail.from_address, mail.call_centre, mail.timeout = "interruzioni@acqua-imola.it", [], 5.0
    return settings


def _two_passes(caplog):
    """Two background passes: the first one's result, and what the log said of waiting emails."""
    background = BackgroundDispatch()
    background.start(5)
    try:
        with caplog.at_level(logging.WARNING, logger="water_outage_notifier"):
            first = _tick_and_wait(background)
            _tick_and_wait(background)
    finally:
        background.stop()
    said = [r.getMessage() for r in caplog.records if "Customer emails waiting" in r.getMessage()]
    return first.result, said


def _tick_and_wait(background: BackgroundDispatch):
    task = background.tick()
    assert task is not None
    wait_until_done(task)
    return task


def test_a_tick_sends_the_emails_due_through_the_mail_server(
    file_gateway_settings, store_location, tmp_path
):
    """While QGIS is open a follow-up email goes with the SMS, not at the next outage:dispatch."""
    with LocalSmtpServer(tmp_path / "mail") as smtp:
        mail_to(file_gateway_settings, smtp.port).save()
        reference = _waiting_email(store_location)
        background = BackgroundDispatch()
        background.start(5)
        try:
            _tick_and_wait(background)
        finally:
            background.stop()
        assert [message["To"] for message in smtp.messages] == [ADDRESS]
    db = open_database(store_location)
    try:
        assert Outbox(db).counts(reference, EMAIL)[ACCEPTED] == 1
    finally:
        db.close()


def test_emails_without_a_mail_server_are_said_once(file_gateway_settings, store_location, caplog):
    file_gateway_settings.email.enabled = False
    file_gateway_settings.save()
    _waiting_email(store_location)
    result, said = _two_passes(caplog)
    (note,) = result.notes
    assert (note.code, note.params["why"], note.params["emails"]) == (
        "emails_waiting",
        "mail_not_configured",
        1,
    )
    assert said == [problem_text(note)], "said once, in the operator's words"
    assert "Email" in said[0]


def test_a_locked_login_is_never_asked_for_in_the_background(
    file_gateway_settings, store_location, monkeypatch, caplog
):
    """The mail server's login waits for the master password: the SMS pass
    runs, the email waits, it is said once, and nothing prompts."""
    mail = mail_to(file_gateway_settings, 2525).email
    unlock_auth()
    mail.authcfg = store_credentials("smtp", {"username": "u", "password": "p"})
    file_gateway_settings.save()
    _waiting_email(store_location)

    def never(*_args):
        raise AssertionError("the background pass asked for the master password")

    monkeypatch.setattr(dispatch_task, "master_password_entered", lambda: False)
    monkeypatch.setattr(auth, "load_config", never)
    result, said = _two_passes(caplog)
    (note,) = result.notes
    assert note.params["why"] == "mail_locked"
    assert len(said) == 1 and "master password" in said[0]


def test_outage_dispatch_sends_the_emails_due_too(
    run_algorithm, file_gateway_settings, store_location, tmp_path
):
    with LocalSmtpServer(tmp_path / "mail") as smtp:
        mail_to(file_gateway_settings, smtp.port).save()
        _waiting_email(store_location)
        run_algorithm("outage:dispatch", {"MINUTES": 0.1})
        assert [message["To"] for message in smtp.messages] == [ADDRESS]
