"""Conflicts in time and network, and customers warned twice on one Rome day
(on both back ends)."""

from datetime import datetime, timezone

import pytest
from water_outage_notifier.store.conflicts import FIRST_IDS, find_conflicts, same_day_warnings
from water_outage_notifier.store.interventions import (
    ROME,
    InterventionDraft,
    InterventionStore,
)


@pytest.fixture()
def store(backend):
    clock = lambda: datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)  # noqa: E731
    return InterventionStore(backend.open(), clock=clock)


def add(store, start, end, segments=(), customers=(), state=None):
    item = store.create(
        InterventionDraft(
            kind="planned_interruption",
            planned_start=start,
            planned_end=end,
            operator="op",
            segment_ids=segments,
            customer_ids=customers,
        )
    )
    if state:
        store.transition(item.reference, state, "op")
    return item.reference


def test_overlap_in_time_and_shared_segments(store):
    other = add(store, "2026-03-03T08:00:00+01:00", "2026-03-03T12:00:00+01:00", segments=[1, 2, 3])
    (conflict,) = find_conflicts(
        store, "2026-03-03T10:00:00+01:00", "2026-03-03T14:00:00+01:00", [3, 2, 9], ["X"]
    )
    assert conflict.reference == other
    assert conflict.overlap_start == datetime(2026, 3, 3, 10, tzinfo=ROME)
    assert conflict.overlap_end == datetime(2026, 3, 3, 12, tzinfo=ROME)
    assert (conflict.shared_segment_count, conflict.shared_segments) == (2, (2, 3))
    assert conflict.shared_customer_count == 0
    assert "2 shared segment(s) (first: 2, 3)" in conflict.message()


def test_overlap_in_time_and_shared_customers_only(store):
    customers = [f"C{n}" for n in range(12)]
    other = add(store, "2026-03-03T08:00", "2026-03-03T12:00", segments=[1], customers=customers)
    (conflict,) = find_conflicts(
        store, "2026-03-03T11:00", "2026-03-03T13:00", [50], customers[3:] + ["Z"]
    )
    assert conflict.reference == other
    assert conflict.shared_segment_count == 0
    assert conflict.shared_customer_count == 9
    assert conflict.shared_customers == tuple(customers[3 : 3 + FIRST_IDS])


def test_no_conflict_when_disjoint_in_network_or_in_time_or_inactive(store):
    add(store, "2026-03-03T08:00", "2026-03-03T12:00", segments=[1], customers=["A"])
    add(store, "2026-03-03T12:00", "2026-03-03T15:00", segments=[2], customers=["B"])
    add(store, "2026-03-03T08:00", "2026-03-03T18:00", segments=[3], state="cancelled")
    # Same time, different network.
    assert find_conflicts(store, "2026-03-03T09:00", "2026-03-03T10:00", [9], ["Z"]) == []
    # Same network as the second one, but it starts when this one ends.
    assert find_conflicts(store, "2026-03-03T10:00", "2026-03-03T12:00", [2], ["B"]) == []
    # Shares with a cancelled intervention only.
    assert find_conflicts(store, "2026-03-03T09:00", "2026-03-03T10:00", [3], []) == []


def test_an_intervention_does_not_conflict_with_itself(store):
    ref = add(store, "2026-03-03T08:00", "2026-03-03T12:00", segments=[1], state="notified")
    assert find_conflicts(store, "2026-03-03T08:00", "2026-03-03T12:00", [1], []) != []
    assert find_conflicts(store, "2026-03-03T08:00", "2026-03-03T12:00", [1], [], ref) == []


def notified_at(store, moment, customers):
    ref = add(store, "2026-04-10T08:00", "2026-04-10T12:00", customers=customers)
    store.transition(ref, "notified", "op", at=moment)
    return ref


def test_same_rome_day_across_the_spring_dst_change(store):
    # 2026-03-29: clocks go from 02:00 CET to 03:00 CEST. 00:30 local is
    # 23:30 UTC on the 28th; 23:30 local is 21:30 UTC on the 29th.
    first = notified_at(store, "2026-03-28T23:30:00+00:00", ["C1", "C2", "C3"])
    (warning,) = same_day_warnings(store, ["C2", "C3", "C9"], "2026-03-29T21:30:00+00:00")
    assert warning.reference == first
    assert warning.day.isoformat() == "2026-03-29"
    assert (warning.customer_count, warning.customers) == (2, ("C2", "C3"))
    # One hour later it is 00:30 on the 30th in Rome: another day.
    assert same_day_warnings(store, ["C2"], "2026-03-29T22:30:00+00:00") == []


def test_same_utc_date_but_different_rome_days_at_the_autumn_change(store):
    # 2026-10-25: clocks go back from 03:00 CEST to 02:00 CET. 23:30 UTC on
    # the 24th is already 01:30 on the 25th in Rome.
    notified_at(store, "2026-10-24T21:30:00+00:00", ["C1"])  # 23:30 on the 24th
    assert same_day_warnings(store, ["C1"], "2026-10-24T23:30:00+00:00") == []
    later = notified_at(store, "2026-10-25T01:30:00+00:00", ["C1"])  # 02:30 CET on the 25th
    (warning,) = same_day_warnings(store, ["C1"], "2026-10-24T23:30:00+00:00")
    assert warning.reference == later


def test_no_double_warning_without_shared_customers_or_for_itself(store):
    ref = notified_at(store, "2026-03-02T09:00:00+01:00", ["C1"])
    assert same_day_warnings(store, ["C2"], "2026-03-02T18:00:00+01:00") == []
    assert same_day_warnings(store, ["C1"], "2026-03-02T18:00:00+01:00", ref) == []
