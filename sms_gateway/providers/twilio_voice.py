"""Twilio Programmable Voice (the 2010-04-01 Calls API): a call that speaks the notice.

``POST Calls.json`` with ``To``, ``From`` (the utility's Twilio number; a
call cannot come from a name) and inline ``Twiml``: one ``<Say>`` in the
profile's ``language`` and ``voice``, a one-second ``<Pause>`` at each blank
line of the text (the speech text says the notice twice, a blank line
between). The status is read back by call SID: queued, ringing and
in-progress wait; completed means answered; busy and no-answer rang out
unanswered (``Delivery.UNANSWERED``: the dispatcher may call again); failed
and canceled never reached anybody.

Like Twilio's messages, a call carries no client reference, so a call whose
answer was lost is looked for in Twilio's call list (``GET Calls.json?To=``,
and ``From=`` the profile's number). A call list shows no text, so the rule
is time: a call to that number, from our number, created since the attempt
started (on Twilio's clock, read from its answer's ``Date``: this machine's
may be minutes off; less ``match_skew_seconds``, default 60, for the
network and Twilio's own lag), that no other message already has, is ours; exactly as many as in doubt,
or they are held (``ambiguous_match``); none is "never placed" only once the
list has settled (``list_settle_seconds``), as for messages. The profile's
number should therefore place only this plugin's calls.

Options: ``language`` (default ``it-IT``), ``voice`` (default
``Polly.Bianca``; any voice Twilio's ``<Say>`` takes), ``ring_seconds``
(``Timeout``, default 30), ``status_callback``, ``list_settle_seconds``,
``match_skew_seconds``, and the redial options of ``notify.redial``.
"""

from __future__ import annotations

import email.utils
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from ...common.vocabulary import CALL
from .. import reasons
from ..provider import (
    Delivery,
    Finding,
    Outcome,
    OutgoingMessage,
    Resolution,
    StatusReport,
    StatusUnavailableError,
    SubmitResult,
)
from .common import json_body, list_settled
from .twilio import TwilioProvider, hold

CALL_DELIVERY = {
    "completed": Delivery.DELIVERED,
    "busy": Delivery.UNANSWERED,
    "no-answer": Delivery.UNANSWERED,
    "failed": Delivery.UNDELIVERED,
    "canceled": Delivery.UNDELIVERED,
}
#: Twilio error codes of a refused call (HTTP 400), by reason.
CALL_REFUSALS = {
    21211: reasons.INVALID_NUMBER,  # invalid 'To' number
    21214: reasons.INVALID_NUMBER,  # 'To' cannot be reached
    21217: reasons.INVALID_NUMBER,  # not a valid phone number
    13224: reasons.INVALID_NUMBER,  # invalid phone number
    21215: reasons.REQUEST_REFUSED,  # the account may not call that country
    21210: reasons.REQUEST_REFUSED,  # 'From' is not a number of the account
}
#: Twilio refuses inline TwiML longer than this.
MAX_TWIML = 4000
DEFAULT_LANGUAGE = "it-IT"
DEFAULT_VOICE = "Polly.Bianca"
DEFAULT_RING_SECONDS = 30
DEFAULT_SKEW_SECONDS = 60.0


def twiml(text: str, language: str, voice: str) -> str:
    """The call's instructions: the text said in ``language`` by ``voice``,
    a pause at each blank line. Every value is escaped for XML."""
    parts = [" ".join(part.split()) for part in text.split("\n\n")]
    say = f"<Say language={quoteattr(language)} voice={quoteattr(voice)}>"
    spoken = '<Pause length="1"/>'.join(f"{say}{escape(part)}</Say>" for part in parts if part)
    return f'<?xml version="1.0" encoding="UTF-8"?><Response>{spoken}</Response>'


class TwilioVoiceProvider(TwilioProvider):
    """Credentials as for Twilio messages (Account SID, Auth Token)."""

    name = "twilio_voice"
    channel = CALL
    resource = "Calls"
    list_key = "calls"

    def submit(self, batch_ref: str, messages: Sequence[OutgoingMessage]) -> SubmitResult:
        (message,) = messages
        options = self.profile.options
        instructions = twiml(
            message.text,
            str(options.get("language") or DEFAULT_LANGUAGE),
            str(options.get("voice") or DEFAULT_VOICE),
        )
        if len(instructions) > MAX_TWIML:
            return SubmitResult(
                Outcome.FAILED,
                code=reasons.CONTENT_REFUSED,
                detail=f"TwiML of {len(instructions)} characters (Twilio takes {MAX_TWIML})",
            )
        form = {
            "To": message.phone,
            "From": self.profile.sender,
            "Twiml": instructions,
            "Timeout": str(int(options.get("ring_seconds", DEFAULT_RING_SECONDS))),
        }
        return self._create(message, form, _refusal)

    @staticmethod
    def report_of(row: dict) -> StatusReport:
        """A Twilio call resource as a status report (the status is the code)."""
        status = str(row.get("status") or "")
        return StatusReport(CALL_DELIVERY.get(status, Delivery.ACCEPTED), row.get("sid"), status)

    def _search(self, phone: str, ours: list[OutgoingMessage], known: frozenset) -> dict:
        """Settle the calls in doubt to one number from its call list (see the module docstring)."""
        filters = {"From": self.profile.sender} if self.profile.sender else {}
        try:
            listed = self.list_messages(phone, **filters)
        except StatusUnavailableError as exc:
            return hold(ours, exc.code, exc.retry_at, str(exc))
        attempts = [m.attempted_at for m in ours if m.attempted_at is not None]
        skew = float(self.profile.options.get("match_skew_seconds", DEFAULT_SKEW_SECONDS))
        # on Twilio's clock: ours may be minutes off (an unsynced PC)
        since = min(attempts) + self.clock_offset - skew if attempts else None
        candidates = sorted(
            (
                row
                for row in listed
                if str(row.get("direction", "outbound")).startswith("outbound")
                and row.get("sid") not in known
                and (since is None or _created(row) >= since)
            ),
            key=_created,
        )
        if not candidates:
            settled, retry_at = list_settled(self, ours)
            if not settled:
                return hold(ours, reasons.NOT_LISTED_YET, retry_at)
            unsent = Resolution(Finding.NOT_SENT, code=reasons.NOT_SENT, detail="not in the list")
            return {message.ref: unsent for message in ours}
        if len(candidates) != len(ours):
            detail = f"{len(candidates)} listed, {len(ours)} in doubt"
            return hold(ours, reasons.AMBIGUOUS_MATCH, detail=detail)
        ordered = sorted(ours, key=lambda message: message.attempted_at or 0.0)
        return {
            message.ref: Resolution(Finding.SENT, self.report_of(row))
            for message, row in zip(ordered, candidates)
        }


def _created(row: dict) -> float:
    """When Twilio created a call (its ``date_created``), in wall seconds.
    An unreadable date counts as recent: such a call may be ours, so it is
    never ignored (at worst the calls in doubt are held)."""
    try:
        return email.utils.parsedate_to_datetime(str(row.get("date_created"))).timestamp()
    except (TypeError, ValueError):
        return float("inf")


def _refusal(response) -> str | None:
    """The reason behind a Twilio 4xx to a call, from its error code."""
    try:
        return CALL_REFUSALS.get(int(json_body(response).get("code")))
    except (TypeError, ValueError):
        return None
