"""Keeping gateway secrets out of logs.

Gateway credentials are secrets: a log file that an operator mails to
support must not hold them. Phone numbers are masked by
``common.phone_privacy``.
"""

from __future__ import annotations

from collections.abc import Mapping

SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "session_key", "access_token", "user_key", "cookie"}
)
SECRET_WORDS = ("password", "secret", "token", "key", "auth", "sid")
REDACTED = "***"


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
