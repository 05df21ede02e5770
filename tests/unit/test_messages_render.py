"""Every shipped SMS template renders, stays GSM-7 within two segments, and
fails loudly and safely on bad templates (reference sms.md, item 19)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from water_outage_notifier.common.sms_encoding import analyse, find_offending
from water_outage_notifier.common.vocabulary import MESSAGE_KINDS
from water_outage_notifier.messages import dates
from water_outage_notifier.messages.catalogue import (
    TemplateNotFoundError,
    find_template,
    list_templates,
)
from water_outage_notifier.messages.context import ANY, DURATION_LIMITS, LONGER, MessageContext
from water_outage_notifier.messages.render import TemplateError, render_sms
from water_outage_notifier.publish.links import page_url

START = datetime(2024, 12, 3, 8, 30)
#: A realistic public page link: the base URL of the settings plus the short reference.
LINK = page_url("https://acquasanterno.it/lavori", "INT-2024-0173")
# One length per duration class, each just inside its limit.
LENGTHS = {name: limit - timedelta(minutes=1) for name, limit in DURATION_LIMITS}
LENGTHS[LONGER] = timedelta(hours=50)


def context(kind, lang, hours=None, **changes):
    end = START + (hours if hours is not None else timedelta(hours=2))
    base = MessageContext(
        kind=kind,
        lang=lang,
        start=START,
        end=end,
        reference="INT-2024-0173",
        utility_name="Acquedotto Santerno",
        callcentre_number="800 999 500",
        municipalities=("Castel San Pietro Terme",),
        streets=("Viale Dante Alighieri", "Via Giuseppe Garibaldi", "Via Emilia", "Via Cavour"),
        link=LINK,
    )
    return replace(base, **changes)


CASES = [
    (kind, duration, lang)
    for kind in MESSAGE_KINDS
    for duration in LENGTHS
    for lang in ("it", "en")
]


@pytest.mark.parametrize(("kind", "duration", "lang"), CASES)
def test_every_template_renders_gsm7_within_two_segments(kind, duration, lang):
    ctx = context(kind, lang, LENGTHS[duration])
    text, info = render_sms(ctx)
    assert info.duration in (duration, ANY)
    assert info.origin == "plugin"
    result = analyse(text)
    assert result.encoding == "GSM-7", result.offending
    assert result.segments <= 2, text
    assert dates.short_date(START, lang) in text
    assert ctx.reference in text
    assert ctx.utility_name in text
    assert ctx.callcentre_number in text
    assert text.endswith(LINK)
    if kind != "service_announcement":
        assert "08:30" in text
    assert "{" not in text and "  " not in text


@pytest.mark.parametrize("kind", ["planned_interruption", "pressure_drop", "emergency"])
@pytest.mark.parametrize("lang", ["it", "en"])
def test_each_duration_has_its_own_file(kind, lang):
    for duration in LENGTHS:
        assert find_template(kind, duration, lang).duration == duration


def test_end_time_and_end_date_shown_when_the_work_runs_past_midnight():
    start = datetime(2024, 12, 3, 22)
    ctx = context("planned_interruption", "it", start=start, end=start + timedelta(hours=5))
    text, _ = render_sms(ctx)
    assert "dalle 22:00 di mar 3 dic alle 03:00 di mer 4 dic" in text


def test_example_sentence_in_italian():
    ctx = context(
        "planned_interruption",
        "it",
        timedelta(hours=3, minutes=30),
        municipalities=("Imola",),
        streets=("Via Emilia", "Via Cavour", "Via Appia", "Via Selice", "Via Mazzini"),
        utility_name="HERA Acqua",
        link=None,
    )
    text, _ = render_sms(ctx)
    assert text == (
        "HERA Acqua: per lavori programmati mar 3 dic dalle 08:30 alle 12:00 possibile "
        "interruzione dell'acqua a Imola, Via Emilia, Via Cavour e altre 3 vie. "
        "Si consiglia una scorta d'acqua. Info 800 999 500 Rif. INT-2024-0173"
    )


@pytest.mark.parametrize(
    ("change", "placeholder"),
    [
        ({"reference": ""}, "ref"),
        ({"callcentre_number": "  "}, "phone"),
        ({"utility_name": ""}, "utility"),
        ({"municipalities": (), "streets": ()}, "place"),
    ],
)
def test_missing_value_names_the_placeholder(change, placeholder):
    ctx = context("planned_interruption", "it", **change)
    with pytest.raises(TemplateError) as caught:
        render_sms(ctx)
    assert caught.value.placeholder == placeholder
    assert f"'{placeholder}'" in str(caught.value)
    assert "up_to_2h.it.j2" in str(caught.value)


def write(folder, name, text):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_unknown_placeholder_in_user_template_is_named(tmp_path):
    write(tmp_path, "sms/emergency/any.it.j2", "Guasto a {{ place }}, squadra {{ crew }}.")
    ctx = context("emergency", "it", end=None)
    with pytest.raises(TemplateError) as caught:
        render_sms(ctx, tmp_path)
    assert caught.value.placeholder == "crew"
    assert str(tmp_path) in caught.value.template


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ utility.__class__ }}",
        "{{ cycler.__init__.__globals__ }}",
    ],
)
def test_sandbox_refuses_escapes(tmp_path, source):
    write(tmp_path, "sms/water_back/any.it.j2", source)
    with pytest.raises(TemplateError) as caught:
        render_sms(context("water_back", "it"), tmp_path)
    assert "water_back/any.it.j2" in str(caught.value)


def test_syntax_error_gives_file_and_line(tmp_path):
    write(tmp_path, "sms/water_back/any.it.j2", "Acqua\n{% if link %}tornata")
    with pytest.raises(TemplateError) as caught:
        render_sms(context("water_back", "it"), tmp_path)
    assert "line" in str(caught.value)
    assert "any.it.j2" in str(caught.value)


def test_user_folder_overrides_and_adds(tmp_path):
    write(tmp_path, "sms/planned_interruption/up_to_2h.it.j2", "MIO {{ utility }} {{ ref }}")
    write(tmp_path, "sms/planned_interruption/up_to_2h.de.j2", "DE {{ ref }}")
    ctx = context("planned_interruption", "it")
    text, info = render_sms(ctx, tmp_path)
    assert text == "MIO Acquedotto Santerno INT-2024-0173"
    assert (info.origin, info.overrides_plugin) == ("user", True)
    # Other durations still come from the plugin.
    other = find_template("planned_interruption", "half_day", "it", tmp_path)
    assert other.origin == "plugin"
    added = find_template("planned_interruption", "up_to_2h", "de", tmp_path)
    assert (added.origin, added.overrides_plugin) == ("user", False)


def test_user_any_beats_plugin_exact_duration(tmp_path):
    write(tmp_path, "sms/emergency/any.en.j2", "EMERGENCY {{ ref }}")
    info = find_template("emergency", "half_day", "en", tmp_path)
    assert (info.origin, info.duration) == ("user", ANY)


def test_user_footer_include_overrides_plugin_footer(tmp_path):
    write(tmp_path, "sms/_footer.it.j2", " Chiama {{ phone }}")
    text, info = render_sms(context("cancelled", "it"), tmp_path)
    assert info.origin == "plugin"
    assert text.endswith("Chiama 800 999 500")


def test_edited_user_template_is_picked_up(tmp_path):
    path = write(tmp_path, "sms/water_back/any.it.j2", "uno {{ ref }}")
    assert render_sms(context("water_back", "it"), tmp_path)[0] == "uno INT-2024-0173"
    path.write_text("due {{ ref }}", encoding="utf-8")
    import os

    os.utime(path, (path.stat().st_atime + 10, path.stat().st_mtime + 10))
    assert render_sms(context("water_back", "it"), tmp_path)[0] == "due INT-2024-0173"


def test_listing_shows_plugin_and_user_files(tmp_path):
    write(tmp_path, "sms/cancelled/any.it.j2", "x")
    listed = list_templates(tmp_path)
    plugin = [t for t in listed if t.origin == "plugin"]
    assert len(plugin) == 3 * 4 * 2 + 6 * 2  # the other kinds have "any" only
    assert {t.kind for t in plugin} == set(MESSAGE_KINDS)
    user = [t for t in listed if t.origin == "user"]
    assert [(t.kind, t.duration, t.lang, t.overrides_plugin) for t in user] == [
        ("cancelled", ANY, "it", True)
    ]


def test_no_template_is_a_clear_error():
    with pytest.raises(TemplateNotFoundError, match="'emergency'.*'any'.*'it'"):
        render_sms(context("emergency", "it", end=None))


def test_extra_values_feed_user_placeholders(tmp_path):
    write(tmp_path, "sms/emergency/any.it.j2", "Guasto a {{ place }}, squadra {{ crew }}.")
    ctx = context("emergency", "it", end=None, extra={"crew": "Squadra 3"})
    assert render_sms(ctx, tmp_path)[0].endswith("squadra Squadra 3.")


def non_gsm7_templates(user_dir=None):
    """Templates whose own wording has characters outside GSM-7, with those characters."""
    found = []
    for info in list_templates(user_dir):
        offending = find_offending(info.path.read_text(encoding="utf-8"))
        if offending:
            found.append((info, offending))
    return found


def test_shipped_templates_are_gsm7_and_user_slips_are_found(tmp_path):
    assert non_gsm7_templates() == []
    write(tmp_path, "sms/water_back/any.it.j2", "È tornata l’acqua {{ ref }}")
    ((info, offending),) = non_gsm7_templates(tmp_path)
    assert info.origin == "user" and info.kind == "water_back"
    assert [(o.char, o.replacement) for o in offending] == [("È", "E'"), ("’", "'")]
