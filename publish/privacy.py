"""What may leave the utility: streets and areas, never a person.

The public page, the feeds and the uploads are read by anyone, so the
rules are positive: only the kind, the times, the state, the
municipalities, the street names and a generalised area are ever given to
the renderers (:class:`~.notice.PublicNotice` has no field for anything
else). Street names come from the customers' address field, which is free
text in many utilities' data ("Via Roma 12 c/o Rossi 333 1234567"), so a
street is cut down to its name before it is published. Last, every file is
scanned for the intervention's phone numbers and customer ids before it is
written: a leak that slipped past the rules stops the publication instead
of going online.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import phonenumbers

from ..customers.flyers import split_address

#: Where a street name ends in a free-text address: a comma, a bracket, a
#: "care of", an apartment or staircase, a phone.
_CUT = re.compile(
    r"[,;:()\[\]{}<>/\\|@#\"]|\s(?:c/o|presso|int\.?|interno|scala|sc\.|piano|tel\.?|cell\.?)(?=\s|$)",
    re.IGNORECASE,
)
#: A word of a street name: letters (accents too), apostrophes, dots, hyphens;
#: or a short number ("Via 4 Novembre", "Via XX Settembre").
_WORD = re.compile(r"^(?:[^\W\d_][\w'’.\-]*|\d{1,2}°?)$")
_HAS_DIGIT = re.compile(r"\d")
MAX_STREET_WORDS = 8


def public_street(address: str | None) -> str | None:
    """The street name of an address, or None when nothing safe is left.

    The text is cut at the first separator or "c/o"-like word, the house
    number is taken off (as the flyer round does), and the rest is cut at
    the first word that is not part of a street name (a code such as ``U0000123``, a long
    number, an email). Words after it are dropped, not skipped: whatever
    follows a stray code is not trusted.
    """
    if not address or not str(address).strip():
        return None
    street = _CUT.split(" " + " ".join(str(address).split()), maxsplit=1)[0]
    street, _number = split_address(street, None)
    if not street:
        return None
    words = []
    for word in street.split():
        if not _WORD.match(word) or (_HAS_DIGIT.search(word) and len(word) > 3):
            break
        words.append(word)
    words = words[:MAX_STREET_WORDS]
    # A name needs a word besides a number ("4" alone is no street).
    if not any(not _HAS_DIGIT.search(word) for word in words):
        return None
    return " ".join(words)


def public_streets(addresses: Iterable[str | None]) -> tuple[str, ...]:
    """Distinct public street names, in the given order (most affected first)."""
    seen: dict[str, str] = {}
    for address in addresses:
        street = public_street(address)
        if street is not None:
            seen.setdefault(street.casefold(), street)
    return tuple(seen.values())


@dataclass(frozen=True)
class Leak:
    """A private value found in a file about to be published."""

    path: str
    what: str  # "phone" or "customer_id"


class PrivacyLeak(Exception):  # noqa: N818 - a refusal, named for what it found
    """Files that would have published a phone number or a customer id."""

    code = "privacy_leak"

    def __init__(self, leaks: list[Leak]):
        super().__init__(", ".join(f"{leak.what} in {leak.path}" for leak in leaks))
        self.leaks = leaks


#: Digits with the separators people write phone numbers with ("333 123 4567").
_DIGIT_RUN = re.compile(r"\d(?:[ \-/]?\d)*")
#: Customer ids shorter than this, and without a letter, are too easily a
#: time or a year ("2026") to be searched for; the positive rules keep them out.
MIN_SEARCHED_ID = 6


class Guard:
    """Knows the private values of some interventions and finds them in text.

    Phones are matched on their national digits in any spacing; customer
    ids as whole words.
    """

    def __init__(self, phones: Iterable[str] = (), customer_ids: Iterable[object] = ()):
        self.phone_digits = {_national_digits(p) for p in phones} - {""}
        ids = {str(c).strip() for c in customer_ids if c is not None}
        searched = [i for i in ids if len(i) >= MIN_SEARCHED_ID or re.search(r"[^\W\d_]", i)]
        self._ids = (
            re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, sorted(searched))) + r")(?![\w])")
            if searched
            else None
        )

    def found(self, text: str) -> list[str]:
        """What kinds of private value ``text`` holds ("phone", "customer_id")."""
        kinds = []
        if self.phone_digits:
            runs = {re.sub(r"\D", "", run) for run in _DIGIT_RUN.findall(text)}
            if any(digits in run for run in runs for digits in self.phone_digits):
                kinds.append("phone")
        if self._ids is not None and self._ids.search(text):
            kinds.append("customer_id")
        return kinds

    def check(self, files: dict[str, bytes]) -> None:
        """Raise :class:`PrivacyLeak` when any text file holds a private value."""
        leaks = [
            Leak(path, what)
            for path, data in sorted(files.items())
            if not path.endswith(".png")
            for what in self.found(data.decode("utf-8", "replace"))
        ]
        if leaks:
            raise PrivacyLeak(leaks)


def _national_digits(phone: str) -> str:
    """The digits a person would write, without the country code (``+39``)."""
    try:
        return str(phonenumbers.parse(phone, None).national_number)
    except phonenumbers.NumberParseException:
        return re.sub(r"\D", "", phone or "")
