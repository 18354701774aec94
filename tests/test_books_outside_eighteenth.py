"""An outside tester's round aimed at today's new rules (2026-12-06), figures worked out on
paper as of 22 Nov 2026. Where a rule misfired on an ordinary book:

- a DP column beside a "Dibayar" that holds the DP already, the book's own Sisa saying so on
  every row: the DP was added again (2M read where 2.8M is owed, with two red mismatches);
- a month's name alone on a row over that month's invoices ("Oktober"): a false "no customer"
  or "no amount" problem row, "baris ini tidak dihitung", on a right book.

(An uncalculated row counter, "No" = ROW()-1, refused the file: tests/reading.)"""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, reads_to


def test_a_dp_that_the_paid_column_holds_already_is_not_added_again(tmp_path: Path) -> None:
    # Sisa = Total - Dibayar on each row: D-1 0.5M (52 days late), D-2 1.5M (22), D-3 0.8M not
    # due. With no Sisa beside them (the second book) the DP is a part paid, added up.
    header = ["No Faktur", "Tanggal", "Pelanggan", "Total", "DP", "Dibayar", "Sisa"]
    rows: list[list[object]] = [
        header,
        ["D-1", D(2026, 9, 1), "Toko A", 1_000_000, 300_000, 500_000, 500_000],
        ["D-2", D(2026, 10, 1), "Toko A", 2_000_000, 500_000, 500_000, 1_500_000],
        ["D-3", D(2026, 11, 10), "Toko B", 800_000, 0, 0, 800_000],
    ]
    expected = figures(2_800_000, 2_000_000, 2, current=800_000, d1to30=1_500_000, d31to60=500_000)
    reads_to(tmp_path / "dp.xlsx", [("Piutang", rows)], expected)
    parts = [row[:6] for row in rows]  # no Sisa: DP + Dibayar
    expected = figures(2_000_000, 1_200_000, 2, current=800_000, d1to30=1_000_000, d31to60=200_000)
    reads_to(tmp_path / "dp_tanpa_sisa.xlsx", [("Piutang", parts)], expected)


def test_a_months_name_alone_heads_its_rows(tmp_path: Path) -> None:
    # M-1 0.6M due 3 Nov (19 days), M-2 0.45M not due; the sub totals agree.
    rows: list[list[object]] = [
        ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
        ["Oktober"],
        ["M-1", D(2026, 10, 4), "Toko A", 600_000],
        ["Total Oktober", None, None, 600_000],
        ["November"],
        ["M-2", D(2026, 11, 8), "Toko B", 450_000],
        ["Total November", None, None, 450_000],
    ]
    reads_to(tmp_path / "bulan.xlsx", [("Piutang", rows)],
             figures(1_050_000, 600_000, 2, current=450_000, d1to30=600_000))  # fmt: skip
