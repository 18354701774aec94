"""Sales books kept a line per item sold (2026-12-06, eleventh round): an invoice is the sum
of its lines. Before, lines of one invoice with equal amounts were merged as copies of one
record (three lines of 100.000 counted once) and lines left without a number, customer or
date under the invoice's first line were taken for totals: the debt was understated with no
problem shown.

Figures worked out on paper as of 22 Nov 2026 with the default 30-day term, through
``summarize_files``; the working of each is in the comment above it."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path
from typing import Any

import pytest

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, Rows, _aging, _expect, _xlsx, reads_to

HEADER = ["No Faktur", "Tanggal", "Pelanggan", "Nama Barang", "Qty", "Harga", "Jumlah"]


def _figures(outstanding: int, overdue: int, customers: int, **aging: int) -> dict[str, Any]:
    return _expect(outstanding, overdue, _aging(**aging), customers)


# name → its rows, its figures, the lines added to an invoice above them.
BOOKS: dict[str, tuple[Rows, dict[str, Any], int]] = {
    # Every line with its invoice's number: F-001 three lines of 100k = 300k, due 31 Oct (22
    # days); F-002 1M + 200k less 400k paid on its first line = 800k, due 4 Nov (18 days).
    "baris_barang_bernomor.xlsx": (
        [
            [*HEADER, "Dibayar"],
            ["F-001", D(2026, 10, 1), "Toko Sari", "Sabun", 10, 10_000, 100_000, None],
            ["F-001", D(2026, 10, 1), "Toko Sari", "Sampo", 10, 10_000, 100_000, None],
            ["F-001", D(2026, 10, 1), "Toko Sari", "Sikat", 5, 20_000, 100_000, None],
            ["F-002", D(2026, 10, 5), "CV Maju", "Beras", 2, 500_000, 1_000_000, 400_000],
            ["F-002", D(2026, 10, 5), "CV Maju", "Gula", 4, 50_000, 200_000, None],
        ],
        _figures(1_100_000, 1_100_000, 2, d1to30=1_100_000),
        3,
    ),
    # The number, date and customer on an invoice's first line only: the same invoices, 300k
    # and 1.2M.
    "baris_barang_di_bawah.xlsx": (
        [
            HEADER,
            ["F-001", D(2026, 10, 1), "Toko Sari", "Sabun", 10, 10_000, 100_000],
            [None, None, None, "Sampo", 10, 10_000, 100_000],
            [None, None, None, "Sikat", 5, 20_000, 100_000],
            ["F-002", D(2026, 10, 5), "CV Maju", "Beras", 2, 500_000, 1_000_000],
            [None, None, None, "Gula", 4, 50_000, 200_000],
        ],
        _figures(1_500_000, 1_500_000, 2, d1to30=1_500_000),
        3,
    ),
    # A total under each invoice's lines, blank lines between, a grand total: 200k and 1.2M,
    # every total as the book says.
    "baris_barang_total.xlsx": (
        [
            ["No Faktur", "Tanggal", "Pelanggan", "Nama Barang", "Qty", "Harga Satuan", "Jumlah"],
            ["F-001", D(2026, 10, 1), "Toko Sari", "Sabun", 10, 10_000, 100_000],
            [None, None, None, "Sampo", 10, 10_000, 100_000],
            [None, None, "Total F-001", None, None, None, 200_000],
            [],
            ["F-002", D(2026, 10, 5), "CV Maju", "Beras", 2, 500_000, 1_000_000],
            [None, None, None, "Gula", 4, 50_000, 200_000],
            [None, None, "Total F-002", None, None, None, 1_200_000],
            [],
            [None, None, "GRAND TOTAL", None, None, None, 1_400_000],
        ],
        _figures(1_400_000, 1_400_000, 2, d1to30=1_400_000),
        2,
    ),
}


@pytest.mark.parametrize("name", sorted(BOOKS))
def test_a_book_kept_a_line_per_item_reads_to_its_figures(tmp_path: Path, name: str) -> None:
    rows, expected, lines = BOOKS[name]
    payload = reads_to(tmp_path / name, [("Penjualan", rows)], expected)
    assert payload["invoices"] == 2
    [sheet] = payload["files"][0]["sheets"]
    assert sheet["item_lines"] == lines
    assert payload["default_term_used"] == 2  # two invoices took the default term, not each line
    assert sheet["checks"]["totals"] == ("ok" if "total" in name else "none")


def test_without_item_columns_a_repeated_row_is_still_one_invoice(tmp_path: Path) -> None:
    """The same invoice written twice in a list kept a row per invoice counts once."""
    rows = [
        ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
        ["F-001", D(2026, 10, 1), "Toko Sari", 100_000],
        ["F-001", D(2026, 10, 1), "Toko Sari", 100_000],
    ]
    path = tmp_path / "dobel.xlsx"
    _xlsx(path, [("Piutang", rows)])
    _, payload = summarize_files([path], AS_OF)
    assert payload["outstanding"] == 100_000
