"""The published site: pages a conforming parser accepts, an index per municipality,
GeoJSON of the current areas, and each change's page and feed updated."""

from __future__ import annotations

import json

import html5lib
import pytest
from publish_support import (
    AREA,
    BASE_URL,
    PUBLIC_STREETS,
    make_store,
    notified,
    publish_first,
    site,
)
from water_outage_notifier.publish.links import page_url, short_reference
from water_outage_notifier.publish.privacy import public_street
from water_outage_notifier.publish.service import Publisher
from water_outage_notifier.publish.site import png_size


@pytest.fixture()
def store(backend):
    return make_store(backend.open())


def read(settings, relative) -> str:
    with open(f"{settings.folder}/{relative}", encoding="utf-8") as page:
        return page.read()


def parse_strict(text: str):
    """html5lib in strict mode raises on any parse error (the WHATWG parsing rules)."""
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(text)


def test_link_is_the_base_url_and_the_short_reference():
    assert short_reference("INT-2026-0001") == "2026-0001"
    assert short_reference("Imola 42/B") == "imola-42-b"
    assert page_url("https://a.it/l", "INT-2026-0001") == "https://a.it/l/2026-0001/"
    assert page_url("https://a.it/l/", "INT-2026-0001") == "https://a.it/l/2026-0001/"
    assert page_url("", "INT-2026-0001") is None


def test_page_says_what_where_when_and_whom_to_call_in_both_languages(store, tmp_path):
    settings = site(tmp_path)
    intervention = notified(store)
    outcome = publish_first(store, settings, intervention.reference)
    assert outcome.published and outcome.url == f"{BASE_URL}/2026-0001/"
    italian = parse_strict(read(settings, "2026-0001/index.html"))
    english = parse_strict(read(settings, "2026-0001/en.html"))
    text = " ".join(italian.itertext())
    for fact in (
        "Interruzione programmata dell'acqua",
        "Lavori annunciati",
        "martedì 3 marzo 2026, ore 08:30",
        "martedì 3 marzo 2026, ore 12:30",
        "800 999 500",
        "INT-2026-0001",
        "Tenete una scorta d'acqua",
        *PUBLIC_STREETS,
        "Imola",
        "Dozza",
    ):
        assert fact in text, fact
    assert italian.get("lang") == "it" and english.get("lang") == "en"
    english_text = " ".join(english.itertext())
    assert "Planned water interruption" in english_text
    assert "Tuesday 3 March 2026, at 08:30" in english_text
    assert "Keep some water aside" in english_text
    assert italian.find(".//a[@href='tel:800999500']") is not None


def test_every_published_page_parses_without_error(store, tmp_path):
    settings = site(tmp_path)
    publish_first(store, settings, notified(store).reference)
    pages = sorted(p for p in (tmp_path / "site").rglob("*.html"))
    assert {p.relative_to(tmp_path / "site").as_posix() for p in pages} == {
        "2026-0001/index.html",
        "2026-0001/en.html",
        "index.html",
        "index.en.html",
        "comuni/imola.html",
        "comuni/imola.en.html",
        "comuni/dozza.html",
        "comuni/dozza.en.html",
    }
    for page in pages:
        parse_strict(page.read_text(encoding="utf-8"))


def test_index_lists_current_and_upcoming_work_per_municipality(store, tmp_path):
    settings = site(tmp_path)
    first = notified(store)
    other = notified(
        store,
        municipalities=("Medicina",),
        planned_start="2026-03-05T08:00:00+01:00",
        planned_end="2026-03-05T10:00:00+01:00",
    )
    publish_first(store, settings, first.reference)
    publish_first(store, settings, other.reference)
    index = parse_strict(read(settings, "index.html"))
    sections = {s.get("id"): " ".join(s.itertext()) for s in index.iter("section")}
    assert "INT-2026-0001" in sections["imola"] and "INT-2026-0001" in sections["dozza"]
    assert "INT-2026-0002" in sections["medicina"] and "INT-2026-0001" not in sections["medicina"]
    medicina = " ".join(parse_strict(read(settings, "comuni/medicina.html")).itertext())
    assert "INT-2026-0002" in medicina and "INT-2026-0001" not in medicina
    # Finished work leaves the index and its municipality's page; its own page stays, finished.
    store.transition(first.reference, "in_progress", "x")
    store.transition(first.reference, "finished", "x")
    Publisher(settings)(store, first.reference, "finished")
    index_text = " ".join(parse_strict(read(settings, "index.html")).itertext())
    assert "INT-2026-0001" not in index_text and "INT-2026-0002" in index_text
    assert "INT-2026-0001" not in " ".join(
        parse_strict(read(settings, "comuni/imola.html")).itertext()
    )
    page = " ".join(parse_strict(read(settings, "2026-0001/index.html")).itertext())
    assert "Lavori terminati" in page and "Terminati" in page


def test_geojson_holds_the_current_areas_only(store, tmp_path):
    settings = site(tmp_path)
    intervention = notified(store)
    publish_first(store, settings, intervention.reference)
    collection = json.loads(read(settings, "feeds/areas.geojson"))
    (feature,) = collection["features"]
    assert feature["geometry"] == {
        "type": "MultiPolygon",
        "coordinates": json.loads(json.dumps(AREA)),
    }
    assert feature["properties"]["reference"] == "INT-2026-0001"
    assert feature["properties"]["streets"] == list(PUBLIC_STREETS)
    assert feature["properties"]["url"] == f"{BASE_URL}/2026-0001/"
    store.transition(intervention.reference, "cancelled", "x")
    Publisher(settings)(store, intervention.reference, "cancelled")
    assert json.loads(read(settings, "feeds/areas.geojson"))["features"] == []


def test_a_planned_intervention_is_not_published(store, tmp_path):
    from water_outage_notifier.store.interventions import InterventionDraft

    planned = store.create(
        InterventionDraft("emergency", "2026-03-03T08:30", "2026-03-03T10:30", "x")
    )
    outcome = Publisher(site(tmp_path))(store, planned.reference, "republished")
    assert outcome.code == "not_public"
    assert not (tmp_path / "site").exists()


def test_map_is_kept_for_later_changes(store, tmp_path):
    settings = site(tmp_path)
    intervention = notified(store)
    png = _png(320, 200)
    publish_first(store, settings, intervention.reference, map_png=png)
    assert png_size((tmp_path / "site/2026-0001/map.png").read_bytes()) == (320, 200)
    store.transition(intervention.reference, "in_progress", "x")
    outcome = Publisher(settings)(store, intervention.reference, "started")
    assert "2026-0001/map.png" not in outcome.files
    page = parse_strict(read(settings, "2026-0001/index.html"))
    image = page.find(".//img")
    assert image.get("src") == "map.png" and image.get("width") == "320"


def test_without_a_base_url_pages_still_link_to_each_other(store, tmp_path):
    settings = site(tmp_path, base_url=None)
    outcome = publish_first(store, settings, notified(store).reference)
    assert outcome.url is None and outcome.page_file.endswith("2026-0001/index.html")
    index = parse_strict(read(settings, "index.html"))
    assert "2026-0001/" in [a.get("href") for a in index.iter("a")]


@pytest.mark.parametrize(
    ("address", "street"),
    [
        ("Via Emilia 12", "Via Emilia"),
        ("Via Roma 3 c/o Rossi Mario 333 1234567", "Via Roma"),
        ("Via Garibaldi, 5 - int. 3 (Bianchi Anna)", "Via Garibaldi"),
        ("Viale 4 Novembre 7/B", "Viale 4 Novembre"),
        ("Via XX Settembre 1", "Via XX Settembre"),
        ("Via dell'Artigianato 4", "Via dell'Artigianato"),
        ("Via Selice presso Mario Bianchi", "Via Selice"),
        ("Piazza Matteotti 3489876543 Verdi", "Piazza Matteotti"),
        ("Via Roma tel 0542 877492", "Via Roma"),
        ("U0000777 Via Appia", None),
        ("<script>alert(1)</script>", None),
        ("3331234567", None),
        ("  ", None),
        (None, None),
    ],
)
def test_a_street_is_cut_down_to_its_name(address, street):
    assert public_street(address) == street


def _png(width: int, height: int) -> bytes:
    import struct
    import zlib

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\xff\xff\xff" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def test_work_without_a_municipality_is_listed_under_other_areas(store, tmp_path):
    settings = site(tmp_path)
    publish_first(store, settings, notified(store, municipalities=()).reference)
    index = parse_strict(read(settings, "index.html"))
    text = " ".join(index.itertext())
    assert "Altre zone" in text and "INT-2026-0001" in text
    assert not [a for a in index.iter("a") if "comuni/" in (a.get("href") or "")]
