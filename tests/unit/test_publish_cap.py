"""The CAP 1.2 feed: every message valid against the OASIS CAP 1.2 schema, and
checked element by element against what the standard requires of its values."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import capvalidator
import pytest
from publish_support import BASE_URL, make_store, notified, publish_first, site
from water_outage_notifier.publish.service import Publisher

CAP = "{urn:oasis:names:tc:emergency:cap:1.2}"
ATOM = "{http://www.w3.org/2005/Atom}"
# CAP 1.2, section 3.2: required elements and their value lists.
REQUIRED_ALERT = ("identifier", "sender", "sent", "status", "msgType", "scope")
REQUIRED_INFO = ("category", "event", "urgency", "severity", "certainty")
VALUES = {
    "status": {"Actual", "Exercise", "System", "Test", "Draft"},
    "msgType": {"Alert", "Update", "Cancel", "Ack", "Error"},
    "scope": {"Public", "Restricted", "Private"},
    "category": {
        "Geo",
        "Met",
        "Safety",
        "Security",
        "Rescue",
        "Fire",
        "Health",
        "Env",
        "Transport",
        "Infra",
        "CBRNE",
        "Other",
    },
    "responseType": {
        "Shelter",
        "Evacuate",
        "Prepare",
        "Execute",
        "Avoid",
        "Monitor",
        "Assess",
        "AllClear",
        "None",
    },
    "urgency": {"Immediate", "Expected", "Future", "Past", "Unknown"},
    "severity": {"Extreme", "Severe", "Moderate", "Minor", "Unknown"},
    "certainty": {"Observed", "Likely", "Possible", "Unlikely", "Unknown"},
}
CAP_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[-+]\d\d:\d\d$")
RESTRICTED = re.compile(r"[\s,<&]")


@pytest.fixture()
def store(backend):
    return make_store(backend.open())


def messages(tmp_path):
    """Every CAP message written, by number."""
    found = sorted(
        (tmp_path / "site/feeds/cap").glob("*.xml"), key=lambda p: int(p.stem.rsplit("-", 1)[1])
    )
    return [p.read_bytes() for p in found]


def check_by_hand(data: bytes) -> ET.Element:
    """The standard's rules the schema alone does not say, and the required fields."""
    alert = ET.fromstring(data)
    assert alert.tag == f"{CAP}alert"
    for name in REQUIRED_ALERT:
        assert alert.findtext(f"{CAP}{name}"), name
    for name in ("identifier", "sender"):
        assert not RESTRICTED.search(alert.findtext(f"{CAP}{name}")), name
    for name in ("status", "msgType", "scope"):
        assert alert.findtext(f"{CAP}{name}") in VALUES[name]
    assert CAP_TIME.match(alert.findtext(f"{CAP}sent"))
    infos = alert.findall(f"{CAP}info")
    assert [i.findtext(f"{CAP}language") for i in infos] == ["it-IT", "en-GB"]
    for info in infos:
        for name in REQUIRED_INFO:
            assert info.findtext(f"{CAP}{name}"), name
        for name in ("category", "urgency", "severity", "certainty", "responseType"):
            for element in info.findall(f"{CAP}{name}"):
                assert element.text in VALUES[name], (name, element.text)
        for name in ("effective", "onset", "expires"):
            assert CAP_TIME.match(info.findtext(f"{CAP}{name}")), name
        (area,) = info.findall(f"{CAP}area")
        assert area.findtext(f"{CAP}areaDesc")
        for polygon in area.findall(f"{CAP}polygon"):
            pairs = polygon.text.split()
            assert len(pairs) >= 4 and pairs[0] == pairs[-1]
            for pair in pairs:
                lat, lon = map(float, pair.split(","))
                assert -90 <= lat <= 90 and -180 <= lon <= 180
    return alert


def test_every_message_of_a_life_cycle_is_valid_cap(store, tmp_path):
    settings = site(tmp_path)
    reference = notified(store).reference
    publish_first(store, settings, reference)
    store.transition(reference, "in_progress", "x")
    Publisher(settings)(store, reference, "started")
    store.transition(reference, "finished", "x")
    Publisher(settings)(store, reference, "finished")
    written = messages(tmp_path)
    assert len(written) == 3
    for data in written:
        result = capvalidator.check_schema(data)
        assert result.passed, result.message
    alerts = [check_by_hand(data) for data in written]
    assert [a.findtext(f"{CAP}msgType") for a in alerts] == ["Alert", "Update", "Update"]
    # Each message names the earlier ones: sender,identifier,sent.
    first, second, third = alerts
    first_ref = ",".join(first.findtext(f"{CAP}{n}") for n in ("sender", "identifier", "sent"))
    assert third.findtext(f"{CAP}references").split()[0] == first_ref
    assert len(third.findtext(f"{CAP}references").split()) == 2
    info = third.find(f"{CAP}info")
    assert (info.findtext(f"{CAP}urgency"), info.findtext(f"{CAP}responseType")) == (
        "Past",
        "AllClear",
    )
    assert first.find(f"{CAP}info").findtext(f"{CAP}responseType") == "Prepare"
    assert first.find(f"{CAP}info").findtext(f"{CAP}web") == f"{BASE_URL}/2026-0001/"
    assert (
        first.find(f"{CAP}info")
        .find(f"{CAP}area")
        .findtext(f"{CAP}polygon")
        .startswith("44.350000,11.710000 ")
    )


def test_a_cancelled_work_sends_a_cap_cancel(store, tmp_path):
    settings = site(tmp_path)
    reference = notified(store).reference
    publish_first(store, settings, reference)
    store.transition(reference, "cancelled", "x")
    Publisher(settings)(store, reference, "cancelled")
    last = messages(tmp_path)[-1]
    assert capvalidator.check_schema(last).passed
    assert check_by_hand(last).findtext(f"{CAP}msgType") == "Cancel"


def test_a_broken_message_fails_the_schema(store, tmp_path):
    """The validator can fail: a message without its required scope is refused."""
    settings = site(tmp_path)
    publish_first(store, settings, notified(store).reference)
    (data,) = messages(tmp_path)
    broken = re.sub(rb"\s*<scope>Public</scope>", b"", data)
    assert broken != data
    assert not capvalidator.check_schema(broken).passed


def test_atom_feed_points_to_each_latest_message(store, tmp_path):
    settings = site(tmp_path)
    first = notified(store).reference
    second = notified(store, municipalities=("Medicina",)).reference
    publish_first(store, settings, first)
    publish_first(store, settings, second)
    store.transition(first, "in_progress", "x")
    Publisher(settings)(store, first, "started")
    feed = ET.parse(tmp_path / "site/feeds/cap.atom").getroot()
    links = sorted(e.find(f"{ATOM}link").get("href") for e in feed.findall(f"{ATOM}entry"))
    assert links == [
        f"{BASE_URL}/feeds/cap/2026-0001-2.xml",
        f"{BASE_URL}/feeds/cap/2026-0002-1.xml",
    ]
    for href in links:
        assert (tmp_path / "site" / href[len(BASE_URL) + 1 :]).exists()
