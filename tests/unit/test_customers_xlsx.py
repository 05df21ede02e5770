"""The .xlsx tables for people, read back with openpyxl as a spreadsheet would."""

from __future__ import annotations

import io

import pytest
from customer_records import affected
from openpyxl import load_workbook
from water_outage_notifier.customers import flyer_list
from water_outage_notifier.customers.xlsx_export import (
    Column,
    customers_xlsx,
    flyers_xlsx,
    xlsx_bytes,
)


def sheet_of(data: bytes):
    assert data[:2] == b"PK", "an xlsx is a zip file"
    return load_workbook(io.BytesIO(data)).active


def records(sheet) -> list[dict]:
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], row)) for row in rows[1:]]


def no_formula(sheet) -> bool:
    return all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


CUSTOMERS = [
    affected("c1", '=HYPERLINK("http://x")', "3", sensitive=True, category="ospedale"),
    affected(
        "00042",
        "Via Emilia",
        "10A",
        phones=["+393331234567", "+393387654321"],
        role="unsupplied",
        shared_meter=True,
        units=12,
    ),
    affected("c3", "Via Emilia", "12", reason="no_consent", phones=()),
]


def test_italian_headings_words_for_codes_and_text_phones():
    sheet = sheet_of(customers_xlsx(CUSTOMERS, lang="it"))
    assert sheet.title == "Utenze"
    header = [cell.value for cell in sheet[1]]
    assert header[:3] == ["Codice utenza", "Coinvolgimento", "Categoria"]
    assert "Cellulari" in header and "Motivo se non raggiungibile" in header
    first, second, third = records(sheet)
    assert first["Coinvolgimento"] == "Nel tratto chiuso"
    assert (
        first["Utenza sensibile"] == "Sì"
        and first["Motivo se non raggiungibile"] == "Nessun numero"
    )
    assert second["Coinvolgimento"] == "Senza alimentazione"
    assert second["Contatore condominiale"] == "Sì" and second["Unità"] == 12
    assert second["Cellulari"] == "+393331234567, +393387654321"
    assert second["Codice utenza"] == "00042", "ids keep their leading zeros"
    assert third["Motivo se non raggiungibile"] == "Senza consenso"
    phones = sheet.cell(row=3, column=header.index("Cellulari") + 1)
    assert (phones.data_type, phones.number_format) == ("s", "@"), "phones are text"
    assert sheet.cell(row=3, column=header.index("Unità") + 1).data_type == "n"


def test_english_headings_and_masked_phones():
    data = customers_xlsx(CUSTOMERS, lang="en", mask_phones=True)
    sheet = sheet_of(data)
    assert sheet.title == "Customers"
    second = records(sheet)[1]
    assert second["Affected as"] == "Without supply"
    assert second["Mobile numbers"] == "+39 333 ***4567, +39 338 ***4321"
    assert b"1234567" not in data


def test_a_formula_typed_in_an_attribute_is_shown_as_text_and_never_runs():
    sheet = sheet_of(customers_xlsx(CUSTOMERS))
    assert records(sheet)[0]["Indirizzo"] == '=HYPERLINK("http://x")', "no apostrophe added"
    assert no_formula(sheet)


def test_the_heading_is_frozen_filtered_and_the_columns_sized():
    sheet = sheet_of(customers_xlsx(CUSTOMERS))
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == sheet.dimensions
    assert sheet["A1"].font.bold
    widths = {key: dim.width for key, dim in sheet.column_dimensions.items()}
    assert widths["G"] >= len("+393331234567, +393387654321"), "the phones fit"
    assert all(8 <= width <= 60 for width in widths.values())


def test_flyers_sheet_one_row_per_door():
    streets = flyer_list(
        [affected("a", "Via Emilia 10"), affected("b", "Via Emilia 2", sensitive=True)]
    )
    sheet = sheet_of(flyers_xlsx(streets, lang="it"))
    assert sheet.title == "Volantini"
    rows = records(sheet)
    assert [(r["Via"], r["Civico"], r["Utenze"], r["Utenza sensibile"]) for r in rows] == [
        ("Via Emilia", "2", "b", "Sì"),
        ("Via Emilia", "10", "a", "No"),
    ]


@pytest.mark.parametrize("text", ["=1+1", "@SUM(A1)", "+cmd|' /C calc'!A0", "bell\x07"])
def test_any_text_cell_is_text(text):
    sheet = sheet_of(xlsx_bytes("t", [Column("x")], [(text,)]))
    cell = sheet["A2"]
    assert cell.data_type == "s" and cell.value == text.replace("\x07", "")
