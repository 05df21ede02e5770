"""The notice by email to customers: one more channel of the outbox.

A customer who chose email, or who has an address and neither a mobile nor
a landline, gets the notice through the utility's SMTP server (the
settings' Email tab, the same as the call-centre copy). Each email is an
outbox message like an SMS (channel ``email``, the address in place of the
number): written down before it goes, never sent twice.

SMTP gives no way to ask later whether a message was taken, so the rules
are those of a provider that cannot be asked:

* refused before the message was handed over (connection refused, TLS or
  login failure, a 4xx answer) → sent again later; a refused login stops
  the run;
* refused for good (5xx, the address refused) → FAILED;
* the connection lost before the message itself went (at MAIL or RCPT) →
  sent again later: the server cannot have it;
* the connection lost once the whole message went, before the server's
  "250" → UNCERTAIN (``cannot_ask``), held for the operator, never sent
  again blindly.

The outbox text is the subject, a blank line, then the body.
"""

from __future__ import annotations

import smtplib
import uuid
from collections.abc import Sequence
from email.message import EmailMessage

from ..common.vocabulary import EMAIL
from ..sms_gateway import reasons
from ..sms_gateway.http import HttpClient
from ..sms_gateway.profile import Credentials, GatewayProfile
from ..sms_gateway.provider import (
    AuthenticationError,
    Capabilities,
    Outcome,
    OutgoingMessage,
    Provider,
    RecipientResult,
    SubmitResult,
)
from .smtp import SmtpSettings, connect, explain, settings_problem

#: Emails a second at most: a utility's own server is not a bulk mailer.
DEFAULT_RATE = 2.0


def email_text(subject: str, body: str) -> str:
    """The outbox text of an email: subject, blank line, body."""
    return f"{' '.join(subject.split())}\n\n{body}"


class EmailProvider(Provider):
    """Customers' emails through the utility's SMTP server, one message a request."""

    name = "smtp"
    channel = EMAIL
    capabilities = Capabilities(max_batch=1)

    def __init__(self, smtp: SmtpSettings, sender: str, rate: float = DEFAULT_RATE):
        timeout = (smtp.timeout, smtp.timeout)
        profile = GatewayProfile(
            "email", self.name, rate=rate, connect_timeout=timeout[0], read_timeout=timeout[1]
        )
        super().__init__(profile, Credentials(smtp.username, smtp.password), HttpClient(timeout))
        self.smtp = smtp
        self.sender = sender

    def submit(self, batch_ref: str, messages: Sequence[OutgoingMessage]) -> SubmitResult:
        (message,) = messages
        problem = settings_problem(self.smtp)
        if problem:
            return SubmitResult(Outcome.FAILED, code=reasons.INVALID_REQUEST, detail=problem)
        mail = self._compose(message)
        try:
            server = connect(self.smtp)
        except smtplib.SMTPAuthenticationError as exc:
            raise AuthenticationError(explain(exc, self.smtp)) from exc
        except (smtplib.SMTPException, OSError) as exc:  # nothing handed over yet
            return SubmitResult(
                Outcome.RETRY, code=reasons.NETWORK_UNREACHED, detail=explain(exc, self.smtp)
            )
        try:
            refused = server.send_message(mail)
        except smtplib.SMTPRecipientsRefused as exc:  # the address, "not now" or for good
            codes = [code for code, _text in exc.recipients.values()]
            return _refused(all(400 <= code < 500 for code in codes), explain(exc, self.smtp))
        except smtplib.SMTPResponseException as exc:  # an answer: the message was not taken
            return _refused(400 <= exc.smtp_code < 500, explain(exc, self.smtp))
        except (smtplib.SMTPException, OSError) as exc:
            if not server.message_sent:  # lost before the message went: surely not delivered
                return SubmitResult(
                    Outcome.RETRY, code=reasons.NETWORK_UNREACHED, detail=explain(exc, self.smtp)
                )
            return SubmitResult(  # lost once it went: it may have been taken
                Outcome.UNCERTAIN, code=reasons.NETWORK_LOST, detail=explain(exc, self.smtp)
            )
        finally:
            try:
                server.quit()
            except (smtplib.SMTPException, OSError):
                server.close()
        if refused:
            return SubmitResult(Outcome.FAILED, code=reasons.REQUEST_REFUSED, detail=str(refused))
        accepted = RecipientResult(Outcome.ACCEPTED, str(mail["Message-ID"]))
        return SubmitResult(Outcome.ACCEPTED, {message.ref: accepted})

    def _compose(self, message: OutgoingMessage) -> EmailMessage:
        """The email of ``message``: its text's first paragraph is the subject."""
        subject, _, body = message.text.partition("\n\n")
        mail = EmailMessage()
        mail["Subject"] = subject
        mail["From"] = self.sender
        mail["To"] = message.phone
        mail["Message-ID"] = f"<{message.ref}.{uuid.uuid4().hex[:12]}@water-outage-notifier>"
        if message.reference:
            mail["X-Outage-Reference"] = message.reference
        mail.set_content(body)
        return mail


def _refused(transient: bool, detail: str) -> SubmitResult:
    """An SMTP refusal: a 4xx means "not now" (sent again later), a 5xx "never"."""
    if transient:
        return SubmitResult(Outcome.RETRY, code=reasons.THROTTLED, detail=detail)
    return SubmitResult(Outcome.FAILED, code=reasons.REQUEST_REFUSED, detail=detail)
