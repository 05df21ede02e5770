"""Turning phone numbers as people type them into E.164 mobiles, once each.

Customer tables hold numbers in every shape (``333 123 4567``,
``0039 333.123.4567``, ``39 333 1234567`` without the plus, landlines).
Only a valid mobile can receive an SMS, so each raw value becomes either an
E.164 number or the reason it cannot be used.

``phonenumbers`` is the reference, but a full parse costs about 30 µs: a
million numbers would take half a minute. So numbers are normalised lazily,
on the first click that needs them, and cached by raw value; the common
clean shapes take a fast path checked against the same ``phonenumbers``
metadata (a property test keeps both paths in agreement).

A letter anywhere makes a number invalid. ``phonenumbers`` reads letters
as keypad digits (``333ABC4567`` is ``333 222 4567``) and skips what
follows an extension word (``ext. 12``), so the SMS would go to somebody
else: a typo must go back to the utility to correct instead.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType

from ..common.values import attribute_text
from ..common.vocabulary import INVALID_PHONE, LANDLINE, NO_PHONE

SMS_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)

# Separators people put inside numbers; removed before the fast path.
_SEPARATORS = re.compile(r"[\s\-./()]+")
# A letter of any script (a word character that is neither a digit nor "_").
_LETTER = re.compile(r"[^\W\d_]")


def is_known_region(region: str) -> bool:
    """Whether numbers can be read for ``region`` (a country code such as ``IT``)."""
    return phonenumbers.PhoneMetadata.metadata_for_region(region.strip().upper()) is not None


class PhoneResult(NamedTuple):
    """A normalised number: ``e164`` when it can receive SMS, else ``reason``."""

    e164: str | None
    reason: str | None


class PhoneNormalizer:
    """Normalises raw numbers for one default region, caching every answer.

    The cache makes a click cost one dict lookup per number already seen,
    and numbers shared by many meters (a building administrator) are parsed
    once.
    """

    def __init__(self, region: str = "IT") -> None:
        self.region = region.upper()
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(self.region)
        if metadata is None:
            raise ValueError(f"Unknown phone region {region!r}: expected a code such as 'IT'.")
        self._country = str(metadata.country_code)
        self._international = "00" if metadata.international_prefix == "00" else None
        self._mobile = re.compile(metadata.mobile.national_number_pattern)
        self._fixed = re.compile(metadata.fixed_line.national_number_pattern)
        self._cache: dict[object, PhoneResult] = {}

    def __len__(self) -> int:
        return len(self._cache)

    def __getstate__(self) -> dict:
        """A stored normaliser starts with no answers: they hold phone numbers, and are cheap."""
        return {**self.__dict__, "_cache": {}}

    def normalize(self, raw: object) -> PhoneResult:
        """The E.164 mobile for ``raw``, or why it cannot receive an SMS."""
        try:
            return self._cache[raw]
        except KeyError:
            result = self._cache[raw] = self._normalize(raw)
            return result
        except TypeError:  # an unhashable attribute value: not cached
            return self._normalize(raw)

    def _normalize(self, raw: object) -> PhoneResult:
        text = attribute_text(raw)
        if not text or text.upper() == "NULL":
            return PhoneResult(None, NO_PHONE)
        if _LETTER.search(text):
            return PhoneResult(None, INVALID_PHONE)
        fast = self._fast_path(text)
        return fast if fast is not None else self._full_parse(text)

    def _fast_path(self, text: str) -> PhoneResult | None:
        """Clean national or international mobiles of the default region.

        Returns ``None`` whenever the shape is not the obvious one, so the
        full parser decides: other countries, landlines, digits of other
        scripts (full-width, Arabic-Indic), which it turns into ASCII.
        """
        digits = _SEPARATORS.sub("", text)
        if digits.startswith("+"):
            digits = digits[1:]
            if not digits.startswith(self._country):
                return None
            national = digits[len(self._country) :]
        elif self._international and digits.startswith(self._international + self._country):
            national = digits[len(self._international) + len(self._country) :]
        else:
            national = digits
        if not (national.isascii() and national.isdigit()):
            return None
        if self._is_mobile(national):
            return PhoneResult(f"+{self._country}{national}", None)
        # "39 333 1234567": the country code typed without plus or 00.
        if national is digits and digits.startswith(self._country):
            rest = digits[len(self._country) :]
            if self._is_mobile(rest):
                return PhoneResult(f"+{self._country}{rest}", None)
        return None

    def landline(self, raw: object) -> str | None:
        """The E.164 form of ``raw`` when it is a valid landline (a number a
        call can reach but an SMS cannot), else None. Only asked for the
        contacts ``normalize`` found to be landlines, so it is not cached."""
        if self.normalize(raw).reason != LANDLINE:
            return None
        number = phonenumbers.parse(str(raw).strip(), self.region)
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)

    def _is_mobile(self, national: str) -> bool:
        return bool(self._mobile.fullmatch(national)) and not self._fixed.fullmatch(national)

    def _full_parse(self, text: str) -> PhoneResult:
        try:
            number = phonenumbers.parse(text, self.region)
        except NumberParseException:
            return PhoneResult(None, INVALID_PHONE)
        if not phonenumbers.is_valid_number(number):
            return PhoneResult(None, INVALID_PHONE)
        if phonenumbers.number_type(number) not in SMS_TYPES:
            return PhoneResult(None, LANDLINE)
        return PhoneResult(
            phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), None
        )
