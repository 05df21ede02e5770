"""The Italian ``.qm`` built from the committed ``.ts`` really translates the interface.

The expected pairs are read from ``i18n/water_outage_notifier_it.ts``, so the
test follows the translations instead of repeating them. The ``.qm`` is built
with ``lrelease`` into ``tmp_path`` exactly as ``make transcompile`` does; the
plugin itself loads the one ``make transcompile`` put in ``i18n/``.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
import water_outage_notifier
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator
from water_outage_notifier.devtools.translations import ROOT, existing_translations
from water_outage_notifier.gis.i18n import tr

TS_PATH = ROOT / "i18n" / "water_outage_notifier_it.ts"
QM_PATH = ROOT / "i18n" / "water_outage_notifier_it.qm"
LOCALE_KEY = "locale/userLocale"


def italian_pairs() -> dict:
    return existing_translations(TS_PATH)


def sample_sources() -> list:
    """A spread of sources: first, last, and the first with a placeholder, an ellipsis, a space."""
    sources = sorted(italian_pairs())
    picks = [sources[0], sources[len(sources) // 2], sources[-1]]
    for mark in ("{", "…", " "):
        picks.append(next(source for source in sources if mark in source))
    return list(dict.fromkeys(picks))


@pytest.fixture()
def italian_translator(qgis_app, tmp_path):
    """The Italian ``.qm`` built from the ``.ts``, installed on the application for one test."""
    lrelease = shutil.which("lrelease")
    assert lrelease, "lrelease is missing: install qttools5-dev-tools (make system-packages)"
    qm_path = tmp_path / "water_outage_notifier_it.qm"
    run = subprocess.run(
        [lrelease, str(TS_PATH), "-qm", str(qm_path)], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stdout + run.stderr
    translator = QTranslator()
    assert translator.load(str(qm_path)), f"Qt cannot load {qm_path}"
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.fixture()
def user_locale(qgis_app):
    """Set QGIS's interface locale for one test, then put the previous value back."""
    settings = QgsSettings()
    previous = settings.value(LOCALE_KEY, None)

    def set_locale(value: str) -> None:
        settings.setValue(LOCALE_KEY, value)

    yield set_locale
    if previous is None:
        settings.remove(LOCALE_KEY)
    else:
        settings.setValue(LOCALE_KEY, previous)


@pytest.mark.parametrize("source", sample_sources())
def test_tr_returns_the_italian_of_the_ts_for_a_sample(italian_translator, source):
    assert tr(source) == italian_pairs()[source]


def test_tr_returns_the_italian_of_every_string_of_the_ts(italian_translator):
    pairs = italian_pairs()
    wrong = {source: tr(source) for source, italian in pairs.items() if tr(source) != italian}
    assert pairs
    assert wrong == {}


def test_without_a_translator_tr_returns_the_english_source(qgis_app):
    pairs = italian_pairs()
    assert {source: tr(source) for source in pairs} == {source: source for source in pairs}


def test_plugin_installs_the_italian_translator_and_removes_it_on_unload(user_locale):
    assert QM_PATH.exists(), "run `make transcompile` to build the .qm files"
    source, italian = next((s, t) for s, t in sorted(italian_pairs().items()) if s != t)
    user_locale("it_IT")

    plugin = water_outage_notifier.classFactory(None)
    try:
        assert tr(source) == italian
    finally:
        plugin.unload()

    assert tr(source) == source


def test_plugin_in_english_leaves_the_source_text(user_locale):
    source = next(s for s, t in sorted(italian_pairs().items()) if s != t)
    user_locale("en_US")

    plugin = water_outage_notifier.classFactory(None)
    try:
        assert tr(source) == source
    finally:
        plugin.unload()
