"""The operator's words for the summary table outage:batch writes to the Processing log.

The batch (``notify/batch.py``) gives each work's status as codes with
parameters (``status_parts``) and keeps the English of :data:`STATUS_TEXTS`
for the summary CSV, which machines read; the log table is for the operator
and says the same in the interface's language, headings included.
"""

from __future__ import annotations

from .i18n import tr
from .problem_text import problem_text, row_problem_text

#: Sentences by status code (the codes of ``notify.batch.STATUS_TEXTS``, whose English is
#: the CSV's fixed words; these are the translation sources, free to be reworded).
TEXTS = {
    "unknown_pipes": "skipped: pipe id(s) {pipes} of column 'pipe_ids' are not in the pipes layer.",
    "no_customers_layer": "skipped: traced only: no customers layer, nobody to notify.",
    "not_run": "not run",
    "refused": "refused: {reasons}",
    "dry_run": "dry run",
    "sent": "sent",
    "already_sent": "already sent",
    "nothing_to_send": "nothing to send",
    "queued": "queued",
    "scheduled": "scheduled for {when}",
    "error": "error: {error}",
    "canceled": "canceled",
    "failed": "{count} failed",
    "to_check": "{count} to check",
    "email_failed": "email failed: {detail}",
    "invalid_row": "invalid row: {problem}",
}
#: The log table's column headings (the columns of ``notify.batch.TABLE_COLUMNS``).
HEADINGS = {
    "row": "row",
    "reference": "reference",
    "intervention": "intervention",
    "pipes": "pipes",
    "valves_to_close": "valves",
    "sources_to_shut": "sources",
    "customers": "customers",
    "recipients": "recipients",
    "unreachable": "unreachable",
    "conflicts": "conflicts",
    "sent": "sent",
    "already_sent": "already",
    "queued": "queued",
    "status": "status",
}


def status_text(parts: list) -> str:
    """A work's status (``WorkOutcome.status_parts``) in the operator's words."""
    return ", ".join(_phrase(code, params) for code, params in parts)


def headings() -> dict:
    """The log table's headings by column, in the operator's words."""
    return {column: tr(HEADINGS[column]) for column in HEADINGS}


def _phrase(code: str, params: dict) -> str:
    shown = dict(params)
    if code == "refused":
        shown["reasons"] = " ".join(problem_text(reason) for reason in params["reasons"])
    elif code == "invalid_row":
        shown["problem"] = row_problem_text(params["problem"])
    elif code == "error":
        shown["error"] = problem_text(params["error"])
    return tr(TEXTS[code]).format_map(shown)
