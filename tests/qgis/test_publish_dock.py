"""Publishing from QGIS: the history dock's actions, the upload login in QgsAuthManager,
a failed upload shown with its retry, and ``outage:publish`` with the flyers.

The intervention is notified through the real pipeline with the settings'
publisher (the folder in tmp_path, a WebDAV upload whose login is stored in
the QGIS authentication database); the dock then starts it, publishes it
again by hand and retries the upload against a local WebDAV server.
"""

from __future__ import annotations

import socket
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from notify_support import customer, emulator_settings, planned, wait_for_task
from qgis.core import QgsSettings
from water_outage_notifier.customers.selection import assemble
from water_outage_notifier.dialogs.history_dock import HistoryDock
from water_outage_notifier.gis.auth import store_credentials
from water_outage_notifier.gis.notify_services import (
    gateway_profile,
    message_options,
    open_history,
    open_services,
)
from water_outage_notifier.gis.settings_store import PluginSettings, PublishSettings
from water_outage_notifier.notify.pipeline import notify
from water_outage_notifier.notify.request import InterventionPlan, NotifyRequest
from water_outage_notifier.store.interventions import IN_PROGRESS, NOTIFIED, ROME

BASE_URL = "https://acqua.example.it/lavori"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture()
def settings(qgis_app, emulator, webdav_server, tmp_path):
    """Emulator gateway, pages in tmp_path/site, a WebDAV upload that is down for now."""
    base = emulator_settings(emulator, str(tmp_path / "history.sqlite"))
    login = store_credentials(
        "public pages", {"username": webdav_server.username, "password": webdav_server.password}
    )
    base.messages.short_link_base = BASE_URL
    base.publish = PublishSettings(
        folder=str(tmp_path / "site"),
        upload="webdav",
        upload_url=f"http://127.0.0.1:{free_port()}/dav/site",
        authcfg=login,
    )
    return base


@pytest.fixture()
def notified(settings):
    services = open_services(settings, gateway_profile(settings), with_email=False)
    start = datetime.now(ROME).replace(hour=8, minute=30, second=0, microsecond=0)
    start += timedelta(days=3)
    request = NotifyRequest(
        plan=InterventionPlan("planned_interruption", start, start + timedelta(hours=4), "rossi"),
        selection=assemble([customer("C1", ["+393331111111"])], ("isolated",)),
        options=message_options(settings, override_window=True),
        send_email=False,
    )
    with services:
        result = notify(request, services)
    assert result.sent == 1 and result.state == NOTIFIED
    return result


@pytest.fixture()
def dock(qgis_canvas, settings, notified):
    widget = HistoryDock(qgis_canvas, settings=settings)
    widget.refresh()
    assert widget.select_reference(notified.reference)
    yield widget
    widget.close()


def test_the_notice_publishes_and_its_failed_upload_never_stops_the_sms(notified, tmp_path):
    assert notified.preview.text.endswith(f"{BASE_URL}/2026-0001/")
    publication = notified.publication
    assert publication.published and (tmp_path / "site/2026-0001/index.html").exists()
    assert publication.upload.code == "upload_unreachable"
    assert "password" not in repr(publication) and "s3cret" not in repr(publication)


def test_the_dock_uploads_in_the_background_and_retries_a_failed_upload(
    dock, settings, webdav_server, tmp_path
):
    assert dock.publishing.publish_button.isEnabled() and dock.publishing.retry_button.isEnabled()
    dock.lifecycle.start_action.trigger()
    assert "in progress" in dock.message.text()
    assert "Uploading in the background" in dock.message.text() or "in background" in (
        dock.message.text()
    )
    assert not dock.publishing.retry_button.isEnabled(), "no retry while the upload runs"
    wait_for_task(dock.publishing)
    assert "Retry upload" in dock.message.text() or "Riprova" in dock.message.text()
    assert dock.publishing.retry_button.isEnabled()
    page = (tmp_path / "site/2026-0001/index.html").read_text(encoding="utf-8")
    assert "Lavori in corso" in page
    settings.publish = replace(settings.publish, upload_url=webdav_server.url)  # the server is up
    dock.publishing.retry_button.click()
    wait_for_task(dock.publishing)
    assert "Uploaded" in dock.message.text() or "Caricati" in dock.message.text()
    for path in (tmp_path / "site").rglob("*"):
        if path.is_file():
            relative = path.relative_to(tmp_path / "site")
            assert (webdav_server.root / relative).read_bytes() == path.read_bytes(), relative
    assert not dock.publishing.retry_button.isEnabled()
    dock.publishing.publish_button.click()
    wait_for_task(dock.publishing)
    assert "2026-0001" in dock.message.text()
    assert len(list((webdav_server.root / "feeds/cap").glob("*.xml"))) == 3
    with open_history(settings) as services:
        assert services.store.get("INT-2026-0001").state == IN_PROGRESS


def test_flyers_for_an_intervention_whose_customers_all_get_the_sms(dock, tmp_path):
    dock.publishing.choose_folder = lambda title: str(tmp_path / "flyers")
    dock.publishing.flyers_button.click()
    assert "no flyers" in dock.message.text() or "nessun volantino" in dock.message.text()


def test_publish_settings_round_trip_without_a_secret(settings):
    scratch = QgsSettings("water_outage_notifier_test", "publish")
    settings.save(scratch)
    loaded = PluginSettings.load(scratch)
    assert loaded.publish == settings.publish
    stored = {key: scratch.value(key) for key in scratch.allKeys()}
    assert not any("s3cret" in str(value) for value in stored.values())
    scratch.clear()


def test_the_notify_dialog_publishes_the_work_site_with_its_map(settings, tmp_path):
    """The operator's path: trace the sample town, Send, read where the page went."""
    from water_outage_notifier.devtools.demo import PIPE, load_sample
    from water_outage_notifier.dialogs.notify_dialog import NotifyDialog
    from water_outage_notifier.gis.model import ModelSources

    model = ModelSources.from_mapping(load_sample()).build()
    work_site = model.analyse(model.network.pieces_of_pipe(PIPE))
    dialog = planned(NotifyDialog.for_work_site(work_site, model.crs, settings=settings))
    try:
        assert dialog.plan_ids["public_area"], "the area is generalised before Send"
        assert f"{BASE_URL}/2026-0001/" in dialog.text.toPlainText() or (
            f"{BASE_URL}/2026-0000/" in dialog.text.toPlainText()
        )
        dialog.send()
        wait_for_task(dialog)
        summary = dialog.summary.text()
        assert f"{BASE_URL}/2026-0001/" in summary, summary
        assert "Retry upload" in summary or "Riprova" in summary  # the upload server is down
    finally:
        dialog.close()
    site = tmp_path / "site/2026-0001"
    assert (site / "map.png").read_bytes().startswith(b"\x89PNG")
    assert "Via del Borgo" in (site / "index.html").read_text(encoding="utf-8")
