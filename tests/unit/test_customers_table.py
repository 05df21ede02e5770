"""Customers whose details are read on demand give the same answers as complete records.

The QGIS reader hands the index light rows (id, point, pipe, units) and a
``details(fids)`` reader; here the reader is a plain function over complete
records that also notes which fids it was asked for.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from water_outage_notifier.customers import (
    ContactInput,
    CustomerDetails,
    CustomerIndex,
    CustomerInput,
    CustomerSettings,
    CustomerTable,
)
from water_outage_notifier.customers.linking import distance_to_polyline


@dataclass(frozen=True)
class Piece:
    coords: tuple


class LineNetwork:
    """Ten pieces of 10 m along the x axis; pipe ``k`` is piece ``k``."""

    pieces = [Piece(((10.0 * i, 0.0), (10.0 * i + 10.0, 0.0))) for i in range(10)]

    def pieces_of_pipe(self, pipe_id):
        return [pipe_id] if isinstance(pipe_id, int) and 0 <= pipe_id < 10 else []

    def nearest_piece(self, point, max_distance):
        distance, index = min(
            (distance_to_polyline(point, p.coords), i) for i, p in enumerate(self.pieces)
        )
        return (index, distance) if distance <= max_distance else None


@dataclass(frozen=True)
class Isolation:
    isolated_pieces: list
    unsupplied_pieces: list = ()


SETTINGS = CustomerSettings(sensitive_values=("ospedale",), shared_meter_values=("condominio",))
CATEGORIES = ("domestica", "ospedale", "condominio", None)
PHONES = ("333 123 4567", "0542 111111", None, "+39 347 7654321", "12")


def complete_customers():
    return [
        CustomerInput(
            fid=100 + n,
            customer_id=f"U{n:03d}",
            point=(n * 2.5 + 1.0, 3.0 if n % 2 else -3.0),
            pipe_id=int(n * 2.5 + 1.0) // 10 if n % 3 else None,
            address=f"Via {n % 4}",
            house_number=str(n),
            municipality="Imola" if n % 5 else "Dozza",
            category=CATEGORIES[n % 4],
            units=n % 7 or "tante",
            phone=PHONES[n % 5],
            consent="si" if n % 6 else "no",
        )
        for n in range(40)
    ]


CONTACTS = [ContactInput(900, "U002", "333 999 0000", "si"), ContactInput(901, "U006", "3", "si")]


class RecordingDetails:
    """``details(fids)`` over complete records, remembering every call."""

    def __init__(self, customers, drop=()):
        self.by_fid = {c.fid: CustomerDetails.of(c) for c in customers if c.fid not in drop}
        self.calls = []

    def __call__(self, fids):
        self.calls.append(list(fids))
        return {fid: self.by_fid[fid] for fid in fids if fid in self.by_fid}


def light(customer: CustomerInput) -> CustomerInput:
    """What the QGIS reader keeps for every customer."""
    return CustomerInput(customer.fid, customer.customer_id, customer.point, customer.pipe_id,
                         units=customer.units, phone=None, consent=None)  # fmt: skip


def build_both(drop=()):
    customers = complete_customers()
    details = RecordingDetails(customers, drop)
    table = CustomerTable([light(c) for c in customers], details, source="utenze")
    eager = CustomerIndex.build(customers, LineNetwork(), SETTINGS, CONTACTS)
    lazy = CustomerIndex.build(table, LineNetwork(), SETTINGS, CONTACTS)
    return eager, lazy, details


def test_lazy_details_give_the_same_reports_and_warnings_as_complete_records():
    eager, lazy, _ = build_both()
    assert [w.message for w in lazy.warnings] == [w.message for w in eager.warnings]
    assert lazy.warnings, "the sample has bad units and should warn"
    for pieces in ([0, 1], [3], list(range(10))):
        click = Isolation(pieces[:1], pieces[1:])
        assert lazy.select(click) == eager.select(click)
        assert lazy.select(click).to_report() == eager.select(click).to_report()
    assert lazy.select_ids(["U001", "U017"]) == eager.select_ids(["U001", "U017"])


def test_a_click_reads_the_details_of_its_own_customers_once():
    _, lazy, details = build_both()
    assert details.calls == []  # building reads no details
    selection = lazy.select(Isolation([2], [3]))
    assert len(details.calls) == 1
    assert sorted(details.calls[0]) == sorted(c.fid for c in selection.customers)
    assert 0 < len(details.calls[0]) < len(complete_customers())


def test_a_customer_gone_from_the_layer_is_listed_without_phone_and_logged(caplog):
    customers = complete_customers()
    gone = customers[5]  # on piece 1, reachable when present
    eager, lazy, _ = build_both(drop={gone.fid})
    assert eager.select(Isolation([1])).customers[0].reachable
    with caplog.at_level(logging.WARNING, logger="water_outage_notifier.customers"):
        selection = lazy.select(Isolation([1]))
    (listed,) = [c for c in selection.customers if c.fid == gone.fid]
    assert (listed.phones, listed.reason, listed.address) == ((), "no_phone", None)
    assert "'utenze'" in caplog.text and str(gone.fid) in caplog.text


def test_a_click_without_customers_reads_nothing():
    _, lazy, details = build_both()
    assert lazy.select(Isolation([])).customers == ()
    assert details.calls == []


def test_complete_records_are_a_table_of_their_own():
    customers = complete_customers()
    table = CustomerTable.of(iter(customers))
    assert list(table) == customers and len(table) == len(customers)
    assert table.details([3, 0]) == [
        CustomerDetails.of(customers[3]),
        CustomerDetails.of(customers[0]),
    ]
    assert CustomerTable.of(table) is table
