"""User templates cannot hang or exhaust QGIS: every limit is a named TemplateError.

Each template below was a raw OverflowError, a hang or a memory blow-up
before the limits (issue 16, item 7). The limits are the defaults: an SMS
or an email template needs a tiny part of them.
"""

from __future__ import annotations

import pytest
from water_outage_notifier.messages.render import TemplateError, render_file
from water_outage_notifier.messages.template_limits import TemplateLimits

NAME = "sms/water_back/any.it.j2"


def render(tmp_path, source, limits=None, **values):
    path = tmp_path / NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source, encoding="utf-8")
    extra = {"limits": limits} if limits is not None else {}
    return render_file(NAME, values, tmp_path, **extra)


def refusal(tmp_path, source, **kwargs) -> TemplateError:
    with pytest.raises(TemplateError) as caught:
        render(tmp_path, source, **kwargs)
    assert caught.value.params["template"] == NAME
    return caught.value


@pytest.mark.parametrize(
    "source",
    [
        "{% for i in range(100000000) %}x{% endfor %}",
        "{{ range(100000000)|list|length }}",
        # three loops of 500 over text: 125 million turns without a single call
        "{% set s = 'abcde' * 100 %}{% for a in s %}{% for b in s %}{% for c in s %}"
        "{% endfor %}{% endfor %}{% endfor %}",
    ],
)
def test_long_loops_are_refused(tmp_path, source):
    assert refusal(tmp_path, source).code == "template_loop_too_long"


@pytest.mark.parametrize(
    "source",
    [
        "{{ 'x' * 100000000 }}",
        "{{ 'x'|center(10000000000) }}",
        "{{ 'x'.ljust(10000000000) }}",
        "{{ 2 ** (2 ** 40) }}",
        "{{ 10 ** 100000 * 10 ** 100000 }}",
        "{{ '%0999999999d' % 1 }}",
        "{{ '%0999999999d'|format(1) }}",
        "{{ '{:>999999999}'.format(1) }}",
        "{{ [1]|batch(1000000000, 0)|list }}",
        "{{ (['x' * 50000] * 50000)|join }}",
        "{% set n = namespace(s='xy') %}{% for i in range(40) %}{% set n.s = n.s ~ n.s %}"
        "{% endfor %}{{ n.s|length }}",
        "{% set n = namespace(s='xy') %}{% for i in range(40) %}{% set n.s = n.s + n.s %}"
        "{% endfor %}{{ n.s|length }}",
        "{% set n = namespace(l=[1]) %}{% for i in range(40) %}{% set _ = n.l.extend(n.l) %}"
        "{% endfor %}{{ n.l|length }}",
        "{% set a = 'x' * 90000 %}{% set b = [a, a, a, a, a, a, a, a, a, a] %}"
        "{% set c = [b, b, b, b, b, b, b, b, b, b] %}{{ c }}",
    ],
)
def test_values_too_big_are_refused(tmp_path, source):
    assert refusal(tmp_path, source).code == "template_value_too_big"


def test_output_too_long_is_refused(tmp_path):
    source = "{% for i in range(5000) %}" + "x" * 50 + "{% endfor %}"
    error = refusal(tmp_path, source)
    assert (error.code, error.params["limit"]) == ("template_output_too_long", 100_000)


def test_a_render_past_its_time_is_refused(tmp_path):
    source = "{% for i in range(10) %}{{ i }}{% endfor %}"
    assert render(tmp_path, source) == "0123456789"
    error = refusal(tmp_path, source, limits=TemplateLimits(seconds=0))
    assert error.code == "template_too_slow"


def test_endless_recursion_is_named(tmp_path):
    error = refusal(tmp_path, "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}")
    assert error.code == "template_too_deep"


@pytest.mark.parametrize(
    ("source", "error", "line"),
    [
        ("Acqua\n{{ 1 / 0 }}", "ZeroDivisionError", 2),
        ("{{ '%d'|format('x') }}", "TypeError", 1),
        ("{{ 'a' + 1 }}", "TypeError", 1),
    ],
)
def test_runtime_errors_are_named_with_their_line(tmp_path, source, error, line):
    failure = refusal(tmp_path, source)
    assert failure.code == "template_failed"
    assert (failure.params["error"], failure.params["line"]) == (error, line)


def test_a_missing_include_names_the_file(tmp_path):
    failure = refusal(tmp_path, "{% include 'sms/_mancante.it.j2' %}")
    assert (failure.code, failure.params["include"]) == (
        "template_include_missing",
        "sms/_mancante.it.j2",
    )


def test_ordinary_templates_are_untouched(tmp_path):
    source = (
        "{% set n = namespace(parts=[]) %}{% for s in streets %}"
        "{% set n.parts = n.parts + [s|upper] %}{% endfor %}"
        "{{ n.parts|join(', ') }} {{ '%s-%s'|format(1, 2) }} {{ '{:>4}'.format(7) }}"
        " {{ (streets|length) * 2 }} {{ 'ab' ~ 'cd' }} {{ {'a': 1}['a'] }}"
    )
    text = render(tmp_path, source, streets=["Via Emilia", "Via Cavour"])
    assert text == "VIA EMILIA, VIA CAVOUR 1-2    7 4 abcd 1"
