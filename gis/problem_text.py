"""The operator's words for the codes the core refuses, warns and fails with.

The pure rooms say what is wrong as a ``code`` and plain ``params`` (a
``ReportError``, a ``TemplateError``, a date ``Issue`` or a conflict carried
by the pipeline as a ``Reason``, a ``DataWarning``, an ``EmailOutcome``);
:func:`problem_text` says it in the interface's language through the
translation catalogue, with the sentences of this module, of
:mod:`.warning_text` (data warnings) and of :mod:`.notice_text` (the
notice pipeline). A code none of them knows keeps the core's own sentence;
the unit test ``test_codes_have_words`` makes sure there is none.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timezone

from ..common.labels import label
from ..common.sms_sender import sender_problem_code
from ..messages import dates, send_time
from . import notice_text, warning_text
from .i18n import document_language, tr

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
    # a row of the planned works skipped (notify/planned_works.py RowProblem)
    "row_extra_values": (
        "the row has {values} values but the header has {columns} columns (a separator inside "
        "a value? quote it)."
    ),
    "row_duplicate_reference": "the same reference is already on row {other_row}.",
    "row_no_pipe": (
        "no pipe id (separate several with ',', ';' or '|', or with spaces when the ids have none)."
    ),
    "row_unknown_kind": "unknown kind; use one of {kinds}.",
    "row_bad_date": (
        "not a date and time; write it as 2026-03-02 08:30 (Rome time) or with its offset, "
        "2026-03-02T08:30+01:00."
    ),
    "row_end_before_start": "the end must come after the start ({start}).",
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
    # the checks of a notice's text and sender (messages/rules.py, messages/context.py)
    "short_notice": (
        "Only {hours} hours' notice: ARERA asks for at least {need} hours before a planned "
        "interruption."
    ),
    "empty": "The message is empty.",
    "too_many_segments": (
        "The message takes {segments} SMS segments ({units} {encoding} units); the configured "
        "maximum is {maximum}."
    ),
    "ucs2": (
        "Characters outside the GSM-7 alphabet: {characters}. The message switches to UCS-2 "
        "(70 characters per segment)."
    ),
    "bad_sender": (
        "Sender '{sender}' is not valid: at most 11 letters or digits, not starting with a "
        "digit, not generic (INFO, SMS), registered with AGCOM."
    ),
    "bad_sender.missing": "No SMS sender is set in the gateway profile.",
    "unknown_kind": "Unknown kind of notice '{kind}'.",
    # the send window (messages/rules.py check_send_window)
    "outside_window": (
        "It is {at}: notices are sent only within {span} (Italian time), except emergencies."
    ),
    "outside_window_allowed.emergency": (
        "Sending at {at}, outside the {span} window: allowed for an emergency."
    ),
    "outside_window_allowed.override": (
        "Sending at {at}, outside the {span} window: allowed by the operator's decision."
    ),
}

#: When a waiting notice goes, as the operator says it (``messages.send_time.phrase_parts``).
WHEN_WORDS = {
    "now": "now",
    "today": "today at {at}",
    "tomorrow": "tomorrow at {at}",
    "day": "{date} at {at}",
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


def _sentence(key: str) -> str:
    return tr(TEXTS[key])


#: Every table of sentences and how to translate one of its keys.
TABLES = (
    (TEXTS, _sentence),
    (warning_text.TEXTS, warning_text.sentence),
    (notice_text.TEXTS, notice_text.sentence),
)

#: Parameters holding a code of the vocabulary, shown as its label (``common.labels``).
LABELLED = {
    "kind": "kind",
    "state": "state",
    "from_state": "state",
    "to_state": "state",
    "reason": "reason",
    "status": "email_status",
}


#: Parameters holding an ISO date or time (the core keeps them machine-readable).
MOMENTS = ("start", "end", "day")


class Shown(dict):
    """Parameters as a sentence shows them: an unknown one is '?', never an error."""

    def __missing__(self, key: str) -> str:
        return "?"


def problem_text(problem, **extra) -> str:
    """``problem`` in the operator's words; ``extra`` adds parameters the core cannot know.

    ``problem`` is anything with ``code`` and ``params`` (an exception, a
    ``Reason``, a ``DataWarning``) or their dict form in a report; without
    a known code its own text is returned.
    """
    fields = problem if isinstance(problem, Mapping) else vars_of(problem)
    code = fields.get("code")
    params = _when_in_words({**(fields.get("params") or {}), **extra})
    sentence = _lookup(code, params, fields.get("role"))
    if sentence is None:
        return str(fields.get("message") or problem)
    shown = Shown({name: shown_value(name, value) for name, value in params.items()})
    if fields.get("role") is not None:
        shown.setdefault("layer", warning_text.layer_words(fields["role"]))
        shown.setdefault(
            "feature", warning_text.feature_words(fields.get("fid"), fields.get("feature_id"))
        )
        for name in ("fid", "feature_id"):
            shown.setdefault(name, shown_value(name, fields.get(name)))
    return sentence.format_map(shown)


def profile_problems(profile) -> list:
    """What stops a gateway profile from sending, each in the operator's words."""
    return [problem_text(problem) for problem in profile.check()]


def sender_text(sender: str) -> str:
    """Why the SMS sender ``sender`` would be refused, or "" when it is fine."""
    why = sender_problem_code(sender) if sender else None
    if why is None:
        return ""
    return problem_text({"code": "invalid_sender", "params": {"sender": sender, "why": why}})


def row_problem_text(problem) -> str:
    """A row of the planned works skipped (a ``RowProblem``): where, and why."""
    return tr("Row {row}, column '{column}', value '{value}': {problem}").format(
        row=problem.row, column=problem.column, value=problem.value, problem=problem_text(problem)
    )


def email_text(email) -> str:
    """The call-centre copy (an ``EmailOutcome``): its status as a word, and why it did not go."""
    status = label("email_status", email.status, document_language())
    if not email.code:
        return tr("Call-centre email: {status}.").format(status=status)
    return tr("Call-centre email: {status}. {why}").format(status=status, why=problem_text(email))


def has_words(problem) -> bool:
    """Whether :func:`problem_text` has a sentence of its own for ``problem``."""
    fields = problem if isinstance(problem, Mapping) else vars_of(problem)
    params = fields.get("params") or {}
    return _key(fields.get("code"), params, fields.get("role")) is not None


def vars_of(problem) -> dict:
    """The fields :func:`problem_text` reads, from an object."""
    names = ("code", "params", "role", "fid", "feature_id", "message")
    return {name: getattr(problem, name, None) for name in names}


def _key(code, params: dict, role):
    if not code:
        return None
    candidates = []
    if params.get("why"):
        candidates.append(f"{code}.{params['why']}")
    if role:
        candidates.append(f"{code}.{role}")
    candidates.append(code)
    for key in candidates:
        for table, sentence in TABLES:
            if key in table:
                return key, sentence
    return None


def _lookup(code, params: dict, role):
    found = _key(code, params, role)
    return None if found is None else found[1](found[0])


def shown_value(name: str, value) -> str:
    """A parameter's value as a sentence shows it: labels for codes, lists joined."""
    if value is None:
        return "?"
    if name in LABELLED and isinstance(value, str):
        return label(LABELLED[name], value, document_language())
    if name == "allowed":  # states an intervention may go to
        return ", ".join(label("state", state, document_language()) for state in value) or "-"
    if name in ("expected", "found") and value in SHAPE_WORDS:
        return tr(SHAPE_WORDS[value])
    if name in MOMENTS and isinstance(value, str):
        return _moment(value)
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".")
    if isinstance(value, Mapping):
        return ", ".join(f"{count} {name}" for name, count in value.items())
    if isinstance(value, (list, tuple)):  # ids: one without a value is said so
        return ", ".join(tr("(no id)") if item in (None, "") else str(item) for item in value)
    return str(value)


def _when_in_words(params: dict) -> dict:
    """A waiting notice's ``when`` ("domani alle 08:00") said again from its
    ``at`` in the interface's language: the core words it in the notice's
    language, which may not be the operator's."""
    if "when" not in params or not isinstance(params.get("at"), str):
        return params
    try:
        moment = datetime.fromisoformat(params["at"])
    except ValueError:
        return params
    now = datetime.now(timezone.utc)
    key, values = send_time.phrase_parts(moment, now, document_language())
    return {**params, "when": tr(WHEN_WORDS[key]).format(**values)}


def _moment(value: str) -> str:
    """An ISO date or time as people read it, in Rome time: ``lun 4 mag 08:00``."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    day = dates.short_date(moment, document_language())
    return day if len(value) == len("2026-05-04") else f"{day} {dates.clock(moment)}"
