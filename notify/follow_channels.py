"""What follows the notice goes by the channel the notice went by: a call, an email.

The first notice puts each customer on one channel (``customers.channels``):
SMS, a call to a consented landline, or an email. Everything that follows
(the reminders, the postponement, the extension, water back, the
cancellation) must reach the same people the same way, or the landline
customer who was called about a work never hears that it moved. The SMS
follow the history's numbers (``pipeline.follow_up``,
``reminders.schedule_reminders``); this module does the calls and the
emails:

* **who**: the landlines and addresses the outbox shows the first notice
  may have reached (its latest message ``ACCEPTED``, ``DELIVERED`` or in
  doubt, as for SMS: never more), less those on the opt-out list;
* **what**: the call says the kind's speech template
  (``templates/speech/<kind>``), the email is the SMS text with the public
  page's link (``templates/email/customer*``);
* **how**: each is its own outbox message on its channel, with the SMS's
  kind and generation (the channel is in the key), so the same recovery,
  deduplication and exactly-once rules hold; a call of a follow-up is
  placed only inside the voice profile's send window (``Dispatcher``).

A channel that is no longer set up (no voice profile, no mail server) is
not dropped in silence: its customers are counted in a warning,
``call_not_configured`` or ``email_not_configured``. A channel set up in the
settings but not opened by the caller (``outage:reminders`` reads the store
only) is queued, and the dispatch run sends it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..common.vocabulary import CALL, EMAIL, MAY_HAVE_RECEIVED, NOTICE_KINDS
from ..messages.context import MessageContext, MessageError
from ..messages.render import TemplateError
from ..messages.speech import render_speech
from .other_channels import customer_email, mail_provider, not_sent, send_channel
from .replies import opted_out_numbers
from .request import MessageOptions, Reason, Services
from .states import latest_messages, state_counts

#: The channels beside SMS a follow-up goes by, in the order they are sent.
OTHER_CHANNELS = (CALL, EMAIL)


@dataclass(frozen=True)
class FollowedUp:
    """The calls' and emails' outbox states of the follow-up's kind (empty:
    nobody on that channel), how many landlines and addresses it is for, and
    what to tell the operator."""

    calls: dict = field(default_factory=dict)
    emails: dict = field(default_factory=dict)
    recipients: dict = field(default_factory=dict)
    warnings: tuple = ()


def first_notice_contacts(services: Services, reference: str, channel: str) -> list[str]:
    """The landlines (``call``) or addresses (``email``) the first notice of
    ``reference`` may have reached, less the opted-out ones, in outbox order."""
    found = {}
    for kind in NOTICE_KINDS:
        for address, message in latest_messages(services.outbox, reference, kind, channel).items():
            if message.state in MAY_HAVE_RECEIVED:
                found[message.id] = address
    contacts = list(dict.fromkeys(found[key] for key in sorted(found)))
    stopped = opted_out_numbers(services, contacts)
    return [contact for contact in contacts if contact not in stopped]


def other_contacts(services: Services, reference: str) -> dict[str, list[str]]:
    """``first_notice_contacts`` of each channel beside SMS."""
    return {
        channel: first_notice_contacts(services, reference, channel) for channel in OTHER_CHANNELS
    }


def follow_by_call_and_email(
    services: Services,
    options: MessageOptions,
    context: MessageContext,
    sms_text: str,
    times=((0.0, 0),),
    progress=None,
) -> FollowedUp:
    """Send (or queue, for later ``times``) the ``context.kind`` message to
    the landlines and addresses of the first notice; see the module.

    ``times`` are the ``(not_before, generation)`` of each message, as its
    SMS (the reminders have several)."""
    reference, kind = context.reference, context.kind
    contacts = other_contacts(services, reference)
    states, warnings = {}, ()
    for channel, addresses in contacts.items():
        if not addresses:
            continue
        if not _set_up(services, options, channel):
            warnings += (not_configured(channel, len(addresses), kind, reference),)
            continue
        warnings += _follow_one(
            services, options, context, sms_text, channel, addresses, times, progress
        )
        states[channel] = state_counts(latest_messages(services.outbox, reference, kind, channel))
    return FollowedUp(
        calls=states.get(CALL, {}),
        emails=states.get(EMAIL, {}),
        recipients={channel: len(found) for channel, found in contacts.items()},
        warnings=warnings,
    )


def _follow_one(services, options, context, sms_text, channel, addresses, times, progress):
    """Send (or only queue, when its provider is not opened here) one
    channel's messages; returns the warnings."""
    folder = options.templates_dir

    def text() -> str:
        if channel == CALL:
            return render_speech(context, folder)
        return customer_email(context, folder, sms_text)

    provider = services.voice if channel == CALL else services.mail and mail_provider(services)
    if provider is None:  # set up in the settings, not opened here: the dispatch run sends
        return _queue(services, context, channel, addresses, text, times)
    return send_channel(
        services,
        context.reference,
        context.kind,
        addresses,
        lambda: (text(), provider),
        progress,
        times,
    )[1]


def _set_up(services: Services, options: MessageOptions, channel: str) -> bool:
    """Whether ``channel`` is set up: opened by the caller, or in the settings."""
    if channel == CALL:
        return services.voice is not None or options.voice
    return services.mail is not None or options.customer_email


def _queue(services, context, channel, addresses, text, times) -> tuple:
    """Write the messages without sending them; a text that cannot be made is said."""
    try:
        made = text()
    except (TemplateError, MessageError) as error:
        return (not_sent(context.reference, len(addresses), error),)
    for not_before, generation in times:
        services.outbox.enqueue(
            context.reference,
            context.kind,
            made,
            addresses,
            channel,
            not_before=not_before,
            generation=generation,
        )
    return ()


def not_configured(channel: str, customers: int, kind: str, reference: str) -> Reason:
    """The warning (or refusal, for a re-send) for a channel the notice went
    by that is no longer set up."""
    if channel == CALL:
        code = "call_not_configured"
        text = "no voice profile is set up now"
    else:
        code = "email_not_configured"
        text = "no mail server is set up now"
    return Reason(
        f"{customers} customer(s) of {reference} had the notice by {channel}, but {text}: "
        f"the '{kind}' message does not reach them.",
        code,
        {"customers": customers, "kind": kind, "reference": reference},
    )
