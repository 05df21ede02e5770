"""The call-centre copy, sent after the SMS and written down either way.

The email is a copy: a broken mail server must never stop, delay or repeat
the SMS, so this step runs last, turns every failure into an
:class:`EmailOutcome` and records it in the intervention's history, where
the operator can see that the call-centre was not told.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from ..common.log_words import say
from ..common.vocabulary import EMAIL_FAILED, EMAIL_SENT, EMAIL_SKIPPED
from ..mail.compose import CallcentreReport, MailError, compose_callcentre_email
from ..mail.smtp import SendResult, send_email
from ..messages.catalogue import TemplateNotFoundError
from ..messages.render import TemplateError
from .request import EmailOutcome, NotifyRequest, Services

LOG = logging.getLogger("water_outage_notifier.notify")


#: Why a copy did not go, or what stopped it (``EmailOutcome.code``).
COPY_OFF = "email_off"
NO_MAIL_SERVER = "no_mail_server"
COPY_WITHOUT_SMS = "email_no_sms_sent"
COPY_NOT_WRITTEN = "email_not_written"
COPY_NOT_SENT = "email_not_sent"
#: The server got the whole email but never confirmed it: it may have arrived.
COPY_IN_DOUBT = "email_in_doubt"
#: Sent, but the server refused some of the addresses (named in the detail).
COPY_PARTLY_REFUSED = "email_partly_refused"


@dataclass(frozen=True)
class SmsFigures:
    """What the notice's SMS did, as the copy tells it: numbers the provider took
    with this press (``now``) and in all, for this notice (``total``)."""

    now: int
    total: int


def email_outcome(result: SendResult) -> EmailOutcome:
    """What the mail server's answer means for the operator: sent (perhaps
    not to every address), not sent, or perhaps sent (check before re-sending)."""
    if result.ok and result.refused:
        refused = ", ".join(f"{address} ({answer})" for address, answer in result.refused.items())
        return EmailOutcome(EMAIL_SENT, refused, result.message_id, COPY_PARTLY_REFUSED)
    if result.ok:
        return EmailOutcome(EMAIL_SENT, "", result.message_id)
    code = COPY_IN_DOUBT if result.in_doubt else COPY_NOT_SENT
    return EmailOutcome(EMAIL_FAILED, result.error or "", result.message_id, code)


def send_callcentre_copy(
    request: NotifyRequest,
    services: Services,
    reference: str,
    text: str,
    places: dict,
    sms: SmsFigures | None,
    asked: bool = False,
) -> EmailOutcome:
    """Compose and send the copy of ``reference``'s notice; record what happened.

    The copy goes with the press that sends SMS, and says how many went:
    it is skipped when turned off, when no mail server is configured, and
    when this press had no SMS taken by the provider (a gateway that refused
    the login, or a second click that had nothing left to send). ``asked``:
    the operator asked for this email itself ("Send email only", or "Re-send
    the email" after a failure), so neither the option nor the press holds
    it back. ``sms`` None: no SMS went with this notice (``email_only``).
    """
    mail = services.mail
    if not (asked or request.send_email):
        return EmailOutcome(EMAIL_SKIPPED, "the call-centre copy was turned off", code=COPY_OFF)
    if mail is None:
        return EmailOutcome(EMAIL_SKIPPED, "no mail server is configured", code=NO_MAIL_SERVER)
    if not asked and (sms is None or not sms.now):
        return EmailOutcome(
            EMAIL_SKIPPED,
            "no SMS went with this press: the copy goes with the press that sends them",
            code=COPY_WITHOUT_SMS,
        )
    plan = request.plan
    map_png = request.map_png
    if map_png is not None and request.map_reference not in (None, reference):
        other = request.map_reference
        say(LOG, logging.WARNING, "map_of_other_notice", reference=reference, other=other)
        map_png = None
    report = CallcentreReport(
        reference=reference,
        kind=plan.kind,
        start=plan.start,
        end=plan.end,
        municipalities=tuple(places.get("municipalities", ())),
        streets=tuple(places.get("streets", ())),
        valves_to_close=tuple(plan.valves_to_close),
        sms_text=text,
        selection=request.selection,
        utility_name=request.options.utility_name,
        map_png=map_png,
        sms_sent=sms is not None,
        sms_sent_now=sms.now if sms is not None else 0,
        sms_sent_total=sms.total if sms is not None else 0,
    )
    try:
        message = compose_callcentre_email(
            report,
            mail.sender,
            list(mail.recipients),
            request.options.language,
            user_dir=request.options.templates_dir,
        )
    except (MailError, TemplateError, TemplateNotFoundError) as error:
        outcome = EmailOutcome(
            EMAIL_FAILED,
            f"The call-centre email could not be written: {error}",
            code=COPY_NOT_WRITTEN,
        )
    else:
        outcome = email_outcome(send_email(message, mail.smtp))
    services.store.record_email(
        reference,
        list(mail.recipients),
        outcome.message_id,
        outcome.status,
        outcome.detail,
        actor=plan.operator,
    )
    if outcome.status == EMAIL_FAILED:
        detail = outcome.detail or ""
        say(LOG, logging.WARNING, "callcentre_not_sent", reference=reference, detail=detail)
    return outcome
