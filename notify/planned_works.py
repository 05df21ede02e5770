"""Reading the CSV of planned works that ``outage:batch`` notifies in one go.

Planners keep the week's works in a spreadsheet; the batch reads its CSV
export as it comes: UTF-8 (with or without the BOM Excel writes), ``;`` or
``,`` between columns (Italian Excel writes ``;``), a header row naming the
columns in any order and case. A bad row never stops the batch: it becomes
a :class:`RowProblem` naming the row as the spreadsheet numbers it (the
header is row 1), the column and the value, and the other rows go on.
Pure Python: no Qt, no QGIS.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime

from ..common.vocabulary import EMERGENCY, PLANNED_INTERRUPTION, PRESSURE_DROP
from ..store.interventions import to_rome
from ..trace.pipe_ids import split_pipe_ids

REQUIRED_COLUMNS = ("pipe_ids", "kind", "start", "end")
OPTIONAL_COLUMNS = ("reference", "notes")
#: Work on the network the batch can notify; service announcements have no pipes.
WORK_KINDS = (PLANNED_INTERRUPTION, PRESSURE_DROP, EMERGENCY)
#: The words Italian planners write in the kind column, and what they mean.
KIND_ALIASES = {
    "interruzione programmata": PLANNED_INTERRUPTION,
    "interruzione": PLANNED_INTERRUPTION,
    "calo di pressione": PRESSURE_DROP,
    "calo pressione": PRESSURE_DROP,
    "rottura accidentale": EMERGENCY,
    "pronto intervento": EMERGENCY,
}


class PlannedWorksError(ValueError):
    """The file as a whole cannot be read (missing columns, not UTF-8, empty, not CSV).

    ``code`` names the problem and ``params`` its values (``file`` always),
    for the operator's words.
    """

    def __init__(self, message: str, code: str, **params):
        super().__init__(message)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class PlannedWork:
    """One valid row: the pipes worked on, the kind of notice and the planned window.

    ``start`` and ``end`` are aware datetimes in Europe/Rome (a naive value
    in the file is Rome time); ``pipe_ids`` are the texts as typed, split by
    the rule of :mod:`..trace.pipe_ids`.
    """

    row: int
    reference: str
    pipe_ids: tuple
    kind: str
    start: datetime
    end: datetime
    notes: str = ""

    @property
    def label(self) -> str:
        """How the summary names the row: its reference, else its row number."""
        return self.reference or f"row {self.row}"


@dataclass(frozen=True)
class RowProblem:
    """Why row ``row`` was skipped: the column, the value found and what is wrong.

    ``problem`` is the English default; ``code`` and ``params`` are what the
    adapters word it with.
    """

    row: int
    column: str
    value: str
    problem: str
    code: str = ""
    params: dict = field(default_factory=dict, hash=False, compare=False)

    @property
    def label(self) -> str:
        return f"row {self.row}"

    def message(self) -> str:
        return f"Row {self.row}, column '{self.column}', value '{self.value}': {self.problem}"


def read_planned_works(path: str) -> tuple:
    """``(works, problems)`` from the CSV file at ``path``; see :func:`parse_planned_works`."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise PlannedWorksError(
            f"Planned works file '{path}': {error.strerror}.",
            "works_unreadable",
            file=path,
            reason=error.strerror or type(error).__name__,
        ) from error
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise PlannedWorksError(
            f"Planned works file '{path}' is not UTF-8 (byte {error.start}): save it as "
            "'CSV UTF-8' from the spreadsheet.",
            "works_not_utf8",
            file=path,
            byte=error.start,
        ) from error
    return parse_planned_works(text, path)


def parse_planned_works(text: str, name: str = "planned works") -> tuple:
    """``(works, problems)``: the valid rows in file order, and one problem per bad row.

    Blank rows are ignored; a missing required column is a
    :class:`PlannedWorksError`, since no row could be read without it, and
    so is a file the CSV reader gives up on (a cell longer than its limit, a
    quote never closed).
    """
    text = text.lstrip("\ufeff")
    header_line = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = ";" if header_line.count(";") >= header_line.count(",") else ","
    # newline="": the reader sees the file's own line ends, as csv expects (a lone \r too).
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = [row for row in reader if any(cell.strip() for cell in row)]
    except csv.Error:
        raise PlannedWorksError(
            f"The {name} file cannot be read as CSV from line {reader.line_num}.",
            "works_not_csv",
            file=name,
            line=reader.line_num,
            limit=csv.field_size_limit(),
        ) from None
    if not rows:
        raise PlannedWorksError(
            f"The {name} file is empty: it needs a header row.", "works_empty", file=name
        )
    header = [cell.strip().lower() for cell in rows[0]]
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        raise PlannedWorksError(
            f"The {name} file has no column {', '.join(missing)} (header: "
            f"{delimiter.join(header)}); the columns are {', '.join(REQUIRED_COLUMNS)} and, "
            f"optionally, {', '.join(OPTIONAL_COLUMNS)}.",
            "works_missing_columns",
            file=name,
            missing=", ".join(missing),
            header=delimiter.join(header),
            columns=", ".join(REQUIRED_COLUMNS),
            optional=", ".join(OPTIONAL_COLUMNS),
        )
    works, problems, seen = [], [], {}
    for number, cells in enumerate(rows[1:], start=2):
        found = _row(number, header, cells, seen)
        (problems if isinstance(found, RowProblem) else works).append(found)
        if isinstance(found, PlannedWork) and found.reference:
            seen[found.reference] = number
    return works, problems


def _row(number: int, header: list, cells: list, seen: dict):
    """One :class:`PlannedWork`, or the first :class:`RowProblem` of the row."""
    if len(cells) > len(header):
        return RowProblem(
            number,
            "(extra)",
            " ".join(cell.strip() for cell in cells[len(header) :]),
            f"the row has {len(cells)} values but the header has {len(header)} columns "
            "(a separator inside a value? quote it).",
            code="row_extra_values",
            params={"values": len(cells), "columns": len(header)},
        )
    values = {column: cell.strip() for column, cell in zip(header, cells)}
    reference = values.get("reference", "")
    if reference and reference in seen:
        return RowProblem(
            number,
            "reference",
            reference,
            f"the same reference is already on row {seen[reference]}.",
            code="row_duplicate_reference",
            params={"other_row": seen[reference]},
        )
    pipes_text = values.get("pipe_ids", "")
    pipe_ids = split_pipe_ids(pipes_text)
    if not pipe_ids:
        return RowProblem(
            number,
            "pipe_ids",
            pipes_text,
            "no pipe id (separate several with ',', ';' or '|', or with spaces when the ids "
            "have none).",
            code="row_no_pipe",
        )
    kind_text = values.get("kind", "")
    kind = _kind(kind_text)
    if kind is None:
        return RowProblem(
            number,
            "kind",
            kind_text,
            f"unknown kind; use one of {', '.join(WORK_KINDS)}.",
            code="row_unknown_kind",
            params={"kinds": list(WORK_KINDS)},
        )
    times = {}
    for column in ("start", "end"):
        try:
            times[column] = to_rome(values.get(column, ""), column)
        except (ValueError, OverflowError):  # not a date; a date the calendar cannot shift
            return RowProblem(
                number,
                column,
                values.get(column, ""),
                "not a date and time; write it as 2026-03-02 08:30 (Rome time) or with its "
                "offset, 2026-03-02T08:30+01:00.",
                code="row_bad_date",
            )
    if times["end"] <= times["start"]:
        return RowProblem(
            number,
            "end",
            values["end"],
            f"the end must come after the start ({values['start']}).",
            code="row_end_before_start",
            params={"start": values["start"]},
        )
    return PlannedWork(
        row=number,
        reference=reference,
        pipe_ids=pipe_ids,
        kind=kind,
        start=times["start"],
        end=times["end"],
        notes=values.get("notes", ""),
    )


def _kind(text: str):
    """The notice kind for ``text`` (English id or Italian words), or None."""
    key = " ".join(text.replace("_", " ").lower().split())
    for kind in WORK_KINDS:
        if key == kind.replace("_", " "):
            return kind
    return KIND_ALIASES.get(key)
