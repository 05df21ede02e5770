"""Dates in Europe/Rome with our own it/en names, across daylight-saving changes."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from water_outage_notifier.messages import dates
from water_outage_notifier.messages.context import (
    FULL_DAY,
    HALF_DAY,
    LONGER,
    UP_TO_2H,
    MessageError,
    duration_class,
)

UTC = timezone.utc


def test_italian_and_english_names():
    moment = datetime(2024, 12, 3, 8, 30)
    assert dates.short_date(moment, "it") == "mar 3 dic"
    assert dates.short_date(moment, "en") == "Tue 3 Dec"
    assert dates.long_date(moment, "it") == "martedì 3 dicembre 2024"
    assert dates.long_date(moment, "en") == "Tuesday 3 December 2024"


@pytest.mark.parametrize(
    ("utc", "local_clock", "local_day"),
    [
        # Spring forward, 29 March 2026: 02:00 CET becomes 03:00 CEST.
        (datetime(2026, 3, 29, 0, 59, tzinfo=UTC), "01:59", "dom 29 mar"),
        (datetime(2026, 3, 29, 1, 0, tzinfo=UTC), "03:00", "dom 29 mar"),
        # Fall back, 25 October 2026: 03:00 CEST becomes 02:00 CET.
        (datetime(2026, 10, 25, 0, 30, tzinfo=UTC), "02:30", "dom 25 ott"),
        (datetime(2026, 10, 25, 1, 30, tzinfo=UTC), "02:30", "dom 25 ott"),
        (datetime(2026, 10, 24, 22, 30, tzinfo=UTC), "00:30", "dom 25 ott"),
        (datetime(2026, 1, 15, 23, 30, tzinfo=UTC), "00:30", "ven 16 gen"),
    ],
)
def test_aware_times_shown_in_rome_time_across_dst(utc, local_clock, local_day):
    assert dates.clock(utc) == local_clock
    assert dates.short_date(utc, "it") == local_day


def test_naive_datetime_is_rome_time():
    naive = datetime(2026, 7, 1, 9, 0)
    assert dates.to_local(naive).utcoffset() == timedelta(hours=2)
    assert dates.clock(naive) == "09:00"


def test_window_across_midnight_and_dst_night():
    start = datetime(2026, 3, 28, 23, 0)
    end = datetime(2026, 3, 29, 4, 0)
    assert (
        dates.window_phrase(start, end, "it")
        == "dalle 23:00 di sab 28 mar alle 04:00 di dom 29 mar"
    )
    assert (
        dates.window_phrase(start, end, "en") == "from 23:00 on Sat 28 Mar to 04:00 on Sun 29 Mar"
    )
    assert dates.window_phrase(start, None, "it") == "sab 28 mar dalle 23:00"


def test_duration_counts_real_hours_across_dst():
    # 00:00 to 03:00 on 29 March 2026 reads 3 h on the clock but lasts 2 h.
    spring_start, spring_end = datetime(2026, 3, 29, 0, 0), datetime(2026, 3, 29, 3, 0)
    assert dates.elapsed(spring_start, spring_end) == timedelta(hours=2)
    assert duration_class(spring_start, spring_end) == UP_TO_2H
    # 21:30 on 24 October to 03:00 on 25 October 2026 reads 5.5 h but lasts 6.5 h.
    fall_start, fall_end = datetime(2026, 10, 24, 21, 30), datetime(2026, 10, 25, 3, 0)
    assert dates.elapsed(fall_start, fall_end) == timedelta(hours=6, minutes=30)
    assert duration_class(fall_start, fall_end) == FULL_DAY


@pytest.mark.parametrize(
    ("hours", "expected"),
    [
        (0.5, UP_TO_2H),
        (2, UP_TO_2H),
        (2.01, HALF_DAY),
        (6, HALF_DAY),
        (6.5, FULL_DAY),
        (24, FULL_DAY),
        (24.5, LONGER),
    ],
)
def test_duration_classes(hours, expected):
    start = datetime(2024, 5, 2, 8, 0, tzinfo=UTC)
    assert duration_class(start, start + timedelta(hours=hours)) == expected


def test_end_before_start_is_an_error():
    start = datetime(2024, 5, 2, 8, 0)
    with pytest.raises(MessageError, match="must come after"):
        duration_class(start, start - timedelta(minutes=1))


def test_unknown_language_is_a_clear_error():
    with pytest.raises(dates.DateError, match="'fr'.*it, en"):
        dates.short_date(datetime(2024, 1, 1), "fr")


def test_missing_time_zone_gives_install_hint(monkeypatch):
    import zoneinfo

    def missing(_name):
        raise zoneinfo.ZoneInfoNotFoundError("No time zone found with key Europe/Rome")

    monkeypatch.setattr(zoneinfo, "ZoneInfo", missing)
    with pytest.raises(dates.TimeZoneUnavailableError, match="tzdata"):
        dates.to_local(datetime(2024, 1, 1))
