"""The operator's words for the codes the core refuses, warns and fails with.

The pure rooms say what is wrong as a ``code`` and plain ``params`` (a
``ReportError``, a ``TemplateError``, a date ``Issue`` carried by the
pipeline as a ``Reason``); this module says it in the interface's
language through the translation catalogue. A code it does not know keeps
the core's own sentence.
"""

from __future__ import annotations

from .i18n import tr

#: Sentences by code (``code.variant`` when a parameter changes the sentence).
TEXTS = {
    # a report file given to outage:notify (notify/report_input.py)
    "report_not_json": (
        "The report '{file}' is not a JSON file (line {line}, column {column}): choose the "
        "report written by outage:isolate or outage:customers."
    ),
    "report_not_object": (
        "The report '{file}' holds {found}, not the report written by outage:isolate or "
        "outage:customers."
    ),
    "report_missing_keys": (
        "The report '{file}' has no {keys}: choose the JSON report of outage:isolate (with a "
        "customers layer) or outage:customers."
    ),
    "report_wrong_shape": (
        "The report '{file}' is not as outage:isolate or outage:customers write it: "
        "'{where}' should be {expected}, not {found}."
    ),
    # the planned works of outage:batch (notify/planned_works.py)
    "works_unreadable": "The planned works file '{file}' cannot be read ({reason}).",
    "works_not_utf8": (
        "The planned works file '{file}' is not UTF-8 (byte {byte}): save it as 'CSV UTF-8' "
        "from the spreadsheet."
    ),
    "works_empty": "The planned works file '{file}' is empty: it needs a header row.",
    "works_not_csv": (
        "The planned works file '{file}' cannot be read as CSV from line {line}: a cell longer "
        "than {limit} characters, or a quote that is never closed?"
    ),
    "works_missing_columns": (
        "The planned works file '{file}' has no column {missing} (header: {header}); the "
        "columns are {columns} and, optionally, {optional}."
    ),
    # user templates (messages/render.py, messages/template_limits.py)
    "template_refused": (
        "Template {template}: refused by the sandbox; templates may only use the documented "
        "placeholders."
    ),
    "template_placeholder_missing": "Template {template}: the placeholder '{placeholder}' has no value.",
    "template_syntax": "Template {template}, line {line}: this is not valid template syntax.",
    "template_failed": "Template {template}, line {line}: the template failed ({error}).",
    "template_include_missing": (
        "Template {template}, line {line}: the included file {include} does not exist."
    ),
    "template_loop_too_long": (
        "Template {template}, line {line}: its loops turn more than {limit} times."
    ),
    "template_value_too_big": (
        "Template {template}, line {line}: it makes a text or a list larger than {limit}."
    ),
    "template_output_too_long": (
        "Template {template}: the text would be longer than {limit} characters."
    ),
    "template_too_slow": "Template {template}: it takes more than {limit} seconds to write.",
    "template_too_deep": "Template {template}, line {line}: a macro calls itself without end.",
    # dates (messages/rules.py, messages/context.py)
    "too_far_behind": "The start ({start}) is more than {days} days ago: check the date.",
    "too_far_ahead": (
        "The start ({start}) is more than {days} days ahead: check the date (the year?)."
    ),
    "too_long": (
        "The end ({end}) would make the work last more than {days} days: check the end date."
    ),
    "start_in_past": (
        "The start ({start}) has already passed: a notice comes before the work. Correct the "
        "date, or confirm sending after the start as the operator's decision."
    ),
    "start_in_past_allowed.emergency": (
        "The start ({start}) has already passed: sent anyway, as this is an emergency."
    ),
    "start_in_past_allowed.override": (
        "The start ({start}) has already passed: sent anyway, by the operator's decision."
    ),
    "end_before_start": "The end ({end}) must come after the start ({start}).",
}

#: Words for the kinds of JSON value a report error names (``expected`` and ``found``).
SHAPE_WORDS = {
    "object": "an object {…}",
    "list": "a list […]",
    "text": "a text",
    "id": "an id (a text or a whole number)",
    "true_false": "true or false",
    "number": "a number",
    "null": "null",
}


class _Shown(dict):
    """Parameters as a sentence shows them: an unknown one is '?', never an error."""

    def __missing__(self, key: str) -> str:
        return "?"


def problem_text(problem, **extra) -> str:
    """``problem`` in the operator's words; ``extra`` adds parameters the core cannot know.

    ``problem`` is anything with ``code`` and ``params`` (an exception, a
    ``Reason``); without a known code its own text is returned.
    """
    code = getattr(problem, "code", None)
    params = {**(getattr(problem, "params", None) or {}), **extra}
    key = f"{code}.{params['why']}" if "why" in params else code
    if key not in TEXTS:
        return str(problem)
    shown = _Shown({name: "?" if value is None else value for name, value in params.items()})
    for name in ("expected", "found"):
        if shown.get(name) in SHAPE_WORDS:
            shown[name] = tr(SHAPE_WORDS[shown[name]])
    return tr(TEXTS[key]).format_map(shown)
