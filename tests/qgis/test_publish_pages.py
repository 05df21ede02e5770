"""The public side on the sample town, end to end, with hostile names in the data.

The sample GeoPackage is copied and made hostile: every contact gets a
name full of markup and quotes, and the Dozza hamlet's address field
carries names, phones and customer codes, as free-text address fields do.
Then ``make demo``'s own run traces the hamlet's branch main, sends the
SMS (with the page link), publishes the page with its QGIS map, and
prints the flyers. On what it wrote:

- no phone number, contact name, customer code or house point in any
  published file;
- the pages in headless Chromium (Debian's, driven by Playwright) at
  phone and desktop widths: no console error, no failed request, no
  sideways scrolling, the map loaded, the key facts visible; the
  screenshots are kept in ``build/test-artefacts/public-pages`` (and
  replace the README's with ``make screenshots``);
- the CAP messages valid against the OASIS CAP 1.2 schema;
- each flyer PDF rendered to PNG by pdftoppm, one page per door in
  walking order, its QR code decoding to the page's URL.
"""

from __future__ import annotations

import csv
import functools
import http.server
import json
import re
import shutil
import sqlite3
import subprocess
import threading
from dataclasses import replace
from pathlib import Path

import capvalidator
import pytest
import screens
import test_batch
import zxingcpp
from PIL import Image
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)
from water_outage_notifier.customers.natural import natural_key
from water_outage_notifier.devtools.demo import PAGES_URL, run_demo
from water_outage_notifier.gis.public_area import report_public_area
from water_outage_notifier.gis.settings_store import PluginSettings, PublishSettings
from water_outage_notifier.publish.privacy import Guard, public_street

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_data"
ARTEFACTS = ROOT / "build" / "test-artefacts" / "public-pages"
BROWSER = ROOT / "tests" / "browser"
PAGE_URL = f"{PAGES_URL}/2026-0001/"
HOSTILE_NAME = "<script>alert('Zorro{fid}')</script> O'Hara \"Zorro{fid}\""
# The batch tests' sample project, emulator profile and planned works (fixtures).
batch = test_batch.batch
configured = test_batch.configured
sample_project = test_batch.sample_project
works = test_batch.works
VIEWPORTS = [
    {"name": "phone", "width": 390, "height": 844},
    {"name": "desktop", "width": 1280, "height": 900},
]


def make_hostile(gpkg: Path) -> None:
    """Names with markup for every contact; names, phones and codes in Dozza's addresses.

    Edited through QGIS (OGR), which keeps the GeoPackage's spatial index right.
    """
    contacts = QgsVectorLayer(f"{gpkg}|layername=contatti", "contatti", "ogr")
    name = contacts.fields().indexOf("nome")
    contacts.dataProvider().changeAttributeValues(
        {f.id(): {name: HOSTILE_NAME.replace("{fid}", str(f.id()))} for f in contacts.getFeatures()}
    )
    customers = QgsVectorLayer(f"{gpkg}|layername=utenze", "utenze", "ogr")
    address = customers.fields().indexOf("indirizzo")
    changes = {}
    for feature in customers.getFeatures():
        if feature["comune"] != "Dozza" or feature.id() % 3 == 2:
            continue
        if feature.id() % 3 == 0:
            phone = feature["cellulare"] or "333 765 4321"
            value = f"{feature['indirizzo']} c/o Zorro{feature.id()} tel. {phone}"
        else:
            value = f"{feature['cod_utenza']} {feature['indirizzo']}"
        changes[feature.id()] = {address: value}
    assert changes
    customers.dataProvider().changeAttributeValues(changes)


@pytest.fixture(scope="module")
def published(qgis_app, tmp_path_factory):
    """The demo's run on the hostile copy of the sample town: its result and folders."""
    folder = tmp_path_factory.mktemp("hostile_town")
    for name in ("imola_sample.gpkg", "imola_sample.qgz"):
        shutil.copy(SAMPLE / name, folder / name)
    make_hostile(folder / "imola_sample.gpkg")
    output = folder / "demo-output"
    result = run_demo(output=output, project_path=folder / "imola_sample.qgz", say=lambda _: None)
    yield result, output, folder / "imola_sample.gpkg"
    QgsProject.instance().clear()


def affected(gpkg: Path, customer_ids) -> dict:
    """Phones, contact names, codes and points of the affected customers, from the layer."""
    wanted = {str(c) for c in customer_ids}
    with sqlite3.connect(gpkg) as db:
        rows = db.execute("SELECT fid, cod_utenza, cellulare FROM utenze").fetchall()
        contacts = db.execute("SELECT cod_utenza, nome, cellulare FROM contatti").fetchall()
    layer = QgsVectorLayer(f"{gpkg}|layername=utenze", "utenze", "ogr")
    to_wgs84 = QgsCoordinateTransform(
        layer.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()
    )
    points = [
        to_wgs84.transform(QgsPointXY(f.geometry().asPoint()))
        for f in layer.getFeatures()
        if str(f["cod_utenza"]) in wanted
    ]
    return {
        "ids": sorted(wanted),
        "phones": [p for _, c, p in rows if c in wanted and p]
        + [p for c, _, p in contacts if c in wanted and p],
        "names": [n for c, n, _ in contacts if c in wanted and n],
        "points": points,
    }


def published_files(site: Path) -> dict:
    return {p.relative_to(site).as_posix(): p for p in site.rglob("*") if p.is_file()}


def test_nothing_about_a_person_is_published(published):
    result, output, gpkg = published
    store_ids = json.loads((output / "isolate_report.json").read_text(encoding="utf-8"))
    customers = [c for ids in store_ids["customers"].values() for c in ids]
    private = affected(gpkg, customers)
    assert len(private["ids"]) == 79 and len(private["phones"]) > 50 and private["names"]
    guard = Guard(private["phones"], private["ids"])
    files = published_files(output / "public")
    assert "2026-0001/map.png" in files
    for relative, path in files.items():
        if relative.endswith(".png"):
            continue
        text = path.read_text(encoding="utf-8")
        assert guard.found(text) == [], relative
        assert "Zorro" not in text and "<script" not in text and "O'Hara" not in text, relative
    # The area is generalised: no published vertex within 5 m of a customer's house.
    areas = json.loads(files["feeds/areas.geojson"].read_text(encoding="utf-8"))
    vertices = [
        QgsPointXY(x, y)
        for feature in areas["features"]
        for polygon in feature["geometry"]["coordinates"]
        for ring in polygon
        for x, y in ring
    ]
    assert len(vertices) > 4
    metres = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsCoordinateReferenceSystem("EPSG:32632"),
        QgsProject.instance(),
    )
    houses = [metres.transform(p) for p in private["points"]]
    for vertex in (metres.transform(v) for v in vertices):
        assert min(vertex.distance(h) for h in houses) > 5.0
    # The streets survived the hostile addresses, cut down to their names.
    page = files["2026-0001/index.html"].read_text(encoding="utf-8")
    assert "Via del Borgo" in page and "Via Croce" in page


def test_the_sms_links_to_the_page(published):
    result, _, _ = published
    assert result.result.preview.text.endswith(f"Rif. {result.result.reference} {PAGE_URL}")
    assert result.result.preview.analysis.segments == 2
    assert result.result.publication.url == PAGE_URL


def test_the_cap_messages_follow_the_schema(published):
    _, output, _ = published
    (message,) = (output / "public/feeds/cap").glob("*.xml")
    outcome = capvalidator.check_schema(message.read_bytes())
    assert outcome.passed, outcome.message


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture()
def served(published):
    """The published folder served on 127.0.0.1, as any web server would."""
    _, output, _ = published
    handler = functools.partial(_Quiet, directory=str(output / "public"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join(10)


def open_in_chromium(pages: list, outdir: Path) -> list:
    outdir.mkdir(parents=True, exist_ok=True)
    job = json.dumps({"pages": pages, "viewports": VIEWPORTS, "outdir": str(outdir)})
    done = subprocess.run(
        ["node", str(BROWSER / "check_pages.mjs"), job],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=BROWSER,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_pages_in_chromium_at_phone_and_desktop_widths_with_screenshots(published, served):
    pages = [
        {"name": "public_page", "url": f"{served}/2026-0001/"},
        {"name": "public_page_en", "url": f"{served}/2026-0001/en.html"},
        {"name": "public_index", "url": f"{served}/"},
        {"name": "public_dozza", "url": f"{served}/comuni/dozza.html"},
    ]
    results = open_in_chromium(pages, ARTEFACTS)
    assert len(results) == len(pages) * len(VIEWPORTS)
    for seen in results:
        where = (seen["page"], seen["viewport"])
        assert seen["console"] == [] and seen["errors"] == [], where
        assert seen["failed"] == [], where
        assert not seen["overflows"], where
        assert seen["brokenImages"] == 0, where
        screens.assert_painted(Path(seen["screenshot"]))
    text = {(r["page"], r["viewport"]): r["text"] for r in results}
    for viewport in ("phone", "desktop"):
        page = text[("public_page", viewport)]
        for fact in (
            "Interruzione programmata dell'acqua",
            "Dozza",
            "Via del Borgo",
            "Lavori annunciati",
            "ore 08:30",
            "ore 12:30",
            "800 999 500",
            "Tenete una scorta d'acqua",
            "INT-2026-0001",
        ):
            assert fact in page, (viewport, fact)
        assert "Planned water interruption" in text[("public_page_en", viewport)]
        assert "INT-2026-0001" in text[("public_index", viewport)]
        assert "INT-2026-0001" in text[("public_dozza", viewport)]
    maps = [r for r in results if r["page"] == "public_page"]
    assert all(r["images"] == 1 for r in maps)
    if screens.wanted():
        for name in ("public_page-phone", "public_page-desktop", "public_index-phone"):
            shutil.copy(ARTEFACTS / f"{name}.png", screens.SCREENSHOT_DIR / f"{name}.png")


def test_each_flyer_is_a_page_per_door_with_a_qr_code_to_the_page_screenshot(published, tmp_path):
    _, output, _ = published
    with open(output / "flyers.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))[1:]
    doors: dict = {}  # the round by public street name, as the flyers merge it
    for row in rows:
        doors.setdefault(public_street(row[1]) or row[1], []).append(row[2])
    for street, numbers in doors.items():
        doors[street] = sorted(set(numbers), key=natural_key)
    assert "Via del Borgo" in doors and not any("Zorro" in street for street in doors)
    pdfs = sorted((output / "flyers").glob("*.pdf"))
    assert len(pdfs) == len(doors) >= 2
    for pdf in pdfs:
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
        pages = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        street = next(s for s in doors if text.count(f"Per i residenti di {s}") == pages)
        shown = re.findall(rf"Per i residenti di {re.escape(street)} ?(\S*)", text)
        assert shown == doors[street]  # one sheet per door, in walking order
        assert "Zorro" not in text
        assert "800 999 500" in text and "Tenete una scorta d'acqua" in text
        prefix = tmp_path / pdf.stem
        last = str(min(pages, 2))  # the first two sheets: a QR code on each
        subprocess.run(
            ["pdftoppm", "-r", "110", "-l", last, "-png", str(pdf), str(prefix)], check=True
        )
        images = sorted(tmp_path.glob(f"{pdf.stem}*.png"))
        assert len(images) == int(last)
        for image in images:
            decoded = [code.text for code in zxingcpp.read_barcodes(Image.open(image))]
            assert decoded == [PAGE_URL], image
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(images[0], ARTEFACTS / "flyer.png")
    if screens.wanted():
        shutil.copy(images[0], screens.SCREENSHOT_DIR / "flyer.png")


@pytest.fixture()
def publish_settings(tmp_path):
    """The saved plugin settings with a pages folder, restored after the test."""
    before = PluginSettings.load()
    changed = replace(
        before,
        publish=PublishSettings(folder=str(tmp_path / "site")),
        messages=replace(before.messages, short_link_base=PAGES_URL, utility_name="Acqua Imola"),
    )
    changed.save()
    yield changed
    before.save()


def test_outage_publish_writes_pages_and_flyers_in_batch(
    published, publish_settings, run_algorithm, tmp_path
):
    """The README's ``processing.run("outage:publish", ...)``, on the demo's history."""
    result, output, gpkg = published
    assert QgsProject.instance().read(str(gpkg.with_suffix(".qgz")))
    outputs = run_algorithm(
        "outage:publish",
        {
            "REFERENCES": result.result.reference,
            "DATABASE": str(output / "store.sqlite"),
            "FLYERS_FOLDER": str(tmp_path / "flyers"),
        },
    )
    assert outputs["PAGES"] == PAGE_URL
    site = tmp_path / "site"
    assert (site / "2026-0001/map.png").read_bytes().startswith(b"\x89PNG")
    assert "Diramazione Dozza" in (site / "2026-0001/index.html").read_text(encoding="utf-8")
    flyers = outputs["FLYERS"].splitlines()
    assert flyers and all(path.endswith(".pdf") for path in flyers)
    assert {Path(p).name for p in flyers} == {p.name for p in (output / "flyers").glob("*.pdf")}
    # Every current intervention when no reference is given; a retry with nothing waiting.
    again = run_algorithm(
        "outage:publish", {"DATABASE": str(output / "store.sqlite"), "RETRY_UPLOAD": True}
    )
    assert again["PAGES"] == ""


def test_a_real_batch_publishes_each_work_with_its_area(
    run_algorithm, sample_project, configured, emulator, works, publish_settings, tmp_path
):
    result, summary = batch(run_algorithm, works, tmp_path, "published", DRY_RUN=False)
    assert result["NOTIFIED"] == 3
    site = tmp_path / "site"
    areas = json.loads((site / "feeds/areas.geojson").read_text(encoding="utf-8"))
    references = {row["intervention"] for row in summary.values()}
    assert {f["properties"]["reference"] for f in areas["features"]} == references
    assert all(f["geometry"]["type"] == "MultiPolygon" for f in areas["features"])
    for reference in references:
        page = site / reference.removeprefix("INT-") / "index.html"
        assert "Lavori annunciati" in page.read_text(encoding="utf-8")


def test_outage_notify_finds_the_area_of_a_report_in_the_pipes_layer(published):
    """The area ``outage:notify`` publishes is the one the dialog makes from the work site."""
    _, output, gpkg = published
    assert QgsProject.instance().read(str(gpkg.with_suffix(".qgz")))
    report = json.loads((output / "isolate_report.json").read_text(encoding="utf-8"))
    area = report_public_area(report)
    published_area = json.loads((output / "public/feeds/areas.geojson").read_text())
    (feature,) = published_area["features"]

    def box(polygons):
        points = [p for polygon in polygons for ring in polygon for p in ring]
        return [
            min(x for x, _ in points),
            min(y for _, y in points),
            max(x for x, _ in points),
            max(y for _, y in points),
        ]

    assert box(area) == pytest.approx(box(feature["geometry"]["coordinates"]), abs=2e-4)
    assert report_public_area({"pipes": {}}) == ()
