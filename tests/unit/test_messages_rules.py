"""The checks before sending: notice, send window, segments, encoding, sender."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

import pytest
from water_outage_notifier.messages.context import MessageContext
from water_outage_notifier.messages.preview import SendRules, check_text, preview_sms
from water_outage_notifier.messages.rules import (
    check_dates,
    check_notice,
    check_send_window,
    check_sender,
    in_window,
)

NOW = datetime(2024, 12, 2, 10, 0)  # Rome time


def codes(issues):
    return [(i.code, i.blocking) for i in issues]


@pytest.mark.parametrize(
    ("hours_ahead", "expected"),
    [(47.9, [("short_notice", False)]), (48, []), (72, []), (-1, [])],
)
def test_48_hour_notice_for_planned_interruptions(hours_ahead, expected):
    start = NOW + timedelta(hours=hours_ahead)
    assert codes(check_notice("planned_interruption", start, NOW)) == expected


def test_notice_warning_text_in_both_languages():
    (issue,) = check_notice("planned_interruption", NOW + timedelta(hours=20), NOW)
    assert "20 ore" in issue.message("it") and "ARERA" in issue.message("it")
    assert "20 hours" in issue.message("en")


PAST = NOW - timedelta(days=3)


@pytest.mark.parametrize(
    ("kind", "start", "end", "expected"),
    [
        # a work dated 1900, an end in the year 9999, a start in the year 9999
        (
            "planned_interruption",
            datetime(1900, 1, 1, 8),
            datetime(1900, 1, 1, 12),
            "too_far_behind",
        ),
        ("emergency", datetime(1900, 1, 1, 8), datetime(1900, 1, 1, 12), "too_far_behind"),
        ("planned_interruption", NOW + timedelta(days=3), datetime(9999, 12, 31, 8), "too_long"),
        ("pressure_drop", datetime(9999, 1, 1, 8), datetime(9999, 1, 1, 12), "too_far_ahead"),
        ("planned_interruption", NOW + timedelta(days=400), None, "too_far_ahead"),
        ("planned_interruption", PAST, PAST + timedelta(hours=4), "start_in_past"),
        ("pressure_drop", PAST, PAST + timedelta(hours=4), "start_in_past"),
        ("service_announcement", PAST, None, "start_in_past"),
    ],
)
def test_absurd_dates_and_a_past_start_are_refused(kind, start, end, expected):
    for allowed in (False, True):
        issues = check_dates(kind, start, end, NOW, allow_past_start=allowed)
        if expected == "start_in_past" and allowed:
            assert codes(issues) == [("start_in_past_allowed", False)]
        else:
            assert codes(issues) == [(expected, True)]
        assert all(i.message("it") and i.message("en") for i in issues)


def test_an_emergency_may_have_started_with_a_warning():
    issues = check_dates("emergency", NOW - timedelta(hours=5), None, NOW)
    assert codes(issues) == [("start_in_past_allowed", False)]
    assert issues[0].params == {"start": "02/12/2024 05:00", "hours": 5, "why": "emergency"}
    assert "05:00" in issues[0].message("it") and "emergenza" in issues[0].message("it")


@pytest.mark.parametrize("kind", ["water_back", "cancelled"])
def test_follow_ups_speak_of_the_past_freely(kind):
    assert check_dates(kind, PAST, None, NOW) == ()


def test_plausible_dates_pass():
    start = NOW + timedelta(days=30)
    assert check_dates("planned_interruption", start, start + timedelta(days=20), NOW) == ()


def test_the_preview_refuses_a_past_start_unless_overridden():
    start = NOW - timedelta(days=3)
    context = ctx(start=start, end=start + timedelta(hours=4))
    refused = check_text("Avviso", context, NOW)
    assert ("start_in_past", True) in codes(refused.issues) and refused.blocking
    allowed = check_text("Avviso", context, NOW, allow_past_start=True)
    assert ("start_in_past_allowed", False) in codes(allowed.issues)


def test_notice_does_not_apply_to_emergencies():
    assert check_notice("emergency", NOW + timedelta(hours=1), NOW) == ()


def test_notice_measured_in_real_hours_across_dst():
    # 47.5 hours on the clock before a start just after the October change are 48.5 real hours.
    now = datetime(2026, 10, 23, 9, 0)
    assert check_notice("planned_interruption", datetime(2026, 10, 25, 8, 30), now) == ()
    spring_now = datetime(2026, 3, 27, 9, 0)
    start = datetime(2026, 3, 29, 9, 0)  # 47 real hours later
    assert codes(check_notice("planned_interruption", start, spring_now)) == [
        ("short_notice", False)
    ]


@pytest.mark.parametrize(
    ("clock", "blocked"),
    [
        (time(7, 59), True),
        (time(8, 0), False),
        (time(20, 59), False),
        (time(21, 0), True),
        (time(23, 30), True),
    ],
)
def test_send_window_blocks_outside(clock, blocked):
    now = datetime.combine(NOW.date(), clock)
    issues = check_send_window("planned_interruption", now)
    assert any(i.blocking for i in issues) == blocked


def test_send_window_uses_rome_time_not_utc():
    # 20:30 UTC in July is 22:30 in Rome: outside the window.
    now = datetime(2024, 7, 1, 20, 30, tzinfo=timezone.utc)
    assert codes(check_send_window("pressure_drop", now)) == [("outside_window", True)]
    assert (
        check_send_window("pressure_drop", datetime(2024, 7, 1, 6, 30, tzinfo=timezone.utc)) == ()
    )


def test_emergency_and_operator_override_pass_with_a_warning():
    night = datetime(2024, 12, 2, 23, 15)
    assert codes(check_send_window("emergency", night)) == [("outside_window_allowed", False)]
    assert codes(check_send_window("water_back", night, override=True)) == [
        ("outside_window_allowed", False)
    ]


def test_configurable_window_across_midnight():
    window = (time(20, 0), time(2, 0))
    assert in_window(time(23, 0), window) and in_window(time(1, 59), window)
    assert not in_window(time(2, 0), window) and not in_window(time(12, 0), window)
    assert check_send_window("cancelled", datetime(2024, 1, 1, 1, 0), window) == ()


@pytest.mark.parametrize("sender", ["AcquaImolaSrl", "1Acqua", "Acqua-Imola", "INFO", "Sms", ""])
def test_bad_senders_block(sender):
    assert codes(check_sender(sender)) == [("bad_sender", True)]


def test_good_sender_passes():
    assert check_sender("HeraAcqua") == ()


def ctx(**changes):
    values = dict(
        kind="planned_interruption",
        lang="it",
        start=NOW + timedelta(days=3),
        end=NOW + timedelta(days=3, hours=3),
        reference="INT-1",
        utility_name="Acqua Test",
        callcentre_number="800 000 000",
        municipalities=("Imola",),
        streets=("Via Emilia",),
    )
    values.update(changes)
    return MessageContext(**values)


def test_preview_of_a_good_message_does_not_block():
    preview = preview_sms(ctx(), NOW)
    assert not preview.blocking
    assert preview.issues == ()
    assert preview.analysis.text == preview.text
    assert preview.analysis.is_gsm7 and preview.analysis.segments <= 2
    assert preview.suggested_text is None
    assert preview.template.name == "sms/planned_interruption/half_day.it.j2"


def test_segment_limit_blocks_and_is_configurable():
    text = "a" * 400
    assert codes(check_text(text, ctx(), NOW).issues) == [("too_many_segments", True)]
    assert check_text(text, ctx(), NOW, SendRules(max_segments=3)).issues == ()


def test_too_long_template_is_shortened_then_blocked(tmp_path):
    folder = tmp_path / "sms" / "planned_interruption"
    folder.mkdir(parents=True)
    (folder / "half_day.it.j2").write_text("{{ place }} " + "x" * 140, encoding="utf-8")
    streets = tuple(f"Via Numero {n}" for n in range(10))
    shortened = preview_sms(ctx(streets=streets), NOW, SendRules(max_segments=1), tmp_path)
    assert shortened.text.startswith("Imola (10 vie) ")
    assert not shortened.blocking
    blocked = preview_sms(
        ctx(streets=streets, municipalities=("Castel San Pietro Terme",)),
        NOW,
        SendRules(max_segments=1),
        tmp_path,
    )
    assert blocked.text.startswith("Castel San Pietro Terme (10 vie) ")
    assert codes(blocked.issues) == [("too_many_segments", True)]


@pytest.mark.parametrize("text", ["", "   "])
def test_empty_text_blocks(text):
    assert codes(check_text(text, ctx(), NOW).issues) == [("empty", True)]


def test_ucs2_text_is_reported_with_suggestion():
    preview = check_text("È prevista un’interruzione", ctx(), NOW)
    assert codes(preview.issues) == [("ucs2", False)]
    assert "'È' (U+00C8) -> 'E''" in preview.issues[0].message("en")
    assert preview.suggested_text == "E' prevista un'interruzione"


def test_preview_collects_window_notice_and_sender():
    late = datetime(2024, 12, 2, 22, 0)
    preview = check_text(
        "Avviso", ctx(start=late + timedelta(hours=10)), late, SendRules(sender="INFO")
    )
    assert codes(preview.issues) == [
        ("outside_window", True),
        ("short_notice", False),
        ("bad_sender", True),
    ]
    assert preview.blocking
