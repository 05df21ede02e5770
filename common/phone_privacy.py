"""Keeping customers' phone numbers and email addresses out of logs and screens.

Customers' numbers and addresses are personal data: a log file an operator
mails to support, or a dialog on a shared screen, shows enough of one to
tell two apart, never enough to call or write to it. The outbox holds an
address where it holds a number (the email channel), so the customers, the
messages, the gateways and the dialogs all mask both the same way.
"""

from __future__ import annotations

import re

PHONE_LIKE = re.compile(r"\+?\d{9,15}")
EMAIL_LIKE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
HIDDEN = "***"


def mask_phone(phone: str | None) -> str:
    """``+393331234567`` → ``+39 333 ***4567``: enough to tell numbers apart
    when helping a customer, not enough to call them. An email address is
    masked as ``mask_email`` does."""
    if not phone:
        return "<no number>"
    if "@" in str(phone):
        return mask_email(str(phone))
    digits = "".join(ch for ch in str(phone) if ch.isdigit())
    if len(digits) < 7:
        return HIDDEN
    tail = digits[-4:]
    if str(phone).strip().startswith("+") and len(digits) > 10:
        country = digits[: len(digits) - 10]
        return f"+{country} {digits[len(country) : len(country) + 3]} {HIDDEN}{tail}"
    return f"{digits[:3]} {HIDDEN}{tail}"


def mask_email(address: str) -> str:
    """``mario.rossi@example.it`` → ``m***i@example.it``: the first and last
    letter of the name and the domain, enough to recognise, not to write."""
    name, _, domain = address.strip().rpartition("@")
    shown = name[:1] + HIDDEN + (name[-1:] if len(name) > 1 else "")
    return f"{shown}@{domain}"


def scrub_contacts(text: str) -> str:
    """Mask every phone-like number and email address in free text (providers'
    and mail servers' error messages often quote what they refused)."""
    text = EMAIL_LIKE.sub(lambda found: mask_email(found.group()), text)
    return PHONE_LIKE.sub(lambda found: mask_phone(found.group()), text)
