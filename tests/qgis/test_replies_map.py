"""The "1" replies on the map: the sample town, the gateway emulator, the dock and Processing.

LAV-1 (the Dozza hamlet's branch main) is notified by ``outage:batch``
through the emulator, finished, and the water-back notice sent. Customers
then answer "1" at the emulator: two numbers of one segment (one of them
twice), one of another segment. A dispatch pass reads them; the history
dock's *Replies on map* button and ``outage:replies_map`` both give one
feature per segment with the right counts, the first segment flagged as a
possible valve left shut with valves to check, and no phone number in the
layer. The screen test walks the dock in Italian (or the screenshots'
language) under Xvfb and keeps a screenshot of the dock and of the map.
"""

from __future__ import annotations

import shutil
from collections import defaultdict
from dataclasses import dataclass

import pytest
import test_batch as batch_tests
from notify_support import wait_for_task
from qgis.core import Qgis, QgsProject, QgsVectorLayer
from qgis.gui import QgsMessageBar
from qgis_process_support import qgis_process_env
from qgis_process_support import run as run_qgis_process
from screens import (
    assert_painted,
    docked_beside_map,
    grab,
    interface_in,
    map_dir,
    render_results,
    screenshot_dir,
)
from water_outage_notifier.common.vocabulary import WATER_BACK
from water_outage_notifier.dialogs.history_dock import HistoryDock
from water_outage_notifier.gis.mapping import load_mapping
from water_outage_notifier.gis.model import ModelSources
from water_outage_notifier.gis.notify_services import (
    gateway_profile,
    message_options,
    open_services,
)
from water_outage_notifier.gis.reply_map_layer import find_reply_map_layer
from water_outage_notifier.gis.settings_store import PluginSettings
from water_outage_notifier.notify.dispatch import dispatch
from water_outage_notifier.notify.lifecycle import finish
from water_outage_notifier.notify.pipeline import follow_up

configured = batch_tests.configured
sample_project = batch_tests.sample_project
works = batch_tests.works
ONE_WORK = batch_tests.WORKS.splitlines()[:2]


@dataclass
class Replied:
    reference: str
    cluster: int  # the segment two numbers answered from
    single: int  # the segment one number answered from
    warned: dict  # segment -> customers told the water was back (counted independently)
    phones: set  # every number that answered


def warned_on(model, segment, customer_ids) -> int:
    """Warned customers linked to the segment's pieces: the index asked piece by piece."""
    positions = model.index.positions_on(model.network.segment_pieces(segment))
    ids = {model.index.customers.rows[p].customer_id for p in positions}
    return len(ids & set(customer_ids))


@pytest.fixture()
def replied(run_algorithm, sample_project, configured, emulator, tmp_path):
    """LAV-1 notified, finished, told the water is back; three numbers answer "1"."""
    (tmp_path / "one.csv").write_text("\n".join(ONE_WORK) + "\n", encoding="utf-8")
    result, summary = batch_tests.batch(
        run_algorithm, tmp_path / "one.csv", tmp_path, "run", DRY_RUN=False
    )
    reference = summary["LAV-1"]["intervention"]
    settings = PluginSettings.load()
    with open_services(settings, gateway_profile(settings), with_email=False) as services:
        finish(reference, services, "rossi")
        back = follow_up(
            reference,
            WATER_BACK,
            services,
            message_options(settings, override_window=True),
            "rossi",
        )
        assert back.ok and back.recipients > 3
        recipients = services.store.recipients(reference, WATER_BACK)
        model = ModelSources.from_mapping(load_mapping()).build()
        # numbers standing for customers of one segment only, by segment
        pieces = model.index.pieces_of_ids({c for r in recipients for c in r.customer_ids})
        by_segment = defaultdict(list)
        for r in recipients:
            segments = {model.network.piece_segment[p] for c in r.customer_ids for p in pieces[c]}
            if len(segments) == 1:
                by_segment[segments.pop()].append(r.phone)
        crowded = sorted(by_segment, key=lambda s: (-len(by_segment[s]), s))
        cluster, single = crowded[0], crowded[1]
        assert len(by_segment[cluster]) >= 3, "the test needs a segment of several numbers"
        phones = [*by_segment[cluster][:2], by_segment[single][0]]
        for phone in phones + phones[:1]:  # the first number answers twice
            emulator.receive(phone, "1")
        assert dispatch(services).replies.no_water == 4
        warned = {
            s: warned_on(model, s, {c for r in recipients for c in r.customer_ids})
            for s in (cluster, single)
        }
    return Replied(reference, cluster, single, warned, set(phones))


def rows_of(layer) -> dict:
    return {f["segment_id"]: f for f in layer.getFeatures()}


def check_layer(layer, replied: Replied) -> None:
    rows = rows_of(layer)
    assert set(rows) == {replied.cluster, replied.single}
    cluster, single = rows[replied.cluster], rows[replied.single]
    assert (cluster["replies"], cluster["warned"]) == (2, replied.warned[replied.cluster])
    assert (single["replies"], single["warned"]) == (1, replied.warned[replied.single])
    assert cluster["cluster"] and not single["cluster"]
    assert cluster["share"] == pytest.approx(round(2 / replied.warned[replied.cluster], 3))
    assert cluster["valves"] and cluster["finding"] and not single["finding"]
    assert cluster["label"] == f"2/{replied.warned[replied.cluster]}"
    assert all(not f.geometry().isEmpty() for f in layer.getFeatures())
    written = " ".join(str(value) for f in layer.getFeatures() for value in f.attributes())
    assert not any(phone[-7:] in written for phone in replied.phones), "no phone in the layer"


def test_the_algorithm_draws_the_replies_per_segment(run_algorithm, replied, tmp_path):
    out = run_algorithm(
        "outage:replies_map",
        {"REFERENCE": replied.reference, "OUTPUT": str(tmp_path / "replies.gpkg")},
    )
    assert (out["REPLIES"], out["CLUSTERS"], out["UNMATCHED"]) == (3, 1, 0)
    check_layer(QgsVectorLayer(out["OUTPUT"], "replies", "ogr"), replied)
    fewer = run_algorithm(
        "outage:replies_map",
        {"REFERENCE": replied.reference, "MIN_REPLIES": 3, "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    assert fewer["CLUSTERS"] == 0


def test_qgis_process_draws_the_replies(replied, tmp_path):
    """``outage:replies_map`` in ``qgis_process.bin``, as an analyst's script runs it: the
    sample project's mapping, the store given as DATABASE."""
    for name in ("imola_sample.gpkg", "imola_sample.qgz"):
        shutil.copy(batch_tests.SAMPLE / name, tmp_path / name)
    answer = run_qgis_process(
        qgis_process_env(tmp_path),
        "outage:replies_map",
        {
            "REFERENCE": replied.reference,
            "DATABASE": tmp_path / "history.sqlite",
            "OUTPUT": tmp_path / "replies_cli.gpkg",
        },
        project=tmp_path / "imola_sample.qgz",
    )
    results = answer["results"]
    assert (results["REPLIES"], results["CLUSTERS"], results["UNMATCHED"]) == (3, 1, 0)
    check_layer(QgsVectorLayer(results["OUTPUT"], "replies", "ogr"), replied)
    assert "valve may have been left shut" in " ".join(answer["log"]["info"])


def test_the_dock_button_adds_the_layer_and_says_the_cluster(replied, qgis_canvas):
    bar = QgsMessageBar()
    dock = HistoryDock(qgis_canvas, settings=PluginSettings.load(), message_bar=bar)
    dock.refresh()
    assert dock.select_reference(replied.reference)
    assert dock.replies.button.isEnabled()
    dock.replies.button.click()
    wait_for_task(dock.replies, 120.0)
    layer = find_reply_map_layer(replied.reference)
    check_layer(layer, replied)
    said = dock.message.text()
    assert "valve may have been left shut" in said
    # the hamlet is cut off upstream: the valves the work closed come first
    assert "check first the valves closed for the work, V" in said
    # said where QGIS says what an action did, too: a cluster is worth a warning
    item = bar.currentItem()
    assert item is not None, "the outcome did not reach the message bar"
    assert item.level() == Qgis.MessageLevel.Warning
    assert "valve may have been left shut" in item.text()
    assert "check first the valves closed for the work, V" in item.text()
    dock.replies.button.click()  # a second press refreshes the same layer
    wait_for_task(dock.replies, 120.0)
    assert [lay.id() for lay in QgsProject.instance().mapLayers().values()].count(layer.id()) == 1
    assert len(rows_of(find_reply_map_layer(replied.reference))) == 2
    dock.close()


def test_the_button_waits_for_replies_and_says_so(sample_project, configured, qgis_canvas):
    """Without "1" replies the button is off; pressed anyway (stale list) it says why."""
    from water_outage_notifier.gis.notify_services import open_history
    from water_outage_notifier.store.interventions import InterventionDraft

    with open_history(PluginSettings.load()) as services:
        reference = services.store.create(
            InterventionDraft("emergency", "2026-12-01 08:00", "2026-12-01 10:00", "rossi")
        ).reference
    bar = QgsMessageBar()
    dock = HistoryDock(qgis_canvas, settings=PluginSettings.load(), message_bar=bar)
    dock.from_date.setDate(dock.from_date.date().addYears(-1))
    dock.refresh()
    assert dock.select_reference(reference)
    assert not dock.replies.button.isEnabled()
    with interface_in("it"):
        dock.replies.show_selected()
        assert dock.message.text() == (
            f"{reference}: nessuna utenza ha risposto «1» all'avviso di ritorno dell'acqua."
        )
        assert bar.currentItem().text() == dock.message.text()
    dock.close()


#: What the screen test reads, in each language the screenshots are taken in.
WORDS = {
    "it": (
        "Risposte sulla mappa",
        "Risposte «1» di {reference}",
        ("Segmento", "valvola", "«1»", "chiuse per il lavoro"),
    ),
    "en": (
        "Replies on map",
        'Replies "1" of {reference}',
        ("Segment", "valve", '"1"', "closed for the work"),
    ),
}


def test_the_replies_screen_on_the_map(replied, screen_language, qgis_canvas, tmp_path):
    """Walked in the screenshots' language (Italian by default) under Xvfb, the dock at its
    docked width: the button, the layer, the message; the dock and the map kept as PNGs."""
    button, name, said = WORDS[screen_language]
    dock = HistoryDock(qgis_canvas, settings=PluginSettings.load())
    with docked_beside_map(dock):
        dock.refresh()
        assert dock.select_reference(replied.reference)
        assert dock.replies.button.text() == button
        dock.replies.button.click()
        wait_for_task(dock.replies, 120.0)
        text = dock.message.text()
        assert all(word in text for word in said), text
        layer = find_reply_map_layer(replied.reference)
        assert layer.name() == name.format(reference=replied.reference)
        grab(dock, screenshot_dir(tmp_path) / "history_dock_replies.png")
        extent = layer.extent()
        extent.scale(1.6)
        path = render_results(
            QgsProject.instance(), [layer], layer.crs(), extent, (900, 650),
            map_dir(tmp_path) / "replies_map.png",
        )  # fmt: skip
        assert_painted(path)
    dock.close()
