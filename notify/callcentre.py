"""The call-centre copy, sent after the SMS and written down either way.

The email is a copy: a broken mail server must never stop, delay or repeat
the SMS, so this step runs last, turns every failure into an
:class:`EmailOutcome` and records it in the intervention's history, where
the operator can see that the call-centre was not told.
"""

from __future__ import annotations

import logging

from ..common.vocabulary import EMAIL_FAILED, EMAIL_SENT, EMAIL_SKIPPED
from ..mail.compose import CallcentreReport, MailError, compose_callcentre_email
from ..mail.smtp import send_email
from ..messages.catalogue import TemplateNotFoundError
from ..messages.render import TemplateError
from .request import EmailOutcome, NotifyRequest, Services

LOG = logging.getLogger("water_outage_notifier.notify")


def send_callcentre_copy(
    request: NotifyRequest,
    services: Services,
    reference: str,
    text: str,
    places: dict,
    new_messages: int,
    asked: bool = False,
) -> EmailOutcome:
    """Compose and send the copy of ``reference``'s notice; record what happened.

    Skipped when turned off, when no mail server is configured, and when a
    copy already went out and this call queued no new SMS (a second click
    on Send tells the call-centre nothing new). ``asked``: the operator
    asked for this email itself ("Send email only"), so neither the option
    nor an earlier copy holds it back.
    """
    mail = services.mail
    if not (asked or request.send_email):
        return EmailOutcome(EMAIL_SKIPPED, "the call-centre copy was turned off", code="email_off")
    if mail is None:
        return EmailOutcome(EMAIL_SKIPPED, "no mail server is configured", code="no_mail_server")
    if not (asked or new_messages) and any(
        e.status == EMAIL_SENT for e in services.store.emails(reference)
    ):
        return EmailOutcome(
            EMAIL_SKIPPED,
            "the call-centre already has the copy of this notice",
            code="email_already_sent",
        )
    plan = request.plan
    map_png = request.map_png
    if map_png is not None and request.map_reference not in (None, reference):
        LOG.warning(
            "Intervention %s: the map was printed for %s (another operator's notice came "
            "first); the email goes without it.",
            reference,
            request.map_reference,
        )
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
        sms_sent=not asked,
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
            code="email_not_written",
        )
    else:
        result = send_email(message, mail.smtp)
        status = EMAIL_SENT if result.ok else EMAIL_FAILED
        outcome = EmailOutcome(
            status, result.error or "", result.message_id, "" if result.ok else "email_not_sent"
        )
    services.store.record_email(
        reference,
        list(mail.recipients),
        outcome.message_id,
        outcome.status,
        outcome.detail,
        actor=plan.operator,
    )
    if outcome.status == EMAIL_FAILED:
        LOG.warning("Intervention %s: call-centre email not sent: %s", reference, outcome.detail)
    return outcome
