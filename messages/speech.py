"""The notice as a voice says it on a call to a landline.

An SMS is read; a call is heard once, by somebody who cannot scroll back.
So the spoken text comes from its own templates (``speech/<kind>.<lang>.j2``,
a user's copy winning as for SMS) with the same placeholders given spoken
values: numbers and times in words ("dalle nove alle tredici", "from nine
in the morning to one in the afternoon"), dates in full ("giovedì dodici
giugno"), the reference and the call-centre number spelled out one
character at a time, and no link (nobody can click a voice). The whole
notice is said twice, the second time after the words of
``speech/_again.<lang>.j2``; the blank line between becomes a pause.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from . import dates
from .context import MessageContext, template_values
from .render import render_file

SPEECH_FOLDER = "speech"

_IT_UNITS = (
    "zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici "
    "quattordici quindici sedici diciassette diciotto diciannove"
).split()
_IT_TENS = {2: "venti", 3: "trenta", 4: "quaranta", 5: "cinquanta"}
_EN_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty"}
_EN_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
#: How each character of a reference or number is said; others are left out.
_SEPARATORS = {"it": ", ", "en": ", "}
_PLUS = {"it": "più", "en": "plus"}


def number_words(number: int, lang: str) -> str:
    """0 to 59 in words: ``ventitré``, ``twenty-three`` (times and days need no more)."""
    if not 0 <= number < 60:
        raise ValueError(f"{number} is outside 0-59")
    units, tens = (_IT_UNITS, _IT_TENS) if lang == "it" else (_EN_UNITS, _EN_TENS)
    if number < 20:
        return units[number]
    ten, unit = tens[number // 10], number % 10
    if lang != "it":
        return ten if not unit else f"{ten}-{units[unit]}"
    if unit in (1, 8):
        ten = ten[:-1]  # ventuno, trentotto
    return ten + ("" if not unit else "tré" if unit == 3 else units[unit])


def day_words(day: int, lang: str) -> str:
    """The day of the month as said before the month: ``primo``, ``dodici``; ``the twelfth``."""
    if lang == "it":
        return "primo" if day == 1 else number_words(day, lang)
    if day <= 20:
        return f"the {_EN_ORDINALS[day - 1]}"
    ten = _EN_TENS[day // 10]
    if day % 10 == 0:
        return f"the {ten[:-1]}ieth"
    return f"the {ten}-{_EN_ORDINALS[day % 10 - 1]}"


def spoken_date(moment: datetime, lang: str) -> str:
    """``giovedì dodici giugno``, ``Thursday the twelfth of June``."""
    local = dates.to_local(moment)
    weekday = dates.DAY_NAMES[lang][local.weekday()]
    month = dates.MONTH_NAMES[lang][local.month - 1]
    if lang == "it":
        return f"{weekday} {day_words(local.day, lang)} {month}"
    return f"{weekday} {day_words(local.day, lang)} of {month}"


def spoken_time(moment: datetime, lang: str) -> str:
    """``nove e trenta``, ``mezzanotte``; ``nine thirty in the morning``, ``noon``."""
    local = dates.to_local(moment)
    hour, minute = local.hour, local.minute
    if lang == "it":
        said = "mezzanotte" if hour == 0 else "una" if hour == 1 else number_words(hour, lang)
        return said if not minute else f"{said} e {number_words(minute, lang)}"
    if minute == 0 and hour in (0, 12):
        return "midnight" if hour == 0 else "noon"
    said = number_words(hour % 12 or 12, lang)
    if minute:
        said += f" {'oh ' if minute < 10 else ''}{number_words(minute, lang)}"
    part = (
        "at night"
        if hour < 5
        else "in the morning"
        if hour < 12
        else "in the afternoon"
        if hour < 18
        else "in the evening"
    )
    return f"{said} {part}"


def at_time(moment: datetime, lang: str, role: str = "at") -> str:
    """The time with its preposition, ``role`` "at", "from" or "to": ``alle
    nove``, ``dall'una``, ``dalla mezzanotte``; ``at nine in the morning``,
    ``from noon``, ``to one in the afternoon``."""
    said = spoken_time(moment, lang)
    if lang != "it":
        return f"{role} {said}"
    hour = dates.to_local(moment).hour
    word = "da" if role == "from" else "a"
    if hour == 1:
        return f"{word}ll'{said}"
    return f"{word}{'lla' if hour == 0 else 'lle'} {said}"


def spoken_window(start: datetime, end: datetime | None, lang: str) -> str:
    """``giovedì dodici giugno, dalle nove alle tredici``; across midnight
    ``dalle ventitré di giovedì dodici giugno all'una di venerdì tredici giugno``."""
    day = spoken_date(start, lang)
    since = at_time(start, lang, "from")
    if end is None:
        return f"{day}, {since}"
    until = at_time(end, lang, "to")
    if dates.same_local_day(start, end):
        return f"{day}, {since} {until}"
    link = "di" if lang == "it" else "on"
    return f"{since} {link} {day} {until} {link} {spoken_date(end, lang)}"


def spelled(text: str, lang: str) -> str:
    """A reference or a number one character at a time: ``INT-2026-0001``
    → ``I N T, due zero due sei, zero zero zero uno``."""
    groups, current = [], []
    for char in text.strip():
        if char.isdigit():
            current.append(number_words(int(char), lang))
        elif char.isalpha():
            current.append(char.upper())
        elif char == "+":
            current.append(_PLUS[lang])
        elif current:
            groups.append(" ".join(current))
            current = []
    if current:
        groups.append(" ".join(current))
    return _SEPARATORS[lang].join(groups)


def speech_values(ctx: MessageContext) -> dict[str, object]:
    """The SMS placeholders (``template_values``) with spoken values, no link."""
    lang = ctx.lang
    values = template_values(ctx)
    values.pop("link", None)
    values.update(
        date=spoken_date(ctx.start, lang),
        date_long=spoken_date(ctx.start, lang),
        start_time=spoken_time(ctx.start, lang),
        at_start=at_time(ctx.start, lang),
        window=spoken_window(ctx.start, ctx.end, lang),
        ref=spelled(ctx.reference, lang),
        phone=spelled(ctx.callcentre_number, lang),
    )
    if ctx.end is not None:
        values.update(end_time=spoken_time(ctx.end, lang), at_end=at_time(ctx.end, lang))
        same_day = dates.same_local_day(ctx.start, ctx.end)
        values["end_date"] = "" if same_day else spoken_date(ctx.end, lang)
    return values


def render_speech(ctx: MessageContext, user_dir: str | Path | None = None) -> str:
    """The text a call says for ``ctx``: the notice, a pause, then again."""
    values = speech_values(ctx)
    body = " ".join(
        render_file(f"{SPEECH_FOLDER}/{ctx.kind}.{ctx.lang}.j2", values, user_dir).split()
    )
    again = " ".join(render_file(f"{SPEECH_FOLDER}/_again.{ctx.lang}.j2", values, user_dir).split())
    return f"{body}\n\n{again} {body}"
