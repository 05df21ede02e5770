"""Count sentences read right with 1 and with 2, in Italian and English, through Qt.

A sentence about one count goes through ``tr_n`` and the catalogue's numerus
forms (Qt picks the form, then puts the number for ``%n``). The catalogues
are built from the committed ``.ts`` with ``lrelease``, as ``make
transcompile`` does; the pressure tab is the real widget a person reads.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime

import pytest
from pressure_zone import pressure_answer
from qgis.PyQt.QtCore import QCoreApplication, QTranslator
from screens import interface_in
from water_outage_notifier.common.vocabulary import SMS
from water_outage_notifier.devtools.translations import ROOT
from water_outage_notifier.dialogs.lifecycle_dialogs import uncertain_explanation
from water_outage_notifier.dialogs.pressure_tab import PressureTab
from water_outage_notifier.dialogs.reminder_dialog import planned_text, scheduled_text
from water_outage_notifier.dialogs.results_dock import _valve_note


def catalogue(language: str, folder) -> QTranslator:
    """The plugin's catalogue for ``language``, built from its ``.ts`` into ``folder``."""
    source = ROOT / "i18n" / f"water_outage_notifier_{language}.ts"
    built = folder / f"water_outage_notifier_{language}.qm"
    lrelease = shutil.which("lrelease")
    assert lrelease, "lrelease is missing (make system-packages)"
    run = subprocess.run([lrelease, str(source), "-qm", str(built)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    translator = QTranslator()
    assert translator.load(str(built))
    return translator


@pytest.fixture()
def italian(qgis_app, tmp_path):
    with interface_in("it", catalogue("it", tmp_path)):
        yield


@pytest.fixture()
def english(qgis_app, tmp_path):
    translator = catalogue("en", tmp_path)
    QCoreApplication.installTranslator(translator)
    with interface_in("en"):
        yield
    QCoreApplication.removeTranslator(translator)


def pressure_report(low: int) -> dict:
    """A work site's report whose pressure answer leaves ``low`` customers at low pressure."""
    return {**pressure_answer(low), "counts": {"low_pressure_pipes": 1, "low_pressure_km": 0.2}}


def pressure_status(low: int) -> str:
    tab = PressureTab()
    tab.show_report(pressure_report(low))
    return tab.status.text()


def test_the_pressure_tab_in_italian_with_one_and_two(italian):
    assert pressure_status(1) == "1 utenza resta con l'acqua, ma a bassa pressione."
    assert pressure_status(2) == "2 utenze restano con l'acqua, ma a bassa pressione."


def test_the_pressure_tab_in_english_with_one_and_two(english):
    assert pressure_status(1) == "1 customer keeps water, but at low pressure."
    assert pressure_status(2) == "2 customers keep water, but at low pressure."


def test_results_and_outcomes_in_italian_with_one_and_two(italian):
    assert _valve_note("plan_b", {"extra_customers": 1}) == "+1 utenza"
    assert _valve_note("plan_b", {"extra_customers": 2}) == "+2 utenze"
    one, two = uncertain_explanation(1), uncertain_explanation(2)
    assert one.startswith("1 SMS è in stato UNCERTAIN") and "riceverlo due volte" in one
    assert two.startswith("2 SMS sono in stato UNCERTAIN") and "riceverli due volte" in two


def reminder_texts() -> list:
    """The reminder dialog's plan and the scheduled message, for one and for two reminders."""
    evening, morning = datetime(2026, 12, 5, 19, 0), datetime(2026, 12, 6, 8, 0)
    return [
        planned_text([evening], {SMS: 80}),
        planned_text([evening, morning], {SMS: 80}),
        scheduled_text(1, {SMS: 80}),
        scheduled_text(2, {SMS: 80}),
    ]


#: The reminders' sentences with one and with two, by language (their beginnings).
REMINDERS = {
    "italian": [
        "1 promemoria, a 80 SMS: 05/12 19:00.",
        "2 promemoria, ognuno a 80 SMS: 05/12 19:00, 06/12 08:00.",
        "1 promemoria programmato, a 80 SMS; parte alla sua ora",
        "2 promemoria programmati, ognuno a 80 SMS; partono",
    ],
    "english": [
        "1 reminder, to 80 SMS: 05/12 19:00.",
        "2 reminders, each to 80 SMS: 05/12 19:00, 06/12 08:00.",
        "1 reminder scheduled, to 80 SMS; it goes at its time",
        "2 reminders scheduled, each to 80 SMS; they go",
    ],
}


@pytest.mark.parametrize("language", sorted(REMINDERS))
def test_the_reminders_with_one_and_two(language, request):
    request.getfixturevalue(language)
    said = reminder_texts()
    assert said[:2] == REMINDERS[language][:2]
    assert all(text.startswith(start) for text, start in zip(said[2:], REMINDERS[language][2:]))
