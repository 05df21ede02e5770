"""Listening to customers: replies read from the provider, STOP kept for ever.

Each dispatch pass (``outage:dispatch``, the background task) reads the SMS
customers sent since the newest one kept (``Provider.inbound``: Twilio's
message list, Skebby's received-SMS history) and keeps each once:

* an opt-out keyword (STOP, ANNULLA, CANCELLA; the gateway profile's
  ``opt_out_keywords`` option, comma-separated, replaces them) puts the
  number on the stored opt-out list (``store.replies``), which every sending
  path applies (``apply_opt_outs``: the notify dialog, ``outage:batch``,
  ``outage:notify``, the follow-ups);
* "1" answering the water-back notice says the water is still not back:
  it is kept against that intervention (a cluster points at a valve left
  shut);
* anything else is kept, against the intervention it answers.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from ..common.log_words import say
from ..common.phone_privacy import mask_phone
from ..common.vocabulary import (
    DEFAULT_OPT_OUT_KEYWORDS,
    REPLY_NO_WATER,
    REPLY_OPT_OUT,
    REPLY_OTHER,
    WATER_BACK,
)
from ..customers.selection import CustomerSelection
from ..store.replies import FROM_SMS, Replies, Reply
from .request import Services

LOG = logging.getLogger("water_outage_notifier.notify")
#: A first poll (nothing kept yet) reads this far back.
FIRST_POLL_SECONDS = 3 * 24 * 3600.0


@dataclass(frozen=True)
class RepliesRead:
    """What one poll found: replies new to us, of which opt-outs and "no water"."""

    read: int = 0
    opted_out: int = 0
    no_water: int = 0


def opt_out_keywords(options: dict) -> tuple[str, ...]:
    """The profile's ``opt_out_keywords`` (comma-separated), else STOP, ANNULLA, CANCELLA."""
    given = [word.strip().upper() for word in str(options.get("opt_out_keywords", "")).split(",")]
    return tuple(word for word in given if word) or DEFAULT_OPT_OUT_KEYWORDS


def meaning(text: str, answered_kind: str | None, keywords) -> str:
    """What a reply means: its first word an opt-out keyword; "1" to a water-back notice."""
    words = re.findall(r"\w+", text.upper())
    if words and words[0] in keywords:
        return REPLY_OPT_OUT
    if answered_kind == WATER_BACK and text.strip().rstrip(".!") == "1":
        return REPLY_NO_WATER
    return REPLY_OTHER


def poll_replies(services: Services, keywords=None) -> RepliesRead:
    """Read, classify and keep the replies since the newest one kept (see module).

    Raises ``StatusUnavailableError`` when the provider cannot be asked now.
    """
    provider = services.provider
    if provider is None or not provider.capabilities.inbound:
        return RepliesRead()
    keywords = tuple(keywords or opt_out_keywords(provider.profile.options))
    replies = Replies(services.outbox.db, clock=services.outbox.clock)
    since = replies.last_reply_at()
    if since is None:
        since = services.outbox.clock() - FIRST_POLL_SECONDS
    kept = []
    for message in provider.inbound(since):
        # a provider gives the second of arrival: a reply within the second of
        # our message still answers it
        answered = services.outbox.last_sent_to(message.phone, message.at + 1.0)
        reference, kind = answered or (None, None)
        kept.append(
            Reply(
                message.provider_id,
                message.phone,
                message.text,
                message.at,
                meaning(message.text, kind, keywords),
                reference,
            )
        )
    new = replies.record(kept)
    stops = [reply for reply in new if reply.meaning == REPLY_OPT_OUT]
    for reply in stops:
        replies.opt_out([reply.phone], FROM_SMS, reply.at)
        phone, text = mask_phone(reply.phone), reply.text[:20]
        say(LOG, logging.INFO, "opted_out", phone=phone, text=text)
    no_water = sum(1 for reply in new if reply.meaning == REPLY_NO_WATER)
    return RepliesRead(len(new), len(stops), no_water)


def apply_opt_outs(selection: CustomerSelection, services: Services) -> CustomerSelection:
    """``selection`` without the numbers on the stored opt-out list."""
    replies = Replies(services.outbox.db, clock=services.outbox.clock)
    return selection.without_numbers(replies.opted_out_among(r.phone for r in selection.recipients))


def opted_out_numbers(services: Services, phones) -> set[str]:
    """Which of ``phones`` are on the stored opt-out list."""
    return Replies(services.outbox.db, clock=services.outbox.clock).opted_out_among(phones)
