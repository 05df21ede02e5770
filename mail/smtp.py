"""Sending the call-centre email over SMTP, verified and bounded in time.

Python's ``smtplib`` does not check the server's certificate unless it is
given a verifying context, so every TLS connection here uses
``ssl.create_default_context`` (with the utility's own CA file when its
mail server uses a private CA). Every network step has a timeout. A
failure comes back as a :class:`SendResult` with a clear reason instead of
an exception: the email is a copy, and it must never stop or repeat the SMS
that the caller already queued.

A connection lost after the whole message went, before the server said
"250", is not a failure like the others: the server may have queued the
email, and sending it again may deliver it twice. It comes back
``in_doubt``, for the operator to check before re-sending.
"""

from __future__ import annotations

import logging
import smtplib
import socket
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage

from ..common.log_words import say

LOG = logging.getLogger("water_outage_notifier.mail")

STARTTLS = "starttls"
SSL = "ssl"
NONE = "none"
SECURITY_MODES = (STARTTLS, SSL, NONE)


@dataclass(frozen=True)
class SmtpSettings:
    """The mail server; ``password`` comes from the QGIS auth manager at run
    time and never shows in a repr or a log."""

    host: str
    port: int = 587
    security: str = STARTTLS
    username: str = ""
    password: str = field(default="", repr=False)
    cafile: str | None = None
    timeout: float = 30.0


@dataclass(frozen=True)
class SendResult:
    """How the sending went. ``refused`` maps each address the server
    refused to its SMTP answer; ``error`` is set when it was not confirmed
    sent, and ``in_doubt`` when the server may have it all the same."""

    ok: bool
    message_id: str
    accepted: tuple[str, ...] = ()
    refused: dict[str, str] = field(default_factory=dict)
    error: str | None = None
    in_doubt: bool = False


class _Watched:
    """Notes when a message's end-of-data mark (CRLF . CRLF) left for the
    server: after it, a lost answer leaves the email in doubt."""

    message_sent = False

    def send(self, s):
        super().send(s)
        if isinstance(s, bytes) and s.endswith(b"\r\n.\r\n"):
            self.message_sent = True


class _SMTP(_Watched, smtplib.SMTP):
    pass


class _SMTP_SSL(_Watched, smtplib.SMTP_SSL):  # noqa: N801 - smtplib's name
    pass


class MailSendError(RuntimeError):
    """Raised by :meth:`SendResult.raise_for_error` for callers that prefer it."""


def raise_for_error(result: SendResult) -> SendResult:
    """``result`` itself when it went out, else :class:`MailSendError`."""
    if not result.ok:
        raise MailSendError(result.error)
    return result


def settings_problem(settings: SmtpSettings) -> str | None:
    if settings.security not in SECURITY_MODES:
        return f"SMTP security {settings.security!r} is not one of {', '.join(SECURITY_MODES)}"
    if not settings.host:
        return "No SMTP server is configured (Settings > Email)"
    if settings.username and settings.security == NONE:
        return (
            "The SMTP password would travel unencrypted: choose starttls or ssl, "
            "or a server that needs no login"
        )
    if settings.timeout <= 0:
        return "The SMTP timeout must be above 0 seconds"
    return None


def _tls_context(settings: SmtpSettings) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=settings.cafile or None)


def connect(settings: SmtpSettings) -> smtplib.SMTP:
    """An open, secured and logged-in connection."""
    if settings.security == SSL:
        smtp: smtplib.SMTP = _SMTP_SSL(
            settings.host, settings.port, timeout=settings.timeout, context=_tls_context(settings)
        )
    else:
        smtp = _SMTP(settings.host, settings.port, timeout=settings.timeout)
    try:
        smtp.ehlo()
        if settings.security == STARTTLS:
            if not smtp.has_extn("starttls"):
                raise smtplib.SMTPNotSupportedError(
                    f"{settings.host}:{settings.port} does not offer STARTTLS"
                )
            smtp.starttls(context=_tls_context(settings))
            smtp.ehlo()
        if settings.username:
            smtp.login(settings.username, settings.password)
    except BaseException:
        smtp.close()
        raise
    return smtp


#: Why the mail server could not be used, by code, in English for the logs and the
#: reports; the interface words the same codes in its own language (``gis/mail_text.py``).
FAILURE_TEXTS = {
    "certificate_untrusted": (
        "The certificate of {where} is not trusted ({reason}): if the server uses a "
        "private CA, set its CA file in the email settings"
    ),
    "certificate_untrusted_cafile": (
        "The certificate of {where} is not trusted ({reason}): check the CA file {cafile}"
    ),
    "tls_failed": "TLS with {where} failed ({reason}); check the security mode and port",
    "login_refused": "{where} refused the login of user {user}",
    "recipients_refused": "{where} refused every recipient: {recipients}",
    "no_starttls": "{where} does not offer STARTTLS",
    "not_supported": "{where} does not support what the settings ask: {detail}",
    "server_answered": "{where} answered {code}: {answer}",
    "no_answer": "{where} did not answer within {seconds} s",
    "connection_refused": "{where} refused the connection; check the server name and port",
    "unknown_host": "The SMTP server name {host} is unknown",
    "failed": "Sending through {where} failed: {detail}",
    "answer_lost": (
        "{where} received the whole email but the connection ended before it confirmed it "
        "({detail}): it may have arrived; ask the recipients before sending it again"
    ),
}


def failure(exc: BaseException, settings: SmtpSettings) -> tuple[str, dict]:
    """What went wrong with the mail server: a code of :data:`FAILURE_TEXTS` and its values."""
    where = {"where": f"{settings.host}:{settings.port}"}
    if isinstance(exc, ssl.SSLCertVerificationError):
        reason = {**where, "reason": exc.verify_message}
        if settings.cafile:
            return "certificate_untrusted_cafile", {**reason, "cafile": settings.cafile}
        return "certificate_untrusted", reason
    if isinstance(exc, ssl.SSLError):
        return "tls_failed", {**where, "reason": str(exc.reason or exc)}
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return "login_refused", {**where, "user": repr(settings.username)}
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return "recipients_refused", {**where, "recipients": ", ".join(exc.recipients)}
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        if "STARTTLS" in str(exc):
            return "no_starttls", where
        return "not_supported", {**where, "detail": str(exc)}
    if isinstance(exc, smtplib.SMTPResponseException):
        answer = exc.smtp_error.decode(errors="replace")
        return "server_answered", {**where, "code": exc.smtp_code, "answer": answer}
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return "no_answer", {**where, "seconds": f"{settings.timeout:g}"}
    if isinstance(exc, ConnectionRefusedError):
        return "connection_refused", where
    if isinstance(exc, socket.gaierror):
        return "unknown_host", {"host": repr(settings.host)}
    return "failed", {**where, "detail": str(exc)}


def explain(exc: BaseException, settings: SmtpSettings) -> str:
    """The failure in English words an operator or an IT department can act on (logs)."""
    code, params = failure(exc, settings)
    return FAILURE_TEXTS[code].format_map(params)


def _say_failure(line: str, exc: BaseException, settings: SmtpSettings, **params) -> str:
    """Log the mail server's failure as ``line`` (its English words for the console, its
    code for the message log, which words it again); returns the English words."""
    code, values = failure(exc, settings)
    reason = FAILURE_TEXTS[code].format_map(values)
    level = logging.WARNING if line == "mail_check_failed" else logging.ERROR
    say(LOG, level, line, mail_failure=code, explained=reason, **values, **params)
    return reason


def check_connection(settings: SmtpSettings) -> tuple[str, dict] | None:
    """Connect, secure and log in as a real send would, then leave without sending.

    ``None`` when the server took all of it; else the :func:`failure` (or
    ``("settings", {"detail": ...})`` for settings that cannot work).
    """
    problem = settings_problem(settings)
    if problem:
        return "settings", {"detail": problem}
    try:
        smtp = connect(settings)
    except (smtplib.SMTPException, OSError) as exc:
        _say_failure("mail_check_failed", exc, settings)
        return failure(exc, settings)
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()
    return None


def send_email(message: EmailMessage, settings: SmtpSettings) -> SendResult:
    """Send ``message`` and say how it went; never raises for a network,
    TLS, login or server failure (see :func:`raise_for_error`)."""
    message_id = str(message.get("Message-ID", ""))
    problem = settings_problem(settings)
    if problem:
        say(LOG, logging.ERROR, "mail_not_sent", message_id=message_id, explained=problem)
        return SendResult(False, message_id, error=problem)
    smtp = None
    try:
        smtp = connect(settings)
        try:
            refused = smtp.send_message(message)
        finally:
            try:
                smtp.quit()
            except (smtplib.SMTPException, OSError):
                smtp.close()
    except (smtplib.SMTPException, OSError) as exc:
        answered = isinstance(exc, smtplib.SMTPResponseException)  # a 4xx/5xx: not taken
        if smtp is not None and smtp.message_sent and not answered:
            lost = {"where": f"{settings.host}:{settings.port}", "detail": str(exc)}
            reason = FAILURE_TEXTS["answer_lost"].format_map(lost)
            say(
                LOG,
                logging.ERROR,
                "mail_in_doubt",
                message_id=message_id,
                mail_failure="answer_lost",
                explained=reason,
                **lost,
            )
            return SendResult(False, message_id, error=reason, in_doubt=True)
        reason = _say_failure("mail_not_sent", exc, settings, message_id=message_id)
        return SendResult(False, message_id, error=reason)
    answers = {
        address: f"{code} {text.decode(errors='replace')}"
        for address, (code, text) in refused.items()
    }
    recipients = [a.addr_spec for h in ("To", "Cc") for a in getattr(message[h], "addresses", ())]
    accepted = tuple(a for a in recipients if a not in answers)
    if answers:
        refused_by = ", ".join(answers)
        say(LOG, logging.WARNING, "mail_refused", message_id=message_id, answers=refused_by)
    say(LOG, logging.INFO, "mail_sent", message_id=message_id, count=len(accepted))
    return SendResult(True, message_id, accepted, answers)
