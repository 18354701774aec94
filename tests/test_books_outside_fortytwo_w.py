"""Round 62 of the outside testers (how amounts and dates are stored in the cells): each book
written by hand with its figures worked out on paper as of 22 Nov 2026 (default term 30
days: a sale of 1 Oct is due 31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from core.report import summarize_files
from tests.helpers import write_xlsx
from tests.test_books_by_hand import AS_OF, FIGURES, figures, reads_to

OCT_1 = D(2026, 10, 1)


def _saved_reads_to(path: Path, expected: dict[str, Any]) -> dict[str, Any]:
    """``reads_to`` of a workbook saved here already."""
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    assert {key: payload[key] for key in FIGURES} == expected
    assert not payload["problems"]
    return payload


def _mac_serial(day: D) -> int:
    """The day's serial number in a workbook of the 1904 date system (day 0: 1 Jan 1904)."""
    return (day - D(1904, 1, 1)).days


# Round 62 b28: a Mac workbook (1904 date system) whose Tanggal cells lost their date format:
# serial numbers in General cells, read in the 1900 system, every date 1,462 days early and
# all of it 90+. Its serials are days of its own system. F1 1 Oct (1-30, 22 days late)
# 1,000,000; F2 1 Nov (due 1 Dec, current) 500,000; F3 a real date cell, 5 Oct (1-30)
# 250,000: overdue 1,250,000 of 1,750,000.
def test_serial_days_in_a_1904_workbook_are_of_its_own_date_system(tmp_path: Path) -> None:
    path = tmp_path / "piutang_mac.xlsx"
    book = openpyxl.Workbook()
    book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    assert sheet is not None
    for row in [
        ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
        ["F1", _mac_serial(OCT_1), "Toko A", 1_000_000],
        ["F2", _mac_serial(D(2026, 11, 1)), "Toko B", 500_000],
        ["F3", D(2026, 10, 5), "Toko A", 250_000],  # a date cell, the workbook's system
    ]:
        sheet.append(row)
    book.save(path)
    expected = figures(1_750_000, 1_250_000, 2, d1to30=1_250_000, current=500_000)
    payload = _saved_reads_to(path, expected)
    assert payload["per_customer"] == {"Toko A": 1_250_000, "Toko B": 500_000}


# Round 62 b15: an exporter's statement titled "Outstanding invoices - nilai dalam US Dollar"
# (or headed "Nilai (US$)") was summed as rupiah, Rp 6.770,75 of dollars. "US Dollar" and
# "US$" name the currency as "USD" does: the sheet is refused, the currency named.
def _exporter(title: str, value: str = "Nilai", paid: str = "Dibayar") -> list[list[object]]:
    return [
        [title],
        ["No. Invoice", "Tanggal", "Pelanggan", value, paid],
        ["EX-101", OCT_1, "Maison Deco", 1250.0, 0],
        ["EX-102", OCT_1, "Nordhaus GmbH", 3480.75, 1000],
    ]


@pytest.mark.parametrize(
    ("title", "value", "said"),
    [
        ("Outstanding invoices - nilai dalam US Dollar", "Nilai", "'US Dollar'"),
        ("Semua angka dalam US$", "Nilai", "'US$'"),
        ("Outstanding invoices", "Nilai (US$)", "'US$'"),
    ],
)
def test_dollars_named_us_dollar_or_us_sign_are_not_rupiah(
    tmp_path: Path, title: str, value: str, said: str
) -> None:
    path = write_xlsx(tmp_path / "export.xlsx", {"Statement": _exporter(title, value)})
    batch, payload = summarize_files([path], AS_OF)
    assert payload["outstanding"] == 0
    [error] = batch.errors
    assert f"{said}, not rupiah" in error.message("en")


# Its look-alike: a rupiah book whose title gives the dollar's rate ("Kurs US$ 15.500") says
# nothing of its figures. 1,250,000 and 3,480,000 - 1,000,000 of 1 Oct, 22 days late.
def test_a_rate_of_the_us_dollar_above_a_rupiah_table_is_no_currency_note(tmp_path: Path) -> None:
    rows = _exporter("Piutang dagang - kurs US$ 15.500")
    rows[2][3:] = [1_250_000, 0]
    rows[3][3:] = [3_480_000, 1_000_000]
    expected = figures(3_730_000, 3_730_000, 2, d1to30=3_730_000)
    reads_to(tmp_path / "rp.xlsx", [("Piutang", rows)], expected)


def _with_error(path: Path, rows: list[list[object]], cell: str, error: str) -> Path:
    """Save ``rows`` with ``cell`` an Excel error cell (what a failed formula leaves)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    sheet[cell].value, sheet[cell].data_type = error, "e"
    book.save(path)
    return path


def _told(path: Path) -> tuple[dict[str, Any], list[tuple[int, str, str]]]:
    """The book's summary, and its problem rows: row, code and message."""
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    return payload, [(p["row"], p["code"], p["message"]) for p in payload["problems"]]


SUPPLIES = [
    ["No. Faktur", "Tanggal", "Pelanggan", "Total", "Dibayar"],
    ["PJ-1", OCT_1, "RM Padang", 2_780_000, None],
    ["PJ-2", OCT_1, "Katering Bu Ratna", 1_000_000, 400_000],
    ["PJ-3", D(2026, 11, 5), "RM Padang", 500_000, 0],
]


# Round 62 b21: PJ-3314's Dibayar a real #VALUE! error cell (its formula added "500rb") was
# read as nothing paid, in silence. What was paid is unknown: the row is told naming the
# error and left out. Katering 600,000 (1-30) and RM Padang's PJ-3 500,000 (current).
@pytest.mark.parametrize("error", ["#VALUE!", "#N/A", "#REF!"])
def test_an_excel_error_in_a_paid_cell_is_told_never_nothing_paid(
    tmp_path: Path, error: str
) -> None:
    path = _with_error(tmp_path / "piutang.xlsx", SUPPLIES, "E2", error)
    payload, told = _told(path)
    assert [(row, code) for row, code, _ in told] == [(2, "excel-error")]
    assert f"galat Excel '{error}'" in told[0][2]
    expected = figures(1_100_000, 600_000, 2, d1to30=600_000, current=500_000)
    assert {key: payload[key] for key in FIGURES} == expected


# Round 62 b18: an amount cell holding #N/A was told as empty ("Jumlah tagihan kosong"); the
# error is named. The row is left out as before.
def test_an_excel_error_in_an_amount_cell_is_named(tmp_path: Path) -> None:
    rows = [list(row) for row in SUPPLIES]
    rows[1][4] = 0
    payload, told = _told(_with_error(tmp_path / "piutang.xlsx", rows, "D2", "#N/A"))
    assert [(row, code) for row, code, _ in told] == [(2, "excel-error")]
    assert "galat Excel '#N/A'" in told[0][2]
    assert payload["outstanding"] == 1_100_000


# Round 62 b17, b19: a #REF! in a Sisa beside Total and Dibayar, or in the TOTAL line, is a
# check that cannot be made: the figures stand (every row's own), the check says so and never
# "ok". Katering 600,000 and PJ-3 500,000 as above; PJ-1 paid in full.
def test_an_excel_error_in_a_check_cell_leaves_the_check_unmade(tmp_path: Path) -> None:
    rows: list[list[object]] = [[*SUPPLIES[0], "Sisa"]]
    rows += [[*row[:4], row[4] or 0, row[3] - (row[4] or 0)] for row in SUPPLIES[1:]]  # type: ignore[operator]
    rows[1][4:] = [2_780_000, 0]
    rows.append([None, None, "TOTAL", 4_280_000, 3_180_000, None])
    path = _with_error(tmp_path / "piutang.xlsx", rows, "F3", "#REF!")
    payload, told = _told(path)
    assert told == [] and payload["outstanding"] == 1_100_000
    [sheet] = payload["files"][0]["sheets"]
    assert sheet["checks"]["sisa"] == "error" and sheet["checks"]["totals"] == "ok"
    path = _with_error(tmp_path / "total.xlsx", rows, "D5", "#REF!")
    payload, told = _told(path)
    assert told == [] and payload["outstanding"] == 1_100_000
    [sheet] = payload["files"][0]["sheets"]
    assert sheet["checks"]["totals"] == "error" and sheet["checks"]["sisa"] == "ok"
