"""The mail server's connection test, and its last outcome for the readiness panel.

*Test the connection* (Email tab) connects, secures and logs in as the
call-centre copy would, and sends nothing (``notify.trials.check_mail_server``).
Its outcome is kept in the user profile against the server it tested, so
the "before sending, set…" panel of the notify and settings dialogs can say
that the last test of *this* server failed, and why, until a test passes or
the server changes.
"""

from __future__ import annotations

import json

from qgis.core import QgsSettings

from ..mail.smtp import FAILURE_TEXTS
from ..notify import trials
from .auth import AuthError
from .i18n import tr
from .settings_store import ROOT, EmailSettings

LAST_CHECK_KEY = f"{ROOT}/email/last_check"


def failure_text(code: str, params: dict) -> str:
    """A mail server failure (``mail.smtp.failure``) in the operator's words."""
    if code == "settings":
        return params["detail"]
    return tr(FAILURE_TEXTS[code]).format_map(params)


def usable_smtp(email: EmailSettings) -> tuple:
    """``(smtp_settings, "")`` when a test can use ``email``, else ``(None, why not)``."""
    problems = email.problems()
    if problems:
        return None, "\n".join(problems)
    try:
        return email.smtp_settings(), ""
    except AuthError as exc:
        return None, str(exc)


def check_mail_server(email: EmailSettings) -> tuple:
    """Test the connection to ``email``'s server; returns ``(ok, explanation)`` and keeps it."""
    smtp, why_not = usable_smtp(email)
    if smtp is None:
        return False, why_not
    outcome = trials.check_mail_server(smtp)
    _keep(email, outcome)
    if outcome.ok:
        return True, tr(
            "The mail server {where} accepted the connection and the login; no email was sent."
        ).format(where=outcome.params["where"])
    return False, failure_text(outcome.params["failure"], outcome.params["params"])


def last_check_failure(email: EmailSettings) -> str:
    """Why the last connection test of ``email``'s server failed ('' if it passed or none ran)."""
    raw = QgsSettings().value(LAST_CHECK_KEY, "")
    try:
        kept = json.loads(raw) if raw else None
    except (TypeError, ValueError):
        return ""
    if not kept or kept.get("server") != _server(email) or kept.get("failure") is None:
        return ""
    return failure_text(kept["failure"], kept.get("params", {}))


def _server(email: EmailSettings) -> str:
    return f"{email.host.strip()}:{int(email.port)}:{email.security}"


def _keep(email: EmailSettings, outcome) -> None:
    failure = None if outcome.ok else outcome.params
    QgsSettings().setValue(
        LAST_CHECK_KEY,
        json.dumps({"server": _server(email), **(failure or {"failure": None})}, default=str),
    )
