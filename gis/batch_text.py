"""The operator's words for the summary table outage:batch writes to the Processing log.

The batch (``notify/batch.py``) gives each work's status as codes with
parameters (``status_parts``) and keeps the English of :data:`STATUS_TEXTS`
for the summary CSV, which machines read; the log table is for the operator
and says the same in the interface's language, headings included. The
English sentences are the translation sources as they stand in the core:
the catalogue extractor follows the import (``devtools/translations.py``).
"""

from __future__ import annotations

from ..notify.batch import STATUS_TEXTS
from .i18n import tr
from .problem_text import problem_text, row_problem_text

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
    return tr(STATUS_TEXTS[code]).format_map(shown)
