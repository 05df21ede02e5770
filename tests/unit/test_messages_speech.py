"""The speech text of a call (issue 23): every speech template in both
languages says times and numbers in words, dates in full, the reference
and the call-centre number spelled out, no raw code, and the notice twice."""

import re
from datetime import datetime

import pytest
from water_outage_notifier.common.vocabulary import MESSAGE_KINDS
from water_outage_notifier.messages.context import MessageContext
from water_outage_notifier.messages.speech import (
    number_words,
    render_speech,
    spelled,
    spoken_date,
    spoken_time,
    spoken_window,
)

REF = "INT-2026-0001"
WINDOWS = {
    "morning": (datetime(2026, 6, 11, 9, 0), datetime(2026, 6, 11, 13, 0)),
    "minutes": (datetime(2026, 6, 1, 8, 30), datetime(2026, 6, 1, 12, 5)),
    "midnight": (datetime(2026, 12, 31, 23, 0), datetime(2027, 1, 1, 1, 0)),
    "open": (datetime(2026, 3, 29, 0, 15), None),
}
RAW = [
    (r"\d{1,2}[:.]\d{2}", "a clock time in digits"),
    (r"\d{1,2}/\d{1,2}", "a date in digits"),
    (r"[A-Za-z]+_[a-z]+", "a code with an underscore"),
    (r"\{\{|\}\}|\{%", "a template marker"),
    (r"[A-Z]{2,}-\d", "a reference not spelled out"),
    (r"\b(lun|mar|mer|gio|ven|sab|dom|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b", "an abbreviated day"),
    (
        r"\b(gen|feb|giu|lug|ago|set|ott|nov|dic|Jan|Feb|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b",
        "a month cut short",
    ),
    (r"http|www\.", "a link"),
    (r"\b\d{3,}\b", "a number of three digits or more"),
]
DAYS = {
    "it": ("giovedì", "lunedì", "giovedì", "domenica"),
    "en": ("Thursday", "Monday", "Thursday", "Sunday"),
}
MONTHS = {
    "it": ("giugno", "giugno", "dicembre", "marzo"),
    "en": ("June", "June", "December", "March"),
}


def context(kind, lang, start, end):
    return MessageContext(
        kind,
        lang,
        start,
        end,
        REF,
        "Acqua Imola",
        "800 999 500",
        ("Imola",),
        ("Via Emilia", "Via Cavour", "Via Appia", "Via Roma"),
        link="https://example.org/i/INT-2026-0001",
    )


@pytest.mark.parametrize("lang", ["it", "en"])
@pytest.mark.parametrize("kind", MESSAGE_KINDS)
def test_every_speech_template_speaks_in_full_with_no_raw_code(kind, lang):
    for number, (name, (start, end)) in enumerate(WINDOWS.items()):
        text = render_speech(context(kind, lang, start, end))
        first, second = text.split("\n\n")
        assert second.endswith(first) and len(second) > len(first), "said twice"
        for pattern, what in RAW:
            found = re.search(pattern, text)
            assert not found, f"{kind}.{lang} ({name}): {what}: {found.group(0)!r} in {text!r}"
        assert DAYS[lang][number] in first and MONTHS[lang][number] in first, (name, first)
        assert spelled(REF, lang) in first and spelled("800 999 500", lang) in first


@pytest.mark.parametrize(
    ("lang", "start", "end", "said"),
    [
        (
            "it",
            datetime(2026, 6, 11, 9),
            datetime(2026, 6, 11, 13),
            "giovedì undici giugno, dalle nove alle tredici",
        ),
        (
            "it",
            datetime(2026, 6, 1, 1, 30),
            datetime(2026, 6, 1, 12, 5),
            "lunedì primo giugno, dall'una e trenta alle dodici e cinque",
        ),
        (
            "it",
            datetime(2026, 6, 1, 0, 0),
            datetime(2026, 6, 1, 21, 48),
            "lunedì primo giugno, dalla mezzanotte alle ventuno e quarantotto",
        ),
        (
            "it",
            datetime(2026, 12, 31, 23),
            datetime(2027, 1, 1, 1),
            "dalle ventitré di giovedì trentuno dicembre all'una di venerdì primo gennaio",
        ),
        (
            "en",
            datetime(2026, 6, 11, 9),
            datetime(2026, 6, 11, 13),
            "Thursday the eleventh of June, from nine in the morning to one in the afternoon",
        ),
        (
            "en",
            datetime(2026, 6, 22, 12),
            datetime(2026, 6, 22, 18, 5),
            "Monday the twenty-second of June, from noon to six oh five in the evening",
        ),
        ("en", datetime(2026, 6, 30, 0), None, "Tuesday the thirtieth of June, from midnight"),
    ],
)
def test_times_and_dates_read_naturally(lang, start, end, said):
    assert spoken_window(start, end, lang) == said


def test_numbers_and_codes_said_one_by_one():
    assert [number_words(n, "it") for n in (0, 1, 17, 21, 23, 28, 30, 59)] == [
        "zero",
        "uno",
        "diciassette",
        "ventuno",
        "ventitré",
        "ventotto",
        "trenta",
        "cinquantanove",
    ]
    assert [number_words(n, "en") for n in (13, 20, 45)] == ["thirteen", "twenty", "forty-five"]
    assert spelled("INT-2026-0001", "it") == "I N T, due zero due sei, zero zero zero uno"
    assert spelled("+39 0542 1", "en") == "plus three nine, zero five four two, one"
    assert spoken_time(datetime(2026, 1, 1, 12, 30), "it") == "dodici e trenta"
    assert spoken_date(datetime(2026, 1, 21), "en") == "Wednesday the twenty-first of January"
    with pytest.raises(ValueError):
        number_words(60, "it")


def test_a_users_speech_template_wins(tmp_path):
    own = tmp_path / "speech"
    own.mkdir()
    (own / "water_back.it.j2").write_text("{{ utility }}: acqua tornata {{ at_start }}.", "utf-8")
    text = render_speech(context("water_back", "it", *WINDOWS["morning"]), tmp_path)
    assert (
        text
        == "Acqua Imola: acqua tornata alle nove.\n\nRipeto il messaggio. Acqua Imola: acqua tornata alle nove."
    )
