"""What a press of Send did, in the operator's words: this press, then the whole intervention.

An operator who pressed Send after fixing a wrong password must read "80
SMS sent now", not "nothing sent, they already had it"; one who pressed it
twice must read that nothing went twice. So every summary says first what
this press did (sent now, or why nothing went and what to do), then what
the intervention holds after every press so far: sent (and how many of
them before this press), delivered, not received with the reason, in doubt
with the next step, waiting. The call-centre copy is said the same way.
"""

from __future__ import annotations

from datetime import datetime

from ..common.vocabulary import DELIVERED, EMAIL_FAILED, EMAIL_SENT, UNDELIVERED
from ..gis.channel_text import other_channels_text
from ..gis.i18n import tr, tr_n
from ..gis.notice_text import gateway_reason_text
from ..gis.problem_text import problem_text
from ..gis.publish_services import outcome_text
from ..notify import callcentre
from ..notify.request import NotifyResult
from .lifecycle_dialogs import uncertain_explanation


def refusal_summary(result: NotifyResult) -> str:
    """Why nothing went, as the pipeline said it."""
    return tr("Nothing was sent: {reasons}").format(
        reasons=" ".join(problem_text(reason) for reason in result.refused)
    )


def waiting_text(until: float, deadline: float | None) -> str:
    """While a press waits to try the provider again: when, until when, and that
    cancelling loses nothing (``until``, ``deadline``: seconds since the epoch)."""
    at = datetime.fromtimestamp(until).strftime("%H:%M:%S")
    if deadline is None:
        text = tr("The provider has not taken every message yet: trying again at {at}.")
    else:
        text = tr(
            "The provider has not taken every message yet: trying again at {at}, and until {until}."
        )
    ending = datetime.fromtimestamp(deadline or until).strftime("%H:%M")
    return " ".join(
        (
            text.format(at=at, until=ending),
            tr(
                "Cancel sending keeps them queued: the next send, or the background pass, sends them."
            ),
        )
    )


def reason_words(code: str) -> str:
    """Why a number did not get the notice (the gateway's reason code) in plain words."""
    if code == UNDELIVERED:
        return tr("taken by the provider but not delivered to the phone")
    return gateway_reason_text(code)


def press_line(result: NotifyResult) -> str:
    """What this press did."""
    if result.sent_now:
        return tr("This press sent {n} SMS.").format(n=result.sent_now)
    if result.error:
        return tr(
            "This press sent no SMS: {error} Nothing is lost: the numbers wait in the outbox; "
            "fix the gateway settings and press Send again."
        ).format(error=problem_text(result.error))
    if result.canceled:
        return tr("This press sent no SMS: sending was cancelled.")
    if result.already_sent and result.already_sent == result.recipients:
        return tr_n(
            "This press sent no SMS: the %n numbers already had this notice, and it never "
            "goes twice to a number.",
            result.already_sent,
        )
    return tr("This press sent no SMS: nothing was left to send.")


def holds_line(result: NotifyResult) -> str:
    """What the whole intervention holds after every press so far."""
    counts = result.counts
    return tr(
        "{reference} now holds: {sent} SMS sent ({before} of them before this press), "
        "{delivered} delivered, {failed} not received, {uncertain} in doubt, {pending} waiting."
    ).format(
        reference=result.reference,
        sent=result.sent,
        before=result.already_sent,
        delivered=counts.get(DELIVERED, 0),
        failed=sum(result.not_received.values()),
        uncertain=result.uncertain,
        pending=result.pending,
    )


def email_line(email) -> str:
    """The call-centre copy of this press: sent, or why not and what to do."""
    if email.code == callcentre.COPY_PARTLY_REFUSED:
        return tr(
            "Call-centre email: sent with this press, but not to every address. {why}"
        ).format(why=problem_text(email))
    if email.status == EMAIL_SENT:
        return tr("Call-centre email: sent with this press.")
    if email.code == callcentre.COPY_IN_DOUBT:
        return tr("Call-centre email: perhaps sent. {why}").format(why=problem_text(email))
    words = {
        callcentre.COPY_OFF: tr("Call-centre email: not sent, the box was unticked."),
        callcentre.NO_MAIL_SERVER: tr(
            "Call-centre email: not sent, no mail server is set (plugin settings, Email tab)."
        ),
        callcentre.COPY_WITHOUT_SMS: tr(
            "Call-centre email: not sent, since this press sent no SMS; it goes with the press "
            "that sends them."
        ),
    }
    if email.code in words:
        return words[email.code]
    return tr('Call-centre email: NOT sent. {why} "Re-send the email" tries again.').format(
        why=problem_text(email)
    )


def result_summary(result: NotifyResult) -> str:
    """The outcome in a few sentences: this press, the whole intervention, what to do."""
    if result.refused:
        return refusal_summary(result)
    if result.moved and not result.sent_now and not result.error:
        # a notice still waiting written again with new dates: that is the news
        return "\n".join([*(problem_text(w) for w in result.warnings), holds_line(result)])
    lines = [press_line(result), holds_line(result)]
    if result.not_received:
        lines.append(
            tr(
                'Not received: {reasons}. "Re-send with a reason…" sends the notice again to '
                "these numbers only."
            ).format(
                reasons=", ".join(
                    f"{n} ({reason_words(code)})" for code, n in result.not_received.items()
                )
            )
        )
    if result.uncertain:
        lines.append(uncertain_explanation(result.uncertain))
    if result.pending and not result.error and result.scheduled_at is None:
        lines.append(
            tr_n("%n SMS wait in the outbox: press Send again to send them.", result.pending)
        )
    lines.extend(other_channels_text(result))
    if result.email is not None:
        lines.append(email_line(result.email))
    if result.publication is not None:
        lines.append(outcome_text(result.publication))
    lines.extend(problem_text(warning) for warning in result.warnings)
    return "\n".join(lines)


def email_only_summary(result: NotifyResult) -> str:
    """The outcome of "Send email only" or "Re-send the email": the email, and the SMS."""
    if result.refused:
        return refusal_summary(result)
    if result.email is not None and result.email.status == EMAIL_SENT:
        lines = [
            tr("{reference}: the call-centre email was sent; no SMS went with it.").format(
                reference=result.reference
            )
        ]
        if result.email.code:  # some addresses refused
            lines.append(problem_text(result.email))
    elif result.email is not None and result.email.code == callcentre.COPY_IN_DOUBT:
        lines = [
            tr("{reference}: the call-centre email was perhaps sent: {detail}").format(
                reference=result.reference, detail=problem_text(result.email)
            )
        ]
    else:
        why = result.email if result.email is not None else result.error
        lines = [
            tr("{reference}: the call-centre email was not sent: {detail}").format(
                reference=result.reference, detail=problem_text(why)
            )
        ]
    return "\n".join(lines + [problem_text(warning) for warning in result.warnings])


def email_failed(result: NotifyResult | None) -> bool:
    """True when the copy of SMS that went could not be sent (a re-send is worth offering)."""
    email = result.email if result is not None else None
    return email is not None and email.status == EMAIL_FAILED
