"""Outside round 75: a printed book's page carry with its page in brackets, and the figures of
a check on a book with sen. Each book written by hand, its figures worked out on paper as of
22 Nov 2026 (default term 30 days: a sale of 1 Oct is due 31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from decimal import Decimal
from pathlib import Path

import pytest

from tests.test_books_by_hand import figures, read_book, reads_to, saved_summary

HEADER = ["No", "No. Faktur", "Tanggal", "Pelanggan", "Jumlah", "Dibayar", "Sisa"]


def _two_pages(carry: list[object], brought: list[object]) -> list[list[object]]:
    """A list printed over two pages: F-01 1.000.000 (1 Sep, due 1 Oct: 52 days), F-02
    2.000.000 less 500.000 (5 Sep, due 5 Oct: 48 days), the page's carry and, after a blank
    line, the next page's; F-03 3.000.000 (1 Oct, due 31 Oct: 22 days), F-04 4.000.000 less
    1.000.000 (5 Nov, due 5 Dec: not due); TOTAL 10.000.000 / 1.500.000 / 8.500.000."""
    return [
        ["BUKU PIUTANG"],
        [],
        HEADER,
        [1, "F-01", D(2026, 9, 1), "Toko Asri", 1_000_000, 0, 1_000_000],
        [2, "F-02", D(2026, 9, 5), "Toko Berkah", 2_000_000, 500_000, 1_500_000],
        carry,  # Excel row 6
        [],
        brought,  # Excel row 8
        [3, "F-03", D(2026, 10, 1), "Toko Asri", 3_000_000, 0, 3_000_000],
        [4, "F-04", D(2026, 11, 5), "CV Cahaya", 4_000_000, 1_000_000, 3_000_000],
        [None, None, None, "TOTAL", 10_000_000, 1_500_000, 8_500_000],  # Excel row 11
    ]


# Round 75 b27/b38: "Pindahan (dari halaman 1)", the page in brackets, was no carry: in the
# Pelanggan column it made a customer "Pindahan (dari halaman 1)" owing the carried 2.500.000
# (11.000.000 read for 8.500.000); in the No column, a sale without a name (a problem row).
# Owed 8.500.000: Toko Asri 4.000.000, Toko Berkah 1.500.000, CV Cahaya 3.000.000; overdue
# 5.500.000 (22 days 3.000.000; 52 and 48 days 2.500.000); 3.000.000 not due.
@pytest.mark.parametrize(
    "brought",
    [
        [None, None, None, "Pindahan (dari halaman 1)", 3_000_000, 500_000, 2_500_000],
        ["Pindahan (hal. 1)", None, None, None, 3_000_000, 500_000, 2_500_000],
        [None, None, None, "Pindahan: halaman 1", 3_000_000, 500_000, 2_500_000],
    ],
)
def test_a_page_carry_naming_its_page_in_brackets_is_no_debt(
    tmp_path: Path, brought: list[object]
) -> None:
    carry = [None, None, None, "Jumlah dipindahkan", 3_000_000, 500_000, 2_500_000]
    expected = figures(8_500_000, 5_500_000, 3, current=3_000_000, d1to30=3_000_000,
                       d31to60=2_500_000)  # fmt: skip
    payload = reads_to(tmp_path / "pindahan.xlsx", [("Buku", _two_pages(carry, brought))], expected)
    assert payload["per_customer"] == {
        "Toko Asri": 4_000_000, "CV Cahaya": 3_000_000, "Toko Berkah": 1_500_000,
    }  # fmt: skip


# Round 75 b28: the carry's Jumlah typed 3.500.000 for 3.000.000 (Sisa 3.000.000 for
# 2.500.000) and repeated on "Pindahan (dari halaman 1)": the Pindahan line's 3.000.000 was a
# debt (11.500.000 read) and the right TOTAL was flagged against the wrong carry plus page 2.
# Owed 8.500.000 as above; the carry's rows flagged (book 3.500.000, read 3.000.000), the
# TOTAL not.
def test_a_wrong_page_carry_in_brackets_is_flagged_and_the_total_left_right(
    tmp_path: Path,
) -> None:
    carry = [None, None, None, "Jumlah dipindahkan", 3_500_000, 500_000, 3_000_000]
    brought = [None, None, None, "Pindahan (dari halaman 1)", 3_500_000, 500_000, 3_000_000]
    payload = read_book(tmp_path / "salah.xlsx", [("Buku", _two_pages(carry, brought))])
    assert (payload["outstanding"], payload["overdue"]) == (8_500_000, 5_500_000)
    assert payload["customers_with_balance"] == 3
    flagged = {(p["row"], p["column"], p["book_says"], p["read"]) for p in payload["problems"]}
    assert flagged >= {(6, "Jumlah", 3_500_000, 3_000_000), (6, "Sisa", 3_000_000, 2_500_000)}
    assert {p["code"] for p in payload["problems"]} == {"check-mismatch"}
    assert {row for row, *_ in flagged} <= {6, 8}


# Round 75 b34/b37: a check on a book with sen showed its figures cut to the rupiah: a TOTAL
# Sisa 2.750.000,57 (sen digits swapped) against rows giving 1.250.000,50 + (2.000.000,25 -
# 500.000) = 2.750.000,75 said "buku Rp 2.750.000, terhitung Rp 2.750.000": two equal figures.
# Owed 2.750.000,75; F-1 (1 Oct, due 31 Oct) 1.250.000,50 overdue 22 days; F-2 (5 Nov) not due.
def test_a_check_on_a_book_with_sen_shows_its_sen(tmp_path: Path) -> None:
    rows = [
        ["No. Faktur", "Tanggal", "Pelanggan", "Jumlah", "Dibayar", "Sisa"],
        ["F-1", D(2026, 10, 1), "Toko Asri", 1_250_000.50, 0, 1_250_000.50],
        ["F-2", D(2026, 11, 5), "CV Cahaya", 2_000_000.25, 500_000, 1_500_000.25],
        [None, None, "TOTAL", 3_250_000.75, 500_000, 2_750_000.57],  # Excel row 4
    ]
    book = tmp_path / "sen.xlsx"
    payload = read_book(book, [("Piutang", rows)])
    assert (payload["outstanding"], payload["overdue"]) == (2_750_000.75, 1_250_000.50)
    [flag] = payload["problems"]
    assert (flag["row"], flag["column"], flag["book_says"], flag["read"]) == (
        4, "Sisa", 2_750_000.57, 2_750_000.75,
    )  # fmt: skip
    assert "buku Rp 2.750.000,57, terhitung Rp 2.750.000,75" in flag["message"]
    assert payload["checks"] == [
        {"file": "sen.xlsx", "sheet": "Piutang", "row": 4, "column": "Sisa",
         "book_says": 2_750_000.57, "read": 2_750_000.75},
    ]  # fmt: skip
    # Saved and read back from the database, the figures keep their sen.
    saved = saved_summary(tmp_path, book)
    [again] = saved["problems"]
    assert (again["book_says"], again["read"]) == (2_750_000.57, 2_750_000.75)
    assert Decimal(str(again["book_says"])) == Decimal("2750000.57")
