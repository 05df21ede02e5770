"""A batch of planned works on a real (tiny) network, real SQLite, the local gateway emulator.

The street: source S at x=0, pipes P1, P2, P3 in a row, valves V1 (x=100)
and V2 (x=200). Work on P2 isolates P2 and leaves P3 dry; work on P3
isolates P3. So works on P2 and on P3 at overlapping times share the
customers on P3: a conflict. C1 is on P2, C2 and C3 (landline) on P3.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime, timezone

import pytest
from opened import close_later
from water_outage_notifier.customers import CustomerIndex, CustomerInput, CustomerSettings
from water_outage_notifier.messages.preview import SendRules
from water_outage_notifier.notify.batch import (
    IN_THIS_BATCH,
    SUMMARY_COLUMNS,
    BatchSettings,
    run_batch,
    summary_csv,
    summary_rows,
    summary_table,
    write_work_reports,
)
from water_outage_notifier.notify.planned_works import parse_planned_works
from water_outage_notifier.notify.request import MessageOptions, Services
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import create_provider
from water_outage_notifier.store.db import Database
from water_outage_notifier.store.interventions import InterventionStore
from water_outage_notifier.store.outbox import Outbox
from water_outage_notifier.trace import (
    NetworkSettings,
    PipeInput,
    SourceInput,
    ValveInput,
    build_network,
)

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=timezone.utc)  # 11:00 in Rome, in the send window
C1, C2 = "+393331111111", "+393332222222"
WORKS = (
    "reference;pipe_ids;kind;start;end\n"
    "LAV-1;P2;planned_interruption;2026-12-09 08:30;2026-12-09 12:30\n"
    "LAV-2;P3;planned_interruption;2026-12-09 10:00;2026-12-09 14:00\n"
    "LAV-3;P1;pressure_drop;2026-12-10 08:30;2026-12-10 10:30\n"
    "LAV-4;P9;emergency;2026-12-10 08:30;2026-12-10 10:30\n"
    "LAV-5;P1;flood;2026-12-10 08:30;2026-12-10 10:30\n"
)
OPTIONS = MessageOptions(
    language="it",
    utility_name="Acqua Imola",
    callcentre_number="800 123 456",
    rules=SendRules(sender="AcquaImola"),
)


@pytest.fixture(scope="module")
def street():
    """The built network and its customer index (the model, built once)."""
    pipes = [PipeInput(n, f"P{n}", [[(100.0 * (n - 1), 0.0), (100.0 * n, 0.0)]]) for n in (1, 2, 3)]
    valves = [ValveInput(10 + n, f"V{n}", (100.0 * n, 0.0), "open") for n in (1, 2)]
    network = build_network(pipes, valves, [SourceInput(1, "S", (0.0, 0.0))], NetworkSettings())
    customers = [
        CustomerInput(1, "C1", (150.0, 5.0), "P2", phone=C1, municipality="Imola"),
        CustomerInput(2, "C2", (250.0, 5.0), "P3", phone=C2, municipality="Imola"),
        CustomerInput(3, "C3", (260.0, 5.0), "P3", phone="0542 123456", municipality="Imola"),
    ]
    return network, CustomerIndex.build(customers, network, CustomerSettings())


def services_for(tmp_path, provider: str, url: str = "", **options) -> Services:
    db = Database(str(tmp_path / "history.sqlite"))
    profile = GatewayProfile("t", provider, url, "AcquaImola", rate=1000.0, options=options)
    return close_later(
        Services(
            outbox=Outbox(db),
            store=InterventionStore(db, clock=lambda: NOW),
            provider=create_provider(profile, Credentials("utility", "skebby-secret")),
            now=lambda: NOW,
        )
    )


def run(street, services, dry_run):
    works, problems = parse_planned_works(WORKS)
    network, index = street
    settings = BatchSettings(OPTIONS, "Mario Rossi", dry_run=dry_run, send_email=False)
    outcomes = run_batch(works, network, index, services, settings)
    return outcomes, summary_rows(outcomes, problems)


def by_reference(rows):
    return {row["reference"] or f"row {row['row']}": row for row in rows}


def test_dry_run_flags_the_overlap_on_both_works_and_records_nothing(street, tmp_path):
    jsonl = tmp_path / "dry.jsonl"
    services = services_for(tmp_path, "file", path=str(jsonl))
    outcomes, rows = run(street, services, dry_run=True)
    table = by_reference(rows)
    assert [row["row"] for row in rows] == [2, 3, 4, 5, 6]
    assert table["LAV-1"]["conflicts"] == "1: LAV-2"
    assert table["LAV-2"]["conflicts"] == "1: LAV-1"
    assert table["LAV-3"]["conflicts"] == ""
    first = outcomes[0].conflicts[0]
    assert first.state == IN_THIS_BATCH and first.shared_customers == ("C2", "C3")
    assert (table["LAV-1"]["customers"], table["LAV-1"]["recipients"]) == (3, 2)
    # V2 faces P3, which has no other source: it is not needed to isolate P2
    assert table["LAV-1"]["unreachable"] == 1 and table["LAV-1"]["valves_to_close"] == 1
    assert table["LAV-3"]["sources_to_shut"] == 1 and table["LAV-1"]["sources_to_shut"] == 0
    assert table["LAV-1"]["status"] == "dry run"
    assert "P9" in table["LAV-4"]["status"] and table["LAV-4"]["status"].startswith("skipped")
    assert table["row 6"]["status"].startswith("invalid row: Row 6, column 'kind'")
    written = jsonl.read_text(encoding="utf-8").count('"to"')
    assert written == sum(row["queued"] for row in rows if row["queued"] != "")
    assert services.store.select() == []
    messages = services.outbox.db.connection().execute("SELECT count(*) FROM outbox_messages")
    assert messages.fetchone()[0] == 0


def test_real_run_sends_each_number_once_per_work_and_a_second_run_nothing(
    street, tmp_path, emulator
):
    services = services_for(tmp_path, "skebby", emulator.url)
    outcomes, rows = run(street, services, dry_run=False)
    table = by_reference(rows)
    assert emulator.accepted_count(C1) == 2  # LAV-1 and LAV-3 (upstream) each warn C1 once
    assert emulator.accepted_count(C2) == 3  # LAV-1, LAV-2 and LAV-3 each warn C2 once
    assert [table[r]["sent"] for r in ("LAV-1", "LAV-2", "LAV-3")] == [2, 1, 2]
    stored = {i.reference for i in services.store.select()}
    assert len(stored) == 3 and table["LAV-1"]["intervention"] in stored
    assert table["LAV-2"]["conflicts"] == "1: LAV-1", "the earlier row is not counted twice"

    again_outcomes, again = run(street, services, dry_run=False)
    second = by_reference(again)
    assert emulator.total_accepted() == 5, "nothing new reached the gateway"
    for reference in ("LAV-1", "LAV-2", "LAV-3"):
        assert second[reference]["intervention"] == table[reference]["intervention"]
        assert second[reference]["queued"] == 0
        assert second[reference]["status"] == "already sent"
    assert len(services.store.select()) == 3


def test_summary_table_csv_and_reports_carry_every_row(street, tmp_path):
    services = services_for(tmp_path, "file", path=str(tmp_path / "dry.jsonl"))
    outcomes, rows = run(street, services, dry_run=True)
    lines = summary_table(rows).splitlines()
    assert len(lines) == 2 + len(rows)
    rule = [n for n, char in enumerate(lines[1]) if char == " " and lines[1][n - 1] == "-"]
    for line in (lines[0], *lines[2:]):
        assert all(line[n] == " " for n in rule if n < len(line)), "columns are aligned"
    assert lines[2].index("LAV-1") == lines[0].index("reference")
    parsed = list(csv.reader(io.StringIO(summary_csv(rows).decode("utf-8-sig")), delimiter=";"))
    assert tuple(parsed[0]) == SUMMARY_COLUMNS
    assert [line[1] for line in parsed[1:]] == ["LAV-1", "LAV-2", "LAV-3", "LAV-4", ""]
    paths = write_work_reports(outcomes, str(tmp_path / "reports"))
    assert [p.rsplit("/", 1)[-1] for p in paths][0] == "row_002_LAV-1.json"
    assert len(paths) == len(outcomes)
