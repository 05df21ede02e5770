"""A value typed by a person matches whatever type its layer stored it in.

Real utility layers disagree on types: pipe ids are numbers on the pipes and
text ("007") on the customers exported from billing; a valve state or a
consent flag typed as ``1`` is stored as ``1.0`` in a REAL column; a mobile
number comes from a spreadsheet column read as a double. Each case here
gave a wrong answer before: customers linked by position with a warning
each, contacts dropped (their customers unreachable), a closed valve asked
to close, and a phone number read with a zero too many, which sends the
SMS to somebody else.
"""

from __future__ import annotations

import pytest
from water_outage_notifier.common.values import attribute_text, id_key
from water_outage_notifier.customers import (
    CustomerIndex,
    CustomerInput,
    CustomerSettings,
    ServiceInput,
)
from water_outage_notifier.customers.phones import PhoneNormalizer
from water_outage_notifier.customers.records import ContactInput
from water_outage_notifier.trace import (
    NetworkSettings,
    PipeInput,
    SourceInput,
    ValveInput,
    build_network,
)
from water_outage_notifier.trace.inputs import CLOSED


@pytest.mark.parametrize(
    "value, text, key",
    [
        (7, "7", "7"),
        (7.0, "7", "7"),
        ("007", "007", "7"),
        (" 007 ", "007", "7"),
        ("+39", "+39", "39"),
        ("C 001", "C 001", "C 001"),
        ("7.5", "7.5", "7.5"),
        (7.5, "7.5", "7.5"),
        ("Città", "Città", "Città"),
        ("٣", "٣", "٣"),  # a digit of another script is text, not a number
        (None, "", None),
        ("  ", "", None),
    ],
)
def test_a_value_reads_as_typed_and_an_id_matches_without_leading_zeros(value, text, key):
    assert attribute_text(value) == text
    assert id_key(value) == key


def test_states_and_statuses_typed_as_numbers_match_in_a_real_column():
    settings = NetworkSettings(closed_values=("1",), out_of_service_values=("0",))
    classify = settings.state_classifier()
    assert classify(1.0) == classify(1) == classify("1") == CLOSED
    assert settings.out_of_service()(0.0)


@pytest.mark.parametrize(
    "raw, e164",
    [
        (3471234567.0, "+393471234567"),
        (347123456.0, "+39347123456"),  # was +393471234560: somebody else's phone
        (393471234567.0, "+393471234567"),
    ],
)
def test_a_mobile_stored_as_a_double_is_the_number_typed(raw, e164):
    assert PhoneNormalizer("IT").normalize(raw).e164 == e164


NETWORK = build_network(
    [
        PipeInput(1, 1, [[(0, 0), (100, 0)]]),
        PipeInput(2, 7, [[(100, 0), (200, 0)]]),
        PipeInput(3, 3, [[(200, 0), (300, 0)]]),
    ],
    [ValveInput(1, "V1", (100, 0), "open"), ValveInput(2, "V2", (200, 0), "open")],
    [SourceInput(1, "T", (0, 0)), SourceInput(2, "S", (300, 0))],
)


def affected(index, pipe_id):
    selection = index.select(NETWORK.isolate_pipes([pipe_id]))
    return {c.customer_id: (c.phones, c.reason) for c in selection.customers}


def test_customers_naming_their_pipe_as_text_are_linked_to_the_numbered_pipe():
    customers = [
        CustomerInput(1, "U1", None, "007", phone="3471234567"),
        CustomerInput(2, "U2", (50, 5), "1", phone="3471234568"),
        CustomerInput(3, "U3", (150, 5), 7.0, phone="3471234569"),
    ]
    index = CustomerIndex.build(customers, NETWORK, CustomerSettings())
    assert sorted(affected(index, 7)) == ["U1", "U3"]
    assert sorted(affected(index, 1)) == ["U2"]
    assert not [w.code for w in index.warnings]


def test_contacts_and_service_lines_naming_a_numbered_customer_as_text_are_joined():
    customers = [
        CustomerInput(1, 17, (150, 5), phone=None),
        CustomerInput(2, 18, (150, 6), phone=None),
    ]
    contacts = [ContactInput(1, "017", "3471234567", 1.0), ContactInput(2, 18.0, "3471234568", "1")]
    services = [ServiceInput(1, "S1", "0018", [[(150, 6), (50, 0)]])]
    settings = CustomerSettings(consent_values=("1",))
    index = CustomerIndex.build(customers, NETWORK, settings, contacts=contacts, services=services)
    assert not [w.code for w in index.warnings]
    assert affected(index, 7) == {17: (("+393471234567",), None)}
    assert affected(index, 1) == {18: (("+393471234568",), None)}
