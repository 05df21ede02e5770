"""The background dispatch while QGIS is open: a timer, one QgsTask at a time, stopped by unload."""

from __future__ import annotations

import time

import test_processing_recovery as recovery
import water_outage_notifier
from qgis.core import QgsApplication
from water_outage_notifier.devtools.gateway_emulator import Fault
from water_outage_notifier.gis.dispatch_task import BackgroundDispatch
from water_outage_notifier.gis.settings_store import PluginSettings


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
