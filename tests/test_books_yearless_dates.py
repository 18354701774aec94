"""Dates typed without a year ("28 Agt", "3 Nop", "Sen 2/11"), which Excel keeps as text, with
the book's year in the sheet's name or title (an outside round's book, figures worked out on
paper as of 22 Nov 2026, default term 30 days). Before, every row was a bad date and the file
was refused; without a year anywhere, each row now says the year is missing and how to add it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from core.dates import parse_date, year_of, yearless
from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, _aging, _expect, _xlsx, reads_to

HEAD = ["Tgl", "Nota", "Pelanggan", "Jumlah", "Bayar"]
ROWS: list[list[object]] = [
    ["28 Agt", "TN-01", "Toko Gemilang", 1_000_000, 0],
    ["5 Sep", "TN-05", "Warung Ijo", 900_000, 900_000],
    ["15 Okt", "TN-02", "Toko Gemilang", 600_000, 200_000],
    ["Sen 2/11", "TN-03", "Warung Ijo", 750_000, 0],
    ["20 Nop", "TN-04", "Warung Ijo", 500_000, 0],
]
# TN-01 1M due 27 Sep: 56 days (31-60); TN-05 paid; TN-02 0.4M due 14 Nov: 8 days (1-30);
# TN-03 0.75M due 2 Dec and TN-04 0.5M due 20 Dec: not due.
EXPECTED = _expect(2_650_000, 1_400_000, _aging(current=1_250_000, d1to30=400_000,
                                                 d31to60=1_000_000), 2)  # fmt: skip


def test_the_year_of_the_title_dates_a_day_and_month_written_alone(tmp_path: Path) -> None:
    sheets = [("Piutang", [["BUKU PIUTANG TAHUN 2026"], [], HEAD, *ROWS])]
    payload = reads_to(tmp_path / "tanpa_tahun.xlsx", sheets, EXPECTED)
    assert not payload["problems"]


def test_the_year_of_the_sheets_name_or_else_the_files(tmp_path: Path) -> None:
    reads_to(tmp_path / "buku.xlsx", [("Piutang 2026", [HEAD, *ROWS])], EXPECTED)
    reads_to(tmp_path / "piutang_2026.xlsx", [("Piutang", [HEAD, *ROWS])], EXPECTED)


def test_without_a_year_the_file_says_the_year_is_missing(tmp_path: Path) -> None:
    # Two years named (a "2025 s/d 2026" title) are no year either: never a guess.
    for name, sheets in (
        ("buku.xlsx", [("Piutang", [HEAD, *ROWS])]),
        ("dua.xlsx", [("Piutang", [["PIUTANG 2025 s/d 2026"], HEAD, *ROWS])]),
    ):
        _xlsx(tmp_path / name, sheets)
        batch, _ = summarize_files([tmp_path / name], AS_OF)
        assert not batch.files and len(batch.errors) == 1
        said = batch.errors[0].message("id")
        assert "tanpa tahun ('28 Agt', '5 Sep', '15 Okt', …)" in said and "Piutang 2026" in said
        assert "without a year" in batch.errors[0].message("en")


def test_one_date_without_a_year_among_dated_rows_is_that_rows_problem(tmp_path: Path) -> None:
    rows = [
        ["12/10/2026", "A-1", "Toko Gemilang", 600_000, 0],
        ["28 Agt", "A-2", "Toko Gemilang", 400_000, 0],
    ]
    _xlsx(tmp_path / "satu.xlsx", [("Piutang", [HEAD, *rows])])
    _, payload = summarize_files([tmp_path / "satu.xlsx"], AS_OF)
    assert [(p["code"], p["row"]) for p in payload["problems"]] == [("yearless-date", 3)]
    assert payload["outstanding"] == 600_000


@pytest.mark.parametrize(
    ("text", "year", "day"),
    [
        ("28 Agt", 2026, date(2026, 8, 28)),
        ("3 Nop.", 2026, date(2026, 11, 3)),
        ("2/11", 2026, date(2026, 11, 2)),
        ("Sen 2/11", 2026, date(2026, 11, 2)),
        ("28 Agt 2025", 2026, date(2025, 8, 28)),  # its own year wins
    ],
)
def test_a_day_and_month_take_the_books_year(text: str, year: int, day: date) -> None:
    assert parse_date(text, year=year) == day


def test_what_is_a_day_without_a_year() -> None:
    assert yearless("28 Agt") and yearless("Sen 2/11") and not yearless("28 Agt 2026")
    assert not yearless("INV-01") and not yearless("2026")
    assert year_of(["Piutang 2026", "BUKU PIUTANG TAHUN 2026"]) == 2026
    assert year_of(["No. 12026"]) is None and year_of(["2025", "2026"]) is None
