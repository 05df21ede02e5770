"""Linking customers to pipe pieces and answering clicks and announcements.

The network here is a tiny stand-in with just what ``customers.linking``
needs (``pieces``, ``nearest_piece``, ``pieces_of_pipe``); a test at the end
uses the real ``trace.build_network`` when it is available.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from water_outage_notifier.customers import (
    ContactInput,
    CustomerIndex,
    CustomerInput,
    CustomerSettings,
)
from water_outage_notifier.customers.linking import distance_to_polyline


@dataclass(frozen=True)
class FakePiece:
    index: int
    pipe_id: object
    coords: tuple


class FakeNetwork:
    """Pieces as straight polylines; nearest piece found by brute force."""

    def __init__(self, pieces):
        self.pieces = [FakePiece(i, pipe, tuple(coords)) for i, (pipe, coords) in enumerate(pieces)]

    def pieces_of_pipe(self, pipe_id):
        return [p.index for p in self.pieces if p.pipe_id == pipe_id]

    def nearest_piece(self, point, max_distance):
        distance, index = min((distance_to_polyline(point, p.coords), p.index) for p in self.pieces)
        return (index, distance) if distance <= max_distance else None


@dataclass(frozen=True)
class Isolation:
    isolated_pieces: list
    unsupplied_pieces: list = ()


# Pipe P1 runs (0,0)-(100,0) and is split by a mid-span valve at x=50 into
# pieces 0 and 1; P2 is piece 2 from (100,0) to (100,100).
NETWORK = FakeNetwork(
    [
        ("P1", [(0, 0), (50, 0)]),
        ("P1", [(50, 0), (100, 0)]),
        ("P2", [(100, 0), (100, 100)]),
    ]
)
SETTINGS = CustomerSettings(
    max_snap_distance=20,
    sensitive_values=("Ospedale", "dialisi"),
    shared_meter_values=("condominio",),
)


def customer(fid, cid, **fields):
    fields.setdefault("phone", f"333 000 {fid:04d}")
    return CustomerInput(fid=fid, customer_id=cid, **fields)


def build(customers, contacts=(), settings=SETTINGS, network=NETWORK):
    return CustomerIndex.build(customers, network, settings, contacts)


def ids(selection):
    return [c.customer_id for c in selection.customers]


def codes(index):
    return sorted(w.code for w in index.warnings)


def test_position_link_snaps_to_the_piece_of_a_split_pipe():
    index = build([customer(1, "west", point=(20, 5)), customer(2, "east", point=(80, -5))])
    assert ids(index.select(Isolation([0]))) == ["west"]
    assert ids(index.select(Isolation([1]))) == ["east"]
    assert index.warnings == []


def test_field_link_with_point_takes_the_nearest_piece_of_that_pipe():
    # Nearest piece overall is P2 (piece 2), but the pipe field says P1.
    index = build([customer(1, "c", point=(95, 10), pipe_id="P1")])
    assert ids(index.select(Isolation([1]))) == ["c"]
    assert ids(index.select(Isolation([2]))) == []


def test_field_link_without_geometry_belongs_to_every_piece_of_the_pipe():
    index = build([customer(1, "c", pipe_id="P1")])
    assert ids(index.select(Isolation([0]))) == ["c"]
    assert ids(index.select(Isolation([1]))) == ["c"]
    assert ids(index.select(Isolation([0, 1]))) == ["c"]


def test_unknown_pipe_id_without_geometry_is_reported_and_not_linked():
    index = build([customer(7, "c", pipe_id="NOPE")])
    (warning,) = index.warnings
    assert warning.code == "unknown_pipe"
    assert warning.role == "customers"
    assert (warning.fid, warning.feature_id) == (7, "c")
    assert "NOPE" in warning.message and "pipe field" in warning.message
    assert ids(index.select(Isolation([0, 1, 2]))) == []


def test_warnings_name_the_users_own_fields():
    settings = CustomerSettings(field_names=(("pipe", "cod_condotta"), ("units", "unita")))
    index = build([customer(7, "c", pipe_id="NOPE", units=-3)], settings=settings)
    messages = " ".join(w.message for w in index.warnings)
    assert "pipe field 'cod_condotta'" in messages and "units field 'unita'" in messages


def test_unknown_pipe_id_with_geometry_falls_back_to_position():
    index = build([customer(7, "c", pipe_id="NOPE", point=(20, 5))])
    assert codes(index) == ["unknown_pipe"]
    assert "position" in index.warnings[0].message
    assert ids(index.select(Isolation([0]))) == ["c"]


def test_customer_too_far_from_any_pipe_is_reported():
    index = build([customer(3, "far", point=(50, 60))])
    assert codes(index) == ["customer_too_far"]
    assert index.warnings[0].point == (50, 60)
    assert ids(index.select(Isolation([0, 1, 2]))) == []


def test_customer_far_from_its_named_pipe_is_reported_but_linked():
    index = build([customer(3, "c", point=(50, 60), pipe_id="P1")])
    assert codes(index) == ["customer_far_from_pipe"]
    assert ids(index.select(Isolation([0, 1]))) == ["c"]


def test_customer_with_neither_link_is_reported():
    index = build([customer(4, "lost")])
    assert codes(index) == ["customer_unlinked"]
    assert "'customers'" in index.warnings[0].message and "4" in index.warnings[0].message


def test_isolated_wins_over_unsupplied():
    index = build([customer(1, "a", pipe_id="P1"), customer(2, "b", pipe_id="P2")])
    selection = index.select(Isolation([0], unsupplied_pieces=[1, 2]))
    assert {c.customer_id: c.role for c in selection.customers} == {
        "a": "isolated",
        "b": "unsupplied",
    }
    report = selection.to_report()
    assert report["customers"] == {"isolated": ["a"], "unsupplied": ["b"]}
    assert report["counts"]["isolated"] == 1 and report["counts"]["unsupplied"] == 1


def test_sensitive_customers_come_first_in_every_list():
    index = build(
        [
            customer(1, "A1", pipe_id="P1", category="domestica", phone="0542 111111"),
            customer(2, "A2", pipe_id="P1", category="domestica"),
            customer(3, "Z9", pipe_id="P2", category=" OSPEDALE ", phone="0542 222222"),
            customer(4, "Z8", pipe_id="P2", category="Dialisi"),
        ]
    )
    selection = index.select(Isolation([0], unsupplied_pieces=[2]))
    assert ids(selection) == ["Z8", "Z9", "A1", "A2"]
    report = selection.to_report()
    assert report["customers"]["unsupplied"] == ["Z8", "Z9"]
    assert [r["customers"] for r in report["recipients"]] == [["Z8"], ["A2"]]
    assert [u["customer"] for u in report["unreachable"]] == ["Z9", "A1"]
    assert report["counts"]["sensitive"] == 2
    assert report["counts"]["sensitive_unreachable"] == 1


def test_shared_number_is_one_recipient_listing_all_its_customers():
    index = build(
        [
            customer(1, "c1", pipe_id="P1", phone="333 123 4567"),
            customer(2, "c2", pipe_id="P1", phone="+39 333 1234567"),
            customer(3, "c3", pipe_id="P1", phone="0039 333.123.4567"),
            customer(4, "c4", pipe_id="P2", phone="333 123 4567"),
        ]
    )
    report = index.select(Isolation([0])).to_report()
    assert report["recipients"] == [{"phone": "+393331234567", "customers": ["c1", "c2", "c3"]}]
    assert report["counts"]["recipients"] == 1 and report["counts"]["reachable"] == 3


def test_contacts_table_gives_several_contacts_per_shared_meter():
    index = build(
        [customer(1, "condo", pipe_id="P1", phone=None, category="condominio", units=12)],
        contacts=[
            ContactInput(10, "condo", "333 111 1111", "si", "Rossi", "administrator"),
            ContactInput(11, "condo", "333 222 2222", "SI", "Bianchi", "resident"),
            ContactInput(12, "condo", "333 333 3333", "no", "Verdi", "resident"),
        ],
    )
    (affected,) = index.select(Isolation([0])).customers
    assert affected.phones == ("+393331111111", "+393332222222")
    assert affected.shared_meter and affected.units == 12
    assert index.select(Isolation([0])).counts()["units"] == 12


def test_contact_of_unknown_customer_is_reported():
    index = build([customer(1, "c", pipe_id="P1")], contacts=[ContactInput(99, "ghost", "333")])
    (warning,) = index.warnings
    assert (warning.code, warning.role, warning.fid) == ("unknown_customer", "contacts", 99)
    assert "ghost" in warning.message


@pytest.mark.parametrize(
    ("phone", "consent", "reason"),
    [
        (None, "si", "no_phone"),
        ("12345", "si", "invalid_phone"),
        ("0542 123456", "si", "landline"),
        ("333 123 4567", "no", "no_consent"),
        ("333 999 9999", "si", "opted_out"),
    ],
)
def test_each_unreachable_reason_reaches_the_report(phone, consent, reason):
    settings = CustomerSettings(opt_out=("+39 333 9999999",))
    index = build([customer(1, "c", pipe_id="P1", phone=phone, consent=consent)], settings=settings)
    report = index.select(Isolation([0])).to_report()
    assert report["unreachable"] == [{"customer": "c", "reason": reason, "sensitive": False}]
    assert report["counts"]["unreachable"] == {reason: 1}
    assert report["recipients"] == []


def test_invalid_opt_out_entry_is_reported_with_a_masked_number():
    index = build([], settings=CustomerSettings(opt_out=("0542 123456",)))
    (warning,) = index.warnings
    assert warning.code == "invalid_opt_out" and "123456" not in warning.message


def test_bad_units_are_reported_and_count_as_one():
    index = build([customer(5, "c", pipe_id="P1", units="tanti")])
    assert codes(index) == ["invalid_units"]
    assert "units field" in index.warnings[0].message
    assert index.select(Isolation([0])).counts()["units"] == 1


def test_duplicate_customer_ids_are_reported_and_both_kept():
    index = build([customer(1, "c", pipe_id="P1"), customer(2, "c", pipe_id="P2")])
    assert codes(index) == ["duplicate_id"]
    assert [c.fid for c in index.select_ids(["c"]).customers] == [1, 2]


def test_selection_by_ids_for_announcements():
    index = build([customer(i, f"c{i}", pipe_id="P1") for i in range(1, 6)])
    selection = index.select_ids(["c2", "c4", "missing"])
    assert ids(selection) == ["c2", "c4"]
    report = selection.to_report()
    assert report["customers"] == {"selected": ["c2", "c4"]}
    assert len(report["recipients"]) == 2


def test_extra_customers_for_plan_b_count_only_new_ones():
    index = build(
        [
            customer(1, "a", pipe_id="P1"),  # on pieces 0 and 1
            customer(2, "b", point=(100, 50)),  # piece 2
            customer(3, "c", point=(100, 60)),  # piece 2
        ]
    )
    assert index.count_on_pieces([1, 2]) == 3
    assert index.count_on_pieces([1, 2], excluding=[0]) == 2
    assert index.count_on_pieces([]) == 0


def test_affected_customer_carries_what_result_layers_need():
    index = build(
        [
            customer(
                9,
                "c",
                point=(10, 1),
                address="Via Emilia",
                house_number="12",
                municipality="Imola",
                category="commerciale",
            )
        ]
    )
    (affected,) = index.select(Isolation([0])).customers
    assert (affected.fid, affected.point, affected.municipality) == (9, (10, 1), "Imola")
    assert (affected.address, affected.house_number, affected.category) == (
        "Via Emilia",
        "12",
        "commerciale",
    )
    assert affected.reachable and not affected.sensitive


def real_network():
    """P1 (0-100) split by a mid-span valve at 50, valve at 100, P2 (100-200); source at 0."""
    trace = pytest.importorskip("water_outage_notifier.trace")
    if not hasattr(trace, "build_network"):
        pytest.skip("trace.build_network not available yet")
    from water_outage_notifier.trace.inputs import PipeInput, SourceInput, ValveInput

    network = trace.build_network(
        [
            PipeInput(1, "P1", [[(0.0, 0.0), (100.0, 0.0)]]),
            PipeInput(2, "P2", [[(100.0, 0.0), (200.0, 0.0)]]),
        ],
        [
            ValveInput(10, "V-mid", (50.0, 0.0), "open"),
            ValveInput(11, "V-end", (100.0, 0.0), "open"),
        ],
        [SourceInput(20, "S", (0.0, 0.0))],
        trace.NetworkSettings(),
    )
    west, east = sorted(network.pieces_of_pipe("P1"), key=lambda p: network.pieces[p].coords[0])
    return network, west, east


def test_real_trace_network_links_customers_to_split_pieces():
    network, west, east = real_network()
    index = CustomerIndex.build(
        [
            customer(1, "west", point=(20.0, 3.0)),
            customer(2, "east", point=(70.0, -3.0)),
            customer(3, "far", point=(150.0, 2.0)),
            customer(4, "lost", point=(150.0, 90.0)),
        ],
        network,
        SETTINGS,
    )
    assert codes(index) == ["customer_too_far"]
    report = index.select(network.isolate([east])).to_report()
    assert report["customers"] == {"isolated": ["east"], "unsupplied": ["far"]}
    assert index.select(network.isolate([west])).to_report()["customers"]["isolated"] == ["west"]


def test_real_trace_network_field_link_picks_the_piece_of_the_named_pipe():
    network, west, east = real_network()
    index = CustomerIndex.build(
        [
            # Nearest piece overall is P2, but the pipe field names P1: its east piece.
            customer(1, "named", point=(104.0, 5.0), pipe_id="P1"),
            customer(2, "no-geometry", pipe_id="P1"),
        ],
        network,
        SETTINGS,
    )
    assert index.warnings == []
    assert ids(index.select(network.isolate([east]))) == ["named", "no-geometry"]
    # The source is on the west piece: shutting it leaves the east piece dry.
    assert index.select(network.isolate([west])).to_report()["customers"] == {
        "isolated": ["no-geometry"],
        "unsupplied": ["named"],
    }
