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
