"""Reading the planned-works CSV: both separators, Italian words, bad rows named by row and column."""

from __future__ import annotations

from datetime import datetime

import pytest
from water_outage_notifier.notify.planned_works import (
    PlannedWorksError,
    parse_planned_works,
    read_planned_works,
)
from water_outage_notifier.store.interventions import ROME

SEMICOLON = (
    "reference;pipe_ids;kind;start;end;notes\n"
    "LAV-1;C1|C2;planned_interruption;2026-12-09 08:30;2026-12-09 12:30;valvola\n"
    "LAV-2;C3 C4;Calo di pressione;2026-12-10T14:00+01:00;2026-12-10T16:00+01:00;\n"
)


def test_semicolon_file_with_two_works_keeps_order_ids_and_rome_times():
    works, problems = parse_planned_works(SEMICOLON)
    assert problems == []
    assert [w.reference for w in works] == ["LAV-1", "LAV-2"]
    assert [w.pipe_ids for w in works] == [("C1", "C2"), ("C3", "C4")]
    assert [w.kind for w in works] == ["planned_interruption", "pressure_drop"]
    assert works[0].start == datetime(2026, 12, 9, 8, 30, tzinfo=ROME)
    assert works[1].end.utcoffset().total_seconds() == 3600
    assert works[0].notes == "valvola" and works[0].row == 2


def test_comma_file_in_another_column_order_with_bom_reads_the_same():
    text = '\ufeffStart,End,Kind,Pipe_IDs\n2026-12-09 08:30,2026-12-09 12:30,emergency,"C1 | C2"\n'
    works, problems = parse_planned_works(text)
    assert problems == []
    assert works[0].pipe_ids == ("C1", "C2")
    assert works[0].kind == "emergency"
    assert works[0].reference == "" and works[0].label == "row 2"


@pytest.mark.parametrize(
    ("line", "column", "value"),
    [
        ("LAV-9;;planned_interruption;2026-12-09 08:30;2026-12-09 12:30", "pipe_ids", ""),
        ("LAV-9;C1;flood;2026-12-09 08:30;2026-12-09 12:30", "kind", "flood"),
        ("LAV-9;C1;emergency;9 dicembre;2026-12-09 12:30", "start", "9 dicembre"),
        ("LAV-9;C1;emergency;2026-12-09 08:30;2026-12-09 07:30", "end", "2026-12-09 07:30"),
        ("LAV-1;C1;emergency;2026-12-11 08:30;2026-12-11 12:30", "reference", "LAV-1"),
        ("LAV-9;C1;emergency;2026-12-09 08:30;2026-12-09 12:30;a;b", "(extra)", "b"),
    ],
)
def test_a_bad_row_is_named_by_row_column_and_value_and_the_others_go_on(line, column, value):
    text = (
        "reference;pipe_ids;kind;start;end;notes\n"
        "LAV-1;C1;emergency;2026-12-09 08:30;2026-12-09 12:30;\n"
        f"{line}\n"
        "LAV-3;C2;emergency;2026-12-12 08:30;2026-12-12 12:30;\n"
    )
    works, problems = parse_planned_works(text)
    assert [w.reference for w in works] == ["LAV-1", "LAV-3"]
    assert [(p.row, p.column, p.value) for p in problems] == [(3, column, value)]
    assert problems[0].message().startswith(f"Row 3, column '{column}', value '{value}': ")


def test_blank_rows_are_not_works_and_row_numbers_follow_the_spreadsheet():
    text = "pipe_ids,kind,start,end\n\n,,,\nC1,emergency,2026-12-09 08:30,bad\n"
    works, problems = parse_planned_works(text)
    assert works == []
    assert [(p.row, p.column) for p in problems] == [(2, "end")]


def test_missing_columns_stop_the_file_with_their_names():
    with pytest.raises(PlannedWorksError, match="no column kind, end"):
        parse_planned_works("pipe_ids;start\nC1;2026-12-09 08:30\n")
    with pytest.raises(PlannedWorksError, match="empty"):
        parse_planned_works("\n\n")


def test_a_file_that_is_not_utf8_says_how_to_save_it(tmp_path):
    path = tmp_path / "works.csv"
    path.write_bytes(
        "pipe_ids;kind;start;end;notes\nC1;emergency;2026-12-09;2026-12-10;è\n".encode("cp1252")
    )
    with pytest.raises(PlannedWorksError, match="not UTF-8"):
        read_planned_works(str(path))
    with pytest.raises(PlannedWorksError, match="missing.csv"):
        read_planned_works(str(tmp_path / "missing.csv"))
