"""Service connections (allacci) link customers to the main they really hang on.

A street with two mains: A along y = 0 (fed from x = 0) and B along y = 10
(fed from x = 100), with valves so each can be shut alone. The houses stand
between them, nearer B, yet several are served from A across the street.
"""

from __future__ import annotations

import pytest
from water_outage_notifier.customers import (
    CustomerIndex,
    CustomerInput,
    CustomerSettings,
    ServiceInput,
)
from water_outage_notifier.trace import PipeInput, SourceInput, ValveInput, build_network

NETWORK = build_network(
    [
        PipeInput(1, "A", [[(0, 0), (100, 0)]]),
        PipeInput(2, "B", [[(0, 10), (100, 10)]]),
        PipeInput(3, "AB", [[(100, 0), (100, 10)]]),
    ],
    [ValveInput(1, "VA", (95, 0), "open"), ValveInput(2, "VB", (95, 10), "open")],
    [SourceInput(1, "S1", (0, 0)), SourceInput(2, "S2", (0, 10))],
)
SETTINGS = CustomerSettings(max_snap_distance=20)


def customer(cid, point, pipe_id=None):
    return CustomerInput(
        fid=int(cid[1:]), customer_id=cid, point=point, pipe_id=pipe_id, phone="3331234567"
    )


def affected(index, pipe_id):
    selection = index.select(NETWORK.isolate_pipes([pipe_id]))
    return sorted(c.customer_id for c in selection.customers)


def codes(index):
    return [(w.code, w.feature_id) for w in index.warnings]


def test_a_service_line_links_its_customer_to_the_main_it_meets():
    customers = [customer("U1", (50, 8)), customer("U2", (60, 8))]
    services = [ServiceInput(7, "AL7", "U1", [[(50, 8), (50, 0)]])]
    index = CustomerIndex.build(customers, NETWORK, SETTINGS, services=services)
    assert affected(index, "A") == ["U1"], "served from A across the street"
    assert affected(index, "B") == ["U2"], "no service line: the nearest main"
    assert index.warnings == []


def test_the_service_line_wins_over_the_pipe_id_field():
    customers = [customer("U1", (50, 8), pipe_id="B")]
    services = [ServiceInput(7, "AL7", "U1", [[(50, 0.004), (50, 8)]])]
    index = CustomerIndex.build(customers, NETWORK, SETTINGS, services=services)
    assert affected(index, "A") == ["U1"] and affected(index, "B") == []


def test_customer_ids_match_across_text_and_number_fields():
    customers = [CustomerInput(fid=1, customer_id=1001, point=(50, 8))]
    services = [ServiceInput(7, "AL7", " 1001 ", [[(50, 8), (50, 0)]])]
    index = CustomerIndex.build(customers, NETWORK, SETTINGS, services=services)
    assert [c.customer_id for c in index.select(NETWORK.isolate_pipes(["A"])).customers] == [1001]


def test_a_line_between_two_mains_meets_the_one_away_from_the_customer():
    customers = [customer("U1", (50, 9))]
    services = [ServiceInput(7, "AL7", "U1", [[(50, 10), (50, 0)]])]
    index = CustomerIndex.build(customers, NETWORK, SETTINGS, services=services)
    assert affected(index, "A") == ["U1"]


def test_a_customer_with_two_service_lines_hangs_on_both_mains():
    customers = [customer("U1", (50, 5))]
    services = [
        ServiceInput(7, "AL7", "U1", [[(50, 5), (50, 0)]]),
        ServiceInput(8, "AL8", "U1", [[(50, 5), (50, 10)]]),
    ]
    index = CustomerIndex.build(customers, NETWORK, SETTINGS, services=services)
    assert affected(index, "A") == affected(index, "B") == ["U1"]


def test_a_customer_without_geometry_is_linked_by_its_service_line():
    customers = [CustomerInput(fid=1, customer_id="U1", point=None)]
    services = [ServiceInput(7, "AL7", "U1", [[(30, 0), (30, 4)]])]
    index = CustomerIndex.build(customers, NETWORK, SETTINGS, services=services)
    assert affected(index, "A") == ["U1"]


@pytest.mark.parametrize(
    "service, code",
    [
        (ServiceInput(7, "AL7", "U9", [[(50, 8), (50, 0)]]), "service_unknown_customer"),
        (ServiceInput(7, "AL7", None, [[(50, 8), (50, 0)]]), "service_unknown_customer"),
        (ServiceInput(7, "AL7", "U1", [[(50, 8), (50, 2)]]), "service_off_network"),
        (ServiceInput(7, "AL7", "U1", []), "service_off_network"),
    ],
)
def test_a_service_line_that_cannot_be_used_is_a_named_warning(service, code):
    index = CustomerIndex.build([customer("U1", (50, 8))], NETWORK, SETTINGS, services=[service])
    assert codes(index) == [(code, "AL7")]
    (warning,) = index.warnings
    assert warning.role == "services" and "AL7" in warning.message
    assert warning.params["customer_id"] == service.customer_id
    assert affected(index, "B") == ["U1"], "the customer falls back to the nearest main"


def test_a_pipe_id_naming_a_pipe_out_of_service_says_so():
    network = build_network(
        [
            PipeInput(1, "A", [[(0, 0), (100, 0)]]),
            PipeInput(2, "OLD", [[(0, 10), (100, 10)]], "dismessa"),
        ],
        [],
        [SourceInput(1, "S1", (0, 0))],
    )
    index = CustomerIndex.build([customer("U1", (50, 8), pipe_id="OLD")], network, SETTINGS)
    (warning,) = index.warnings
    assert warning.code == "pipe_out_of_service" and "out of service" in warning.message
