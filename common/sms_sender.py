"""Whether a sender name or number will be accepted by Italian networks.

The sender is part of what a customer reads, and a provider refuses a
whole batch for a sender that breaks the AGCOM alias rules. Both the
message checks (``messages.rules``) and the gateway profiles check it, so
the rule lives here, below both.
"""

from __future__ import annotations

import re

ALPHANUMERIC_SENDER = re.compile(r"^[A-Za-z][A-Za-z0-9]{0,10}$")
NUMERIC_SENDER = re.compile(r"^\+?[1-9][0-9]{5,14}$")
GENERIC_SENDERS = frozenset({"INFO", "SMS", "NOREPLY", "TEST", "ALERT"})


#: Why a sender is refused, by code; the English defaults (the adapters word the codes).
SENDER_PROBLEMS = {
    "sender_numeric": (
        "Sender '{sender}': a numeric sender must be a full international number "
        "(E.164, up to 15 digits); an alphanumeric one must not start with a digit."
    ),
    "sender_too_long": "Sender '{sender}': an alphanumeric sender has at most 11 characters.",
    "sender_characters": (
        "Sender '{sender}': only letters A-Z and digits are allowed (no spaces or symbols)."
    ),
    "sender_generic": "Sender '{sender}': generic names such as INFO or SMS are not registrable.",
}


def sender_problem_code(sender: str) -> str | None:
    """Why a sender would be refused (AGCOM alias rules), as a code of
    :data:`SENDER_PROBLEMS`, or None when it is fine.

    Checked locally so that a typo fails before the first SMS, not at the
    provider after half a batch.
    """
    if NUMERIC_SENDER.match(sender):
        return None
    if sender[:1].isdigit() or sender.startswith("+"):
        return "sender_numeric"
    if len(sender) > 11:
        return "sender_too_long"
    if not ALPHANUMERIC_SENDER.match(sender):
        return "sender_characters"
    if sender.upper() in GENERIC_SENDERS:
        return "sender_generic"
    return None


def sender_problem_of(sender: str) -> str | None:
    """Why a sender would be refused, in English (:func:`sender_problem_code`), or None."""
    code = sender_problem_code(sender)
    return None if code is None else SENDER_PROBLEMS[code].format(sender=sender)
