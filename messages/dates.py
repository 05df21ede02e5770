"""Dates and times as a customer in Imola reads them.

Messages always speak Europe/Rome time, whatever the computer's own zone
and locale: a planner in a UTC server room and an operator in Imola must
produce the same text. Day and month names come from our own tables, not
from the system locale, which on Windows and in containers is often missing
or English. Arithmetic on durations is done on aware datetimes, so a night
across a daylight-saving change counts its real hours.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

ZONE_NAME = "Europe/Rome"

DAY_NAMES = {
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
DAY_ABBREVIATIONS = {
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
MONTH_NAMES = {
    "it": (
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
LANGUAGES = tuple(DAY_NAMES)


class TimeZoneUnavailableError(RuntimeError):
    """The Europe/Rome zone cannot be loaded (Windows without ``tzdata``)."""


class DateError(ValueError):
    """A date or language the messages cannot express."""


def rome() -> tzinfo:
    """The Europe/Rome zone, or a clear error telling how to get it."""
    try:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
    except ImportError as exc:  # Python < 3.9
        raise TimeZoneUnavailableError("Python 3.9 or newer is needed for time zones") from exc
    try:
        return ZoneInfo(ZONE_NAME)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise TimeZoneUnavailableError(
            f"The {ZONE_NAME} time zone is not available on this computer; "
            "install the Python package 'tzdata' into the QGIS Python "
            "(python -m pip install tzdata) and restart QGIS."
        ) from exc


def to_local(moment: datetime) -> datetime:
    """``moment`` in Europe/Rome; a naive datetime is taken as Rome time."""
    zone = rome()
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment.replace(tzinfo=zone)
    return moment.astimezone(zone)


def _check_language(lang: str) -> None:
    if lang not in DAY_NAMES:
        raise DateError(
            f"No day and month names for language {lang!r}; available: {', '.join(LANGUAGES)}"
        )


def short_date(moment: datetime, lang: str) -> str:
    """``mar 3 dic`` / ``Tue 3 Dec``: short enough for an SMS, unambiguous within a year."""
    _check_language(lang)
    local = to_local(moment)
    day = DAY_ABBREVIATIONS[lang][local.weekday()]
    month = MONTH_NAMES[lang][local.month - 1][:3]
    return f"{day} {local.day} {month}"


def long_date(moment: datetime, lang: str) -> str:
    """``martedì 3 dicembre 2024`` / ``Tuesday 3 December 2024``, for the email."""
    _check_language(lang)
    local = to_local(moment)
    day = DAY_NAMES[lang][local.weekday()]
    month = MONTH_NAMES[lang][local.month - 1]
    return f"{day} {local.day} {month} {local.year}"


def clock(moment: datetime) -> str:
    """``08:30``: the 24-hour clock both Italian and English notices use here."""
    return to_local(moment).strftime("%H:%M")


def elapsed(start: datetime, end: datetime) -> timedelta:
    """Real time between two moments. Subtracting two datetimes of the same
    zone gives wall-clock time, an hour off across a daylight-saving
    change, so each moment's UTC offset is taken off. The arithmetic stays
    on timedeltas, so even the years 1 and 9999 give an answer, not an error."""
    start, end = _zoned(start), _zoned(end)
    wall = end.replace(tzinfo=None) - start.replace(tzinfo=None)
    return wall - (end.utcoffset() - start.utcoffset())


def _zoned(moment: datetime) -> datetime:
    """``moment`` with a zone: its own, or Rome's when it is naive."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment.replace(tzinfo=rome())
    return moment


def same_local_day(first: datetime, second: datetime) -> bool:
    return to_local(first).date() == to_local(second).date()


WINDOW_PHRASES = {
    "it": {
        "same_day": "{date} dalle {start} alle {end}",
        "two_days": "dalle {start} di {date} alle {end} di {end_date}",
        "open": "{date} dalle {start}",
    },
    "en": {
        "same_day": "{date} from {start} to {end}",
        "two_days": "from {start} on {date} to {end} on {end_date}",
        "open": "{date} from {start}",
    },
}


def window_phrase(start: datetime, end: datetime | None, lang: str) -> str:
    """The time window as one phrase: ``mar 3 dic dalle 08:30 alle 12:00``,
    or ``dalle 23:00 di mar 3 dic alle 01:00 di mer 4 dic`` across midnight."""
    _check_language(lang)
    phrases = WINDOW_PHRASES[lang]
    values = {"date": short_date(start, lang), "start": clock(start)}
    if end is None:
        return phrases["open"].format(**values)
    values.update(end=clock(end), end_date=short_date(end, lang))
    key = "same_day" if same_local_day(start, end) else "two_days"
    return phrases[key].format(**values)
