"""Keeping gateway secrets (and phone numbers) out of logs and stored details.

Gateway credentials are secrets and customers' numbers personal data; both
must be unreadable in a log file that an operator mails to support and in
the details the outbox stores (``outbox_messages.detail``). Numbers are
masked the plugin's one way (``common.phone_privacy``).

Secrets are redacted **by value**, not by the name they travel under: a
password a user template puts in ``?pwd=...`` or an ``X-Api-Pass`` header is
hidden exactly like one in ``Authorization``. Every provider registers its
credential values (and session keys it receives) in :data:`SECRETS`; the
gateway logger runs every line through :class:`RedactingFilter`, and the
result types clean their ``detail`` on construction (``provider.py``).
Names are still checked as a second net, for a secret typed straight into a
template instead of the credential store.
"""

from __future__ import annotations

import base64
import json
import logging
import re
import threading
from collections.abc import Iterable, Mapping
from urllib.parse import quote, quote_plus

from ..common.log_words import Said
from ..common.phone_privacy import scrub_contacts

SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "session_key", "access_token", "user_key", "cookie"}
)
SECRET_WORDS = ("password", "secret", "token", "key", "auth", "sid", "pass", "pwd")
REDACTED = "***"
#: Shorter values are not redacted: they would blank out ordinary words and
#: numbers in every log line, and a secret that short protects nothing.
MIN_SECRET_LENGTH = 4
GATEWAY_LOGGER = "water_outage_notifier.sms_gateway"


def spellings(value: str) -> set[str]:
    """The ways a value may be written in a URL, a form, a JSON body or a log line."""
    return {
        value,
        quote(value, safe=""),
        quote(value),  # jinja's ``urlencode`` keeps "/"
        quote_plus(value),
        json.dumps(value)[1:-1],
        json.dumps(value, ensure_ascii=False)[1:-1],
    }


class SecretValues:
    """Every credential value the gateway code has been handed, process-wide.

    Thread-safe; values are only ever added (a rotated password stays
    hidden in lines that still mention the old one).
    """

    def __init__(self):
        self._values: set[str] = set()
        self._pattern: re.Pattern | None = None
        self._lock = threading.Lock()

    def add(self, *values: object) -> None:
        """Hide these values (and their encoded spellings) from now on."""
        fresh = set()
        for value in values:
            if isinstance(value, str) and len(value) >= MIN_SECRET_LENGTH:
                fresh |= {s for s in spellings(value) if len(s) >= MIN_SECRET_LENGTH}
        with self._lock:
            if fresh - self._values:
                self._values |= fresh
                ordered = sorted(self._values, key=len, reverse=True)
                self._pattern = re.compile("|".join(map(re.escape, ordered)))

    def add_credentials(self, credentials) -> None:
        """A ``Credentials``' every value, and the Basic auth header built from them."""
        extra = [v for v in (credentials.extra or {}).values() if isinstance(v, str)]
        values = [credentials.username, credentials.password, credentials.token, *extra]
        for secret in (credentials.password, credentials.token):
            if secret:
                pair = f"{credentials.username}:{secret}".encode()
                values.append(base64.b64encode(pair).decode("ascii"))
        self.add(*values)

    def redact(self, text: str) -> str:
        """``text`` with every registered value replaced by ``***``."""
        pattern = self._pattern
        return pattern.sub(REDACTED, text) if pattern is not None and text else text


SECRETS = SecretValues()


def redact(text: str) -> str:
    """Hide every registered credential value in ``text``."""
    return SECRETS.redact(text)


def clean(text: object) -> str:
    """Free text made safe to log or store: no secret, no whole phone number."""
    return scrub_contacts(redact(str(text))) if text else ""


def is_secret_name(name: str) -> bool:
    """Whether a header, form field or option name looks like it holds a secret."""
    lowered = name.lower()
    return lowered in SECRET_HEADERS or any(word in lowered for word in SECRET_WORDS)


def redact_mapping(values: Mapping[str, object] | None) -> dict[str, object]:
    """A copy of headers or form fields with every secret-looking value hidden."""
    return {
        name: (REDACTED if is_secret_name(str(name)) else clean(value))
        for name, value in (values or {}).items()
    }


class RedactingFilter(logging.Filter):
    """Cleans every record of the gateway logger before any handler sees it:
    message, arguments and traceback, at every level (DEBUG included). A line
    said as a code keeps its code, its texts cleaned, so the message log can
    still word it."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, Said):
            record.msg, record.args = record.msg.cleaned(clean), ()
        else:
            record.msg, record.args = clean(record.getMessage()), ()
        if record.exc_info and not record.exc_text:
            record.exc_text = clean(self._formatter.formatException(record.exc_info))
        if record.stack_info:
            record.stack_info = clean(record.stack_info)
        return True


def guard_logger(names: Iterable[str] = (GATEWAY_LOGGER,)) -> None:
    """Attach one :class:`RedactingFilter` to each named logger (idempotent).

    A logger's filters see only the records logged through that very
    logger, so every gateway module logs through ``GATEWAY_LOGGER``.
    """
    for name in names:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactingFilter) for f in logger.filters):
            logger.addFilter(RedactingFilter())


guard_logger()
