"""What the history dock may offer for each state, and who a follow-up would reach."""

from __future__ import annotations

import pytest
from water_outage_notifier.common.vocabulary import (
    CANCELLATION,
    CANCELLED,
    DELIVERED,
    FAILED,
    FINISHED,
    IN_PROGRESS,
    NOTIFIED,
    PENDING,
    PLANNED,
    UNCERTAIN,
    WATER_BACK,
)
from water_outage_notifier.notify import lifecycle
from water_outage_notifier.notify.history import list_history
from water_outage_notifier.notify.request import Services
from water_outage_notifier.store.interventions import (
    InterventionDraft,
    InterventionStore,
    RecipientState,
)
from water_outage_notifier.store.outbox import Outbox


@pytest.mark.parametrize(
    "state, actions",
    [
        (PLANNED, {"cancel", "reschedule", "extend"}),
        (NOTIFIED, {"start", "finish", "cancel", "reschedule", "extend", "remind"}),
        (IN_PROGRESS, {"finish", "cancel", "extend", "remind"}),
        (FINISHED, {"follow_up"}),
        (CANCELLED, {"follow_up"}),
        (None, set()),
    ],
)
def test_only_the_changes_the_state_allows_are_offered(state, actions):
    assert lifecycle.allowed_actions(state) == actions


@pytest.fixture()
def services(backend):
    db = backend.open()
    return Services(outbox=Outbox(db), store=InterventionStore(db), provider=None)


def test_a_follow_up_reaches_only_the_warned_numbers_without_it(services):
    store = services.store
    item = store.create(
        InterventionDraft("planned_interruption", "2026-03-02T08:00", "2026-03-02T12:00", "rossi")
    )
    store.record_notification(
        item.reference,
        "planned_interruption",
        [
            RecipientState("+393331111111", ("C1",), DELIVERED),
            RecipientState("+393332222222", ("C2",), UNCERTAIN),
            RecipientState("+393333333333", ("C3",), FAILED),
        ],
    )
    store.transition(item.reference, NOTIFIED, "rossi")
    services.outbox.enqueue(item.reference, WATER_BACK, "Acqua tornata.", ["+393331111111"])
    plan = lifecycle.follow_up_plan(services, item.reference, WATER_BACK)
    assert (plan.warned, plan.missing) == (2, ("+393332222222",))
    closing = lifecycle.cancel(item.reference, services, "rossi")
    assert (closing.follow_up_kind, closing.follow_up_recipients) == (CANCELLATION, 2)
    (entry,) = list_history(services, "2026-03-01T00:00", "2026-03-03T00:00")
    assert entry.intervention.state == CANCELLED
    assert entry.notice_states == {DELIVERED: 1, FAILED: 1, UNCERTAIN: 1}


def test_the_history_counts_a_send_cut_off_midway_as_in_doubt(services):
    """Seen after QGIS was killed mid-send and started again: the provider may have taken
    the 3 SMS the dead run was sending, yet the history said "in attesa: 3" from its
    snapshot, written before the send. The outbox knows they are in doubt, as it knows
    the calls' and emails' states, and the history says so."""
    store = services.store
    item = store.create(
        InterventionDraft("planned_interruption", "2026-03-02T08:00", "2026-03-02T12:00", "rossi")
    )
    phones = ["+393331111111", "+393332222222", "+393333333333"]
    store.record_notification(
        item.reference,
        "planned_interruption",
        [RecipientState(phone, (f"C{n}",), PENDING) for n, phone in enumerate(phones)],
    )
    services.outbox.enqueue(item.reference, "planned_interruption", "Acqua sospesa.", phones)
    assert len(services.outbox.claim("dead run", 10, 60.0, item.reference)) == 3
    (entry,) = list_history(services, "2026-03-01T00:00", "2026-03-03T00:00")
    assert (entry.in_doubt, entry.waiting, entry.sent) == (3, 0, 0)
