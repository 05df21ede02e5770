"""A notice still waiting for its first send moves with the work (``notify.waiting_notice``).

On both store back ends and on a fake clock shared by the outbox, the
store and the pipeline (never the real time of day: the 08:00-21:00 Rome
window): the waiting notice is written again with the new dates, nobody
gets the old dates, nothing goes twice and no postponement reaches someone
who never had the notice; across a crash in the middle of the change and
with a dispatcher holding a message at the moment of the change.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from conftest import PG_DSN, Backend, needs_postgres
from opened import close_later
from test_notify_pipeline import ADMIN, OPTIONS, OWN, request
from test_scheduled_sending import Clock, local
from water_outage_notifier.common.vocabulary import (
    ACCEPTED,
    CANCELLED_BEFORE_SENDING,
    EXTENSION,
    FAILED,
    NOTIFIED,
    PENDING,
    PLANNED,
    POSTPONEMENT,
    REMINDER,
    SENT_STATES,
    SUBMITTING,
)
from water_outage_notifier.notify import lifecycle
from water_outage_notifier.notify.backoff import RetryPolicy
from water_outage_notifier.notify.changes import extend, reschedule
from water_outage_notifier.notify.dispatch import dispatch
from water_outage_notifier.notify.pipeline import notify
from water_outage_notifier.notify.reminders import schedule_reminders
from water_outage_notifier.notify.request import Services
from water_outage_notifier.notify.waiting_notice import waiting_notice
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import create_provider
from water_outage_notifier.store.interventions import InterventionStore
from water_outage_notifier.store.outbox import Outbox, Settlement

KIND = "planned_interruption"
#: request()'s work: 5 March 08:30-12:30; moved a week on.
NEW_START, NEW_END = local(2026, 3, 12, 8, 30), local(2026, 3, 12, 12, 30)


def open_services(backend, emulator, clock: Clock, gateway: bool = True) -> Services:
    """One process's services on the backend's database, on the fake clock."""
    db = backend.open()
    profile = GatewayProfile("test", "skebby", emulator.url, "AcquaImola", rate=1000.0)
    return close_later(
        Services(
            outbox=Outbox(db, clock=clock),
            store=InterventionStore(db, clock=clock.moment),
            provider=create_provider(profile, Credentials("utility", "skebby-secret"))
            if gateway
            else None,
            now=clock.moment,
            retry=RetryPolicy(max_tries=2, base_delay=0.01, max_delay=0.02, patience=1.0),
        )
    )


def notice_at_night(backend, emulator, clock):
    """The notice of request() prepared at 22:00: it waits for 08:00 tomorrow."""
    services = open_services(backend, emulator, clock)
    result = notify(request(), services)
    assert result.ok and result.scheduled_at == local(2026, 3, 3, 8, 0)
    return services, result.reference


def rows(services, reference, kind=None, phone=None):
    return [
        m
        for m in services.outbox.messages(intervention_id=reference)
        if (kind is None or m.kind == kind) and (phone is None or m.phone == phone)
    ]


def sent_texts(services, reference, phone):
    """What ``phone`` was really sent of ``reference``: (kind, text), in order."""
    return [
        (m.kind, m.text) for m in rows(services, reference, phone=phone) if m.state in SENT_STATES
    ]


def test_a_planned_work_with_a_waiting_notice_may_be_moved_or_extended():
    assert lifecycle.refusal_code(PLANNED, lifecycle.RESCHEDULE) is None
    assert lifecycle.refusal_code(PLANNED, lifecycle.EXTEND) is None
    assert lifecycle.refusal_code(PLANNED, lifecycle.REMIND) == "not_notified"


def test_a_waiting_notice_is_written_again_and_goes_once_with_the_new_dates(backend, emulator):
    clock = Clock(local(2026, 3, 2, 22, 0))
    services, reference = notice_at_night(backend, emulator, clock)
    old_text = rows(services, reference)[0].text
    assert "5 mar" in old_text

    result = reschedule(reference, services, OPTIONS, "Rossi", NEW_START, NEW_END)

    assert result.ok, result.refused
    assert result.kind == KIND and result.queued == 2 and result.sent == 0
    assert "12 mar" in result.preview.text and "5 mar" not in result.preview.text
    (said,) = [w for w in result.warnings if w.code.startswith("waiting_notice_moved")]
    assert said.params["messages"] == 2
    assert rows(services, reference, POSTPONEMENT) == [], "nobody had it: no postponement"
    waiting = rows(services, reference, KIND)
    assert {(m.state, m.text) for m in waiting} == {(PENDING, result.preview.text)}
    stored = services.store.get(reference)
    assert (stored.state, stored.planned_start, stored.planned_end) == (PLANNED, NEW_START, NEW_END)
    assert waiting_notice(services, reference) == {"sms": 2}

    clock.at(local(2026, 3, 3, 7, 59))
    dispatch(services)
    assert emulator.total_accepted() == 0, "still at its time: the window's 08:00"
    clock.at(local(2026, 3, 3, 8, 0))
    dispatch(services)
    for phone in (ADMIN, OWN):
        assert sent_texts(services, reference, phone) == [(KIND, result.preview.text)]
    assert emulator.total_accepted() == 2 and services.store.get(reference).state == NOTIFIED


def test_a_waiting_notice_keeps_the_streets_and_the_template(backend, emulator):
    clock = Clock(local(2026, 3, 2, 22, 0))
    services = open_services(backend, emulator, clock)
    places = {"municipalities": ("Imola",), "streets": ("Via Emilia", "Via Selice")}
    reference = notify(request(places=places), services).reference
    old_text = rows(services, reference)[0].text
    assert "Via Selice" in old_text

    result = reschedule(
        reference, services, OPTIONS, "Rossi", local(2026, 3, 6, 8, 30), local(2026, 3, 6, 12, 30)
    )

    assert result.preview.text == old_text.replace("5 mar", "6 mar").replace("gio", "ven")


def test_a_send_time_that_no_longer_gives_48_hours_goes_as_early_as_it_may(backend, emulator):
    clock = Clock(local(2026, 3, 2, 10, 0))  # the window is open
    services = open_services(backend, emulator, clock)
    later = local(2026, 3, 3, 8, 0)  # 48 1/2 hours before the start
    reference = notify(request(send_at=later), services).reference

    kept = extend(reference, services, OPTIONS, "Rossi", local(2026, 3, 5, 14, 30))
    assert rows(services, reference, KIND)[0].text.count("12:30") == 0
    assert kept.ok and kept.scheduled_at == later and emulator.total_accepted() == 0
    assert services.outbox.scheduled(reference)[(reference, KIND)][0] == later.timestamp()
    assert "14:30" in rows(services, reference, KIND)[0].text

    soon = reschedule(
        reference, services, OPTIONS, "Rossi", local(2026, 3, 4, 8, 30), local(2026, 3, 4, 12, 0)
    )

    assert soon.ok and soon.scheduled_at is None
    assert (emulator.accepted_count(ADMIN), emulator.accepted_count(OWN)) == (1, 1)
    assert sent_texts(services, reference, ADMIN) == [(KIND, soon.preview.text)]
    assert "4 mar" in soon.preview.text
    assert rows(services, reference, POSTPONEMENT) == []
    assert rows(services, reference, EXTENSION) == []


def test_moved_at_night_it_waits_for_the_window_not_for_the_old_time(backend, emulator):
    clock = Clock(local(2026, 3, 2, 22, 0))
    services = open_services(backend, emulator, clock)
    reference = notify(request(send_at=local(2026, 3, 3, 18, 0)), services).reference
    moved = reschedule(
        reference, services, OPTIONS, "Rossi", local(2026, 3, 4, 8, 30), local(2026, 3, 4, 12, 0)
    )
    assert moved.scheduled_at == local(2026, 3, 3, 8, 0), "the window's next opening"
    assert any("domani alle 08:00" in w for w in moved.warnings)


def partly_sent(backend, emulator, clock):
    """The notice of request() waiting; at 08:00 a dispatcher took ADMIN's message
    (``settle``: ACCEPTED, or None: still holding it) and OWN's still waits."""
    services, reference = notice_at_night(backend, emulator, clock)
    clock.at(local(2026, 3, 3, 8, 0))
    outbox = services.outbox
    (taken,) = outbox.claim("otherhost:4242:dispatcher", 1, 600.0, reference)
    assert taken.phone == ADMIN
    return services, reference, taken


def test_those_who_had_it_get_the_postponement_the_others_the_new_notice(backend, emulator):
    clock = Clock(local(2026, 3, 2, 22, 0))
    services, reference, taken = partly_sent(backend, emulator, clock)
    services.outbox.settle([Settlement(taken.id, ACCEPTED, provider_id="p1")])
    old_text = taken.text

    result = reschedule(reference, services, OPTIONS, "Rossi", NEW_START, NEW_END)
    dispatch(services)
    dispatch(services)

    assert result.ok and result.kind == POSTPONEMENT and result.recipients == 1
    (said,) = [w for w in result.warnings if w.code.startswith("waiting_notice_moved")]
    assert said.params["messages"] == 1
    admin = sent_texts(services, reference, ADMIN)
    own = sent_texts(services, reference, OWN)
    assert [kind for kind, _ in admin] == [KIND, POSTPONEMENT] and admin[0][1] == old_text
    assert own == [(KIND, own[0][1])] and "12 mar" in own[0][1], "the notice, new dates, once"
    assert rows(services, reference, POSTPONEMENT, OWN) == []


def test_a_message_held_by_a_dispatcher_is_not_written_again(backend, emulator):
    """The dispatcher claimed ADMIN's message just before the change and settles
    it just after: it went with the old dates, so ADMIN gets the postponement;
    OWN's, not claimed, is written again, and gets no postponement."""
    clock = Clock(local(2026, 3, 2, 22, 0))
    services, reference, taken = partly_sent(backend, emulator, clock)

    result = reschedule(reference, services, OPTIONS, "Rossi", NEW_START, NEW_END)
    held = [m for m in rows(services, reference, KIND, ADMIN)]
    assert [(m.state, m.text) for m in held] == [(SUBMITTING, taken.text)]
    services.outbox.settle([Settlement(taken.id, ACCEPTED, provider_id="p1")])
    dispatch(services)
    dispatch(services)

    assert result.ok and result.kind == POSTPONEMENT and result.recipients == 1
    assert [kind for kind, _ in sent_texts(services, reference, ADMIN)] == [KIND, POSTPONEMENT]
    own = sent_texts(services, reference, OWN)
    assert len(own) == 1 and own[0][0] == KIND and "12 mar" in own[0][1]


def test_the_reminders_follow_the_new_dates(backend, emulator):
    clock = Clock(local(2026, 3, 2, 22, 0))
    services, reference, taken = partly_sent(backend, emulator, clock)
    services.outbox.settle([Settlement(taken.id, ACCEPTED, provider_id="p1")])
    services.store.update_recipient_states(reference, KIND, {ADMIN: ACCEPTED})
    assert schedule_reminders(reference, services, OPTIONS, "Rossi").numbers == 1

    reschedule(reference, services, OPTIONS, "Rossi", NEW_START, NEW_END)

    waiting = sorted(
        (m.state, m.code, m.text.count("12 mar") > 0) for m in rows(services, reference, REMINDER)
    )
    assert waiting == [
        (FAILED, CANCELLED_BEFORE_SENDING, False),
        (FAILED, CANCELLED_BEFORE_SENDING, False),
        (PENDING, None, True),
        (PENDING, None, True),
    ]


def test_a_failure_inside_the_change_leaves_everything_as_it_was(backend, emulator, monkeypatch):
    clock = Clock(local(2026, 3, 2, 22, 0))
    services, reference = notice_at_night(backend, emulator, clock)
    before = [(m.id, m.state, m.text) for m in rows(services, reference)]

    def broken(*_args, **_kwargs):
        raise RuntimeError("the machine went down here")

    monkeypatch.setattr(Outbox, "retext_in", broken)
    with pytest.raises(RuntimeError):
        reschedule(reference, services, OPTIONS, "Rossi", NEW_START, NEW_END)
    monkeypatch.undo()

    assert [(m.id, m.state, m.text) for m in rows(services, reference)] == before
    assert services.store.get(reference).planned_start == local(2026, 3, 5, 8, 30)
    assert [e.action for e in services.store.events(reference)].count("rescheduled") == 0


CRASHING_CHILD = textwrap.dedent(
    """
    import os, runpy, signal, sys
    runpy.run_path(sys.argv[5])  # the tests' conftest: the plugin importable
    from datetime import datetime, timezone
    from water_outage_notifier.notify.changes import reschedule
    from water_outage_notifier.notify.request import MessageOptions, Services
    from water_outage_notifier.messages.preview import SendRules
    from water_outage_notifier.store.backend import open_database
    from water_outage_notifier.store.interventions import InterventionStore
    from water_outage_notifier.store.outbox import Outbox

    spec, schema, reference, now = sys.argv[1:5]
    moment = datetime.fromtimestamp(float(now), timezone.utc)
    db = open_database(spec, schema=schema)
    retext = Outbox.retext_in

    def retext_then_die(self, *args, **kwargs):
        retext(self, *args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)  # inside the transaction, texts changed

    Outbox.retext_in = retext_then_die
    options = MessageOptions(language="it", utility_name="Acqua Imola",
                             callcentre_number="800 123 456", rules=SendRules(sender="AcquaImola"))
    services = Services(outbox=Outbox(db, clock=lambda: float(now)),
                        store=InterventionStore(db, clock=lambda: moment), provider=None,
                        now=lambda: moment)
    reschedule(reference, services, options, "Rossi",
               datetime(2026, 3, 12, 8, 30), datetime(2026, 3, 12, 12, 30))
    """
)


def test_a_process_killed_mid_change_leaves_the_old_notice_whole(backend, emulator, tmp_path):
    clock = Clock(local(2026, 3, 2, 22, 0))
    services, reference = notice_at_night(backend, emulator, clock)
    before = [(m.id, m.state, m.text) for m in rows(services, reference)]
    spec, schema = backend.spec()
    script = tmp_path / "child.py"
    script.write_text(CRASHING_CHILD, encoding="utf-8")
    conftest = Path(__file__).resolve().parents[1] / "conftest.py"
    child = subprocess.run(
        [sys.executable, str(script), spec, schema, reference, str(clock.now), str(conftest)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == -9, child.stderr

    assert [(m.id, m.state, m.text) for m in rows(services, reference)] == before
    assert services.store.get(reference).planned_start == local(2026, 3, 5, 8, 30)
    again = reschedule(reference, services, OPTIONS, "Rossi", NEW_START, NEW_END)
    assert again.ok and again.queued == 2
    clock.at(local(2026, 3, 3, 8, 0))
    dispatch(services)
    for phone in (ADMIN, OWN):
        assert sent_texts(services, reference, phone) == [(KIND, again.preview.text)]


@needs_postgres
def test_a_claim_racing_the_change_is_either_sent_as_it_was_or_written_again(tmp_path, emulator):
    """Two machines on one PostgreSQL store: a dispatcher holds ADMIN's row
    (claiming it) while the operator reschedules; the change waits for that
    row's lock and then leaves it alone, writing OWN's again."""
    backend = Backend("postgresql", tmp_path)
    try:
        clock = Clock(local(2026, 3, 2, 22, 0))
        services, reference = notice_at_night(backend, emulator, clock)
        clock.at(local(2026, 3, 3, 8, 0))
        dispatcher_db = close_later(backend.open())
        claim = dispatcher_db.connection()
        claim.execute(dispatcher_db.dialect.begin)
        (held,) = claim.execute(
            "SELECT id, text FROM outbox_messages WHERE intervention_id = ? AND phone = ?"
            " FOR UPDATE",
            (reference, ADMIN),
        ).fetchall()
        claim.execute(
            f"UPDATE outbox_messages SET state = '{SUBMITTING}', claimed_by = ?,"
            " lease_until = ? WHERE id = ?",
            ("otherhost:4242:dispatcher", clock.now + 600, held["id"]),
        )
        found = {}
        change = threading.Thread(
            target=lambda: found.setdefault(
                "result", reschedule(reference, services, OPTIONS, "Rossi", NEW_START, NEW_END)
            )
        )
        change.start()
        try:
            _wait_for_a_lock_wait()
        finally:
            claim.execute("COMMIT")
            change.join(timeout=60)
        assert not change.is_alive()

        result = found["result"]
        assert result.ok and result.kind == POSTPONEMENT and result.recipients == 1
        (admin,) = rows(services, reference, KIND, ADMIN)
        assert (admin.state, admin.text) == (SUBMITTING, held["text"]), "sent as it was"
        (own,) = rows(services, reference, KIND, OWN)
        assert own.state in SENT_STATES and "12 mar" in own.text, "due: this press sent it"
        services.outbox.settle([Settlement(held["id"], ACCEPTED, provider_id="p1")])
        dispatch(services)
        assert [k for k, _ in sent_texts(services, reference, ADMIN)] == [KIND, POSTPONEMENT]
        assert [k for k, _ in sent_texts(services, reference, OWN)] == [KIND]
    finally:
        backend.drop()


def _wait_for_a_lock_wait() -> None:
    """Until another session of this database waits for a row lock (the change
    blocked on the row the dispatcher holds): a state to reach, not a time."""
    import psycopg2

    with psycopg2.connect(PG_DSN) as watcher, watcher.cursor() as cursor:
        for _ in range(3000):
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                " AND query LIKE 'UPDATE outbox_messages SET text%%'"
            )
            if cursor.fetchone()[0]:
                break
            watcher.rollback()
            threading.Event().wait(0.01)
        else:
            raise AssertionError("the change never waited for the dispatcher's row")
    watcher.close()


def test_a_waiting_call_and_email_are_written_again_in_their_own_words(backend, emulator):
    """The notice's call (its speech) and the customer's email wait with the
    SMS; each is written again from its own template with the new dates."""
    clock = Clock(local(2026, 3, 2, 22, 0))
    services, reference = notice_at_night(backend, emulator, clock)
    eight = local(2026, 3, 3, 8, 0).timestamp()
    outbox = services.outbox
    outbox.enqueue(reference, KIND, "old speech", ["+390542111111"], "call", not_before=eight)
    outbox.enqueue(reference, KIND, "old email", ["anna@example.it"], "email", not_before=eight)

    result = reschedule(reference, services, OPTIONS, "Rossi", NEW_START, NEW_END)

    assert result.moved == 4
    texts = {m.channel: m.text for m in rows(services, reference, KIND)}
    assert texts["sms"] == result.preview.text
    assert texts["call"] != "old speech" and "dodici marzo" in texts["call"]
    assert texts["email"] != "old email" and result.preview.text in texts["email"]
    assert {m.state for m in rows(services, reference, KIND)} == {PENDING}
