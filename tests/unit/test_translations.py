"""Every interface string is translated into Italian, and the .ts files are current."""

from water_outage_notifier.devtools.translations import ROOT, existing_translations, source_strings

LANGUAGES = ("it", "en")


def test_ts_files_list_exactly_the_strings_in_the_code():
    strings = set(source_strings())
    assert strings, "no tr() call found: the extractor is broken"
    for language in LANGUAGES:
        ts_strings = set(
            existing_translations(ROOT / "i18n" / f"water_outage_notifier_{language}.ts")
        )
        assert ts_strings == strings, f"run `make transup` ({language})"


def test_every_string_has_an_italian_translation_that_keeps_its_placeholders():
    italian = existing_translations(ROOT / "i18n" / "water_outage_notifier_it.ts")
    for source in source_strings():
        assert italian.get(source), f"missing Italian for: {source}"
        for placeholder in ("{", "%1", "%2", "%n"):
            assert source.count(placeholder) == italian[source].count(placeholder), source
