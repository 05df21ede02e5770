"""Phone normalisation and reachability reasons of single contacts."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from water_outage_notifier.common.vocabulary import (
    INVALID_PHONE,
    LANDLINE,
    NO_CONSENT,
    NO_PHONE,
    OPTED_OUT,
    UNREACHABLE_REASONS,
)
from water_outage_notifier.customers.phones import PhoneNormalizer
from water_outage_notifier.customers.reachability import ContactChecker, consent_given
from water_outage_notifier.customers.records import CONSENT_VALUES

MOBILE = "+393331234567"


@pytest.mark.parametrize(
    "raw",
    [
        "333 123 4567",
        "+39 333 1234567",
        "0039 333 1234567",
        "39 333 1234567",
        "393331234567",
        "3331234567",
        "333-123-4567",
        "333.123.45.67",
        "333/1234567",
        " +39 (333) 123 4567 ",
    ],
)
def test_italian_mobile_formats_become_e164(raw):
    assert PhoneNormalizer("IT").normalize(raw) == (MOBILE, None)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (None, NO_PHONE),
        ("", NO_PHONE),
        ("   ", NO_PHONE),
        ("12345", INVALID_PHONE),
        ("not a number", INVALID_PHONE),
        ("0542 123456", LANDLINE),
        ("+39 0542 123456", LANDLINE),
        # Letters are never a number: phonenumbers reads them as keypad digits
        # (ABC = 222), which would send the SMS to somebody else.
        ("333ABC4567", INVALID_PHONE),
        ("333 12A 4567", INVALID_PHONE),
        ("+39 333 123 4567 ext. 12", INVALID_PHONE),
        ("tel:+393331234567", INVALID_PHONE),
        ("=cmd|' /C calc'!A0", INVALID_PHONE),
        ("+39 333 123 456ß", INVALID_PHONE),
    ],
)
def test_unusable_numbers_get_a_reason(raw, reason):
    assert PhoneNormalizer("IT").normalize(raw) == (None, reason)


@pytest.mark.parametrize("raw", ["333１２３４５６７", "٣٣٣١٢٣٤٥٦٧"])
def test_digits_of_other_scripts_give_an_ascii_e164(raw):
    """Full-width and Arabic-Indic digits are digits: the E.164 number is ASCII."""
    assert PhoneNormalizer("IT").normalize(raw) == (MOBILE, None)


def test_foreign_mobile_keeps_its_country():
    assert PhoneNormalizer("IT").normalize("+44 7911 123456") == ("+447911123456", None)


def test_default_region_is_configurable():
    assert PhoneNormalizer("GB").normalize("07911 123456") == ("+447911123456", None)


def test_unknown_region_is_a_clear_error():
    with pytest.raises(ValueError, match="XX"):
        PhoneNormalizer("XX")


def test_numbers_are_parsed_once():
    normalizer = PhoneNormalizer("IT")
    for _ in range(3):
        normalizer.normalize("333 123 4567")
        normalizer.normalize("0542 123456")
    assert len(normalizer) == 2


def _reference(raw: str) -> tuple[str | None, str | None]:
    """The plain phonenumbers answer the fast path must agree with (letters never pass)."""
    if any(ch.isalpha() for ch in raw):
        return None, INVALID_PHONE
    try:
        number = phonenumbers.parse(raw, "IT")
    except phonenumbers.NumberParseException:
        return None, INVALID_PHONE
    if not phonenumbers.is_valid_number(number):
        return None, INVALID_PHONE
    if phonenumbers.number_type(number) not in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    ):
        return None, LANDLINE
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), None


_prefixes = st.sampled_from(["", "+39", "0039", "39", "+39 ", "0039 ", "+44", "0"])
_separators = st.sampled_from(["", " ", "-", ".", "/"])


@settings(max_examples=300, deadline=None)
@given(
    prefix=_prefixes,
    first=st.sampled_from("3333330123456789"),  # mostly mobiles, the fast path's shape
    rest=st.lists(st.sampled_from("0123456789"), min_size=5, max_size=11),
    separator=_separators,
)
def test_fast_path_agrees_with_phonenumbers(prefix, first, rest, separator):
    digits = first + "".join(rest)
    raw = prefix + separator.join([digits[:3], digits[3:]])
    assert PhoneNormalizer("IT").normalize(raw) == _reference(raw)


@settings(max_examples=200, deadline=None)
@given(
    prefix=_prefixes,
    digits=st.text("0123456789", min_size=8, max_size=9),
    separator=_separators,
)
def test_fast_path_agrees_on_mobile_shaped_numbers(prefix, digits, separator):
    raw = prefix + separator.join(["3" + digits[:2], digits[2:]])
    assert PhoneNormalizer("IT").normalize(raw) == _reference(raw)


@settings(max_examples=300, deadline=None)
@given(
    prefix=_prefixes,
    digits=st.text("0123456789", min_size=8, max_size=9),
    noise=st.text(st.sampled_from("ABCabcxXéß１２٣ +-./()#*;"), min_size=1, max_size=3),
    position=st.integers(min_value=0, max_value=12),
)
def test_fast_path_agrees_with_letters_and_other_scripts(prefix, digits, noise, position):
    """Letters, keypad words, extensions and non-ASCII digits anywhere in the number."""
    number = "3" + digits
    raw = prefix + number[:position] + noise + number[position:]
    assert PhoneNormalizer("IT").normalize(raw) == _reference(raw)


def checker(opted_out=()):
    return ContactChecker(PhoneNormalizer("IT"), CONSENT_VALUES, frozenset(opted_out))


@pytest.mark.parametrize("value", ["si", " SI ", "Sì", "yes", "1", True, 1])
def test_consent_values_are_trimmed_and_case_insensitive(value):
    assert consent_given(value, frozenset(CONSENT_VALUES))


@pytest.mark.parametrize("value", ["no", "", None, False, 0, "forse"])
def test_other_consent_values_are_refusals(value):
    assert not consent_given(value, frozenset(CONSENT_VALUES))


def test_contact_without_consent_is_not_reachable():
    assert checker().check("333 123 4567", "no") == (None, NO_CONSENT)


def test_opted_out_number_is_not_reachable_even_with_consent():
    assert checker([MOBILE]).check("0039 333 1234567", "si") == (None, OPTED_OUT)


def test_customer_reachable_if_any_contact_is():
    phones, reason = checker().check_all([("0542 123456", "si"), ("333 123 4567", "si")])
    assert (phones, reason) == ((MOBILE,), None)


def test_same_number_twice_on_one_customer_is_one_phone():
    phones, _ = checker().check_all([("333 123 4567", "si"), ("+39 333 1234567", "si")])
    assert phones == (MOBILE,)


def test_customer_without_contacts_has_no_phone():
    assert checker().check_all([]) == ((), NO_PHONE)


@pytest.mark.parametrize(
    ("contacts", "reason"),
    [
        ([(None, "si"), ("12345", "si")], INVALID_PHONE),
        ([("12345", "si"), ("0542 123456", "si")], LANDLINE),
        ([("0542 123456", "si"), ("333 123 4567", "no")], NO_CONSENT),
        ([("333 123 4567", "no"), ("338 7654321", "si")], OPTED_OUT),
    ],
)
def test_most_informative_reason_wins(contacts, reason):
    assert checker(["+393387654321"]).check_all(contacts) == ((), reason)


def test_precedence_lists_every_reason_once():
    assert sorted(UNREACHABLE_REASONS) == sorted(
        {NO_PHONE, INVALID_PHONE, LANDLINE, NO_CONSENT, OPTED_OUT}
    )
