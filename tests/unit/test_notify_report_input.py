"""Reading a notice back from the JSON report that outage:isolate / outage:customers wrote."""

from __future__ import annotations

import json

import pytest
from water_outage_notifier.customers.index import CustomerIndex
from water_outage_notifier.customers.records import CustomerInput, CustomerSettings
from water_outage_notifier.customers.selection import AffectedCustomer, assemble
from water_outage_notifier.notify.report_input import (
    ReportError,
    parse_report,
    places_from_report,
    plan_ids_from_report,
    selection_from_report,
    selection_now,
)


def customer(cid, role, phones=(), reason=None, street=None, town="Imola", sensitive=False):
    return AffectedCustomer(
        cid, 0, role, None, sensitive, False, 1, tuple(phones), reason, street, None, town, None
    )


def test_the_report_round_trips_recipients_unreachable_and_places():
    selection = assemble(
        [
            customer("a", "isolated", ["+393331111111"], street="Via Cavour"),
            customer("b", "unsupplied", ["+393331111111"], street="Via Emilia"),
            customer("c", "unsupplied", ["+393332222222"], street="Via Emilia", town="Dozza"),
            customer("d", "isolated", reason="landline", street="Via Emilia", sensitive=True),
        ],
        ("isolated", "unsupplied"),
    )
    report = json.loads(json.dumps(selection.to_report()))
    again = selection_from_report(report)

    assert [(r.phone, r.customers) for r in again.recipients] == [
        (r.phone, r.customers) for r in selection.recipients
    ]
    assert [(c.customer_id, c.reason, c.sensitive) for c in again.unreachable] == [
        ("d", "landline", True)
    ]
    assert again.counts()["recipients"] == selection.counts()["recipients"]
    places = places_from_report(report)
    assert places["streets"][0] == "Via Emilia"  # three customers there, one in Via Cavour
    assert places["municipalities"] == ["Imola", "Dozza"]


def test_a_report_without_customer_keys_is_a_clear_error():
    with pytest.raises(ReportError, match="recipients"):
        selection_from_report({"customers": {}, "unreachable": [], "counts": {}})


@pytest.mark.parametrize(
    ("change", "where", "expected"),
    [
        ({"recipients": {}}, "recipients", "list"),
        ({"recipients": ["+393331234567"]}, "recipients[0]", "object"),
        (
            {"recipients": [{"phone": 3331234567, "customers": ["a"]}]},
            "recipients[0].phone",
            "text",
        ),
        (
            {"recipients": [{"phone": "+393331234567", "customers": "a"}]},
            "recipients[0].customers",
            "list",
        ),
        ({"recipients": [{"customers": ["a"]}]}, "recipients[0].phone", "text"),
        ({"customers": []}, "customers", "object"),
        ({"customers": {"isolated": "a"}}, "customers.isolated", "list"),
        ({"customers": {"isolated": [["a"]]}}, "customers.isolated[0]", "id"),
        ({"customers": {"isolated": [True]}}, "customers.isolated[0]", "id"),
        (
            {"unreachable": [{"customer": "a", "sensitive": "yes"}]},
            "unreachable[0].sensitive",
            "true_false",
        ),
        ({"unreachable": [{"customer": None}]}, "unreachable[0].customer", "id"),
        ({"counts": []}, "counts", "object"),
    ],
)
def test_a_report_of_the_wrong_shape_is_a_named_error(change, where, expected):
    report = {"customers": {"isolated": ["a"]}, "recipients": [], "unreachable": [], "counts": {}}
    with pytest.raises(ReportError) as caught:
        selection_from_report({**report, **change})
    assert caught.value.code == "report_wrong_shape"
    assert (caught.value.params["where"], caught.value.params["expected"]) == (where, expected)


@pytest.mark.parametrize(
    ("report", "where"),
    [
        ({"places": {"streets": "Via Emilia"}}, "places.streets"),
        ({"places": {"streets": [1]}}, "places.streets[0]"),
        ({"places": []}, "places"),
    ],
)
def test_places_of_the_wrong_shape_are_named(report, where):
    with pytest.raises(ReportError) as caught:
        places_from_report(report)
    assert caught.value.params["where"] == where


@pytest.mark.parametrize(
    ("report", "where"),
    [
        ({"valves": []}, "valves"),
        ({"valves": {"to_close": [{"valve_id": {"x": 1}}]}}, "valves.to_close[0]"),
        ({"valves": {"to_close": ["V1"]}}, "valves.to_close[0]"),
        ({"work_site": {"pipe_ids": "P1"}}, "work_site.pipe_ids"),
        ({"pipes": {"isolated": {"pipe_ids": [1.5]}}}, "pipes.isolated.pipe_ids[0]"),
    ],
)
def test_plan_ids_of_the_wrong_shape_are_named(report, where):
    with pytest.raises(ReportError) as caught:
        plan_ids_from_report(report)
    assert caught.value.params["where"] == where


@pytest.mark.parametrize(
    ("text", "code"),
    [("[1, 2]", "report_not_object"), ('"x"', "report_not_object"), ("{", "report_not_json")],
)
def test_a_file_that_is_not_a_report_object_is_named(text, code):
    with pytest.raises(ReportError) as caught:
        parse_report(text)
    assert caught.value.code == code


def test_json_nested_beyond_reason_is_named():
    with pytest.raises(ReportError) as caught:
        parse_report("[" * 100_000)
    assert caught.value.code == "report_not_json"


def layer_customer(fid, cid, phone, consent="si"):
    return CustomerInput(fid, cid, None, None, "Via Emilia", "1", "Imola", None, 1, phone, consent)


def test_numbers_are_taken_again_from_the_customers_layer_at_send_time():
    """The report holds what a file can hold; only consented mobiles of the layer go out."""
    index = CustomerIndex.for_selection(
        [
            layer_customer(1, "a", "333 111 1111"),  # the report wrote 333ABC4567 for it
            layer_customer(2, "b", "0542 123456"),  # a landline in the layer
            layer_customer(3, "c", "+39 333 333 3333", consent="no"),  # consent withdrawn
            layer_customer(4, "d", "+39 333 444 4444"),  # opted out since
            layer_customer(5, "e", "+39 333 555 5555"),
        ],
        CustomerSettings(opt_out=("+393334444444",)),
    )
    report = {
        "customers": {"isolated": ["a", "b", "c", "d", "e", "gone"]},
        "recipients": [
            {"phone": "333ABC4567", "customers": ["a"]},
            {"phone": "0542 123456", "customers": ["b"]},
            {"phone": "+19005550100", "customers": ["b"]},
            {"phone": "+393333333333", "customers": ["c"]},
            {"phone": "+393334444444", "customers": ["d"]},
            {"phone": "=cmd|' /C calc'!A0", "customers": ["e"]},
            {"phone": "+393339999999", "customers": ["not-affected"]},
            {"phone": "+393330000000", "customers": ["gone"]},
        ],
        "unreachable": [],
        "counts": {},
    }
    selection, changes = selection_now(selection_from_report(report), index)

    assert [(r.phone, r.customers) for r in selection.recipients] == [
        ("+393331111111", ("a",)),
        ("+393335555555", ("e",)),
    ]
    reasons = {c.customer_id: c.reason for c in selection.unreachable}
    assert reasons == {"b": "landline", "c": "no_consent", "d": "opted_out", "gone": "no_phone"}
    assert changes.added == ("+393331111111", "+393335555555")
    assert len(changes.dropped) == 8 and changes.missing == ("gone",)
