"""Publishing through the notify pipeline: the SMS link, each lifecycle change,
uploads to real SFTP and WebDAV servers, and a failure that never holds an SMS back."""

from __future__ import annotations

import re
import socket
from dataclasses import replace

from publish_support import AREA, BASE_URL, HOSTILE_ADDRESSES, site
from test_notify_pipeline import OPTIONS, customer, make_services, request
from water_outage_notifier.customers.selection import assemble
from water_outage_notifier.notify.lifecycle import cancel, finish, start_work
from water_outage_notifier.notify.pipeline import notify, preview_notice
from water_outage_notifier.publish.privacy import Guard
from water_outage_notifier.publish.service import Publisher
from water_outage_notifier.publish.upload import (
    LOGIN_REFUSED,
    SFTP,
    UNKNOWN_HOST_KEY,
    UNREACHABLE,
    WEBDAV,
    UploadTarget,
)
from water_outage_notifier.store.outbox import ACCEPTED

LINKED = replace(OPTIONS, link=BASE_URL)
USER, PASSWORD = "publisher", "s3cret-upload"  # the test servers' login (tests/conftest.py)
PAGE = f"{BASE_URL}/2026-0001/"


def published_services(tmp_path, emulator, target=None, **publisher):
    services = make_services(tmp_path, emulator)
    services.publisher = Publisher(site(tmp_path), target, **publisher)
    return services


def linked_request(**changes):
    plan = replace(request().plan, public_area=AREA)
    return request(plan=plan, options=LINKED, **changes)


def site_files(tmp_path) -> dict:
    return {
        p.relative_to(tmp_path / "site").as_posix(): p.read_bytes()
        for p in (tmp_path / "site").rglob("*")
        if p.is_file()
    }


def test_the_sms_links_to_the_page_the_notice_publishes(tmp_path, emulator):
    services = published_services(tmp_path, emulator)
    shown = preview_notice(linked_request(), services.now())
    result = notify(linked_request(), services)
    assert result.ok and result.counts[ACCEPTED] == 2
    assert result.preview.text.endswith(f"Rif. INT-2026-0001 {PAGE}")
    # The preview measured a link of the same length: what it counted is what went.
    assert len(shown.preview.text) == len(result.preview.text)
    sent = services.outbox.messages(intervention_id=result.reference)
    assert {m.text for m in sent} == {result.preview.text} and emulator.total_accepted() == 2
    assert result.publication.published and result.publication.url == PAGE
    page = (tmp_path / "site/2026-0001/index.html").read_text(encoding="utf-8")
    assert "Lavori annunciati" in page and "Via Emilia" in page and "Via Cavour" in page
    assert result.to_dict()["publication"]["url"] == PAGE


def test_without_a_base_url_the_sms_has_no_link(tmp_path, emulator):
    services = published_services(tmp_path, emulator)
    with_link = preview_notice(linked_request(), services.now()).preview
    without = preview_notice(request(), services.now()).preview
    assert "http" not in without.text
    assert len(with_link.text) == len(without.text) + 1 + len(PAGE)
    assert with_link.analysis.units > without.analysis.units


def test_each_change_of_the_life_cycle_is_published(tmp_path, emulator):
    services = published_services(tmp_path, emulator)
    reference = notify(linked_request(), services).reference
    started = start_work(reference, services, "Rossi").publication
    assert started.published and started.change == "started"
    page = (tmp_path / "site/2026-0001/index.html").read_text(encoding="utf-8")
    assert "Lavori in corso" in page and "Iniziati" in page
    closing = finish(reference, services, "Rossi")
    assert closing.publication.published
    assert "Lavori terminati" in (tmp_path / "site/2026-0001/index.html").read_text(
        encoding="utf-8"
    )
    other = notify(linked_request(), services)
    closing = cancel(other.reference, services, "Rossi")
    assert closing.publication.change == "cancelled" and closing.publication.published
    assert len(list((tmp_path / "site/feeds/cap").glob("*.xml"))) == 5


def test_a_publisher_that_breaks_never_holds_the_sms_back(tmp_path, emulator):
    services = make_services(tmp_path, emulator)

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk on fire")

    services.publisher = broken
    result = notify(linked_request(), services)
    assert result.ok and result.sent == 2 and result.state == "notified"
    assert result.publication.code == "publish_error"


def test_without_a_publisher_nothing_is_published(tmp_path, emulator):
    result = notify(linked_request(), make_services(tmp_path, emulator))
    assert result.ok and result.publication is None
    assert not (tmp_path / "site").exists()


def test_no_phone_or_customer_id_in_any_published_file(tmp_path, emulator):
    """Hostile address values carry phones, names and codes; none reaches a public file."""
    admin, own = "+393331234567", "+393489876543"
    hostile = assemble(
        [
            customer("C100001", [admin], street=HOSTILE_ADDRESSES[1]),
            customer("C100002", [admin], street=HOSTILE_ADDRESSES[2]),
            customer("C100003", [own], street=HOSTILE_ADDRESSES[3]),
            customer("C100004", reason="landline", street=HOSTILE_ADDRESSES[4]),
            customer("C100005", reason="no_phone", street=HOSTILE_ADDRESSES[5]),
        ],
        ("isolated",),
    )
    services = published_services(tmp_path, emulator)
    result = notify(linked_request(selection=hostile), services)
    assert result.ok and result.publication.published
    files = site_files(tmp_path)
    assert len(files) == 9  # 2 pages, 2 indexes, 2 for Imola, CAP, GeoJSON, Atom
    guard = Guard([admin, own, "+390542877492"], [f"C10000{n}" for n in range(1, 6)] + ["U0000777"])
    for path, data in files.items():
        text = data.decode("utf-8", "replace")
        assert guard.found(text) == [], path
        for word in ("Rossi", "Bianchi", "Verdi", "<script", "alert("):
            assert word not in text, (path, word)
        # No long number but the call-centre's, the dates and the coordinates.
        rest = re.sub(r"\d+\.\d+|\d{4}-\d\d-\d\d\S*|800999500", "", text)
        assert not re.search(r"\d{6,}", rest), path


def test_a_leak_stops_the_publication_and_nothing_is_written(tmp_path, emulator, monkeypatch):
    """The last guard: if a street ever carried a phone, the files are refused."""
    from water_outage_notifier.publish import service

    monkeypatch.setattr(service, "public_streets", lambda streets: tuple(streets))
    leaky = assemble(
        [customer("C1", ["+393331234567"], street="Via Roma 333 123 4567")], ("isolated",)
    )
    services = published_services(tmp_path, emulator)
    result = notify(linked_request(selection=leaky), services)
    assert result.ok and result.sent == 1
    assert result.publication.code == "privacy_leak"
    assert not (tmp_path / "site").exists()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_uploads_to_sftp(tmp_path, emulator, sftp_server):
    target = UploadTarget(
        SFTP, sftp_server.url, USER, PASSWORD, sftp_server.known_hosts, timeout=10
    )
    result = notify(linked_request(), published_services(tmp_path, emulator, target))
    upload = result.publication.upload
    assert upload.ok and set(upload.uploaded) == set(site_files(tmp_path))
    for relative, data in site_files(tmp_path).items():
        assert (sftp_server.root / relative).read_bytes() == data


def test_sftp_refuses_an_unknown_host_key_and_a_wrong_login(tmp_path, emulator, sftp_server):
    stranger = tmp_path / "empty_known_hosts"
    stranger.write_text("")
    services = published_services(
        tmp_path,
        emulator,
        UploadTarget(SFTP, sftp_server.url, USER, PASSWORD, str(stranger), timeout=10),
    )
    result = notify(linked_request(), services)
    assert result.ok and result.publication.upload.code == UNKNOWN_HOST_KEY
    wrong = UploadTarget(SFTP, sftp_server.url, USER, "wrong", sftp_server.known_hosts, timeout=10)
    retried = Publisher(site(tmp_path), wrong).retry_upload(services.store, result.reference)
    assert retried.upload.code == LOGIN_REFUSED
    assert not sftp_server.root.exists()


def test_uploads_to_webdav(tmp_path, emulator, webdav_server):
    target = UploadTarget(WEBDAV, webdav_server.url, USER, PASSWORD, timeout=10)
    result = notify(linked_request(), published_services(tmp_path, emulator, target))
    assert result.publication.upload.ok
    for relative, data in site_files(tmp_path).items():
        assert (webdav_server.root / relative).read_bytes() == data
    wrong = UploadTarget(WEBDAV, webdav_server.url, USER, "wrong", timeout=10)
    services = make_services(tmp_path, emulator)
    services.publisher = Publisher(site(tmp_path), wrong)
    started = start_work(result.reference, services, "Rossi").publication
    assert started.upload.code == LOGIN_REFUSED


def test_a_failed_upload_waits_and_a_retry_sends_what_is_left(tmp_path, emulator, webdav_server):
    down = UploadTarget(
        WEBDAV, f"http://127.0.0.1:{_free_port()}/dav/site", USER, PASSWORD, timeout=2
    )
    services = published_services(tmp_path, emulator, down)
    result = notify(linked_request(), services)
    assert result.ok and result.sent == 2  # the SMS went all the same
    upload = result.publication.upload
    assert upload.code == UNREACHABLE and set(upload.pending) == set(site_files(tmp_path))
    # The next change adds its files to those still waiting.
    started = start_work(result.reference, services, "Rossi").publication
    assert "2026-0001/map.png" not in started.upload.pending
    assert "feeds/cap/2026-0001-1.xml" in started.upload.pending
    target = UploadTarget(WEBDAV, webdav_server.url, USER, PASSWORD, timeout=10)
    retried = Publisher(site(tmp_path), target).retry_upload(services.store, result.reference)
    assert retried.upload.ok
    for relative, data in site_files(tmp_path).items():
        assert (webdav_server.root / relative).read_bytes() == data
    again = Publisher(site(tmp_path), target).retry_upload(services.store, result.reference)
    assert again.code == "upload_nothing_to_retry"


def test_plain_http_is_refused_but_on_loopback(tmp_path):
    from water_outage_notifier.publish.upload import INSECURE_URL, upload

    (tmp_path / "a.html").write_text("x")
    result = upload(
        UploadTarget(WEBDAV, "http://example.org/dav", USER, PASSWORD), str(tmp_path), ["a.html"]
    )
    assert result.code == INSECURE_URL and result.pending == ("a.html",)
    assert "wrong" not in repr(UploadTarget(WEBDAV, "https://x", USER, "wrong"))
