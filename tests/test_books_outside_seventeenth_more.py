"""Books an outside tester wrote this round (the seventeenth set), their figures worked out on
paper as of 22 Nov 2026 with the default 30-day term; each test says what it showed before.

Each book is written in a temporary folder: nothing binary is committed. The working of each
figure is in the comment above it."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path
from typing import Any

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, FIGURES, Rows, _xlsx, figures, reads_to


def _read(path: Path, sheets: list[tuple[str, Rows]]) -> dict[str, Any]:
    """Write a book and read it as of 22 Nov 2026: its summary."""
    _xlsx(path, sheets)
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    return payload


def _mismatches(payload: dict[str, Any]) -> list[tuple[int, str, int, int]]:
    return [
        (p["row"], p["column"], p["book_says"], p["read"])
        for p in payload["problems"]
        if p["code"] == "check-mismatch"
    ]


# A list newest first with its TOTAL on top, under the header. E-1010 1.25M and E-1009 2M
# (0.4M paid) not due; E-1008 0.9M due 29 Oct (24 days); E-1007 paid; E-1006 0.5M due on
# receipt 12 Sep (71 days). Amount 7.65M, paid 3.0M, balance 4.65M.
NEWEST_FIRST: list[list[object]] = [
    ["E-1010", D(2026, 11, 18), "Green Leaf Cafe", "Net 14", 1_250_000, 0, 1_250_000],
    ["E-1009", D(2026, 11, 3), "Blue Ocean Ltd", "Net 30", 2_400_000, 400_000, 2_000_000],
    ["E-1008", D(2026, 10, 15), "Green Leaf Cafe", "Net 14", 900_000, 0, 900_000],
    ["E-1007", D(2026, 10, 5), "Blue Ocean Ltd", "Net 30", 2_350_000, 2_350_000, 0],
    ["E-1006", D(2026, 9, 12), "Sunrise Bakery", "Due on receipt", 750_000, 250_000, 500_000],
]
AR_HEADER = ["Invoice #", "Date", "Customer", "Terms", "Amount", "Paid", "Balance"]
AR_TOTAL = ["TOTAL", None, None, None, 7_650_000, 3_000_000, 4_650_000]
AR_FIGURES = figures(4_650_000, 1_400_000, 3, current=3_250_000, d1to30=900_000,
                     d61to90=500_000)  # fmt: skip


def test_a_total_above_the_rows_it_adds_up_is_checked_against_them(tmp_path: Path) -> None:
    """A TOTAL line between the header and the rows was checked against nothing above it: a
    check-mismatch for each of its figures ("buku Rp 7.650.000, terhitung Rp 0") on a clean
    book. It adds up the rows under it."""
    rows = [["Accounts Receivable - November 2026"], [], AR_HEADER, AR_TOTAL, *NEWEST_FIRST]
    payload = reads_to(tmp_path / "newest_first.xlsx", [("AR", rows)], AR_FIGURES)
    assert payload["files"][0]["sheets"][0]["checks"]["totals"] == "ok"


def test_a_wrong_total_above_its_rows_is_told_with_their_sum(tmp_path: Path) -> None:
    """The book's figure against the rows under it, not against nothing."""
    wrong = ["TOTAL", None, None, None, 7_560_000, 3_000_000, 4_650_000]
    payload = _read(tmp_path / "newest_first.xlsx", [("AR", [AR_HEADER, wrong, *NEWEST_FIRST])])
    assert {key: payload[key] for key in FIGURES} == AR_FIGURES
    assert _mismatches(payload) == [(2, "Amount", 7_560_000, 7_650_000)]


def test_sub_totals_above_their_months_are_each_checked_against_their_own_rows(
    tmp_path: Path,
) -> None:
    """A total over each month's rows, newest month first: each adds up the rows under it,
    up to the next total. November's is right; October's says 0.1M more than its rows."""
    rows = [
        AR_HEADER,
        ["Total November", None, None, None, 3_650_000, 400_000, 3_250_000],
        *NEWEST_FIRST[:2],
        ["Total Oktober", None, None, None, 3_350_000, 2_350_000, 900_000],
        *NEWEST_FIRST[2:4],
        ["Total September", None, None, None, 750_000, 250_000, 500_000],
        NEWEST_FIRST[4],
    ]
    payload = _read(tmp_path / "per_month.xlsx", [("AR", rows)])
    assert {key: payload[key] for key in FIGURES} == AR_FIGURES
    assert _mismatches(payload) == [(5, "Amount", 3_350_000, 3_250_000)]


def test_a_total_under_the_rows_reads_as_before(tmp_path: Path) -> None:
    """At the bottom, the total adds up the rows above it: clean when right, told when not."""
    rows = [AR_HEADER, *NEWEST_FIRST, AR_TOTAL]
    payload = reads_to(tmp_path / "bottom.xlsx", [("AR", rows)], AR_FIGURES)
    assert payload["files"][0]["sheets"][0]["checks"]["totals"] == "ok"
    wrong = ["TOTAL", None, None, None, 7_650_000, 3_100_000, 4_650_000]
    payload = _read(tmp_path / "bottom_wrong.xlsx", [("AR", [AR_HEADER, *NEWEST_FIRST, wrong])])
    assert _mismatches(payload) == [(7, "Paid", 3_100_000, 3_000_000)]
