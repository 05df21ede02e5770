"""Reading a notice back from the JSON report that outage:isolate / outage:customers wrote."""

from __future__ import annotations

import json

import pytest
from water_outage_notifier.customers.selection import AffectedCustomer, assemble
from water_outage_notifier.notify.report_input import (
    ReportError,
    places_from_report,
    selection_from_report,
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
