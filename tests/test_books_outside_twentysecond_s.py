"""An outside tester's twenty-second round (figures worked out on paper as of 22 Nov 2026,
default term 30 days): shapes real owners make that read wrong before, each silently or aged
wrong."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, reads_to

NOTA = ["No Nota", "Tanggal", "Pelanggan", "Barang", "Jumlah"]


def test_nota_numbers_starting_again_each_month_are_each_months_sales(tmp_path: Path) -> None:
    # Each month's sheet numbers its notas from 1: Mas Yono's nota 1 of October (2 Oct, due
    # 1 Nov: 21 days late) and of November (3 Nov, not due) are two debts of 150,000, not a copy
    # (650,000 read where 800,000 is owed); Bu Tin 200,000 due 8 Nov (14 days), Pak Ali 300,000
    # not due. Nota 2 of each month is no number used again.
    october = [NOTA, [1, D(2026, 10, 2), "Mas Yono", "Gas 3kg x 6", 150_000],
               [2, D(2026, 10, 9), "Bu Tin", "Beras 15kg", 200_000]]  # fmt: skip
    november = [NOTA, [1, D(2026, 11, 3), "Mas Yono", "Gas 3kg x 6", 150_000],
                [2, D(2026, 11, 10), "Pak Ali", "Semen 5 sak", 300_000]]  # fmt: skip
    expected = figures(800_000, 350_000, 3, current=450_000, d1to30=350_000)
    reads_to(tmp_path / "nota.xlsx", [("Okt", october), ("Nov", november)], expected)


def test_an_open_nota_listed_again_next_month_with_its_date_is_one_nota(tmp_path: Path) -> None:
    # November lists October's open nota 2 again with its own date (Bu Tin paid 50,000 of it:
    # 150,000 left, "sisa Okt"): one nota, 150,000 due 8 Nov. Mas Yono 150,000 due 1 Nov and
    # 150,000 not due; Pak Ali 300,000 not due. 750,000; overdue 300,000.
    head = [*NOTA, "Bayar", "Ket"]
    october = [head, [1, D(2026, 10, 2), "Mas Yono", "Gas", 150_000, 0, None],
               [2, D(2026, 10, 9), "Bu Tin", "Beras", 200_000, 50_000, None]]  # fmt: skip
    november = [head, [1, D(2026, 11, 3), "Mas Yono", "Gas", 150_000, 0, None],
                [2, D(2026, 10, 9), "Bu Tin", "Beras", 150_000, 0, "sisa Okt"],
                [3, D(2026, 11, 10), "Pak Ali", "Semen", 300_000, 0, None]]  # fmt: skip
    expected = figures(750_000, 300_000, 3, current=450_000, d1to30=300_000)
    reads_to(tmp_path / "nota.xlsx", [("Okt", october), ("Nov", november)], expected)


def test_a_nota_listed_on_two_month_sheets_with_one_date_counts_once(tmp_path: Path) -> None:
    # The same nota 1 (same date, customer, amount) on both sheets is one invoice: 150,000 due
    # 1 Nov; Pak Ali's nota 2 300,000 not due.
    october = [NOTA, [1, D(2026, 10, 2), "Mas Yono", "Gas", 150_000]]
    november = [NOTA, [1, D(2026, 10, 2), "Mas Yono", "Gas", 150_000],
                [2, D(2026, 11, 10), "Pak Ali", "Semen", 300_000]]  # fmt: skip
    expected = figures(450_000, 150_000, 2, current=300_000, d1to30=150_000)
    reads_to(tmp_path / "nota.xlsx", [("Okt", october), ("Nov", november)], expected)
