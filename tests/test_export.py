"""Excel exports: real numbers and dates, valid sheet names, and no formula ever smuggled in."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from decimal import Decimal

import numpy as np
import openpyxl
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl.worksheet.worksheet import Worksheet

from core.export import FORMULA_STARTS, formula_like, sheet_title, to_xlsx


def read(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def only_sheet(data: bytes) -> Worksheet:
    book = read(data)
    assert len(book.worksheets) == 1
    return book.worksheets[0]


def test_round_trip_keeps_values_and_types() -> None:
    rows = [
        {"No": "F-1", "Tanggal": date(2026, 11, 5), "Jumlah": 1_250_000, "Lunas": False},
        {"No": "F-2", "Tanggal": None, "Jumlah": Decimal("1250000.50"), "Catatan": "cicil"},
    ]
    sheet = only_sheet(to_xlsx({"Faktur": rows}, money_columns=["Jumlah"]))
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values == [
        ["No", "Tanggal", "Jumlah", "Lunas", "Catatan"],
        ["F-1", datetime(2026, 11, 5), 1_250_000, False, None],
        ["F-2", None, 1250000.5, None, "cicil"],
    ]
    assert sheet["B2"].is_date and sheet["B2"].number_format == "DD/MM/YYYY"
    assert sheet["C2"].data_type == "n" and sheet["C2"].number_format == "#,##0"
    assert sheet["C3"].number_format == "#,##0.00"


def test_header_is_bold_frozen_and_columns_fit() -> None:
    rows = [{"Nama pelanggan": "Toko Bangunan Karya Mandiri", "Sisa": 125_000_000}]
    sheet = only_sheet(to_xlsx({"Piutang": rows}, money_columns={"Sisa"}))
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width >= len("Toko Bangunan Karya Mandiri")
    assert sheet.column_dimensions["B"].width >= len("125.000.000")


def test_numbers_outside_money_columns_keep_the_general_format() -> None:
    sheet = only_sheet(to_xlsx({"S": [{"Hari": 45, "Jumlah": 45}]}, money_columns=["Jumlah"]))
    assert sheet["A2"].number_format == "General"
    assert sheet["B2"].number_format == "#,##0"


@pytest.mark.parametrize(
    "text",
    [
        '=HYPERLINK("http://evil.example","klik")',
        "=1+1",
        "+62 812 3456 7890",
        "-50.000",
        "@SUM(A1:A9)",
        "\t=cmd",
        "\r=cmd",
        "=cmd|' /C calc'!A0",
    ],
)
def test_formula_like_text_is_saved_as_text_with_the_quote_prefix(text: str) -> None:
    """A string cell with Excel's quote-prefix style: shown as written, never run."""
    sheet = only_sheet(to_xlsx({"S": [{"Pelanggan": text, text: "header too"}]}))
    for cell in (sheet["A2"], sheet["B1"]):
        assert cell.data_type == "s"
        assert cell.quotePrefix is True
        # XML reads a raw carriage return back as a line feed; no apostrophe is added.
        assert cell.value == text.replace("\r", "\n")
    assert formula_like(text)


def test_the_quote_prefix_is_in_the_file_and_no_formula_is() -> None:
    """What Excel reads: the cell's style has quotePrefix="1", and no <f> element anywhere."""
    data = to_xlsx({"S": [{"Status": "- lunas", "Nama": "=1+1", "Biasa": "Toko Maju"}]})
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        styles = archive.read("xl/styles.xml").decode()
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert 'quotePrefix="1"' in styles
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml
    sheet = only_sheet(data)
    assert (sheet["A2"].value, sheet["B2"].value) == ("- lunas", "=1+1")
    assert not sheet["C2"].quotePrefix  # plain text needs no prefix


def test_negative_numbers_stay_numbers() -> None:
    sheet = only_sheet(to_xlsx({"S": [{"Selisih": -50_000, "Desimal": Decimal("-0.5")}]}))
    assert (sheet["A2"].value, sheet["A2"].data_type) == (-50_000, "n")
    assert (sheet["B2"].value, sheet["B2"].data_type) == (-0.5, "n")


def test_plain_text_is_left_alone() -> None:
    assert not formula_like("Toko Maju")
    assert not formula_like(" =1+1")  # Excel does not read a leading space as a formula
    sheet = only_sheet(to_xlsx({"S": [{"A": "Bu Ani (2)"}]}))
    assert sheet["A2"].value == "Bu Ani (2)"


def test_control_characters_are_dropped_before_neutralising() -> None:
    sheet = only_sheet(to_xlsx({"S": [{"A": "\x01\x02=cmd", "B": "Toko\x00 Maju"}]}))
    assert (sheet["A2"].value, sheet["A2"].quotePrefix) == ("=cmd", True)
    assert sheet["B2"].value == "Toko Maju"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ringkasan", "Ringkasan"),
        ("Piutang per pelanggan per 23 November 2026", "Piutang per pelanggan per 23 No"),
        ("Jan/Feb: [2026]?*\\", "Jan-Feb- (2026)---"),
        ("'kutip'", "kutip"),
        ("", "Sheet"),
        ("History", "Sheet History"),
    ],
)
def test_sheet_titles_are_made_valid(name: str, expected: str) -> None:
    assert sheet_title(name) == expected
    assert read(to_xlsx({name: [{"a": 1}]})).sheetnames == [expected]


def test_sheet_titles_stay_unique_after_cutting() -> None:
    long = "Faktur belum lunas untuk pelanggan A"
    names = read(to_xlsx({long: [], long + " lagi": [], "FAKTUR BELUM LUNAS UNTUK PELANGGAN": []}))
    titles = names.sheetnames
    assert len(titles) == 3 == len({title.casefold() for title in titles})
    assert all(len(title) <= 31 for title in titles)


def test_dataframe_missing_values_leave_cells_empty() -> None:
    frame = pd.DataFrame(
        {
            "Jumlah": pd.array([1_250_000, None], dtype="Int64"),
            "Rasio": [0.5, np.nan],
            "Tanggal": [pd.Timestamp("2026-11-23"), pd.NaT],
            "Nama": [None, "=1+1"],
        },
        index=[10, 20],
    )
    sheet = only_sheet(to_xlsx({"Data": frame}, money_columns=["Jumlah"]))
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values == [
        ["Jumlah", "Rasio", "Tanggal", "Nama"],
        [1_250_000, 0.5, datetime(2026, 11, 23), None],
        [None, None, None, "=1+1"],  # text, with the quote prefix
    ]
    assert sheet["A2"].number_format == "#,##0"
    assert sheet["C2"].number_format == "DD/MM/YYYY"


def test_empty_inputs_still_make_a_workbook() -> None:
    assert read(to_xlsx({})).sheetnames == ["Sheet1"]
    frame = pd.DataFrame(columns=["No. Faktur", "Sisa"])
    sheet = only_sheet(to_xlsx({"Kosong": frame}))
    assert [cell.value for cell in sheet[1]] == ["No. Faktur", "Sisa"]
    assert sheet.max_row == 1


def test_infinite_and_odd_values_become_text() -> None:
    sheet = only_sheet(to_xlsx({"S": [{"A": float("-inf"), "B": ["x"], "C": Decimal("NaN")}]}))
    assert (sheet["A2"].value, sheet["B2"].value, sheet["C2"].value) == ("-inf", "['x']", None)
    assert sheet["A2"].data_type == "s" and sheet["A2"].quotePrefix


cell_values = st.one_of(
    st.text(),
    st.sampled_from(["=1+1", "+1", "-1", "@x", "\t", "\r", "\x00=", "=", "-"]).flatmap(
        lambda head: st.text().map(lambda tail: head + tail)
    ),
    st.integers(-(10**15), 10**15),
    st.decimals(-(10**12), 10**12, places=2, allow_nan=False),
    st.dates(date(1900, 3, 1), date(9999, 12, 31)),
    st.none(),
)


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(
        st.text(max_size=40),
        st.lists(st.dictionaries(st.text(max_size=10), cell_values, max_size=5), max_size=6),
        max_size=3,
    )
)
def test_no_text_cell_is_ever_a_formula(
    sheets: dict[str, list[dict[str, object]]],
) -> None:
    """Every text that starts like a formula is a string cell with the quote prefix."""
    book = read(to_xlsx(sheets, money_columns=["a"]))
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f"
                if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
                    assert cell.data_type == "s" and cell.quotePrefix, repr(cell.value)
