"""A whole list of planned works notified in one run, with one summary line per work.

The planner's week (``planned_works.py``) is traced on ONE network model:
building it reads every pipe and customer, tracing a work site is a
question to the built model. Each work then goes through the same
``notify`` pipeline as the dialog, so the preview checks, the one SMS per
number per intervention and the history hold for batches too.

Conflict policy: a work overlapping in time with another active work
(earlier in the history or elsewhere in this batch) AND sharing isolated
pipes or customers is *flagged*, on both sides, and still notified. The
batch cannot know whether two crews were coordinated on purpose; the
customers must be warned either way, and the summary and the Processing
log put the conflict in front of the operator.

Running the same file again is safe: a work already in the history (the
reference given in the file, or the same kind, window and pipes) is
notified again under its own reference, and the outbox sends nothing new.
Pure Python: no Qt, no QGIS.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import dataclass, field
from typing import Callable

from ..common.log_words import say
from ..common.vocabulary import EMAIL_FAILED
from ..customers.csv_export import csv_bytes
from ..messages.dates import to_local
from ..store.conflicts import FIRST_IDS, Conflict, find_conflicts
from ..store.history import list_interventions
from ..store.interventions import UnknownInterventionError
from ..work_site import analyse, model_warnings
from .pipeline import notify
from .planned_works import PlannedWork
from .report_input import plan_ids_from_report
from .request import InterventionPlan, MessageOptions, NotifyRequest, NotifyResult, Services

LOG = logging.getLogger("water_outage_notifier.notify")

#: State shown for a conflict with another row of the same batch.
IN_THIS_BATCH = "in this batch"
SUMMARY_COLUMNS = (
    "row",
    "reference",
    "intervention",
    "kind",
    "start",
    "end",
    "pipes",
    "valves_to_close",
    "sources_to_shut",
    "customers",
    "recipients",
    "unreachable",
    "conflicts",
    "sent",
    "already_sent",
    "queued",
    "status",
)
#: Columns of the text table in the Processing log (the CSV has them all).
TABLE_COLUMNS = tuple(c for c in SUMMARY_COLUMNS if c not in ("kind", "start", "end"))
_TABLE_HEADINGS = {
    "valves_to_close": "valves",
    "sources_to_shut": "sources",
    "already_sent": "already",
}
#: The status column's phrases by code, in English: the CSV and the JSON reports are for
#: machines and keep these words; the Processing log says the codes in the operator's
#: language (``gis/batch_text.py``), and these sentences are the catalogue's sources.
STATUS_TEXTS = {
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


@dataclass(frozen=True)
class BatchSettings:
    """What every notice of the batch shares: wording, signer, dry run, email copy.

    ``public_area`` makes a work site's public area (the QGIS edge's
    generaliser, see ``InterventionPlan.public_area``); None: no area.
    """

    options: MessageOptions
    operator: str
    dry_run: bool = True
    send_email: bool = True
    public_area: Callable | None = None


@dataclass
class WorkOutcome:
    """One planned work: its trace report, who is affected, its conflicts and its notice.

    ``skipped`` is the code (a key of :data:`STATUS_TEXTS`, with
    ``skipped_params``) of why the work was not notified (unknown pipe, no
    customers layer); ``result`` is the pipeline's answer.
    """

    work: PlannedWork
    report: dict | None = None
    selection: object | None = None
    reference: str | None = None
    conflicts: list = field(default_factory=list)
    result: NotifyResult | None = None
    skipped: str = ""
    skipped_params: dict = field(default_factory=dict)
    public_area: tuple = ()

    def plan(self, operator: str) -> InterventionPlan:
        """The intervention to notify: the work's window and the trace's ids."""
        return InterventionPlan(
            kind=self.work.kind,
            start=self.work.start,
            end=self.work.end,
            operator=operator,
            reference=self.reference,
            public_area=self.public_area,
            **plan_ids_from_report(self.report),
        )

    def intervention(self) -> str:
        """The history's reference for the work ('' in a dry run of a work not yet recorded)."""
        result = self.result
        made = result.reference if result is not None and not result.dry_run else None
        return made or self.reference or ""

    def status_parts(self) -> list:
        """What happened to this work, or why not: ``(code, params)`` of :data:`STATUS_TEXTS`.

        ``refused`` carries the pipeline's reasons (``Reason`` or plain sentences).
        """
        result = self.result
        if self.skipped:
            return [(self.skipped, dict(self.skipped_params))]
        if result is None:
            return [("not_run", {})]
        if result.refused:
            return [("refused", {"reasons": tuple(result.refused)})]
        parts = [("dry_run" if result.dry_run else _sent_code(result), {})]
        if result.scheduled_at is not None:  # it waits for the send window, or SEND_AT
            parts.append(("scheduled", {"when": f"{to_local(result.scheduled_at):%Y-%m-%d %H:%M}"}))
        if result.error:
            parts.append(("error", {"error": result.error}))
        if result.canceled:
            parts.append(("canceled", {}))
        for count, code in ((result.failed, "failed"), (result.uncertain, "to_check")):
            if count and not result.dry_run:
                parts.append((code, {"count": count}))
        if result.email is not None and result.email.status == EMAIL_FAILED:
            parts.append(("email_failed", {"detail": result.email.detail}))
        return parts

    def status(self) -> str:
        """One phrase for the summary in English (the CSV's stable words)."""
        return status_words(self.status_parts())

    def summary_row(self) -> dict:
        """The work's line of the summary, keyed by :data:`SUMMARY_COLUMNS`."""
        work, report, result = self.work, self.report or {}, self.result
        counts = report.get("counts", {})
        row = {
            "row": work.row,
            "reference": work.reference,
            "intervention": self.intervention(),
            "kind": work.kind,
            "start": work.start.isoformat(timespec="minutes"),
            "end": work.end.isoformat(timespec="minutes"),
            "pipes": " ".join(str(p) for p in work.pipe_ids),
            "valves_to_close": counts.get("valves_to_close", ""),
            "sources_to_shut": counts.get("sources_to_shut", ""),
            "customers": counts.get("customers", ""),
            "recipients": len(report["recipients"]) if "recipients" in report else "",
            "unreachable": len(report["unreachable"]) if "unreachable" in report else "",
            "conflicts": _conflict_cell(self.conflicts),
            "sent": "",
            "already_sent": "",
            "queued": "",
            "status": self.status(),
            "status_parts": self.status_parts(),
        }
        if result is not None and not result.refused:
            row.update(sent=result.sent, already_sent=result.already_sent, queued=result.queued)
        return row

    def to_dict(self) -> dict:
        """The work's JSON report: the row, the trace, the conflicts and the notice."""
        work = self.work
        return {
            "row": work.row,
            "reference": work.reference,
            "intervention": self.intervention(),
            "kind": work.kind,
            "start": work.start.isoformat(),
            "end": work.end.isoformat(),
            "pipe_ids": list(work.pipe_ids),
            "notes": work.notes,
            "status": self.status(),
            "conflicts": [conflict.message() for conflict in self.conflicts],
            "isolate": self.report,
            "notify": self.result.to_dict() if self.result is not None else None,
        }


def run_batch(
    works: list,
    network,
    index,
    services: Services,
    settings: BatchSettings,
    progress=None,
) -> list:
    """Trace, check and notify every work in order; one :class:`WorkOutcome` each.

    ``index`` is the model's ``CustomerIndex`` (None: the works are traced
    but nobody can be notified). ``progress`` is the core's protocol
    (``set_progress(percent)``, ``is_canceled()``): a cancel lets the
    running notice stop cleanly and leaves the remaining works "not run".
    """
    warnings = model_warnings(network, index)
    outcomes = [trace_work(work, network, index, warnings, settings.public_area) for work in works]
    for outcome in outcomes:
        if outcome.report is not None:
            outcome.reference = earlier_intervention(services.store, outcome)
    flag_batch_conflicts(outcomes)
    batch_references = {o.reference for o in outcomes if o.reference}
    for number, outcome in enumerate(outcomes):
        if progress is not None and progress.is_canceled():
            break
        if outcome.skipped or outcome.report is None:
            continue
        part = _Part(progress, 100.0 * number / len(outcomes), 100.0 * (number + 1) / len(outcomes))
        outcome.conflicts += [
            conflict
            for conflict in _stored_conflicts(services, outcome)
            if conflict.reference not in batch_references
        ]
        request = NotifyRequest(
            plan=outcome.plan(settings.operator),
            selection=outcome.selection,
            options=settings.options,
            send_email=settings.send_email,
            dry_run=settings.dry_run,
        )
        outcome.result = notify(request, services, part)
        if outcome.result.reference and not settings.dry_run:
            batch_references.add(outcome.result.reference)
        parts = tuple(outcome.status_parts())
        say(
            LOG,
            logging.INFO,
            "planned_work",
            work=outcome.work.label,
            status=outcome.status(),
            batch_status=parts,
        )
    return outcomes


def trace_work(work: PlannedWork, network, index, warnings=None, public_area=None) -> WorkOutcome:
    """The work site of ``work`` on the built model, or why it cannot be traced.

    ``public_area(site)`` gives the area the public page shows (see ``BatchSettings``).
    """
    pipe_ids, unknown = resolve_pipe_ids(network, work.pipe_ids)
    if unknown:
        return WorkOutcome(
            work, skipped="unknown_pipes", skipped_params={"pipes": ", ".join(unknown)}
        )
    site = analyse(network, network.pieces_for_pipe_ids(pipe_ids), index, warnings=warnings)
    outcome = WorkOutcome(work, report=site.report(), selection=site.customers)
    if public_area is not None:
        outcome.public_area = public_area(site)
    if site.customers is None:
        outcome.skipped = "no_customers_layer"
    return outcome


def resolve_pipe_ids(network, texts) -> tuple:
    """``(ids, unknown)``: each typed id as the network holds it (text, or number)."""
    ids, unknown = [], []
    for text in texts:
        candidates = [text] + ([int(text)] if re.fullmatch(r"-?\d+", text) else [])
        found = next((c for c in candidates if network.pieces_of_pipe(c)), None)
        if found is None:
            unknown.append(text)
        else:
            ids.append(found)
    return ids, unknown


def earlier_intervention(store, outcome: WorkOutcome) -> str | None:
    """The history's reference for this work, so a second run sends nothing new.

    The reference written in the file when the history knows it; otherwise
    an intervention of the same kind, window and work-site pipes.
    """
    work = outcome.work
    if work.reference:
        try:
            return store.get(work.reference).reference
        except UnknownInterventionError:
            pass
    pipes = {str(p) for p in outcome.report["work_site"]["pipe_ids"]}
    for intervention in list_interventions(store, work.start, work.end, kinds=(work.kind,)):
        if (
            intervention.planned_start == work.start
            and intervention.planned_end == work.end
            and {str(p) for p in intervention.work_pipe_ids} == pipes
        ):
            return intervention.reference
    return None


def flag_batch_conflicts(outcomes: list) -> None:
    """Add to both works every pair of this batch that overlaps in time and shares network."""
    traced = [o for o in outcomes if o.report is not None]
    keys = {id(o): _conflict_keys(o) for o in traced}
    for position, first in enumerate(traced):
        for second in traced[position + 1 :]:
            start = max(first.work.start, second.work.start)
            end = min(first.work.end, second.work.end)
            if start >= end:
                continue
            (segments_a, customers_a), (segments_b, customers_b) = keys[id(first)], keys[id(second)]
            segments = [s for s in segments_a if s in set(segments_b)]
            customers = [c for c in customers_a if c in set(customers_b)]
            if segments or customers:
                first.conflicts.append(_batch_conflict(second, start, end, segments, customers))
                second.conflicts.append(_batch_conflict(first, start, end, segments, customers))


def summary_rows(outcomes: list, problems: list = ()) -> list:
    """Every row of the file in file order: the works' lines and the rows skipped as invalid.

    Besides :data:`SUMMARY_COLUMNS`, each row has ``status_parts``, the status as codes.
    """
    rows = [outcome.summary_row() for outcome in outcomes]
    for problem in problems:
        row = dict.fromkeys(SUMMARY_COLUMNS, "")
        parts = [("invalid_row", {"problem": problem})]
        row.update(row=problem.row, status=status_words(parts), status_parts=parts)
        rows.append(row)
    return sorted(rows, key=lambda row: row["row"])


def status_words(parts: list) -> str:
    """A status (:meth:`WorkOutcome.status_parts`) in the English of the CSV."""
    return ", ".join(_status_phrase(code, params) for code, params in parts)


def summary_table(rows: list, columns=TABLE_COLUMNS, headings=None) -> str:
    """The summary as an aligned text table for the Processing log (numbers right-aligned).

    ``headings`` names the columns (by column; default: short English names).
    """
    names = {**_TABLE_HEADINGS, **(headings or {})}
    headings = [names.get(column, column) for column in columns]
    cells = [["" if row[c] is None else str(row[c]) for c in columns] for row in rows]
    widths = [max([len(h), *(len(line[i]) for line in cells)]) for i, h in enumerate(headings)]
    numeric = [bool(rows) and all(_is_number(row[c]) for row in rows) for c in columns]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headings, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for line in cells:
        lines.append(
            "  ".join(
                cell.rjust(w) if right else cell.ljust(w)
                for cell, w, right in zip(line, widths, numeric)
            ).rstrip()
        )
    return "\n".join(lines)


def summary_csv(rows: list) -> bytes:
    """The summary as a CSV file for Excel (``;``, BOM), one line per row of the works file."""
    return csv_bytes(SUMMARY_COLUMNS, ([row[c] for c in SUMMARY_COLUMNS] for row in rows))


def write_work_reports(outcomes: list, folder: str) -> list:
    """One JSON file per work in ``folder`` (``row_002_LAV-101.json``); returns the paths."""
    os.makedirs(folder, exist_ok=True)
    paths = []
    for outcome in outcomes:
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", outcome.work.reference)
        path = os.path.join(folder, f"row_{outcome.work.row:03d}{'_' + name if name else ''}.json")
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(outcome.to_dict(), handle, ensure_ascii=False, indent=2, default=str)
        paths.append(path)
    return paths


def _sent_code(result: NotifyResult) -> str:
    if result.queued == 0 and result.already_sent:
        return "already_sent"
    if result.scheduled_at is not None and not result.sent:
        return "queued"
    return "sent" if result.sent or result.queued else "nothing_to_send"


def _status_phrase(code: str, params: dict) -> str:
    shown = dict(params)
    if code == "refused":
        shown["reasons"] = " ".join(params["reasons"])
    elif code == "invalid_row":
        shown["problem"] = params["problem"].message()
    return STATUS_TEXTS[code].format_map(shown)


def _conflict_keys(outcome: WorkOutcome) -> tuple:
    """What two works must share to conflict: isolated pipes, then affected customers."""
    segments = plan_ids_from_report(outcome.report)["segment_ids"]
    customers = [c.customer_id for c in outcome.selection.customers] if outcome.selection else []
    return segments, customers


def _batch_conflict(other: WorkOutcome, start, end, segments, customers) -> Conflict:
    return Conflict(
        reference=other.work.label,
        kind=other.work.kind,
        state=IN_THIS_BATCH,
        overlap_start=start,
        overlap_end=end,
        shared_segment_count=len(segments),
        shared_segments=tuple(segments[:FIRST_IDS]),
        shared_customer_count=len(customers),
        shared_customers=tuple(customers[:FIRST_IDS]),
    )


def _stored_conflicts(services: Services, outcome: WorkOutcome) -> list:
    segments, customers = _conflict_keys(outcome)
    return find_conflicts(
        services.store, outcome.work.start, outcome.work.end, segments, customers, outcome.reference
    )


def _conflict_cell(conflicts: list) -> str:
    if not conflicts:
        return ""
    names = ", ".join(dict.fromkeys(conflict.reference for conflict in conflicts))
    return f"{len(conflicts)}: {names}"


def _is_number(value) -> bool:
    """A count, or a blank where the work has none (right-aligned like the counts)."""
    return value in ("", None) or (isinstance(value, (int, float)) and not isinstance(value, bool))


class _Part:
    """The sub-range ``[start, end]`` of the batch's progress one notice reports into."""

    def __init__(self, progress, start: float, end: float):
        self._progress, self._start, self._span = progress, start, end - start

    def set_progress(self, percent: float) -> None:
        if self._progress is not None:
            self._progress.set_progress(self._start + self._span * percent / 100.0)

    def is_canceled(self) -> bool:
        return self._progress is not None and self._progress.is_canceled()
