"""The preview the operator approves: the exact text and every check on it.

What is shown here is byte for byte what the outbox will send, with its
encoding, its segment count, the characters that force UCS-2 and the
result of each rule, so that "Send" is enabled only when nothing blocks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path

from ..common.sms_encoding import SmsAnalysis, analyse, suggest_replacements
from .catalogue import TemplateInfo
from .context import MessageContext
from .render import render_sms
from .rules import (
    DEFAULT_MAX_SEGMENTS,
    DEFAULT_WINDOW,
    MIN_NOTICE,
    Issue,
    check_dates,
    check_encoding,
    check_notice,
    check_segments,
    check_send_window,
    check_sender,
)


@dataclass(frozen=True)
class SendRules:
    """The utility's settings for the checks; ``sender`` ``None`` skips the
    sender check (the gateway profile checks it too)."""

    max_segments: int = DEFAULT_MAX_SEGMENTS
    window: tuple[time, time] = DEFAULT_WINDOW
    min_notice: timedelta = MIN_NOTICE
    sender: str | None = None


@dataclass(frozen=True)
class Preview:
    """The message as it will leave, and what the checks found.

    ``suggested_text`` is the text with GSM-7 replacements applied, or
    ``None`` when the text is already GSM-7.
    """

    text: str
    analysis: SmsAnalysis
    template: TemplateInfo | None
    issues: tuple[Issue, ...]
    suggested_text: str | None

    @property
    def blocking(self) -> bool:
        return any(issue.blocking for issue in self.issues)


def check_text(
    text: str,
    ctx: MessageContext,
    now: datetime,
    rules: SendRules = SendRules(),
    override_window: bool = False,
    template: TemplateInfo | None = None,
    allow_past_start: bool = False,
) -> Preview:
    """Every check on a final ``text`` (rendered, or edited by the operator).

    ``override_window`` and ``allow_past_start`` are the operator's decisions
    to send outside the send window and after the start.
    """
    analysis = analyse(text)
    issues = (
        check_segments(analysis, rules.max_segments)
        + check_encoding(analysis)
        + check_send_window(ctx.kind, now, rules.window, override_window)
        + check_dates(ctx.kind, ctx.start, ctx.end, now, allow_past_start)
        + check_notice(ctx.kind, ctx.start, now, rules.min_notice)
        + (check_sender(rules.sender) if rules.sender is not None else ())
    )
    suggested = None if analysis.is_gsm7 else suggest_replacements(text)
    return Preview(text, analysis, template, issues, suggested)


def preview_sms(
    ctx: MessageContext,
    now: datetime,
    rules: SendRules = SendRules(),
    user_dir: str | Path | None = None,
    override_window: bool = False,
    allow_past_start: bool = False,
) -> Preview:
    """Render the template for ``ctx`` and check the result.

    Raises :class:`~.render.TemplateError` or
    :class:`~.catalogue.TemplateNotFoundError` when no text can be made.
    """
    text, template = render_sms(ctx, user_dir, rules.max_segments)
    return check_text(text, ctx, now, rules, override_window, template, allow_past_start)
