"""Keeping phone numbers and secrets out of logs.

Customers' numbers are personal data and gateway credentials are secrets;
both must be unreadable in a log file that an operator mails to support.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

PHONE_LIKE = re.compile(r"\+?\d{9,15}")

SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "session_key", "access_token", "user_key", "cookie"}
)
SECRET_WORDS = ("password", "secret", "token", "key", "auth", "sid")
REDACTED = "***"


def mask_phone(phone: str | None) -> str:
    """``+393331234567`` → ``+39 333 ***4567``: enough to tell numbers apart
    when helping a customer, not enough to call them."""
    if not phone:
        return "<no number>"
    digits = "".join(ch for ch in str(phone) if ch.isdigit())
    if len(digits) < 7:
        return REDACTED
    tail = digits[-4:]
    if str(phone).strip().startswith("+") and len(digits) > 10:
        country = digits[: len(digits) - 10]
        return f"+{country} {digits[len(country) : len(country) + 3]} {REDACTED}{tail}"
    return f"{digits[:3]} {REDACTED}{tail}"


def is_secret_name(name: str) -> bool:
    """Whether a header, form field or option name looks like it holds a secret."""
    lowered = name.lower()
    return lowered in SECRET_HEADERS or any(word in lowered for word in SECRET_WORDS)


def redact_mapping(values: Mapping[str, object] | None) -> dict[str, object]:
    """A copy of headers or form fields with every secret-looking value hidden."""
    return {
        name: (REDACTED if is_secret_name(str(name)) else value)
        for name, value in (values or {}).items()
    }


def scrub_phones(text: str) -> str:
    """Mask every phone-like number in free text (provider error messages
    often quote the number they refused)."""
    return PHONE_LIKE.sub(lambda found: mask_phone(found.group()), text)
