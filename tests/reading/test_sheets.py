"""The sheets of a file as rows (core/reading/sheets.py): every sheet of a workbook in order
with its first row's number, empty ones left aside, a merged name filled down, a CSV's records
with the line each began on, a damaged file refused with its code."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from core.ingest import read_ledger, read_ledgers
from core.reading.problems import LedgerReadError
from core.reading.sheets import RawSheet, iter_sheets, open_file, read_csv
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


def test_a_file_opened_ahead_reads_as_its_path_does(tmp_path: Path) -> None:
    """``open_file`` begins the read (checked, the first sheet parsing in a thread); read
    through ``read_ledger`` it gives what the path gives, and a missing file is told as one."""
    path = write_xlsx(tmp_path / "buku.xlsx", {
        "Nov": [["Faktur", "Pelanggan", "Tanggal", "Jumlah", "Dibayar"],
                ["F1", "Toko A", "01/11/2026", 100_000, 40_000], ["F2", "Toko B", "x", 5, 0]],
        "Bayar": [["Faktur", "Tanggal Bayar", "Jumlah"], ["F1", "05/11/2026", 10_000]],
    })  # fmt: skip
    ahead, plain = read_ledger(open_file(path)), read_ledger(path)
    assert (ahead.name, ahead.format, ahead.digest) == (plain.name, plain.format, plain.digest)
    assert ahead.invoices == plain.invoices and ahead.payments == plain.payments
    assert ahead.problems == plain.problems and len(ahead.problems) == 1
    batch = read_ledgers([open_file(tmp_path / "hilang.xlsx"), path])
    assert [(e.file, e.code) for e in batch.errors] == [("hilang.xlsx", "missing")]
    assert [f.name for f in batch.files] == ["buku.xlsx"]


def test_a_stray_cell_far_below_the_table_costs_no_million_rows(tmp_path: Path) -> None:
    """A note at B1048571 stretches the sheet by a million empty rows: the rules never look
    at them (17 s before, outside round 44 x08), and every row keeps its Excel number: a
    bad row below a long gap is told at its own row."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Piutang"
    sheet.append(["No Nota", "Tanggal", "Pelanggan", "Jumlah"])
    sheet.append(["N-1", date(2026, 10, 1), "Toko A", 1_000_000])
    for k, row in enumerate(
        [
            ["N-2", date(2026, 10, 1), "Toko B", 500_000],
            ["N-3", date(2026, 10, 1), "Toko C", "lima"],
        ]
    ):
        for c, value in enumerate(row, start=1):
            sheet.cell(row=5001 + k, column=c, value=value)
    sheet["B1048571"] = "cek lagi"
    path = tmp_path / "piutang.xlsx"
    workbook.save(path)
    raw = next(s for s in iter_sheets(path.read_bytes(), path.name)[1] if not isinstance(s, tuple))
    assert len(raw.rows) < 10
    assert list(raw.excel_rows(range(len(raw.rows))))[-3:] == [5002, 5003, 1048571]
    result = read_ledger(path)
    assert sum(inv.amount for inv in result.invoices) == 1_500_000
    assert [(p.row, p.code) for p in result.problems] == [(5002, "invalid-amount")]
