"""How many notices go by each channel, and what they will cost.

The notify dialog shows it before anything is sent: SMS with their
segments (a provider bills each), calls with their minutes, estimated from
the spoken text (a provider bills each started minute), emails, and the
customers left for the flyers (``customers.channels`` decides who gets
what).

A synthetic voice says about ``WORDS_PER_MINUTE`` words a minute; each
blank line of the speech text is a one-second pause, and a call takes a
few seconds to be answered before it speaks (``ANSWER_SECONDS``). The
estimate is an upper bound for answered calls; unanswered ones cost less.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..customers.channels import ChannelPlan

WORDS_PER_MINUTE = 150
ANSWER_SECONDS = 3.0
PAUSE_SECONDS = 1.0


def call_seconds(speech: str) -> float:
    """How long a call saying ``speech`` lasts once answered, estimated."""
    words = len(speech.split())
    pauses = speech.count("\n\n")
    return ANSWER_SECONDS + words * 60.0 / WORDS_PER_MINUTE + pauses * PAUSE_SECONDS


def billed_minutes(speech: str) -> int:
    """The minutes a provider bills for one such call (each started minute)."""
    return max(1, math.ceil(call_seconds(speech) / 60.0))


@dataclass(frozen=True)
class ChannelEstimate:
    """Recipients per channel and their cost units, for the notify dialog."""

    sms: int = 0
    sms_segments: int = 0
    calls: int = 0
    call_minutes: int = 0
    emails: int = 0
    flyers: int = 0


def estimate(plan: ChannelPlan, segments_per_sms: int, speech: str) -> ChannelEstimate:
    """The figures of ``plan`` with an SMS of ``segments_per_sms`` segments
    and calls saying ``speech``."""
    calls = len(plan.calls)
    return ChannelEstimate(
        sms=len(plan.sms),
        sms_segments=len(plan.sms) * segments_per_sms,
        calls=calls,
        call_minutes=calls * billed_minutes(speech) if calls else 0,
        emails=len(plan.emails),
        flyers=len(plan.flyers),
    )
