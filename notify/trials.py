"""Trial sends for the operator: a test SMS and a test email before the real thing.

Each goes through exactly the parts a real notice uses (the provider with
its credentials and proxy, the outbox, the mail server), so a green test
means the real send will get through too. They never raise for a wrong
number, a refused login or a server answer: each comes back as a
:class:`TrialOutcome`, a ``code`` and plain ``params`` the dialog words.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.utils import make_msgid

from ..common.log_words import say
from ..common.phone_privacy import mask_phone
from ..common.vocabulary import TEST_MESSAGE
from ..customers.phones import PhoneNormalizer
from ..mail.smtp import SmtpSettings, check_connection, send_email
from ..sms_gateway.provider import (
    AuthenticationError,
    GatewayStop,
    Outcome,
    OutgoingMessage,
    Provider,
)
from .dispatcher import Dispatcher, SendSummary
from .request import Services

LOG = logging.getLogger("water_outage_notifier.notify")

#: The gateway accepted the test SMS (``phone``: the masked number).
SMS_ACCEPTED = "sms_accepted"
#: The gateway answered but did not accept it (``outcome``, ``detail``).
SMS_NOT_ACCEPTED = "sms_not_accepted"
#: The number cannot receive an SMS (``phone`` masked, ``reason`` an unreachable reason).
SMS_BAD_NUMBER = "sms_bad_number"
#: The gateway refused the credentials (``detail``).
SMS_LOGIN_REFUSED = "sms_login_refused"
#: Nothing was sent: the profile must change, e.g. plain http to another host
#: (``reason``: the gateway's reason code, ``detail``).
SMS_STOPPED = "sms_stopped"
#: The test email went (``addresses``).
EMAIL_SENT = "email_sent"
#: The mail server took it but refused some addresses (``refused``: address -> answer).
EMAIL_REFUSED = "email_refused"
#: The email did not go (``detail``).
EMAIL_FAILED = "email_failed"
#: The mail server took the connection, its security and the login; nothing was sent.
MAIL_SERVER_OK = "mail_server_ok"
#: It did not (``failure``: a code of ``mail.smtp.FAILURE_TEXTS``, ``params``: its values).
MAIL_SERVER_FAILED = "mail_server_failed"


@dataclass(frozen=True)
class TrialOutcome:
    """How a trial send went: ``ok``, a stable ``code`` and the values the words need."""

    ok: bool
    code: str
    params: dict = field(default_factory=dict)


def send_trial_sms(provider: Provider, phone: str, text: str, region: str = "IT") -> TrialOutcome:
    """Send one SMS through ``provider`` to ``phone`` and close the provider."""
    e164, reason = PhoneNormalizer(region).normalize(phone)
    if reason:
        provider.close()
        return TrialOutcome(False, SMS_BAD_NUMBER, {"phone": mask_phone(phone), "reason": reason})
    ref = f"test-{uuid.uuid4().hex[:12]}"
    try:
        result = provider.submit(ref, [OutgoingMessage(ref, e164, text)])
    except AuthenticationError as exc:
        return TrialOutcome(False, SMS_LOGIN_REFUSED, {"detail": str(exc)})
    except GatewayStop as exc:
        return TrialOutcome(False, SMS_STOPPED, {"reason": exc.code, "detail": str(exc)})
    finally:
        provider.close()
    answer = result.for_message(ref)
    say(
        LOG,
        logging.INFO,
        "test_sms",
        profile=provider.profile.name,
        phone=mask_phone(e164),
        outcome=answer.outcome.value,
    )
    if answer.outcome is Outcome.ACCEPTED:
        return TrialOutcome(True, SMS_ACCEPTED, {"phone": mask_phone(e164)})
    detail = answer.detail or answer.code or "-"
    return TrialOutcome(
        False, SMS_NOT_ACCEPTED, {"outcome": answer.outcome.value, "detail": detail}
    )


def send_trial_email(
    smtp: SmtpSettings, sender: str, recipients: list, subject: str, body: str
) -> TrialOutcome:
    """Send a short test email to ``recipients`` through the call-centre's mail server."""
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2])
    message.set_content(body)
    result = send_email(message, smtp)
    if not result.ok:
        return TrialOutcome(False, EMAIL_FAILED, {"detail": result.error})
    if result.refused:
        return TrialOutcome(False, EMAIL_REFUSED, {"refused": dict(result.refused)})
    return TrialOutcome(True, EMAIL_SENT, {"addresses": list(result.accepted)})


def check_mail_server(smtp: SmtpSettings) -> TrialOutcome:
    """Connect to the call-centre's mail server as a real copy would, and send nothing.

    A server that refuses connections, a wrong port, an untrusted
    certificate or a refused login is found while setting up, not at the
    first notice's copy.
    """
    failed = check_connection(smtp)
    if failed is None:
        return TrialOutcome(True, MAIL_SERVER_OK, {"where": f"{smtp.host}:{smtp.port}"})
    code, params = failed
    return TrialOutcome(False, MAIL_SERVER_FAILED, {"failure": code, "params": params})


def send_operator_test(services: Services, phone: str, text: str, progress=None) -> SendSummary:
    """The previewed text to the operator's own phone, through the outbox.

    Kept apart from customers' messages by its kind (``test``) and its
    ``TEST-<time>`` reference (to the second); the outbox's key makes a double
    click within that second send one.
    """
    test_id = f"TEST-{datetime.now():%Y%m%d%H%M%S}"
    dispatcher = Dispatcher(services.outbox, services.provider, retry=services.retry)
    return dispatcher.send_intervention(test_id, TEST_MESSAGE, text, [phone], progress)
