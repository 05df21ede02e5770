"""Customers' replies, read from the gateway emulator: STOP is kept and applied everywhere.

A STOP (or ANNULLA, CANCELLA) reply at the emulator, read by a dispatch
pass, puts the number on the stored opt-out list: the next notice, from the
notify pipeline (the dialog's path) or from a batch, does not go to it. A
"1" answering the water-back notice is kept against the intervention.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from opened import close_later
from test_batch_run import C1, C2, run, services_for, street  # noqa: F401 - the fixture
from test_notify_pipeline import ADMIN, END, OPTIONS, OWN, START, make_services, request
from water_outage_notifier.common.vocabulary import (
    OPTED_OUT,
    REPLY_NO_WATER,
    REPLY_OPT_OUT,
    REPLY_OTHER,
    WATER_BACK,
)
from water_outage_notifier.devtools.gateway_emulator import RELAY_OPTIONS
from water_outage_notifier.notify.dispatch import dispatch
from water_outage_notifier.notify.lifecycle import finish
from water_outage_notifier.notify.pipeline import follow_up, notify
from water_outage_notifier.notify.replies import meaning, opt_out_keywords
from water_outage_notifier.store.replies import FROM_SMS, Replies, Reply


def stored(services) -> Replies:
    return Replies(services.outbox.db)


@pytest.mark.parametrize("provider", ["twilio", "skebby", "generic"])
def test_a_stop_reply_takes_the_number_off_the_next_notice(tmp_path, emulator, provider):
    options = {"generic": RELAY_OPTIONS, "twilio": {"inbound_number": "+393330000000"}}
    options = options.get(provider, {})
    services = make_services(tmp_path, emulator, provider=provider, **options)
    if provider == "twilio":
        services.provider.credentials = replace(
            services.provider.credentials, username="ACtest", password="twilio-secret"
        )
    first = notify(request(), services)
    assert first.ok and emulator.accepted_count(ADMIN) == 1

    emulator.receive(ADMIN, "Stop, grazie")
    read = dispatch(services).replies
    assert (read.read, read.opted_out) == (1, 1)
    (entry,) = stored(services).opted_out()
    assert (entry.phone, entry.source) == (ADMIN, FROM_SMS)
    assert dispatch(services).replies.read == 0, "a reply is kept once"

    moved = replace(request().plan, start=START + timedelta(days=1), end=END + timedelta(days=1))
    second = notify(request(plan=moved), services)
    assert second.ok and second.reference != first.reference
    assert (emulator.accepted_count(ADMIN), emulator.accepted_count(OWN)) == (1, 2)
    assert second.recipients == 1 and second.unreachable == 3  # C1, C2 (ADMIN) and C4
    unreachable = dict(services.store.get(second.reference).unreachable)
    assert unreachable["C1"] == unreachable["C2"] == OPTED_OUT


def test_the_stopped_number_gets_no_follow_up_and_a_1_is_kept_against_the_work(tmp_path, emulator):
    services = make_services(tmp_path, emulator)
    reference = notify(request(), services).reference
    finish(reference, services, "Rossi")
    emulator.receive(OWN, "ANNULLA")
    dispatch(services)
    back = follow_up(reference, WATER_BACK, services, OPTIONS, "Rossi")
    assert back.ok and back.recipients == 1
    assert (emulator.accepted_count(ADMIN), emulator.accepted_count(OWN)) == (2, 1)

    emulator.receive(ADMIN, "1")
    assert dispatch(services).replies.no_water == 1
    (reply,) = stored(services).replies(reference, REPLY_NO_WATER)
    assert reply.phone == ADMIN


def test_a_stop_reply_takes_the_number_off_a_batch(street, tmp_path, emulator):  # noqa: F811
    services = services_for(tmp_path, "skebby", emulator.url)
    emulator.receive(C1, "stop")
    dispatch(services)
    assert [o.phone for o in stored(services).opted_out()] == [C1]

    _outcomes, rows = run(street, services, dry_run=False)
    assert emulator.accepted_count(C1) == 0 and emulator.accepted_count(C2) == 3


def test_what_a_reply_means():
    keywords = opt_out_keywords({})
    assert keywords == ("STOP", "ANNULLA", "CANCELLA")
    assert meaning("cancella il mio numero", None, keywords) == REPLY_OPT_OUT
    assert meaning("non stop", None, keywords) == REPLY_OTHER
    assert meaning(" 1 ", WATER_BACK, keywords) == REPLY_NO_WATER
    assert meaning("1", "planned_interruption", keywords) == REPLY_OTHER
    assert opt_out_keywords({"opt_out_keywords": "basta, fine"}) == ("BASTA", "FINE")
    assert close_later  # the helpers' services are closed after each test


def test_the_list_and_the_replies_are_kept_once_on_both_back_ends(backend):
    db = backend.open("replies")
    try:
        kept = Replies(db, clock=lambda: 100.0)
        assert kept.opt_out([C1, C2], FROM_SMS) == 2 and kept.opt_out([C1], "import") == 0
        assert kept.opted_out_among([C1, "+393339999999"]) == {C1}
        assert kept.opt_in([C2]) == 1 and [o.phone for o in kept.opted_out()] == [C1]
        reply = Reply("SM1", C1, "1", 50.0, REPLY_NO_WATER, "INT-2026-0001")
        assert kept.record([reply, reply]) == [reply]
        assert kept.record([reply]) == []
        assert kept.replies("INT-2026-0001") == [reply] and kept.last_reply_at() == 50.0
        assert kept.replies(meaning=REPLY_OPT_OUT) == []
    finally:
        db.close()
