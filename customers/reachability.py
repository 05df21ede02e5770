"""Whether a customer can be warned by SMS, and if not, why.

Being unreachable is not an error: it sends the customer to the flyer list
and tells the utility what to fix (ask for consent, correct a number).

A customer is reachable when at least one of its contacts is. When none is,
the customer gets the most informative reason among its contacts, the one
that got furthest through the checks and so says most about what to do:

    ``opted_out``  a valid mobile whose owner asked not to be messaged
    ``no_consent`` a valid mobile without consent: ask for it
    ``landline``   a valid number that cannot receive SMS: ask for a mobile
    ``invalid_phone`` something was typed but it is not a number: correct it
    ``no_phone``   nothing at all

Each contact is checked in the same order: number present, valid, mobile,
not on the opt-out list, consent given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..common.values import attribute_text
from ..common.vocabulary import NO_CONSENT, NO_PHONE, OPTED_OUT, UNREACHABLE_REASONS
from .phones import PhoneNormalizer

#: Raw values of a "chosen channel" field that mean email, compared folded.
EMAIL_CHOICES = frozenset({"email", "e-mail", "mail", "posta elettronica", "pec"})
#: A plausible address: something@domain.tld, no spaces (the mail server judges the rest).
_ADDRESS = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def email_address(value: object) -> str | None:
    """The trimmed address in ``value`` when it looks like one, else None."""
    text = "" if value is None else str(value).strip()
    return text if _ADDRESS.fullmatch(text) else None


def chooses_email(value: object) -> bool:
    """Whether a raw "chosen channel" value asks for email."""
    return value is not None and " ".join(str(value).split()).casefold() in EMAIL_CHOICES


#: Reasons from most to least informative (see the module docstring).
_RANK = {reason: rank for rank, reason in enumerate(UNREACHABLE_REASONS)}


def consent_given(value: object, accepted: frozenset[str]) -> bool:
    """A consent attribute read the way operators fill it in.

    ``True``/``False`` come from boolean fields (and ``True`` when no consent
    field is mapped); any other value is compared trimmed, case-insensitively.
    """
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    return attribute_text(value).casefold() in accepted


class ContactChecker:
    """Checks contacts against the phone rules, consent values and opt-outs."""

    def __init__(
        self,
        normalizer: PhoneNormalizer,
        consent_values: Iterable[str],
        opted_out: frozenset[str],
    ) -> None:
        self.normalizer = normalizer
        self.accepted = frozenset(attribute_text(v).casefold() for v in consent_values)
        self.opted_out = opted_out

    def check(self, phone: object, consent: object) -> tuple[str | None, str | None]:
        """``(e164, None)`` for a reachable contact, else ``(None, reason)``."""
        e164, reason = self.normalizer.normalize(phone)
        if e164 is None:
            return None, reason
        if e164 in self.opted_out:
            return None, OPTED_OUT
        if not consent_given(consent, self.accepted):
            return None, NO_CONSENT
        return e164, None

    def check_all(
        self, contacts: Iterable[tuple[object, object]]
    ) -> tuple[tuple[str, ...], str | None]:
        """Reachable numbers of a customer's ``(phone, consent)`` contacts.

        Returns the distinct E.164 numbers in contact order and, when there is
        none, the most informative reason (``no_phone`` for no contact).
        """
        phones: list[str] = []
        best = NO_PHONE
        for phone, consent in contacts:
            e164, reason = self.check(phone, consent)
            if e164 is not None:
                if e164 not in phones:
                    phones.append(e164)
            elif _RANK[reason] < _RANK[best]:
                best = reason
        return (tuple(phones), None) if phones else ((), best)

    def landlines(self, contacts: Iterable[tuple[object, object]]) -> tuple[str, ...]:
        """The distinct consented landlines (E.164) of ``(phone, consent)`` contacts,
        none on the opt-out list: what a call can reach when no SMS can."""
        return self._collect(
            (self.normalizer.landline(phone), consent) for phone, consent in contacts
        )

    def emails(self, contacts: Iterable[tuple[object, object]]) -> tuple[str, ...]:
        """The distinct consented addresses of ``(email, consent)`` contacts."""
        return self._collect((email_address(email), consent) for email, consent in contacts)

    def _collect(self, found: Iterable[tuple[str | None, object]]) -> tuple[str, ...]:
        kept: list[str] = []
        for value, consent in found:
            if (
                value is not None
                and value not in self.opted_out
                and value not in kept
                and consent_given(consent, self.accepted)
            ):
                kept.append(value)
        return tuple(kept)
