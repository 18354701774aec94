"""An outside tester's twenty-third round (m2): a "Lunas" tab quoting the invoices of the sheet
before it, marketplace orders paid by a disbursements file uploaded beside them (figures worked
out on paper as of 22 Nov 2026, default term 30 days)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, reads_to


def test_a_paid_tab_quoting_the_invoices_before_it_pays_them(tmp_path: Path) -> None:
    # "Lunas" has no invoice date: its numbers are the first sheet's invoices, each paid in
    # full on its Tgl Lunas (read as invoices without a date, both were problem rows and
    # P-1, P-3 stayed owed: 4,500,000). Left: P-2 due 20 Oct (33 days late, 31-60) 1,500,000;
    # P-4 due 21 Nov (1 day, 1-30) 900,000; P-5 due 10 Dec, current 400,000.
    # Outstanding 2,800,000; overdue 2,400,000.
    all_ = [["No Nota", "Tanggal", "Pelanggan", "Jumlah"],
            ["P-1", D(2026, 9, 5), "Toko Bumi", 1_000_000],
            ["P-2", D(2026, 9, 20), "Toko Bumi", 1_500_000],
            ["P-3", D(2026, 10, 10), "Pak Eko", 700_000],
            ["P-4", D(2026, 10, 22), "Pak Eko", 900_000],
            ["P-5", D(2026, 11, 10), "Toko Bumi", 400_000]]  # fmt: skip
    paid = [["No Nota", "Pelanggan", "Jumlah", "Tgl Lunas"],
            ["P-1", "Toko Bumi", 1_000_000, D(2026, 10, 1)],
            ["P-3", "Pak Eko", 700_000, D(2026, 11, 1)]]  # fmt: skip
    expected = figures(
        2_800_000, 2_400_000, 2, current=400_000, d1to30=900_000, d31to60=1_500_000
    )
    payload = reads_to(tmp_path / "piutang.xlsx", [("Piutang", all_), ("Lunas", paid)], expected)
    assert payload["invoices"] == 5
