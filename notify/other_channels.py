"""The channels of a notice beside the SMS: calls to landlines, emails to customers.

``customers.channels`` puts each affected customer on one channel among
those available: SMS always, calls when a voice provider is set
(``Services.voice``), email when a mail server is (``Services.mail``, the
settings' Email tab). The SMS go as before (``pipeline.notify``); then the
landlines are called with the notice's speech text (``messages.speech``)
and the customers on email get the SMS text with the public page's link
(``templates/email/customer.*``), each through the same outbox, recovery
and dispatcher as the SMS: the channel is part of the outbox key, so a
landline gets one call and an address one email per notice, across double
clicks and crashes. ``channel_figures`` counts each channel and its cost
for the notify dialog before sending.
"""

from __future__ import annotations

import logging

from ..common.log_words import say
from ..common.vocabulary import CALL, EMAIL, SMS
from ..customers.channels import ChannelPlan, plan_channels
from ..mail.customer_mail import EmailProvider, email_text
from ..messages.context import MessageContext, MessageError, template_values
from ..messages.render import TemplateError, render_file
from ..messages.speech import render_speech
from ..publish.links import page_url
from .channels import ChannelEstimate, estimate
from .dispatcher import Dispatcher
from .recovery import prepare, send_due
from .request import MessageOptions, NotifyRequest, Reason, Services
from .states import latest_messages, recipient_states

LOG = logging.getLogger("water_outage_notifier.notify")


def message_context(kind, start, end, reference, places, options: MessageOptions) -> MessageContext:
    """What a notice says (for the SMS, the speech and the email alike)."""
    return MessageContext(
        kind=kind,
        lang=options.language,
        start=start,
        end=end,
        reference=reference,
        utility_name=options.utility_name,
        callcentre_number=options.callcentre_number,
        municipalities=tuple(places.get("municipalities", ())),
        streets=tuple(places.get("streets", ())),
        link=page_url(options.link, reference),
    )


def _context(request: NotifyRequest, reference: str, places) -> MessageContext:
    plan = request.plan
    return message_context(plan.kind, plan.start, plan.end, reference, places, request.options)


def speech_of(request: NotifyRequest, reference: str, places) -> str:
    """The speech text of ``request``'s notice (raises ``TemplateError`` and
    ``MessageError`` as the SMS does)."""
    return render_speech(_context(request, reference, places), request.options.templates_dir)


def email_of(request: NotifyRequest, reference: str, places, sms_text: str) -> str:
    """The customers' email of the notice (subject, blank line, body)."""
    context = _context(request, reference, places)
    return customer_email(context, request.options.templates_dir, sms_text)


def customer_email(context: MessageContext, folder, sms_text: str) -> str:
    """The customers' email of any message (subject, blank line, body): the
    SMS text with the public page's link, from ``templates/email/customer*``."""
    values = {**template_values(context), "sms_text": sms_text}
    lang = context.lang
    subject = render_file(f"email/customer_subject.{lang}.j2", values, folder)
    return email_text(subject, render_file(f"email/customer.{lang}.txt.j2", values, folder))


def planned(request: NotifyRequest, services: Services) -> ChannelPlan:
    """The notice's recipients per channel, among those ``services`` can send."""
    available = (SMS,) + ((CALL,) if services.voice else ()) + ((EMAIL,) if services.mail else ())
    return plan_channels(request.selection, available)


def channel_figures(
    request: NotifyRequest, reference: str, places, segments: int
) -> ChannelEstimate:
    """Recipients per channel and their cost for the dialog, among the
    channels the options say are set (``MessageOptions.voice``, ``customer_email``)."""
    options = request.options
    available = (SMS,) + ((CALL,) if options.voice else ())
    plan = plan_channels(
        request.selection, available + ((EMAIL,) if options.customer_email else ())
    )
    speech = speech_of(request, reference, places) if plan.calls else ""
    return estimate(plan, segments, speech)


def call_landlines(
    request: NotifyRequest,
    services: Services,
    reference: str,
    places,
    progress=None,
    not_before: float = 0.0,
) -> tuple[dict, tuple]:
    """Call the landlines of the notice; see ``_send``."""
    phones = [r.phone for r in planned(request, services).calls]
    return send_channel(
        services,
        reference,
        request.plan.kind,
        phones,
        lambda: (speech_of(request, reference, places), services.voice),
        progress,
        ((not_before, 0),),
    )


def email_customers(
    request: NotifyRequest,
    services: Services,
    reference: str,
    places,
    sms_text: str,
    progress=None,
    not_before: float = 0.0,
) -> tuple[dict, tuple]:
    """Email the customers on email; see ``_send``."""
    addresses = [r.phone for r in planned(request, services).emails]

    def made():
        return email_of(request, reference, places, sms_text), mail_provider(services)

    return send_channel(
        services, reference, request.plan.kind, addresses, made, progress, ((not_before, 0),)
    )


def record_other_channels(request: NotifyRequest, services: Services, reference: str) -> None:
    """Write the landlines called and the addresses emailed into the history
    with their customers and states, beside the SMS numbers, so the pilot
    report counts who each channel reached (never the SMS follow-ups: those
    read only the SMS numbers)."""
    plan, kind = planned(request, services), request.plan.kind
    for channel, recipients in ((CALL, plan.calls), (EMAIL, plan.emails)):
        messages = latest_messages(services.outbox, reference, kind, channel)
        if recipients and messages:
            customers = {r.phone: r.customers for r in recipients}
            services.store.record_notification(
                reference,
                kind,
                recipient_states(messages, customers, 0, channel),
                actor=request.plan.operator,
            )


def mail_provider(services: Services) -> EmailProvider:
    """The provider of the customers' emails, through the settings' mail server."""
    return EmailProvider(services.mail.smtp, services.mail.sender)


def send_channel(
    services, reference, kind, addresses, made, progress=None, times=((0.0, 0),)
) -> tuple[dict, tuple]:
    """Queue and send one channel's ``kind`` messages, recovering first as
    for SMS. ``made()`` gives the text and the provider; ``times`` are the
    ``(not_before, generation)`` of each message to each address:
    ``not_before`` (a ``clock()`` time, 0: now) is when a scheduled message
    goes, as its SMS, ``generation`` tells apart the messages of a kind
    sent more than once (``Outbox.enqueue``).

    Returns the channel's outbox states for this intervention (empty when
    nobody is on it) and warnings: a template that cannot be rendered or a
    provider that cannot send leaves them unsent and says so; the SMS
    already went.
    """
    if not addresses:
        return {}, ()
    try:
        text, provider = made()
        dispatcher = Dispatcher(
            services.outbox, provider, retry=services.retry, clock=services.outbox.clock
        )
    except (TemplateError, MessageError, ValueError) as error:
        return {}, (not_sent(reference, len(addresses), error),)
    try:
        prepare(dispatcher, reference)
        added = sum(
            dispatcher.queue(reference, kind, text, addresses, not_before, generation)
            for not_before, generation in times
        )
        say(
            LOG,
            logging.INFO,
            "channel_queued",
            reference=reference,
            count=len(addresses),
            channel=provider.channel,
            added=added,
        )
        return send_due(dispatcher, reference, progress).counts, ()
    finally:
        if provider is not services.voice:
            provider.close()


def not_sent(reference: str, customers: int, error: Exception) -> Reason:
    """The warning for messages a template or a provider kept from going."""
    say(
        LOG,
        logging.WARNING,
        "channel_not_sent",
        reference=reference,
        count=customers,
        detail=str(error),
    )
    return Reason(
        f"{customers} customer(s) were not reached by call or email: {error}",
        "channel_not_sent",
        {"customers": customers, "why": str(error)},
    )


def sms_phones(request: NotifyRequest, services: Services) -> list[str]:
    """The selection's numbers the notice texts, less those whose every
    customer is on email (a customer who chose email gets no SMS)."""
    texted = {r.phone for r in planned(request, services).sms}
    return [r.phone for r in request.selection.recipients if r.phone in texted]


def reached_otherwise(request: NotifyRequest, services: Services) -> list[str]:
    """The landlines and addresses the notice reaches beside the SMS."""
    plan = planned(request, services)
    return [r.phone for r in plan.calls + plan.emails]
