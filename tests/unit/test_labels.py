"""Every code a person can meet in a table or file has its Italian and English word."""

from __future__ import annotations

import pytest
from water_outage_notifier.common import labels, vocabulary
from water_outage_notifier.common.labels import kind_label
from water_outage_notifier.customers import ISOLATED, SELECTED, UNSUPPLIED
from water_outage_notifier.customers.csv_export import CUSTOMER_HEADER, FLYER_HEADER
from water_outage_notifier.store.report_figures import (
    INTERVENTION_COLUMNS,
    SMS_FAILED_REASON,
    figure_columns,
)

CODES = {
    "kind": vocabulary.MESSAGE_KINDS,
    "reason": (*vocabulary.UNREACHABLE_REASONS, SMS_FAILED_REASON),
    "role": (ISOLATED, UNSUPPLIED, SELECTED),
    "state": vocabulary.INTERVENTION_STATES,
    "sms_state": vocabulary.OUTBOX_STATES,
    "email_status": vocabulary.EMAIL_STATUSES,
    "answer": (True, False),
    "column": (*CUSTOMER_HEADER, *FLYER_HEADER),
}


@pytest.mark.parametrize("group", sorted(CODES))
def test_every_code_of_the_rooms_has_both_words(group):
    for code in CODES[group]:
        words = labels.GROUPS[group].get(code)
        assert words is not None, f"{group}: no words for {code!r}"
        for lang in labels.LANGUAGES:
            assert words.get(lang, "").strip(), f"{group}: {code!r} has no {lang} word"
            assert words[lang] != code, f"{group}: the {lang} word for {code!r} is the code"


def test_every_entry_of_the_catalogue_has_both_languages_and_distinct_words():
    for group, entries in labels.GROUPS.items():
        for lang in labels.LANGUAGES:
            words = [entry[lang] for entry in entries.values()]
            assert all(word.strip() for word in words), (group, lang)
            if group != "answer":  # "No" is the same word in both
                assert len(set(words)) == len(words), f"{group}: two codes share a {lang} word"


def test_every_column_of_the_pilot_report_has_its_heading():
    class Empty:  # a report with no kind and no reason present
        def kinds(self):
            return []

        def reasons(self):
            return []

    codes = [*INTERVENTION_COLUMNS, "municipality"] + [c for c, _ in figure_columns(Empty())]
    for code in codes:
        for lang in labels.LANGUAGES:
            assert labels.REPORT_COLUMN[code][lang].strip(), (code, lang)


def test_lookup_falls_back_to_english_then_to_the_code():
    assert labels.label("kind", "pressure_drop", "it") == "Calo di pressione"
    assert labels.label("kind", "pressure_drop", "de") == "Pressure drop"
    assert labels.label("reason", "a_new_reason", "it") == "a_new_reason"
    assert labels.label("reason", None, "it") == ""
    assert kind_label("water_back", "it") == "Ripristino del servizio"


def test_an_sms_state_names_the_sms_provider_never_the_utility():
    """In the plugin's Italian the *gestore* is the utility (``Nome del gestore``): an SMS
    "accettato dal gestore" read as taken by the water company, not by the SMS provider."""
    for state in vocabulary.OUTBOX_STATES:
        assert "gestore" not in labels.label("sms_state", state, "it"), state
    assert "fornitore" in labels.label("sms_state", vocabulary.ACCEPTED, "it")
