"""One unattended pass over the whole outbox: recover, send what is due, read delivery.

``outage:dispatch`` (cron or a systemd timer, through ``qgis_process``) and
the background task while QGIS is open both run ``dispatch``: the recovery
routine of ``notify.recovery`` for every intervention, then one round of
delivery reports (Twilio message status, Skebby order status: DELIVERED or
UNDELIVERED per number, never backwards), then the customers' replies
(``notify.replies``: STOP onto the stored opt-out list), then the history's per-number
states brought up to date with the outbox, so the dock and the pilot
report show what the provider now says.

With a voice provider (``Services.voice``) the calls get the same pass
after the SMS: recovery, the calls due (unanswered ones placed again when
their redial is due), then their outcomes; with a mail server
(``Services.mail``) the customers' emails waiting to go are sent; without
one, emails waiting in the outbox are not dropped in silence: the result
notes them (``emails_waiting``, why: no mail server set up, or its login
locked until the master password is entered), for the caller to say.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from ..common.log_words import say
from ..common.vocabulary import (
    DELIVERED,
    EMAIL,
    NOTIFIED,
    PENDING,
    PLANNED,
    SENT_STATES,
    SMS,
    UNDELIVERED,
)
from ..mail.customer_mail import EmailProvider
from ..sms_gateway.http import GatewayStop
from ..sms_gateway.provider import StatusUnavailableError
from ..store.interventions import UnknownInterventionError
from .delivery import DeliveryCounts
from .dispatcher import Dispatcher, stop_reason
from .recovery import Prepared, recover
from .replies import RepliesRead, poll_replies
from .request import Reason, Services
from .states import every_channel_states, latest_by_channel

LOG = logging.getLogger("water_outage_notifier.notify")
#: Delivery reports are asked for messages sent in the last three days; an
#: older one without a final report will not get one (providers keep them ~72 h).
REPORT_WINDOW_SECONDS = 3 * 24 * 3600.0


@dataclass(frozen=True)
class DispatchResult:
    """What one pass did and what the outbox now holds.

    ``counts`` are the whole outbox's figures after the pass;
    ``interventions`` the references whose messages changed; ``error`` why
    sending stopped (refused credentials...), None when it did not;
    ``notes`` what waits and why (``emails_waiting``).
    """

    prepared: Prepared
    counts: DeliveryCounts
    reported: int = 0
    canceled: bool = False
    error: str | None = None
    interventions: tuple = field(default=())
    replies: RepliesRead = RepliesRead()
    notes: tuple = ()


def dispatch(
    services: Services,
    progress=None,
    deadline: float | None = None,
    reports: bool = True,
    mail_locked: bool = False,
) -> DispatchResult:
    """Recover and send for every intervention, then (``reports``) read delivery once.

    ``mail_locked``: the mail server is set up but its login could not be
    read without asking for the master password (the background pass).
    """
    outbox = services.outbox
    final_before = _final(outbox)
    dispatcher = Dispatcher(outbox, services.provider, retry=services.retry, clock=outbox.clock)
    started = dispatcher.clock()
    prepared, summary, error = _pass(dispatcher, progress, deadline, reports)
    if services.voice is not None and not (error or summary.canceled):
        calls = Dispatcher(outbox, services.voice, retry=services.retry, clock=outbox.clock)
        _, summary, error = _pass(calls, progress, deadline, reports)
    if services.mail is not None and not (error or summary.canceled):
        mail = EmailProvider(services.mail.smtp, services.mail.sender)
        try:
            emails = Dispatcher(outbox, mail, retry=services.retry, clock=outbox.clock)
            _, summary, error = _pass(emails, progress, deadline, reports=False)
        finally:
            mail.close()
    replies = RepliesRead()
    if not (error or summary.canceled):
        try:
            replies = poll_replies(services)
        except GatewayStop as exc:
            error = stop_reason(exc)
        except StatusUnavailableError as exc:  # asked again at the next pass
            say(LOG, logging.WARNING, "replies_unreadable", detail=str(exc))
    changed = sync_history(services, started)
    totals = DeliveryCounts.of(outbox.counts())
    result = DispatchResult(
        prepared,
        totals,
        reported=max(0, _final(outbox) - final_before),
        canceled=summary.canceled,
        error=error,
        interventions=tuple(sorted(changed)),
        replies=replies,
        notes=() if services.mail is not None else emails_waiting(services, mail_locked),
    )
    _log_pass(result)
    return result


def _log_pass(result: DispatchResult) -> None:
    """What the pass did, in one line of the message log (and why it stopped)."""
    counts = result.counts
    say(
        LOG,
        logging.INFO,
        "dispatch_pass",
        sent=counts.sent,
        waiting=counts.waiting,
        in_doubt=counts.in_doubt,
        failed=counts.failed,
        reported=result.reported,
        replies=result.replies.read,
    )
    if result.error is not None:
        stopped_by = getattr(result.error, "params", {}).get("why")
        detail = str(result.error)
        say(LOG, logging.WARNING, "dispatch_stopped", gateway_reason=stopped_by, detail=detail)


def emails_waiting(services: Services, mail_locked: bool) -> tuple:
    """The note for customers' emails that wait for a mail server (none: ())."""
    outbox = services.outbox
    if outbox.next_due(channel=EMAIL) is None:  # the due index, no scan of the outbox
        return ()
    waiting = outbox.counts(channel=EMAIL)[PENDING]
    why = "mail_locked" if mail_locked else "mail_not_configured"
    return (
        Reason(
            f"{waiting} customer email(s) wait in the outbox ({why}).",
            "emails_waiting",
            {"emails": waiting, "why": why},
        ),
    )


def _pass(dispatcher: Dispatcher, progress, deadline, reports: bool):
    """Recover and send one channel, then read its delivery once: (prepared, summary, error)."""
    started = dispatcher.clock()
    prepared, summary = recover(dispatcher, None, progress, deadline)
    error = summary.error
    if reports and not (error or summary.canceled):
        try:
            dispatcher.poll_once(
                since=started - REPORT_WINDOW_SECONDS,
                until=deadline or started + dispatcher.retry.patience,
            )
        except GatewayStop as exc:
            error = stop_reason(exc)
    return prepared, summary, error


def sync_history(services: Services, since: float) -> set[str]:
    """Copy the outbox states of messages changed since ``since`` into the
    history's per-number snapshot; an intervention the provider took a
    first SMS of becomes "notified". Returns the references touched."""
    touched = set()
    store = services.store
    for reference, kind in sorted(services.outbox.changed_since(since)):
        latest = latest_by_channel(services.outbox, reference, kind)
        states = every_channel_states(latest)
        try:
            store.update_recipient_states(reference, kind, states)
            state = store.get(reference).state
        except UnknownInterventionError:  # a trial message or a dry run: no history
            continue
        touched.add(reference)
        if state == PLANNED and any(m.state in SENT_STATES for m in latest[SMS].values()):
            store.transition(reference, NOTIFIED, "dispatch")
    return touched


def _final(outbox) -> int:
    counts = outbox.counts()
    return counts[DELIVERED] + counts[UNDELIVERED]
