"""The "1" replies per valve segment: counts, shares, clusters and what cannot be placed.

A main along the x axis, fed from x = 0, pipes M1..M6 of 10 units; operable
valves A (x = 10), B (x = 30) and C (x = 50), and a normally closed valve Z
at the end (x = 60). Segments: M1 | M2 M3 | M4 M5 | M6. The work closed A.
Customers stand 2 units off their pipe, linked by position.
"""

from __future__ import annotations

import pytest
from water_outage_notifier.common.vocabulary import DELIVERED, REPLY_NO_WATER
from water_outage_notifier.customers import CustomerIndex, CustomerInput, CustomerSettings
from water_outage_notifier.notify.reply_map import (
    REPLIES_UNMATCHED,
    REPLIES_UNPLACED,
    VALVE_LEFT_SHUT,
    bounding_valves,
    map_replies,
)
from water_outage_notifier.store.interventions import RecipientState
from water_outage_notifier.store.replies import Reply
from water_outage_notifier.trace import PipeInput, SourceInput, ValveInput, build_network


@pytest.fixture(scope="module")
def network():
    pipes = [PipeInput(i, f"M{i}", [[((i - 1) * 10, 0), (i * 10, 0)]]) for i in range(1, 7)]
    valves = [
        ValveInput(0, "A", (10, 0), "open"),
        ValveInput(1, "B", (30, 0), "open"),
        ValveInput(2, "C", (50, 0), "open"),
        ValveInput(3, "Z", (60, 0), "closed"),
    ]
    return build_network(pipes, valves, [SourceInput(0, "S", (0, 0))])


# Customer id -> x along the main (None: no geometry and no pipe, so on no pipe).
PLACES = {"U1": 15, "U2": 25, "U3": 18, "U4": 45, "U5": 42, "U6": 5, "U7": None}


@pytest.fixture(scope="module")
def index(network):
    customers = [
        CustomerInput(fid, cid, None if x is None else (x, 2.0))
        for fid, (cid, x) in enumerate(PLACES.items())
    ]
    return CustomerIndex.build(customers, network, CustomerSettings(max_snap_distance=5))


def warned(*rows):
    """Water-back recipients: (phone, customer ids)."""
    return [RecipientState(phone, tuple(ids), DELIVERED) for phone, ids in rows]


def replies(*phones):
    return [
        Reply(f"SM{n}", phone, "1", 100.0 + n, REPLY_NO_WATER, "INT-1")
        for n, phone in enumerate(phones)
    ]


def segment_of(network, pipe_id):
    return network.piece_segment[network.pieces_of_pipe(pipe_id)[0]]


ALL_WARNED = warned(
    ("+391", ["U1"]), ("+392", ["U2"]), ("+393", ["U3"]), ("+394", ["U4"]), ("+395", ["U5"]),
    ("+396", ["U6"]),
)  # fmt: skip


def test_two_numbers_on_one_segment_are_a_cluster_naming_its_valves(network, index):
    found = map_replies(
        "INT-1", replies("+391", "+392", "+394", "+391"), ALL_WARNED, index, network, ["A"]
    )
    middle, far = segment_of(network, "M2"), segment_of(network, "M4")
    assert [(s.segment_id, s.numbers, s.customers, s.warned) for s in found.segments] == [
        (middle, 2, 2, 3),  # U1, U2 replied; U3 was warned too
        (far, 1, 1, 2),
    ]
    cluster, single = found.segments
    assert cluster.cluster and not single.cluster
    assert cluster.share == pytest.approx(2 / 3)
    assert cluster.valves == ("A", "B") and cluster.closed_by_work == ("A",)
    assert single.valves == ("B", "C") and single.closed_by_work == ()
    assert sorted(cluster.pieces) == sorted(
        network.pieces_of_pipe("M2") + network.pieces_of_pipe("M3")
    )
    assert (found.replies, found.unmatched, found.unplaced) == (3, 0, 0), "a number counts once"
    ((code, params),) = [(f.code, f.params) for f in found.findings()]
    assert code == VALVE_LEFT_SHUT
    assert params == {
        "segment_id": middle,
        "replies": 2,
        "customers": 2,
        "warned": 3,
        "valves": ["A", "B"],
        "closed_by_work": ["A"],
        "work_valves": ["A"],
        "why": "closed_by_work",
    }


def test_a_segment_cut_off_upstream_names_the_work_s_valves_first(network, index):
    found = map_replies("INT-1", replies("+394", "+395"), ALL_WARNED, index, network, ["A", "A"])
    ((code, params),) = [(f.code, f.params) for f in found.findings()]
    assert (params["why"], params["work_valves"], params["valves"]) == (
        "upstream",
        ["A"],
        ["B", "C"],
    )
    alone = map_replies("INT-1", replies("+394", "+395"), ALL_WARNED, index, network)
    assert alone.findings()[0].params["why"] == "boundary"


def test_the_threshold_is_the_utility_s(network, index):
    found = map_replies("INT-1", replies("+391", "+392"), ALL_WARNED, index, network, (), 3)
    assert [s.cluster for s in found.segments] == [False] and found.findings() == []
    alone = map_replies("INT-1", replies("+394"), ALL_WARNED, index, network, (), 1)
    assert alone.segments[0].cluster


def test_two_customers_on_one_number_are_one_reply_in_each_segment(network, index):
    shared = warned(("+397", ["U1", "U3", "U4"]), ("+392", ["U2"]))
    found = map_replies("INT-1", replies("+397"), shared, index, network)
    by_segment = {s.segment_id: (s.numbers, s.customers, s.warned) for s in found.segments}
    assert by_segment == {
        segment_of(network, "M2"): (1, 2, 3),  # one reply for U1 and U3; U2 warned too
        segment_of(network, "M4"): (1, 1, 1),
    }
    assert not any(s.cluster for s in found.segments), "one number is one household"
    assert found.replies == 1


def test_numbers_without_a_known_customer_or_pipe_are_counted_apart(network, index):
    rows = ALL_WARNED + warned(("+398", ["U7"]), ("+399", ["GONE"]), ("+390", []))
    found = map_replies(
        "INT-1", replies("+391", "+398", "+399", "+390", "+300"), rows, index, network
    )
    assert (found.replies, found.unmatched, found.unplaced) == (5, 3, 1)
    assert [s.numbers for s in found.segments] == [1]
    codes = {f.code: f.params for f in found.findings()}
    assert codes == {REPLIES_UNMATCHED: {"count": 3}, REPLIES_UNPLACED: {"count": 1}}


def test_without_customers_mapped_every_number_is_unmatched(network):
    found = map_replies("INT-1", replies("+391"), ALL_WARNED, None, network)
    assert (found.segments, found.unmatched) == ((), 1)


def test_a_normally_closed_valve_is_not_one_to_open(network):
    assert bounding_valves(network, segment_of(network, "M6")) == ("C",)


def test_pieces_of_ids_knows_unlinked_and_unknown_customers(network, index):
    pieces = index.pieces_of_ids(["U1", "U7", "GONE"])
    assert pieces == {"U1": network.pieces_of_pipe("M2"), "U7": []}
