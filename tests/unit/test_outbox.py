"""The durable outbox on both back ends (a real SQLite file, a real PostgreSQL
schema): dedup, re-send audit, claims with leases, crash recovery states and
monotonic reports."""

import threading

import pytest
from water_outage_notifier.common.vocabulary import (
    ACCEPTED,
    DELIVERED,
    FAILED,
    PENDING,
    SUBMITTING,
    UNCERTAIN,
    UNDELIVERED,
)
from water_outage_notifier.store.outbox import Outbox, Settlement
from water_outage_notifier.store.outbox_commit import GroupCommitter

PHONES = ["+393331110001", "+393331110002", "+393331110003"]


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def outbox(backend):
    return Outbox(backend.open("outbox"), clock=Clock())


def test_same_intervention_queued_twice_adds_nothing(outbox):
    assert outbox.enqueue(42, "start", "Acqua sospesa", PHONES) == 3
    assert outbox.enqueue(42, "start", "Acqua sospesa", PHONES + PHONES) == 0
    assert outbox.enqueue(42, "end", "Acqua tornata", PHONES[:1]) == 1
    assert outbox.counts(42)[PENDING] == 4


def test_the_unique_constraint_itself_refuses_a_duplicate(outbox):
    outbox.enqueue("I-7", "start", "x", PHONES[:1])
    with pytest.raises(outbox.db.integrity_error):
        with outbox.db.transaction() as conn:
            conn.execute(
                "INSERT INTO outbox_messages (intervention_id, kind, phone, text,"
                " created_at, updated_at) VALUES ('I-7', 'start', ?, 'x', 0, 0)",
                (PHONES[0],),
            )


def test_explicit_resend_is_a_new_generation_and_is_audited(outbox):
    outbox.enqueue(42, "start", "Acqua sospesa", PHONES)
    with pytest.raises(ValueError, match="operator"):
        outbox.resend(42, "start", "Acqua sospesa", PHONES[:1], operator="", reason="x")
    assert outbox.resend(42, "start", "Acqua sospesa", PHONES[:1], "m.rossi", "customer asked") == 1
    rows = [m for m in outbox.messages(intervention_id=42) if m.phone == PHONES[0]]
    assert [m.generation for m in rows] == [0, 1]
    (entry,) = outbox.audit(42)
    assert (entry["operator"], entry["reason"], entry["messages"]) == (
        "m.rossi",
        "customer asked",
        1,
    )


def test_claim_takes_one_text_per_chunk_and_keeps_the_reference_on_retry(outbox):
    outbox.enqueue(1, "start", "text A", PHONES)
    outbox.enqueue(2, "start", "text B", ["+393339990000"])
    first = outbox.claim("w1", limit=10, lease_seconds=30)
    assert {m.text for m in first} == {"text A"} and len(first) == 3
    assert all(m.state == SUBMITTING and m.tries == 1 for m in first)
    chunk = first[0].chunk_ref
    outbox.settle([Settlement(m.id, PENDING, retry_at=outbox.clock()) for m in first])
    again = outbox.claim("w2", limit=10, lease_seconds=30, intervention_id=1)
    assert {m.chunk_ref for m in again} == {chunk} and all(m.tries == 2 for m in again)
    other = outbox.claim("w3", limit=10, lease_seconds=30)
    assert [m.text for m in other] == ["text B"] and other[0].chunk_ref != chunk


def test_claim_respects_the_retry_time(outbox):
    outbox.enqueue(1, "start", "x", PHONES[:1])
    (row,) = outbox.claim("w", 1, 30)
    outbox.settle([Settlement(row.id, PENDING, retry_at=outbox.clock() + 5)])
    assert outbox.claim("w", 1, 30) == []
    assert outbox.next_due() == outbox.clock() + 5
    outbox.clock.now += 5
    assert len(outbox.claim("w", 1, 30)) == 1


def test_interrupted_claims_become_uncertain_only_when_the_lease_ends(outbox):
    outbox.enqueue(1, "start", "x", PHONES)
    outbox.claim("dead-worker", 2, lease_seconds=60)
    assert outbox.expire_leases() == 0  # the sender may still be alive
    outbox.clock.now += 61
    assert outbox.expire_leases() == 2
    counts = outbox.counts()
    assert (counts[UNCERTAIN], counts[PENDING], counts[SUBMITTING]) == (2, 1, 0)


def test_assume_dead_expires_running_leases(outbox):
    outbox.enqueue(1, "start", "x", PHONES)
    outbox.claim("w", 3, lease_seconds=600)
    assert outbox.expire_leases(assume_dead=True) == 3


def test_reports_never_move_a_message_backwards(outbox):
    outbox.enqueue(1, "start", "x", PHONES[:1])
    (row,) = outbox.claim("w", 1, 30)
    outbox.settle([Settlement(row.id, ACCEPTED, provider_id="SM1")])
    assert outbox.apply_report(row.id, DELIVERED)
    assert not outbox.apply_report(row.id, ACCEPTED)  # a late "sent"
    assert not outbox.apply_report(row.id, DELIVERED)  # the same report again
    assert not outbox.apply_report(row.id, UNDELIVERED)
    assert outbox.messages()[0].state == DELIVERED


def test_settle_ignores_rows_no_longer_claimed(outbox):
    outbox.enqueue(1, "start", "x", PHONES[:1])
    (row,) = outbox.claim("w", 1, 30)
    outbox.settle([Settlement(row.id, FAILED, code="21211")])
    assert outbox.settle([Settlement(row.id, ACCEPTED)]) == 0
    assert outbox.messages()[0].code == "21211"


def test_outbox_survives_reopening(backend):
    first = Outbox(backend.open("outbox"))
    first.enqueue(9, "start", "x", PHONES)
    second = Outbox(backend.open("outbox"))
    assert second.token == first.token
    assert second.counts(9)[PENDING] == 3


def test_concurrent_claims_share_commits_and_never_take_a_row_twice(backend):
    outbox = Outbox(backend.open("outbox"))
    outbox.enqueue(1, "start", "x", [f"+39333{n:07d}" for n in range(400)])
    taken = []

    def worker(name):
        while True:
            rows = outbox.claim(name, 1, 60)
            if not rows:
                return
            taken.extend(row.id for row in rows)
            outbox.settle([Settlement(rows[0].id, ACCEPTED)])

    threads = [threading.Thread(target=worker, args=(f"w{n}",)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(taken) == sorted(set(taken)) and len(taken) == 400
    assert outbox.counts()[ACCEPTED] == 400


def test_a_failing_write_in_a_shared_commit_fails_only_its_caller(backend):
    db = backend.open("outbox")
    db.ensure_schema("probe", ["CREATE TABLE probe (n INTEGER UNIQUE)"])
    committer = GroupCommitter(db)
    errors = []

    def insert(n):
        try:
            committer.run(lambda conn: conn.execute("INSERT INTO probe VALUES (?)", (n,)))
        except db.integrity_error:
            errors.append(n)

    threads = [threading.Thread(target=insert, args=(n % 20,)) for n in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(errors) == 20
    assert db.connection().execute("SELECT COUNT(*) FROM probe").fetchone()[0] == 20
