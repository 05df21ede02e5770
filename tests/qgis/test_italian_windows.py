"""With QGIS in Italian, the operator reads Italian: real windows under Xvfb, every string checked.

The interface is set to Italian as QGIS sets it (the locale, the plugin's
catalogue and Qt's own), the sample town is traced and notified through the
gateway emulator, and then every string a person can see is read off the
real widgets: the results dock, the notify dialog with its result (a second
notice on the same network meets the first: the overlap and same-day
warnings), the history dock and its messages dialog, and the Processing
feedback of a trace on bad data. Two checks, each able to fail:

- no known English word and no raw code (``planned_interruption``,
  ``no_consent``, ``ACCEPTED``) appears;
- every word came through the Italian catalogue: it is in a translation the
  catalogue gave during the test, an Italian label, or the data itself (ids,
  the SMS text made from the Italian templates, the town's streets), so a
  sentence that never went through ``tr()`` fails even if its words are not
  in the list.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
import test_batch as batch_tests
import water_outage_notifier
from gpkg_layers import UTM, line, point, write_layer
from notify_support import emulator_settings, planned, wait_for_task
from qgis.core import (
    QgsApplication,
    QgsProcessingFeedback,
    QgsProcessingParameterEnum,
    QgsSettings,
)
from qgis.gui import QgsAuthConfigSelect, QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QTranslator
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)
from screens import docked_beside_map, interface_in
from trace_town import trace_sample_town
from water_outage_notifier.common import labels
from water_outage_notifier.devtools.translations import ROOT
from water_outage_notifier.dialogs.history_dock import HistoryDock
from water_outage_notifier.dialogs.notify_dialog import NotifyDialog
from water_outage_notifier.dialogs.results_dock import ResultsDock, summary_rows
from water_outage_notifier.dialogs.settings_dialog import SettingsDialog
from water_outage_notifier.gis.auth import store_credentials
from water_outage_notifier.gis.dispatch_task import DispatchTask
from water_outage_notifier.gis.settings_store import ROOT as SETTINGS_ROOT
from water_outage_notifier.messages import dates
from water_outage_notifier.sms_gateway.provider import provider_names

# outage:batch on the sample project, the gateway emulator and the mail of the batch tests
batch_sample = batch_tests.sample_project
configured = batch_tests.configured

#: English words an Italian sentence never holds, and the codes of the vocabulary.
ENGLISH = re.compile(
    r"\b(the|is|are|has|have|of|and|with|without|not|this|that|will|would|from|to|for|by|"
    r"on|at|its|feature|pipe|pipes|valve|valves|customer|customers|sent|failed|"
    r"skipped|warning|warnings|notice|none|value|number|numbers|close|shut|source|sources|"
    r"planned|notified|finished|cancelled|emergency|landline|isolated|unsupplied|overlaps|"
    r"already|nothing|configured)\b",
    re.IGNORECASE,
)
RAW_CODE = re.compile(
    r"\b[a-z]+(?:_[a-z]+)+\b|\b(?:PENDING|SUBMITTING|ACCEPTED|FAILED|UNCERTAIN|DELIVERED|"
    r"UNDELIVERED)\b"
)
#: Names that are the same in both languages.
NAMES = {"sms", "gsm", "ucs", "qgis", "epanet", "imola", "km"}
WORD = re.compile(r"[^\W\d_]{3,}")


class RecordingTranslator(QTranslator):
    """The plugin's Italian catalogue, keeping every sentence it gives (the words that came
    through ``tr()``)."""

    def __init__(self, path: str):
        super().__init__()
        assert self.load(path), f"{path}: run `make transcompile`"
        self.given: set = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102
        # Qt hands over UTF-8 ``const char *``: given back as bytes, "…" and "à" survive.
        encoded = None if disambiguation is None else disambiguation.encode()
        text = super().translate(context.encode(), source.encode(), encoded, n)
        if not text:
            return None  # a null string: Qt asks the next translator (QGIS's own)
        self.given.add(text)
        return text


@pytest.fixture()
def italian(qgis_app):
    """QGIS in Italian (``screens.interface_in``), the plugin's catalogue recording."""
    catalogue = RecordingTranslator(str(ROOT / "i18n" / "water_outage_notifier_it.qm"))
    with interface_in("it", catalogue):
        yield catalogue


def visible_texts(window) -> list:
    """Every string a person can read in ``window``: ``(widget kind, text)`` pairs."""
    found = [("title", window.windowTitle())]
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        found += [(type(widget).__name__, text) for text in _texts_of(widget)]
        if widget.toolTip():
            found.append(("tooltip", widget.toolTip()))
    return [(kind, text) for kind, text in found if text and text.strip()]


def _texts_of(widget) -> list:
    if isinstance(widget, QLabel):
        return [re.sub(r"<[^>]+>", " ", widget.text())]
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabWidget):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        return [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTreeWidget):
        return _tree_texts(widget)
    if isinstance(widget, QTableWidget):
        return _table_texts(widget)
    if isinstance(widget, QListWidget):
        items = [widget.item(i) for i in range(widget.count())]
        return [t for item in items for t in (item.text(), item.toolTip())]
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return [widget.toPlainText()]
    if isinstance(widget, QLineEdit):
        return [widget.text(), widget.placeholderText()]
    return []


def _tree_texts(tree) -> list:
    columns = [c for c in range(tree.columnCount()) if not tree.isColumnHidden(c)]
    texts = [tree.headerItem().text(c) for c in columns]
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        stack.extend(item.child(i) for i in range(item.childCount()))
        texts += [t for c in columns for t in (item.text(c), item.toolTip(c))]
    return texts


def _table_texts(table) -> list:
    texts = [
        table.horizontalHeaderItem(c).text()
        for c in range(table.columnCount())
        if table.horizontalHeaderItem(c) is not None and not table.isColumnHidden(c)
    ]
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is not None:
                texts += [item.text(), item.toolTip()]
    return texts


def italian_labels() -> set:
    """The plugin's own Italian words outside the catalogue: labels, and the calendar's names
    (days and months, which the notices and the conflict sentences share)."""
    calendar = (dates.DAY_NAMES, dates.DAY_ABBREVIATIONS, dates.MONTH_NAMES)
    return {
        words["it"] for group in labels.GROUPS.values() for words in group.values() if "it" in words
    } | {name[:length] for table in calendar for name in table["it"] for length in (3, None)}


def words_of(texts) -> set:
    return {word.lower() for text in texts for word in WORD.findall(text)}


def not_italian(texts: list, catalogue: RecordingTranslator, data=()) -> list:
    """The strings with an English word, a raw code, or a word the catalogue never gave."""
    known = words_of(catalogue.given) | words_of(italian_labels()) | words_of(data) | NAMES
    problems = []
    for kind, text in texts:
        english = ENGLISH.findall(text) + RAW_CODE.findall(text)
        strangers = sorted(words_of([text]) - known)
        if english or strangers:
            problems.append(
                f"{kind}: {text!r} (English or codes: {english}; not from the "
                f"catalogue: {strangers})"
            )
    return problems


def assert_italian(texts: list, catalogue: RecordingTranslator, data=()) -> None:
    problems = not_italian(texts, catalogue, data)
    assert not problems, "\n".join(problems)


@pytest.fixture()
def traced(italian, qgis_iface, qgis_new_project, tmp_path):
    session, pipes = trace_sample_town(qgis_iface, tmp_path)
    yield session, pipes
    session.clear()


@pytest.fixture()
def settings(qgis_app, emulator, store_location):
    return emulator_settings(emulator, store_location)


def notify_dialog(session, settings) -> NotifyDialog:
    dialog = planned(NotifyDialog.for_work_site(session.work_site, session.crs, settings=settings))
    dialog.show()
    QgsApplication.processEvents()
    return dialog


def test_the_results_dock_speaks_italian(traced, italian, qgis_iface):
    session, pipes = traced
    dock = ResultsDock(qgis_iface.mapCanvas())
    with docked_beside_map(dock):
        dock.show_work_site(session.work_site, session.crs, [pipes])
        texts = []
        for tab in range(dock.tabs.count()):  # every tab, as the operator opens them
            dock.tabs.setCurrentIndex(tab)
            QgsApplication.processEvents()
            texts += visible_texts(dock)
    assert any("Condotte isolate" in text for _kind, text in texts)
    assert_italian(texts, italian)


def test_the_notify_dialog_and_its_results_speak_italian(traced, italian, settings):
    session, _pipes = traced
    first = notify_dialog(session, settings)
    sms = first.text.toPlainText()
    texts = visible_texts(first)
    first.send_button.click()
    wait_for_task(first)
    texts += visible_texts(first)
    assert "SMS" in first.summary.text()
    start = first.start.dateTime()
    first.close()

    second = notify_dialog(session, settings)  # the same work goes on with its intervention
    texts += visible_texts(second)
    second.new_button.click()  # a second intervention on the same network, an hour later
    second.start.setDateTime(start.addSecs(3600))
    issues = [second.issues.item(row).text() for row in range(second.issues.count())]
    texts += visible_texts(second)
    second.send_button.click()
    wait_for_task(second)
    said = "\n".join([*issues, second.summary.text()])
    texts += visible_texts(second)
    second.close()
    assert "Si sovrappone a" in said, said
    assert "Utenze già avvisate" in said, said
    assert_italian(texts, italian, [sms])


def notified_reference(session, settings) -> str:
    """The sample town's work notified through the notify dialog; its reference."""
    dialog = notify_dialog(session, settings)
    dialog.send_button.click()
    wait_for_task(dialog)
    dialog.close()
    return dialog.reference


def test_the_history_dock_and_its_messages_speak_italian(traced, italian, settings, qgis_canvas):
    session, _pipes = traced
    reference = notified_reference(session, settings)
    dock = HistoryDock(qgis_canvas, settings=settings)
    dock.show()
    dock.refresh()
    assert dock.select_reference(reference)
    texts = visible_texts(dock)
    dock.lifecycle.messages_button.click()
    messages = dock.lifecycle.messages_dialog
    QgsApplication.processEvents()
    texts += visible_texts(messages)
    messages.close()
    dock.close()
    assert any("Interruzione programmata" in text for _kind, text in texts)
    assert_italian(texts, italian, [reference])


def test_the_history_dock_changes_speak_italian(traced, italian, settings, qgis_canvas):
    """The work's menu (entries and why a disabled one is not offered), *Rinvia…*,
    *Proroga…*, *Concludi…* and *Promemoria e invii programmati…* with their notices,
    read as the operator sees them."""
    session, _pipes = traced
    reference = notified_reference(session, settings)
    dock = HistoryDock(qgis_canvas, settings=settings)
    texts, sms = [], [reference]

    def look(window) -> bool:  # the operator reads the dialog, then closes it
        window.show()
        QgsApplication.processEvents()
        texts.extend(visible_texts(window))
        if hasattr(window, "text"):
            sms.append(window.text.toPlainText())
        window.close()
        return False

    dock.ask = look
    with docked_beside_map(dock):
        dock.refresh()
        assert dock.select_reference(reference)
        menu = dock.lifecycle.work_button.menu()
        texts += [("menu", a.text()) for a in menu.actions()]
        texts += [("tooltip", a.toolTip()) for a in menu.actions()]
        texts += visible_texts(dock)
        for action in (
            dock.lifecycle.changes.reschedule_action,
            dock.lifecycle.changes.extend_action,
            dock.lifecycle.finish_action,
        ):
            action.trigger()
        dock.lifecycle.changes.reminders_action.trigger()
        reminders = dock.lifecycle.changes.reminders_dialog
        QgsApplication.processEvents()
        sms.append(reminders.text.toPlainText())
        texts += visible_texts(reminders)
        reminders.schedule_button.click()  # then what waits, and calling one off
        reminders.table.selectRow(0)
        reminders.call_off_button.click()
        texts += visible_texts(reminders)
        reminders.close()
    dock.close()
    said = "\n".join(text for _kind, text in texts)
    assert "Rinvia" in said and "Proroga" in said and "Acqua tornata alle" in said
    assert "Promemoria" in said and "non verranno inviati" in said
    assert_italian(texts, italian, sms)


class Feedback(QgsProcessingFeedback):
    """Keeps every line an algorithm writes to the Processing log."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, text):  # noqa: N802 - QGIS API name
        self.lines.append(("info", text))

    def pushWarning(self, text):  # noqa: N802 - QGIS API name
        self.lines.append(("warning", text))

    def reportError(self, text, fatalError=False):  # noqa: N802, N803 - QGIS API names
        self.lines.append(("error", text))


def test_the_processing_feedback_speaks_italian(run_algorithm, italian, tmp_path):
    # the provider first: the recording catalogue, installed last, is the one Qt asks first
    path = tmp_path / "bad.gpkg"
    pipes = write_layer(
        path,
        "condotte",
        "LineString",
        UTM,
        {"codice": str},
        [
            (line((0, 0), (100, 0)), {"codice": "P1"}),
            (line((100, 0), (200, 0)), {"codice": "P1"}),  # the id again
            (line((150, -50), (150, 50)), {"codice": "P3"}),  # crosses P1 without a node
        ],
    )
    valves = write_layer(
        path,
        "valvole",
        "Point",
        UTM,
        {"codice": str, "stato": str},
        [
            (point(100, 0), {"codice": "V1", "stato": "aperta"}),
            (point(100, 500), {"codice": "V2", "stato": "aperta"}),  # on no pipe
            (point(50, 0), {"codice": None, "stato": None}),  # no id, no state
        ],
    )
    sources = write_layer(
        path, "fonti", "Point", UTM, {"nome": str}, [(point(0, 0), {"nome": "S"})]
    )
    feedback = Feedback()
    run_algorithm(
        "outage:segments",
        {
            "PIPES": pipes,
            "PIPE_ID_FIELD": "codice",
            "VALVES": valves,
            "VALVE_ID_FIELD": "codice",
            "VALVE_STATUS_FIELD": "stato",
            "SOURCES": sources,
            "SOURCE_ID_FIELD": "nome",
            "OUTPUT": "memory:",
        },
        feedback=feedback,
    )
    warnings = [text for kind, text in feedback.lines if kind == "warning"]
    assert len(warnings) >= 4, feedback.lines
    # QGIS's own closing line ("Results: {...}") is QGIS's catalogue's, not the plugin's
    ours = [(kind, text) for kind, text in feedback.lines if not text.startswith("Results: {")]
    assert_italian(ours, italian, ["P1 P3 V1 V2"])


def squeezed(window) -> list:
    """The visible fields, buttons and wrapped labels of ``window`` drawn shorter than their
    text needs: Qt squeezes them when a layout holds more than the window's height."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or isinstance(widget.parent(), QAbstractSpinBox):
            continue  # a spin box's own line edit sits inside its frame
        if isinstance(widget, QAbstractButton) and widget.text():  # its words cut at the side
            if widget.width() < widget.sizeHint().width():
                problems.append(
                    f"{type(widget).__name__} {widget.text()!r}: {widget.width()} < "
                    f"{widget.sizeHint().width()} px wide"
                )
        if isinstance(widget, QAbstractButton) and not widget.text():
            continue  # an icon, such as a spin box's clear button
        if isinstance(widget, (QComboBox, QAbstractSpinBox, QLineEdit, QAbstractButton)):
            needed = widget.minimumSizeHint().height()
        elif isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(widget.width())
        else:
            continue
        if widget.height() < needed:
            name = widget.text() if hasattr(widget, "text") else ""
            problems.append(f"{type(widget).__name__} {name!r}: {widget.height()} < {needed} px")
    return problems


def test_a_refused_password_is_said_in_italian_in_a_dialog_that_keeps_its_fields_whole(
    traced, italian, settings
):
    """The walk's wrong password: the result said the provider's English reason in
    parentheses, and the dialog at its default size squeezed the kind, the dates and the
    result below the height of their text."""
    session, _pipes = traced
    authcfg = store_credentials("emulator", {"username": "utility", "password": "wrong"})
    settings.profiles = [replace(settings.profiles[0], authcfg=authcfg)]
    dialog = notify_dialog(session, settings)
    sms = dialog.text.toPlainText()
    # where the screen allows, it opens with the warnings before *Send* in view (without
    # a warning the list is hidden: nothing to see)
    opened_whole = dialog.issues.count() == 0 or (
        dialog.issues.visibleRegion().boundingRect().height() == dialog.issues.height()
    )
    dialog.send_button.click()
    wait_for_task(dialog)
    QgsApplication.processEvents()
    texts = visible_texts(dialog)
    summary = dialog.summary.text()
    problems = squeezed(dialog)
    if dialog.summary.visibleRegion().isEmpty():
        problems.append("the result of the press is out of view")
    dialog.close()
    assert "Questo invio non ha mandato SMS" in summary, summary
    assert "credenziali" in summary, summary
    assert_italian(texts, italian, [sms])
    assert not problems, "\n".join(problems)
    assert opened_whole, "the warnings are below the fold of a dialog that fits the screen"


def test_the_results_figures_use_the_italian_decimal_comma(traced, italian):
    session, _pipes = traced
    rows = dict(summary_rows(session.work_site.report()))
    kilometres = [rows["Condotte isolate"], rows["Condotte non alimentate"]]
    assert all(re.search(r"\(\d+,\d+ km\)$", value) for value in kilometres), kilometres


def test_the_processing_algorithms_offer_words_not_codes(outage_provider, italian):
    """Every choice of an ``outage`` algorithm's dialog (its enum options), in Italian: the
    kind of notice and the language were offered as codes (``planned_interruption``,
    ``it``)."""
    options = {}
    for algorithm in outage_provider.algorithms():
        created = algorithm.create()  # as the dialog makes it: in the interface's language
        for parameter in created.parameterDefinitions():
            if isinstance(parameter, QgsProcessingParameterEnum):
                options[f"{algorithm.id()} {parameter.name()}"] = parameter.options()
    assert "Interruzione programmata" in options["outage:notify KIND"], options
    assert "Italiano" in options["outage:report LANGUAGE"], options
    texts = [("option", option) for choices in options.values() for option in choices]
    assert_italian(texts, italian)
    assert not [t for _k, t in texts if re.fullmatch(r"[a-z]{2}", t)], options


def plugin_texts(window) -> list:
    """``visible_texts`` of ``window`` less what QGIS and Qt say in their own words (the
    authentication selector, the file picker's tooltip, OK and Cancel), the layers' and
    fields' names, and the values in the fields: data, not the plugin's sentences."""
    theirs = (
        QgsAuthConfigSelect,
        QgsFileWidget,
        QgsMapLayerComboBox,
        QgsFieldComboBox,
        QDialogButtonBox,
    )
    skipped = {
        text
        for widget in window.findChildren(QWidget)
        if isinstance(widget, theirs)
        for part in [widget, *widget.findChildren(QWidget)]
        for text in [*_texts_of(part), part.toolTip()]
    }
    skipped |= {edit.text() for edit in window.findChildren(QLineEdit)}
    return [(kind, text) for kind, text in visible_texts(window) if text not in skipped]


def test_the_settings_dialog_speaks_italian_on_every_tab_of_a_fresh_profile(
    qgis_new_project, italian
):
    """No plugin settings at all, as on a new desk: every tab read, nothing cut."""
    QgsSettings().remove(SETTINGS_ROOT)
    dialog = SettingsDialog()
    dialog.show()
    texts, problems = [], []
    try:
        for tab in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(tab)
            QgsApplication.processEvents()
            texts += plugin_texts(dialog)
            problems += [f"tab {dialog.tabs.tabText(tab)}: {p}" for p in squeezed(dialog)]
    finally:
        dialog.close()
        QgsSettings().remove(SETTINGS_ROOT)
    # the providers' names are names; the placeholders' examples are addresses
    data = [
        edit.placeholderText()
        for edit in dialog.findChildren(QLineEdit)
        if "://" in edit.placeholderText() or "example" in edit.placeholderText()
    ]
    codes = re.compile("|".join(sorted(provider_names(), key=len, reverse=True)))
    texts = [(kind, codes.sub("", text)) for kind, text in texts]
    assert any("Gateway SMS" in text for _kind, text in texts)
    assert_italian(texts, italian, data)
    assert not problems, "\n".join(problems)


def test_the_plugin_names_itself_in_italian(italian, recording_iface):
    """The Plugins menu, the toolbar, the Processing toolbox and the task manager name the
    plugin as its windows do ("Avvisi interruzioni idriche"), not in English."""
    plugin = water_outage_notifier.classFactory(recording_iface)
    plugin.initGui()
    try:
        provider = QgsApplication.processingRegistry().providerById("outage")
        task = DispatchTask(services=None, deadline=0.0)
        texts = [
            *(("menu", name) for name in recording_iface.menu_actions),
            ("toolbar", plugin.toolbar.windowTitle()),
            ("toolbox", provider.name()),
            ("toolbox", provider.longName()),
            ("task", task.description()),
        ]
    finally:
        plugin.unload()
    # the plugin's own catalogue answers here (it installs it when QGIS loads it)
    assert texts == [
        ("menu", "&Avvisi interruzioni idriche"),
        ("toolbar", "Avvisi interruzioni idriche"),
        ("toolbox", "Avvisi interruzioni idriche"),
        ("toolbox", "Avvisi interruzioni idriche"),
        ("task", "Avvisi interruzioni idriche: completamento degli invii SMS"),
    ]


def test_the_check_fails_on_english_and_on_words_from_outside_the_catalogue(italian):
    italian.given.add("Le valvole da chiudere sono {n}.")
    assert_italian([("label", "Le valvole da chiudere sono 3.")], italian)
    assert not_italian([("label", "Valves to close: 3")], italian)
    assert not_italian([("label", "Motivo: no_consent")], italian)
    assert not_italian([("label", "Le valvole sono chiuse domani")], italian)  # not given


def test_the_batch_summary_in_the_log_speaks_italian_and_its_csv_keeps_the_codes(
    run_algorithm, batch_sample, configured, emulator, italian, tmp_path
):
    works = tmp_path / "works.csv"
    works.write_text(
        batch_tests.WORKS
        + f"LAV-4;X999;planned_interruption;{batch_tests.at(0)};{batch_tests.at(1)};\n"
        + "LAV-5;C002941;planned_interruption;domani;;\n",
        encoding="utf-8",
    )
    feedback = Feedback()
    result = run_algorithm(
        "outage:batch",
        {
            "WORKS": str(works),
            "DRY_RUN": True,
            "OVERRIDE_WINDOW": True,
            "OUTPUT_SUMMARY": str(tmp_path / "summary.csv"),
            "OUTPUT_FOLDER": str(tmp_path / "batch"),
        },
        feedback=feedback,
    )
    table = [text for kind, text in feedback.lines if kind == "info" and "LAV-1" in text]
    assert len(table) == 1, feedback.lines
    lines = [("table", line) for line in table[0].splitlines() if not set(line) <= {"-", " "}]
    data = ["LAV C002941 C002830 C002831 C002895 X999 domani"]
    assert_italian(lines, italian, data)
    summary = batch_tests.read_summary(result["OUTPUT_SUMMARY"])
    assert {summary[r]["status"] for r in ("LAV-1", "LAV-2", "LAV-3")} == {"dry run"}
    assert summary["LAV-4"]["status"].startswith("skipped: pipe id(s) X999")
    assert summary[""]["status"].startswith("invalid row: Row 6")  # no reference: not read
