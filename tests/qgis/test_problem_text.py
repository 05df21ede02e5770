"""Real warnings, refusals and conflicts of the core, worded at the edge in Italian and English.

The unit test ``test_code_words`` proves every code has a sentence; these
tests build a network full of the problems real utility layers have, and
conflicts in a real store, and check that each sentence finds every
parameter it names (no "?" left, no raw placeholder) and that the Italian
catalogue turns it into Italian.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta, timezone

import pytest
from qgis.core import QgsSettings, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication, QTranslator
from water_outage_notifier.devtools.translations import ROOT
from water_outage_notifier.gis.features import LayerError
from water_outage_notifier.gis.network_reader import check_geometry
from water_outage_notifier.gis.notice_text import gateway_reason_text
from water_outage_notifier.gis.problem_text import email_text, has_words, problem_text
from water_outage_notifier.messages import dates
from water_outage_notifier.notify.request import EmailOutcome, Reason
from water_outage_notifier.trace import (
    NetworkSettings,
    PipeInput,
    SourceInput,
    ValveInput,
    build_network,
)

LOCALE_KEY = "locale/userLocale"
UNFILLED = re.compile(r"\{[a-z_]+\}|(?<![\w'])\?(?![\w'])")


def messy_network():
    """Pipes M1..M4 along x from a source at 0, and every kind of bad data around them."""
    pipes = [PipeInput(i, f"M{i}", [[((i - 1) * 10, 0), (i * 10, 0)]]) for i in range(1, 5)]
    pipes += [
        PipeInput(10, "M1", [[(0, 5), (5, 5)]]),  # duplicated id, dangling ends
        PipeInput(11, "EMPTY", []),  # no geometry
        PipeInput(12, "DOT", [[(60, 60), (60, 60)]]),  # zero length
        PipeInput(13, "OLD", [[(40, 0), (40, 10)]], "dismessa"),  # out of service
        PipeInput(14, "X1", [[(100, -5), (100, 5)]]),  # crossing X2, no source, no valve
        PipeInput(15, "X2", [[(95, 0), (105, 0)]]),
    ]
    valves = [
        ValveInput(1, "V1", (10, 0), "open"),
        ValveInput(2, "V1", (20, 0), "open"),  # duplicated id
        ValveInput(3, None, (30, 0), "open"),  # no id
        ValveInput(4, "NOWHERE", (500, 500), "open"),  # on no pipe
        ValveInput(5, "NOPOINT", None, "open"),
        ValveInput(6, "HYD", (15, 0), "open", "hydrant"),  # not isolating
        ValveInput(7, "RET", (40, 5), "open"),  # on a pipe out of service
    ]
    sources = [SourceInput(1, "S", (0, 0)), SourceInput(2, "FAR", (900, 900))]
    lake = ((800, 800), (820, 800), (820, 820), (800, 800))
    sources.append(SourceInput(3, "LAGO", (810, 805), area=(lake,)))  # a footprint on no pipe
    basin = ((13, -2), (17, -2), (17, 2), (13, 2), (13, -2))
    sources.append(SourceInput(4, "VASCA", (15, 1), area=(basin,)))  # M2 runs through it
    return build_network(pipes, valves, sources, NetworkSettings())


@pytest.fixture()
def italian(qgis_app):
    """The Italian interface: the locale (labels follow it) and the catalogue."""
    settings = QgsSettings()
    previous = settings.value(LOCALE_KEY, None)
    settings.setValue(LOCALE_KEY, "it_IT")
    translator = QTranslator()
    assert translator.load(str(ROOT / "i18n" / "water_outage_notifier_it.qm")), (
        "run `make transcompile`"
    )
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)
    if previous is None:
        settings.remove(LOCALE_KEY)
    else:
        settings.setValue(LOCALE_KEY, previous)


def test_every_warning_of_a_messy_network_has_its_own_filled_sentence(qgis_app):
    warnings = messy_network().warnings
    found = {w.code for w in warnings}
    assert {"duplicate_id", "null_geometry", "zero_length", "valve_off_network"} <= found
    assert {"pipes_out_of_service", "crossing_without_junction", "no_source"} <= found
    assert {"source_off_network", "pipe_through_source"} <= found
    assert "area" in {w.params.get("why") for w in warnings if w.code == "source_off_network"}
    for warning in warnings:
        assert has_words(warning), warning.code
        text = problem_text(warning)
        assert not UNFILLED.search(text), text
        assert problem_text(warning.to_dict()) == text  # the dock reads the report's dicts


def test_in_italian_no_warning_keeps_an_english_sentence(italian):
    for warning in messy_network().warnings:
        text = problem_text(warning)
        assert text != warning.message
        assert not re.search(r"\b(the|is|has|of|layer|feature|pipe)\b", text), text
        assert not UNFILLED.search(text), text


def test_refusals_and_conflicts_are_said_with_labels_not_codes(italian):
    closed = Reason("Intervention X is finished", "intervention_closed", {"reference": "IMO-1"})
    closed.params["state"] = "finished"
    assert problem_text(closed) == (
        "L'intervento IMO-1 è nello stato «Concluso»: per esso non si invia alcun avviso."
    )
    overlap = Reason(
        "Overlaps ...",
        "overlap",
        {
            "reference": "IMO-2",
            "kind": "planned_interruption",
            "state": "notified",
            "start": "2026-05-04T08:00:00+02:00",
            "end": "2026-05-04T12:00:00+02:00",
            "segments": 2,
            "segment_ids": ["S1", "S2"],
            "customers": 0,
            "customer_ids": [],
        },
    )
    text = problem_text(overlap)
    assert text.startswith("Si sovrappone a IMO-2 (Interruzione programmata, Notificato)")
    assert "planned_interruption" not in text and "notified" not in text
    # times as people read them, in Rome time, never an ISO timestamp
    assert "dal lun 4 mag 08:00 al lun 4 mag 12:00" in text, text
    assert "T08:00" not in text and "+02:00" not in text


def waiting_notice():
    """The core's "scheduled" warning of an Italian notice that waits for tomorrow 08:00."""
    tomorrow = dates.to_local(datetime.now(timezone.utc)).date() + timedelta(days=1)
    at = datetime.combine(tomorrow, time(8, 0), tzinfo=dates.rome())
    said = {"when": "domani alle 08:00", "at": at.isoformat()}
    return Reason("L'avviso verrà inviato domani alle 08:00 (ora italiana).", "scheduled", said)


def test_when_a_notice_waits_is_said_in_the_interface_s_language(qgis_app):
    text = problem_text(waiting_notice())
    assert "tomorrow at 08:00" in text and "domani" not in text, text


def test_when_a_notice_waits_is_said_in_italian_in_italian(italian):
    assert "domani alle 08:00" in problem_text(waiting_notice())


def test_the_email_status_is_a_word_and_a_reason(italian):
    skipped = EmailOutcome("skipped", "no mail server is configured", code="no_mail_server")
    text = email_text(skipped)
    assert text.startswith("Email al call center: Non inviata")
    assert "Nessun server di posta configurato" in text
    assert "skipped" not in text and "configured" not in text


def test_a_copy_perhaps_sent_or_partly_refused_says_so_in_italian(italian):
    """The mail server's faults of the fault hunt, in the operator's words."""
    doubt = EmailOutcome("failed", "127.0.0.1:25 ...", code="email_in_doubt")
    text = email_text(doubt)
    assert "potrebbe essere arrivata" in text and "Chiedete al call center" in text
    refused = EmailOutcome(
        "sent", "turno@acqua-imola.it (550 no such mailbox)", "<id>", "email_partly_refused"
    )
    text = email_text(refused)
    assert text.startswith("Email al call center: Inviata")
    assert "ha rifiutato questi indirizzi: turno@acqua-imola.it (550" in text


def test_a_redirected_gateway_and_an_unreadable_answer_in_italian(italian):
    stopped = Reason("", "gateway_stopped", {"why": "redirected", "detail": "HTTP 301 to sms2"})
    text = problem_text(stopped)
    assert "rimanda altrove (HTTP 301 to sms2)" in text and "nessuna credenziale" in text
    assert not UNFILLED.search(text)
    assert "potrebbe essere stato inviato" in gateway_reason_text("unreadable_answer")
    assert "rimando non seguito" in gateway_reason_text("redirected")
    page = Reason("", "gateway_stopped", {"why": "unreadable_answer", "detail": "<html>"})
    assert "senza una sessione (<html>)" in problem_text(page)


def points_named_pipes() -> QgsVectorLayer:
    return QgsVectorLayer("Point?crs=EPSG:32632", "condotte", "memory")


def test_a_layer_of_the_wrong_geometry_is_named_in_plain_words(qgis_app):
    with pytest.raises(LayerError) as refused:
        check_geometry(points_named_pipes(), QgsWkbTypes.GeometryType.LineGeometry, "pipe")
    assert str(refused.value) == "Pipe layer 'condotte' holds points; it must hold lines."


def test_a_layer_of_the_wrong_geometry_is_refused_in_italian(italian):
    with pytest.raises(LayerError) as refused:
        check_geometry(points_named_pipes(), QgsWkbTypes.GeometryType.LineGeometry, "pipe")
    assert "'condotte' contiene punti; deve contenere linee." in str(refused.value)
