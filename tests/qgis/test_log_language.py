"""The plugin's tab of the QGIS message log speaks the interface's language.

A real session's lines, read back from ``QgsMessageLog`` under the plugin's
tag: the network model built from the sample town and loaded again from its
cache, a notice sent through ``outage:notify`` to the local gateway emulator
while the gateway says "come back in an hour", and the same notice finished
by a second run (the recovery of what the first left). In Italian every line
is Italian, numbers and plurals included; in English the same lines are
English and read right with one and with many.
"""

from __future__ import annotations

import logging
import re

import pytest
from model_identity import SAMPLE, sample_layers
from qgis.core import QgsApplication
from test_plural_words import english, italian  # noqa: F401 - fixtures: the interface language
from test_processing_recovery import notify_again, outbox_reference, throttled_first_run
from water_outage_notifier.common.log_words import say
from water_outage_notifier.gis.log import TAG, install_bridge, remove_bridge
from water_outage_notifier.gis.model import ModelCache, ModelSources

TABLES = ("condotte", "valvole", "fonti", "utenze", "contatti")
#: Words of the English sentences that must not reach an Italian message log.
ENGLISH = re.compile(
    r"\b(the|Network|model|Intervention|queued|sent|messages?|pipe|customers?|finished|"
    r"Sending|provider|retry|Accepted|Dispatch)\b"
)
#: What each language's log says of the session (model, send, gateway, recovery).
SAID = {
    "it": (
        "Modello di rete caricato dalla cache",
        "tratti di condotta.",
        "utenze collegate alla rete (tratti di condotta: ",
        "Interruzione programmata: in coda 2",
        "Invio per SMS concluso: accettato dal fornitore 2.",
        "il fornitore ha chiesto di rallentare",
        "2 nuovi messaggi 'Interruzione programmata' in coda.",
        "2 messaggi non riusciti per un motivo temporaneo tornano in coda.",
    ),
    "en": (
        "Network model loaded from the cache",
        "pipe pieces.",
        "customers linked to the network (pipe pieces: ",
        "Planned interruption: queued 2",
        "Sending by SMS finished: accepted by the provider 2.",
        "the provider asked to slow down",
        "2 new messages 'Planned interruption' queued.",
        "2 messages that failed for a transient reason are due again.",
    ),
}


@pytest.fixture()
def message_log(qgis_app):
    """The lines QGIS's message log receives under the plugin's tag, through the bridge."""
    lines = []

    def heard(message, tag, _level):
        if tag == TAG:
            lines.append(message)

    log = QgsApplication.messageLog()
    log.messageReceived.connect(heard)
    handler = install_bridge()
    yield lines
    remove_bridge(handler)
    log.messageReceived.disconnect(heard)


def session(message_log, tmp_path, run_algorithm, emulator) -> str:
    """A model built and loaded from its cache, a notice throttled and then finished:
    the message log's lines, one a line."""
    copy = tmp_path / "town.gpkg"
    copy.write_bytes(SAMPLE.read_bytes())
    mapping, _layers = sample_layers({t: f"{copy}|layername={t}" for t in TABLES})
    ModelSources.from_mapping(mapping).store.discard()
    ModelCache().build_now(mapping)
    ModelSources.from_mapping(mapping).build()  # from the cache
    store = str(tmp_path / "history.sqlite")
    _phones, parameters = throttled_first_run(run_algorithm, emulator, store, tmp_path, "skebby", 2)
    notify_again(run_algorithm, parameters, outbox_reference(store), tmp_path / "again.json")
    QgsApplication.processEvents()
    return "\n".join(message_log)


@pytest.mark.parametrize("language", ["it", "en"])
def test_a_session_logs_in_the_interface_language(
    request, language, message_log, tmp_path, run_algorithm, emulator
):
    request.getfixturevalue({"it": "italian", "en": "english"}[language])
    text = session(message_log, tmp_path, run_algorithm, emulator)
    assert [words for words in SAID[language] if words not in text] == []
    assert not [line for line in message_log if "{" in line or "%n" in line or "(s)" in line]
    if language == "it":
        assert [line for line in message_log if ENGLISH.search(line)] == []


@pytest.mark.usefixtures("italian")
def test_numbers_and_plurals_in_the_italian_message_log(message_log):
    logger = logging.getLogger("water_outage_notifier.test")
    phone = "+39 347 ***0001"
    for level, code, params in (
        (logging.INFO, "model_ready", {"count": 1}),
        (logging.INFO, "model_ready", {"count": 1051399}),
        (logging.INFO, "retry_later", {"chunk": "c1", "phone": phone, "delay": 2.5}),
        (logging.WARNING, "giving_up", {"phone": phone, "count": 5}),
    ):
        reason = "invalid_number" if code == "giving_up" else "throttled"
        say(logger, level, code, gateway_reason=reason, **params)
    assert message_log == [
        "Modello di rete pronto: 1 tratto di condotta.",
        "Modello di rete pronto: 1051399 tratti di condotta.",
        "c1 a +39 347 ***0001 non elaborato (il fornitore ha chiesto di rallentare; "
        "sarà inviato di nuovo più tardi); nuovo tentativo tra 2,5 s.",
        "+39 347 ***0001: si rinuncia dopo 5 tentativi (il fornitore rifiuta il numero).",
    ]
