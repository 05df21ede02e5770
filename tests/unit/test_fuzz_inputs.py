"""A standing guard on the public inputs: no input may end in a raw traceback (issue 16).

Phone strings, rows of the planned-works CSV (``outage:batch``), report
JSON of any shape (``outage:notify``) and template text each go through
the code that reads them. Every answer must be a result or one of the named
errors of that input (``PlannedWorksError`` / a ``RowProblem``,
``ReportError``, ``TemplateError``), never another exception. Like the
other property tests, CI replays the same examples (the ``ci`` profile of
``conftest.py``); a developer's run explores new ones.
"""

from __future__ import annotations

import atexit
import itertools
import json
import os
import re
import tempfile
from datetime import datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from water_outage_notifier.common.vocabulary import PLANNED_INTERRUPTION
from water_outage_notifier.customers.index import CustomerIndex
from water_outage_notifier.customers.phones import (
    INVALID_PHONE,
    LANDLINE,
    NO_PHONE,
    PhoneNormalizer,
)
from water_outage_notifier.customers.records import CustomerInput
from water_outage_notifier.messages.context import MessageContext, template_values
from water_outage_notifier.messages.render import TemplateError, render_file
from water_outage_notifier.messages.rules import check_dates
from water_outage_notifier.messages.template_limits import TemplateLimits
from water_outage_notifier.notify.planned_works import (
    PlannedWorksError,
    RowProblem,
    parse_planned_works,
)
from water_outage_notifier.notify.report_input import (
    ReportError,
    parse_report,
    places_from_report,
    plan_ids_from_report,
    selection_from_report,
    selection_now,
)

NOW = datetime(2026, 3, 2, 10, 0)
E164 = re.compile(r"\+[1-9][0-9]{6,14}")
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# -- phone strings -------------------------------------------------------------

_PHONE_CHARS = st.sampled_from(list("0123456789+-./() #*;xX") + ["٣", "１", "A", "é", "\u200b"])
phone_like = st.text(_PHONE_CHARS, max_size=24)


@FUZZ
@given(st.one_of(st.text(max_size=30), phone_like, st.none(), st.integers(), st.floats()))
def test_any_phone_value_is_an_e164_mobile_or_a_reason(raw):
    e164, reason = PhoneNormalizer("IT").normalize(raw)
    if e164 is not None:
        assert E164.fullmatch(e164) and reason is None
        assert not any(char.isalpha() for char in str(raw))
    else:
        assert reason in (NO_PHONE, INVALID_PHONE, LANDLINE)


# -- planned-works CSV rows ------------------------------------------------------

_DATES = st.one_of(
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)).map(
        lambda moment: moment.isoformat(sep=" ", timespec="minutes")
    ),
    st.sampled_from(
        [
            "0001-01-01T00:00+14:00",
            "9999-12-31T23:59-12:00",
            "9999-12-31T23:59",
            "2026-02-30 08:00",
            "2026-03-02T08:30Z",
            "",
            "domani",
        ]
    ),
)
_CELLS = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["C1|C2", "planned_interruption", "emergency", "Calo di pressione", '"', ";"]),
    _DATES,
)
_ROWS = st.lists(st.lists(_CELLS, min_size=0, max_size=7), max_size=6)


@FUZZ
@given(rows=_ROWS, delimiter=st.sampled_from([";", ","]), noise=st.text(max_size=40))
def test_any_planned_works_file_gives_works_and_named_problems(rows, delimiter, noise):
    header = delimiter.join(["reference", "pipe_ids", "kind", "start", "end", "notes"])
    body = "\n".join(delimiter.join(row) for row in rows)
    for text in (f"{header}\n{body}", f"{header}\n{body}\n{noise}", noise):
        try:
            works, problems = parse_planned_works(text)
        except PlannedWorksError:
            continue
        assert all(isinstance(problem, RowProblem) and problem.message() for problem in problems)
        for work in works:
            assert work.end > work.start
            check_dates(work.kind, work.start, work.end, NOW)  # must answer, not raise


@pytest.mark.parametrize(
    "body",
    [
        "C" * 200_000 + ";emergency;2026-03-02 08:00;x",  # longer than the CSV reader's limit
        '"C1;emergency;2026-03-02 08:00;' + "x" * 200_000,  # a quote never closed
    ],
)
def test_a_file_the_csv_reader_gives_up_on_is_named(body):
    with pytest.raises(PlannedWorksError) as caught:
        parse_planned_works("pipe_ids;kind;start;end\n" + body + "\n")
    assert caught.value.code == "works_not_csv" and caught.value.params["line"] >= 2


@pytest.mark.parametrize(
    "start", ["0001-01-01T00:00+14:00", "9999-12-31T23:59-12:00", "0001-01-01 00:00"]
)
def test_dates_at_the_edge_of_the_calendar_are_row_problems(start):
    works, problems = parse_planned_works(
        f"pipe_ids;kind;start;end\nC1;emergency;{start};9999-12-31T23:59-12:00\n"
    )
    assert works == [] and problems[0].column in ("start", "end")


# -- report JSON of any shape ----------------------------------------------------

_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=12)
)
_JSON = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)
_KEYS = st.sampled_from(
    ["customers", "recipients", "unreachable", "counts", "places", "pipes", "valves", "work_site"]
)


def _valid_report() -> dict:
    return {
        "customers": {"isolated": ["a", "b"], "unsupplied": [7]},
        "recipients": [{"phone": "+393331111111", "customers": ["a", 7]}],
        "unreachable": [{"customer": "b", "reason": "landline", "sensitive": True}],
        "counts": {"customers": 3},
        "places": {"municipalities": ["Imola"], "streets": ["Via Emilia"]},
        "pipes": {"isolated": {"pipe_ids": ["P1"]}},
        "valves": {"to_close": [{"valve_id": "V1"}]},
        "work_site": {"pipe_ids": ["P1"]},
    }


_INDEX = CustomerIndex.for_selection(
    [
        CustomerInput(1, "a", phone="333 111 1111"),
        CustomerInput(2, "b", phone="0542 123456"),
        CustomerInput(3, 7, phone="333ABC4567"),
    ]
)


def _read_everything(report) -> None:
    """What outage:notify reads of a report; only ReportError may come out."""
    try:
        reported = selection_from_report(report)
        places_from_report(report)
        plan_ids_from_report(report)
    except ReportError as error:
        assert error.code.startswith("report_") and str(error)
        return
    selection, _changes = selection_now(reported, _INDEX)
    assert all(E164.fullmatch(recipient.phone) for recipient in selection.recipients)


@FUZZ
@given(_JSON)
def test_any_json_is_a_report_or_a_named_error(value):
    try:
        report = parse_report(json.dumps(value))
    except ReportError as error:
        assert error.code == "report_not_object"
        return
    _read_everything(report)


@FUZZ
@given(key=_KEYS, value=_JSON, path=st.lists(st.integers(0, 3), max_size=3))
def test_a_report_with_one_part_replaced_is_read_or_named(key, value, path):
    report = _valid_report()
    target, part = report, key
    for step in path:  # go down into the part, where there is something to go into
        inner = target[part]
        if not isinstance(inner, (dict, list)) or not inner:
            break
        children = list(inner) if isinstance(inner, dict) else list(range(len(inner)))
        target, part = inner, children[step % len(children)]
    target[part] = value
    _read_everything(report)


@FUZZ
@given(st.text(max_size=60))
def test_any_text_is_json_or_a_named_error(text):
    try:
        _read_everything(parse_report(text))
    except ReportError as error:
        assert error.code in ("report_not_json", "report_not_object")


# -- template text -------------------------------------------------------------

_FRAGMENTS = [
    "{{ ", " }}", "{% ", " %}", "{# ", " #}", "for x in ", "endfor", "if ", "else", "endif",
    "set n = ", "namespace(s='ab')", "n.s", "macro m(a)", "endmacro", "m(1)", "call", "endcall",
    "filter upper", "endfilter", "range(", ")", "(", ",", "[", "]", "{", "}", ":", "'x'", '"y"',
    "|", "upper", "join", "center(", "batch(", "format", "length", "list", "int", "*", "**",
    "~", "+", "-", "/", "//", "%", "1", "0", "99999", "999999999", "utility", "streets", "place",
    "ref", "nope", "loop.index", "loop(", "recursive", "__class__", "mro", ".", "include ",
    "import ", "'sms/_footer.it.j2'", "lipsum", "dict", "cycler", "joiner", " ", "\n", "x",
    "and", "or", "not", "in", "is", "none", "true", "raw", "endraw", "block b", "endblock",
    "extends ",
]  # fmt: skip
_TEMPLATES = st.lists(st.sampled_from(_FRAGMENTS), max_size=30).map("".join)
_FOLDER = tempfile.TemporaryDirectory(prefix="fuzz-templates-")
atexit.register(_FOLDER.cleanup)  # removed when the run ends, not left to the collector
_NAMES = itertools.count()
_VALUES = template_values(
    MessageContext(
        kind=PLANNED_INTERRUPTION,
        lang="it",
        start=NOW + timedelta(days=3),
        end=NOW + timedelta(days=3, hours=4),
        reference="INT-2026-0001",
        utility_name="Acqua Imola",
        callcentre_number="800 123 456",
        municipalities=("Imola",),
        streets=("Via Emilia", "Via Cavour"),
    )
)
#: Quick limits, so an example that runs into the time limit costs little.
_LIMITS = TemplateLimits(seconds=0.2)


@FUZZ
@given(_TEMPLATES)
def test_any_template_text_renders_or_gives_a_named_error(source):
    name = f"fuzz/{next(_NAMES)}.j2"  # a new file each time: no stale compiled template
    path = f"{_FOLDER.name}/{name}"
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(source)
    try:
        text = render_file(name, _VALUES, _FOLDER.name, limits=_LIMITS)
    except TemplateError as error:
        assert error.code.startswith("template_") and error.params["template"] == name
        return
    assert isinstance(text, str) and len(text) <= _LIMITS.length


@pytest.mark.parametrize("text", ['"', " ;\n", "\ufeff\n\n"])
def test_a_file_with_no_header_cell_is_named_empty(text):
    with pytest.raises(PlannedWorksError) as caught:
        parse_planned_works(text)
    assert caught.value.code == "works_empty"
