"""Keeping customers' phone numbers out of logs and screens.

Customers' numbers are personal data: a log file an operator mails to
support, or a dialog on a shared screen, shows enough of a number to tell
two apart, never enough to call it. The customers, the messages, the
gateways and the dialogs all mask numbers the same way.
"""

from __future__ import annotations

import re

PHONE_LIKE = re.compile(r"\+?\d{9,15}")
HIDDEN = "***"


def mask_phone(phone: str | None) -> str:
    """``+393331234567`` → ``+39 333 ***4567``: enough to tell numbers apart
    when helping a customer, not enough to call them."""
    if not phone:
        return "<no number>"
    digits = "".join(ch for ch in str(phone) if ch.isdigit())
    if len(digits) < 7:
        return HIDDEN
    tail = digits[-4:]
    if str(phone).strip().startswith("+") and len(digits) > 10:
        country = digits[: len(digits) - 10]
        return f"+{country} {digits[len(country) : len(country) + 3]} {HIDDEN}{tail}"
    return f"{digits[:3]} {HIDDEN}{tail}"


def scrub_phones(text: str) -> str:
    """Mask every phone-like number in free text (provider error messages
    often quote the number they refused)."""
    return PHONE_LIKE.sub(lambda found: mask_phone(found.group()), text)
