"""GSM-7 / UCS-2 detection and segment counting (reference sms.md, items 15-18)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from water_outage_notifier.common.sms_encoding import (
    GSM7,
    GSM7_BASIC,
    GSM7_EXTENSION,
    UCS2,
    analyse,
    suggest_replacements,
    unit_count,
)


@pytest.mark.parametrize(
    ("length", "segments"), [(1, 1), (160, 1), (161, 2), (306, 2), (307, 3), (459, 3), (460, 4)]
)
def test_gsm7_boundaries(length, segments):
    result = analyse("a" * length)
    assert result.encoding == GSM7
    assert result.units == length
    assert result.segments == segments
    assert "".join(result.parts) == "a" * length


@pytest.mark.parametrize(
    ("length", "segments"), [(1, 1), (70, 1), (71, 2), (134, 2), (135, 3), (201, 3), (202, 4)]
)
def test_ucs2_boundaries(length, segments):
    text = "È" + "a" * (length - 1)
    result = analyse(text)
    assert result.encoding == UCS2
    assert result.units == length
    assert result.segments == segments


def test_per_segment_room_depends_on_split():
    assert analyse("a" * 160).per_segment == 160
    assert analyse("a" * 161).per_segment == 153
    assert analyse("È" * 70).per_segment == 70
    assert analyse("È" * 71).per_segment == 67


@pytest.mark.parametrize("char", sorted(GSM7_EXTENSION))
def test_extension_characters_count_two_septets(char):
    result = analyse(char * 80)
    assert result.encoding == GSM7
    assert result.units == 160
    assert result.segments == 1
    assert analyse(char * 80 + "a").segments == 2


def test_escape_pair_at_position_153_moves_whole_to_next_segment():
    # 152 plain septets then '€' (2 septets) would occupy 153-154: it must not split.
    text = "a" * 152 + "€" + "b" * 10
    result = analyse(text)
    assert result.segments == 2
    assert result.parts[0] == "a" * 152
    assert result.parts[1].startswith("€")
    assert unit_count(result.parts[0], GSM7) == 152


def test_escape_pairs_can_add_a_segment_the_plain_count_misses():
    # 306 septets fit two parts of 153 only if no pair straddles the boundary.
    aligned = "a" * 151 + "€" + "a" * 151 + "€"
    straddling = "a" * 152 + "€" + "a" * 150 + "€"
    assert analyse(aligned).units == analyse(straddling).units == 306
    assert analyse(aligned).segments == 2
    assert analyse(straddling).segments == 3


def test_emoji_counts_two_units_and_is_never_split():
    text = "a" * 66 + "\U0001f4a7" + "b"
    result = analyse(text)
    assert result.encoding == UCS2
    assert result.units == 69
    assert analyse("\U0001f4a7" * 35).segments == 1
    assert analyse("\U0001f4a7" * 35 + "a").segments == 2
    assert result.segments == 1
    split = analyse("x" * 66 + "\U0001f4a7" + "y" * 10)
    assert split.parts[0] == "x" * 66
    assert split.parts[1].startswith("\U0001f4a7")


def test_italian_lowercase_accents_and_capital_e_acute_stay_gsm7():
    result = analyse("Sarà è così: perché più però É")
    assert result.encoding == GSM7
    assert result.offending == ()


@pytest.mark.parametrize(
    ("char", "replacement"),
    [
        ("È", "E'"),
        ("À", "A'"),
        ("Ì", "I'"),
        ("Ò", "O'"),
        ("Ù", "U'"),
        ("’", "'"),
        ("‘", "'"),
        ("“", '"'),
        ("”", '"'),
        ("«", '"'),
        ("»", '"'),
        ("–", "-"),
        ("—", "-"),
        ("…", "..."),
        ("°", "."),
    ],
)
def test_offending_character_switches_to_ucs2_with_replacement(char, replacement):
    text = f"Acqua {char} domani"
    result = analyse(text)
    assert result.encoding == UCS2
    assert [(o.char, o.positions, o.replacement) for o in result.offending] == [
        (char, (6,), replacement)
    ]
    fixed = suggest_replacements(text)
    assert fixed == f"Acqua {replacement} domani"
    assert analyse(fixed).encoding == GSM7


def test_offending_lists_each_character_once_with_all_positions():
    result = analyse("È l’acqua. È tutto")
    assert [(o.char, o.positions) for o in result.offending] == [("È", (0, 11)), ("’", (3,))]
    assert result.offending[1].codepoint == "U+2019"


def test_unknown_character_has_no_replacement_and_is_kept():
    text = "Acqua \U0001f4a7 domani"
    result = analyse(text)
    assert result.offending[0].replacement is None
    assert suggest_replacements(text) == text


def test_euro_sign_costs_two_septets():
    assert analyse("10 €").units == 5


def test_empty_text_has_no_segment():
    result = analyse("")
    assert (result.segments, result.units, result.parts) == (0, 0, ())


def test_remaining_room_in_last_segment():
    assert analyse("a" * 150).remaining == 10
    assert analyse("a" * 161).remaining == 153 - 8


GSM_CHARS = sorted(GSM7_BASIC | GSM7_EXTENSION)


@given(st.text(alphabet=st.sampled_from(GSM_CHARS), max_size=600))
def test_gsm7_parts_rejoin_and_respect_room(text):
    result = analyse(text)
    assert result.encoding == GSM7
    assert "".join(result.parts) == text
    assert all(unit_count(p, GSM7) <= result.per_segment for p in result.parts)
    assert sum(unit_count(p, GSM7) for p in result.parts) == result.units


@given(st.text(min_size=1, max_size=300))
def test_any_text_parts_rejoin_and_respect_room(text):
    result = analyse(text)
    assert "".join(result.parts) == text
    assert all(unit_count(p, result.encoding) <= result.per_segment for p in result.parts)
    assert (result.encoding == GSM7) == (result.offending == ())
