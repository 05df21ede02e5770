"""One rule for typed lists of pipe ids, in outage:isolate and in the batch CSV."""

import pytest
from water_outage_notifier.notify.planned_works import parse_planned_works
from water_outage_notifier.trace.pipe_ids import split_pipe_ids


@pytest.mark.parametrize(
    ("typed", "ids"),
    [
        ("C001", ("C001",)),
        ("C001,C002", ("C001", "C002")),
        ("C001, C002 ,C003", ("C001", "C002", "C003")),
        ("C001;C002", ("C001", "C002")),
        ("C001|C002", ("C001", "C002")),
        ("C001 C002\tC003\nC004", ("C001", "C002", "C003", "C004")),
        ("C001 | C002; C003", ("C001", "C002", "C003")),
        ("C 001; C 002", ("C 001", "C 002")),
        ("Via  Roma 1;", ("Via Roma 1",)),
        (" C001,, C001 ,", ("C001",)),
        ("", ()),
        (None, ()),
        (" ; | ", ()),
        ("12 7 12", ("12", "7")),
    ],
)
def test_the_separator_rule(typed, ids):
    assert split_pipe_ids(typed) == ids


def test_the_batch_csv_reads_its_pipe_ids_by_the_same_rule():
    text = (
        "pipe_ids,kind,start,end\n"
        '"C 001; C 002",planned_interruption,2026-03-02 08:30,2026-03-02 12:30\n'
        "C003 C004,pressure_drop,2026-03-02 08:30,2026-03-02 12:30\n"
        '"C005,C006",pressure_drop,2026-03-02 08:30,2026-03-02 12:30\n'
    )
    works, problems = parse_planned_works(text)
    assert problems == []
    assert [w.pipe_ids for w in works] == [("C 001", "C 002"), ("C003", "C004"), ("C005", "C006")]
