"""The other channels of a notice: calls to landlines, and the figures per channel.

The SMS go as before (``pipeline.notify``); a customer with no mobile but
a consented landline is called when a voice provider is set
(``Services.voice``), with the notice's speech text
(``messages.speech``), through the same outbox, recovery and dispatcher
as the SMS: the channel is part of the outbox key, so a landline gets one
call per notice across double clicks and crashes. ``channel_figures``
counts each channel and its cost for the notify dialog before sending.
"""

from __future__ import annotations

import logging

from ..customers.channels import plan_channels
from ..messages.context import MessageContext, MessageError
from ..messages.render import TemplateError
from ..messages.speech import render_speech
from ..publish.links import page_url
from .channels import ChannelEstimate, estimate
from .dispatcher import Dispatcher
from .recovery import prepare, send_due
from .request import MessageOptions, NotifyRequest, Reason, Services

LOG = logging.getLogger("water_outage_notifier.notify")


def message_context(kind, start, end, reference, places, options: MessageOptions) -> MessageContext:
    """What a notice says (for the SMS and the speech alike)."""
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


def speech_of(request: NotifyRequest, reference: str, places) -> str:
    """The speech text of ``request``'s notice (raises ``TemplateError`` and
    ``MessageError`` as the SMS does)."""
    plan = request.plan
    context = message_context(plan.kind, plan.start, plan.end, reference, places, request.options)
    return render_speech(context, request.options.templates_dir)


def channel_figures(
    request: NotifyRequest, reference: str, places, segments: int
) -> ChannelEstimate:
    """Recipients per channel and their cost for the dialog; calls only
    when the options say a voice profile is set (``MessageOptions.voice``)."""
    speech = speech_of(request, reference, places) if request.options.voice else None
    return estimate(plan_channels(request.selection), segments, speech)


def landlines_to_call(request: NotifyRequest, services: Services) -> list[str]:
    """The landlines this notice will call (none without a voice provider)."""
    if services.voice is None:
        return []
    return [recipient.phone for recipient in plan_channels(request.selection).calls]


def call_landlines(
    request: NotifyRequest, services: Services, reference: str, places, progress=None
) -> tuple[dict, tuple]:
    """Queue and place the notice's calls, recovering first as for SMS.

    Returns the calls' outbox states for this intervention (empty when
    nobody is called) and warnings: a speech template that cannot be
    rendered, or a voice profile that cannot call, leaves the landlines
    uncalled and says so; the SMS already went.
    """
    phones = landlines_to_call(request, services)
    if not phones:
        return {}, ()
    try:
        speech = speech_of(request, reference, places)
        dispatcher = Dispatcher(services.outbox, services.voice, retry=services.retry)
    except (TemplateError, MessageError, ValueError) as error:
        LOG.warning("Intervention %s: no call placed: %s", reference, error)
        said = Reason(
            f"The {len(phones)} landline(s) were not called: {error}",
            "calls_not_made",
            {"landlines": len(phones), "why": str(error)},
        )
        return {}, (said,)
    prepare(dispatcher, reference)
    added = dispatcher.queue(reference, request.plan.kind, speech, phones)
    LOG.info("Intervention %s: %d landline(s) to call, %d new", reference, len(phones), added)
    summary = send_due(dispatcher, reference, progress)
    return summary.counts, ()
