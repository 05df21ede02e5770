"""What a message says, as plain data, and the placeholders templates see.

The operator types only the date and the times. Everything else (the
utility's name, the call-centre number, the reference, the towns and
streets) is filled in by the caller from the settings, the trace and the
customers into a :class:`MessageContext`, so an SMS never carries a typo
the operator made under pressure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ..common.vocabulary import MESSAGE_KINDS
from . import dates
from .places import place_phrase, summarise_streets, summarise_towns

UP_TO_2H = "up_to_2h"
HALF_DAY = "half_day"
FULL_DAY = "full_day"
LONGER = "longer"
ANY = "any"
# Upper bound (inclusive) of each duration class; anything above is LONGER.
DURATION_LIMITS = (
    (UP_TO_2H, timedelta(hours=2)),
    (HALF_DAY, timedelta(hours=6)),
    (FULL_DAY, timedelta(hours=24)),
)
DURATIONS = (UP_TO_2H, HALF_DAY, FULL_DAY, LONGER, ANY)


class MessageError(ValueError):
    """The context cannot make a message (unknown kind, end before start...).

    ``code`` and ``params`` name the problem for the operator's words.
    """

    def __init__(self, message: str, code: str = "message_error", **params):
        super().__init__(message)
        self.code = code
        self.params = params


def duration_class(start: datetime, end: datetime | None) -> str:
    """``up_to_2h``, ``half_day`` (up to 6 h), ``full_day`` (up to 24 h) or
    ``longer``, on real elapsed time so a night across a daylight-saving
    change is not an hour off; ``any`` when the end is not known."""
    if end is None:
        return ANY
    elapsed = dates.elapsed(start, end)
    if elapsed.total_seconds() <= 0:
        shown = {"start": f"{dates.to_local(start):%d/%m/%Y %H:%M}"}
        shown["end"] = f"{dates.to_local(end):%d/%m/%Y %H:%M}"
        raise MessageError(
            f"The end ({shown['end']}) must come after the start ({shown['start']})",
            "end_before_start",
            **shown,
        )
    for name, limit in DURATION_LIMITS:
        if elapsed <= limit:
            return name
    return LONGER


@dataclass(frozen=True)
class MessageContext:
    """Everything one message needs; ``start``/``end`` naive means Rome time.

    ``streets`` and ``municipalities`` are ordered most affected first: the
    message names the first ones and counts the rest. ``end`` may be ``None``
    for kinds whose templates do not need it (water back, announcements).
    """

    kind: str
    lang: str
    start: datetime
    end: datetime | None
    reference: str
    utility_name: str
    callcentre_number: str
    municipalities: tuple[str, ...] = ()
    streets: tuple[str, ...] = ()
    link: str | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind not in MESSAGE_KINDS:
            raise MessageError(
                f"Unknown message kind {self.kind!r}; known: {', '.join(MESSAGE_KINDS)}",
                "unknown_kind",
                kind=str(self.kind),
            )

    @property
    def duration(self) -> str:
        return duration_class(self.start, self.end)


def template_values(ctx: MessageContext, detail: int = 0) -> dict[str, object]:
    """The placeholders a template can use (listed in templates/README.md).

    A required value that is empty is left out, so the strict renderer
    stops with the placeholder's name instead of printing a blank; the
    optional ones (``link``, ``end_date`` when the end falls on the start
    day) are empty strings that templates test with ``{% if %}``.
    ``detail`` is the street detail level of :data:`.places.DETAIL_LEVELS`.
    """
    lang = ctx.lang
    values: dict[str, object] = {
        "kind": ctx.kind,
        "duration": ctx.duration,
        "date": dates.short_date(ctx.start, lang),
        "date_long": dates.long_date(ctx.start, lang),
        "start_time": dates.clock(ctx.start),
        "window": dates.window_phrase(ctx.start, ctx.end, lang),
        "link": (ctx.link or "").strip(),
        "end_date": "",
    }
    if ctx.end is not None:
        values["end_time"] = dates.clock(ctx.end)
        if not dates.same_local_day(ctx.start, ctx.end):
            values["end_date"] = dates.short_date(ctx.end, lang)
    required = {
        "utility": ctx.utility_name,
        "phone": ctx.callcentre_number,
        "ref": ctx.reference,
        "municipality": summarise_towns(ctx.municipalities, lang),
        "streets": summarise_streets(ctx.streets, lang, detail),
        "place": place_phrase(ctx.municipalities, ctx.streets, lang, detail),
        **ctx.extra,
    }
    values.update({k: str(v).strip() for k, v in required.items() if str(v or "").strip()})
    return values
