"""Every interface string is translated into Italian, and the .ts files are current.

The extractor is tested on small source trees written to ``tmp_path``: the
literal ``tr()`` calls, the Processing algorithms' ``DISPLAY_NAME``/``GROUP``/
``HELP`` class attributes, the label tables and loops handed to ``tr()``, and
the calls it cannot read, which must be reported rather than lost.
"""

import re
import textwrap
import xml.etree.ElementTree as ET

from water_outage_notifier.devtools.translations import (
    ROOT,
    existing_plurals,
    existing_translations,
    plural_strings,
    source_strings,
    unreadable_calls,
    write_ts,
)

LANGUAGES = ("it", "en")
PLACEHOLDER = re.compile(r"\{[A-Za-z_]*\}|%n|%\d")


def write_module(root, relative: str, source: str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(source), encoding="utf-8")


def test_ts_files_list_exactly_the_strings_in_the_code():
    strings = set(source_strings())
    assert strings, "no tr() call found: the extractor is broken"
    for language in LANGUAGES:
        ts_path = ROOT / "i18n" / f"water_outage_notifier_{language}.ts"
        assert set(existing_translations(ts_path)) == strings, f"run `make transup` ({language})"
        assert set(existing_plurals(ts_path)) == set(plural_strings()), language


def test_every_tr_call_in_the_code_can_be_read_by_the_extractor():
    assert unreadable_calls() == []


def test_every_string_has_an_italian_translation_that_keeps_its_placeholders():
    italian = existing_translations(ROOT / "i18n" / "water_outage_notifier_it.ts")
    for source in source_strings():
        translation = italian.get(source)
        assert translation, f"missing Italian for: {source}"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), (
            source
        )
        assert source.count("&") == translation.count("&"), f"accelerator lost: {source}"
        assert source.endswith("…") == translation.endswith("…"), f"ellipsis lost: {source}"
        assert source.startswith(" ") == translation.startswith(" "), f"suffix space: {source}"


def test_the_italian_words_name_one_thing_one_way():
    """Read side by side, "call center" and "call-center" looked like two places; the
    Italian catalogue and the plugin's own Italian labels say it one way."""
    from water_outage_notifier.common import labels

    italian = existing_translations(ROOT / "i18n" / "water_outage_notifier_it.ts")
    words = [*italian.values()] + [
        group[code]["it"] for group in labels.GROUPS.values() for code in group
    ]
    assert not [text for text in words if "call-center" in text or "call-centre" in text]


def test_algorithm_class_attributes_are_collected_with_implicit_concatenation(tmp_path):
    write_module(
        tmp_path,
        "processing_provider/base.py",
        """
        class OutageAlgorithm:
            NAME = ""
            DISPLAY_NAME = ""
            GROUP = "Network"
            HELP = ""

            def displayName(self):
                return self.tr(self.DISPLAY_NAME)

            def shortHelpString(self):
                return self.tr(self.HELP)
        """,
    )
    write_module(
        tmp_path,
        "processing_provider/flush.py",
        """
        class FlushAlgorithm:
            NAME = "flush"
            DISPLAY_NAME = "Flush a pipe"
            GROUP = "Maintenance"
            HELP = (
                "Opens the hydrant "
                "until the water is clear."
            )
            OTHER = "Not a translatable attribute"
        """,
    )
    write_module(
        tmp_path,
        "dialogs/panel.py",
        """
        class Panel:
            DISPLAY_NAME = "Outside the Processing provider"
        """,
    )

    strings = source_strings(tmp_path)

    assert set(strings) == {
        "Network",
        "Flush a pipe",
        "Maintenance",
        "Opens the hydrant until the water is clear.",
    }
    assert strings["Flush a pipe"] == "processing_provider/flush.py:4"
    assert unreadable_calls(tmp_path) == []


def test_label_tables_and_literal_loops_are_collected(tmp_path):
    write_module(
        tmp_path,
        "processing_provider/parameters.py",
        """
        def add_fields(tr, add):
            for role in ("address", "category"):
                add(tr(_LABELS[role]))
            for name, label in (("A", "First output"), ("B", "Second output")):
                add(name, tr(label))

        _LABELS = {"address": "Address field", "category": "Category field"}
        """,
    )

    assert set(source_strings(tmp_path)) == {
        "Address field",
        "Category field",
        "First output",
        "Second output",
    }
    assert unreadable_calls(tmp_path) == []


def test_a_table_imported_from_another_module_is_collected(tmp_path):
    # the edge words the core's own English table rather than keeping a copy of it
    write_module(
        tmp_path,
        "notify/batch.py",
        """
        STATUS_TEXTS = {"sent": "sent", "failed": "{count} failed"}
        OTHER = ("not", "a dict")
        """,
    )
    write_module(
        tmp_path,
        "gis/batch_text.py",
        """
        from ..notify.batch import OTHER, STATUS_TEXTS as WORDS
        from water_outage_notifier.notify.batch import STATUS_TEXTS
        from os.path import join

        def status(code):
            return tr(WORDS[code]), tr(STATUS_TEXTS[code]), tr(OTHER[code]), tr(join[code])
        """,
    )

    assert source_strings(tmp_path) == {
        "sent": "gis/batch_text.py:7",
        "{count} failed": "gis/batch_text.py:7",
    }
    # a name that is not a dict literal there, or a module outside the plugin, stays unreadable
    assert unreadable_calls(tmp_path) == ["gis/batch_text.py:7", "gis/batch_text.py:7"]


def test_calls_the_extractor_cannot_read_are_reported_and_wrappers_are_not(tmp_path):
    write_module(
        tmp_path,
        "gis/i18n.py",
        """
        def tr(text):
            return translate("Context", text)
        """,
    )
    write_module(
        tmp_path,
        "dialogs/panel.py",
        """
        def title(kind, labels):
            heading = tr(f"Kind {kind}")
            label = tr(labels[kind])
            return heading, label, tr("Fine")
        """,
    )

    assert set(source_strings(tmp_path)) == {"Fine"}
    assert unreadable_calls(tmp_path) == ["dialogs/panel.py:3", "dialogs/panel.py:4"]


def test_write_ts_keeps_finished_translations_drops_old_and_adds_new(tmp_path):
    ts_path = tmp_path / "i18n" / "plugin_it.ts"
    assert write_ts(ts_path, "it", {"Valves": "a.py:1", "Pipes": "a.py:2"}) == 2
    tree = ET.parse(ts_path)
    for message in tree.getroot().iter("message"):
        if message.findtext("source") == "Valves":
            translation = message.find("translation")
            translation.text = "Valvole"
            del translation.attrib["type"]
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)

    missing = write_ts(ts_path, "it", {"Valves": "a.py:1", "Customers": "b.py:3"})

    assert missing == 1
    assert existing_translations(ts_path) == {"Valves": "Valvole"}
    root = ET.parse(ts_path).getroot()
    sources = [message.findtext("source") for message in root.iter("message")]
    assert sources == ["Customers", "Valves"]
    unfinished = [m for m in root.iter("message") if m.find("translation").get("type")]
    assert [m.findtext("source") for m in unfinished] == ["Customers"]
    assert ts_path.read_text(encoding="utf-8").startswith(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    )


def test_english_ts_translates_every_string_to_itself(tmp_path):
    ts_path = tmp_path / "plugin_en.ts"
    strings = {"Valves": "a.py:1", " m": "b.py:2"}

    assert write_ts(ts_path, "en", strings) == 0
    assert existing_translations(ts_path) == {source: source for source in strings}


def test_sentences_about_a_count_become_numerus_messages_with_their_forms(tmp_path):
    write_module(
        tmp_path,
        "dialogs/panel.py",
        """
        def tr_n(text, n):
            return translate("Context", text, None, n)

        def status(low, text):
            return tr_n("%n customers keep water.", low), tr_n(text, low), tr("Fine")
        """,
    )
    assert plural_strings(tmp_path) == {"%n customers keep water.": "dialogs/panel.py:6"}
    assert set(source_strings(tmp_path)) == {"Fine"}
    assert unreadable_calls(tmp_path) == ["dialogs/panel.py:6"]

    ts_path = tmp_path / "plugin_it.ts"
    plurals = plural_strings(tmp_path)
    assert write_ts(ts_path, "it", {}, plurals) == 1, "its forms are still to write"
    tree = ET.parse(ts_path)
    (message,) = tree.getroot().iter("message")
    assert message.get("numerus") == "yes"
    forms = list(message.find("translation").iter("numerusform"))
    assert len(forms) == 2
    forms[0].text, forms[1].text = "%n utenza resta.", "%n utenze restano."
    del message.find("translation").attrib["type"]
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)

    assert write_ts(ts_path, "it", {}, plurals) == 0, "written forms are kept"
    assert existing_plurals(ts_path) == {
        "%n customers keep water.": ("%n utenza resta.", "%n utenze restano.")
    }
    assert existing_translations(ts_path) == {}
