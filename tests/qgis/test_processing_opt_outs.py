"""``outage:opt_outs``: the stored opt-out list imported and exported through Processing."""

from __future__ import annotations

import csv

from water_outage_notifier.store.db import Database
from water_outage_notifier.store.replies import FROM_IMPORT, FROM_SMS, Replies


def test_a_list_imported_is_kept_and_exported_with_the_stop_replies(run_algorithm, tmp_path):
    database = tmp_path / "history.sqlite"
    db = Database(str(database))
    try:
        Replies(db).opt_out(["+393331111111"], FROM_SMS, at=0.0)
    finally:
        db.close()
    source = tmp_path / "old_service.csv"
    source.write_text("phone\n333 222 2222\n+39 333 111 1111\nnot a number\n", encoding="utf-8")

    result = run_algorithm(
        "outage:opt_outs",
        {"IMPORT": str(source), "DATABASE": str(database), "OUTPUT": str(tmp_path / "list.csv")},
    )

    assert (result["ADDED"], result["INVALID"], result["LISTED"]) == (1, 1, 2)
    with open(result["OUTPUT"], encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert [(r["phone"], r["source"]) for r in rows] == [
        ("+393331111111", FROM_SMS),
        ("+393332222222", FROM_IMPORT),
    ]
    assert rows[0]["since"] == "1970-01-01T00:00:00+00:00"
