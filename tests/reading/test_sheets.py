"""The sheets of a file as rows (core/reading/sheets.py): every sheet of a workbook in order
with its first row's number, empty ones left aside, a merged name filled down, a CSV's records
with the line each began on, a damaged file refused with its code."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from core.reading.problems import LedgerReadError
from core.reading.sheets import RawSheet, iter_sheets, read_csv
from tests.helpers import write_xlsx


def test_every_sheet_in_order_and_an_empty_one_left_aside(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "buku.xlsx", {
        "Nov": [["Faktur", "Jumlah"], ["F1", 100]],
        "Kosong": [],
        "Des": [["Faktur", "Jumlah"], ["F2", 200]],
    })  # fmt: skip
    kind, sheets = iter_sheets(path.read_bytes(), "buku.xlsx")
    found = list(sheets)
    assert kind == "xlsx"
    assert found[1] == ("Kosong", "sheet.empty")
    nov, dec = found[0], found[2]
    assert isinstance(nov, RawSheet) and isinstance(dec, RawSheet)
    assert (nov.name, nov.rows[1], nov.excel_row(1)) == ("Nov", ["F1", 100], 2)
    assert dec.name == "Des"


def test_rows_start_where_the_sheet_starts_and_a_merged_name_fills_down(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Piutang"
    sheet["B3"], sheet["C3"] = "Pelanggan", "Jumlah"
    sheet["B4"], sheet["C4"], sheet["C5"] = "Toko A", 100, 200
    sheet.merge_cells("B4:B5")
    workbook.save(tmp_path / "b.xlsx")
    _, sheets = iter_sheets((tmp_path / "b.xlsx").read_bytes(), "b.xlsx")
    [read] = list(sheets)
    assert isinstance(read, RawSheet) and read.excel_row(0) == 3
    assert [row[-2:] for row in read.rows] == [
        ["Pelanggan", "Jumlah"],
        ["Toko A", 100],
        ["Toko A", 200],
    ]


def test_a_csv_record_spanning_lines_keeps_the_line_it_began_on() -> None:
    data = b'Faktur;Catatan;Jumlah\nF1;"dua\nbaris";100\nF2; x ;200\n'
    [sheet] = read_csv(data, "buku.csv")
    assert sheet.rows == [
        ["Faktur", "Catatan", "Jumlah"],
        ["F1", "dua\nbaris", "100"],
        ["F2", "x", "200"],
    ]
    assert [sheet.excel_row(i) for i in range(3)] == [1, 2, 4]


def test_a_damaged_workbook_is_refused_as_corrupt(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "buku.xlsx", {"S": [["a", 1]]})
    broken = path.read_bytes()[:-200]
    with pytest.raises(LedgerReadError) as caught:
        _, sheets = iter_sheets(broken, "buku.xlsx")
        list(sheets)
    assert caught.value.code in {"corrupt", "not_spreadsheet"}
    assert caught.value.file == "buku.xlsx"
