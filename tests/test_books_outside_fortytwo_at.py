"""Round 87 of the outside testers (fixer 87c): terms stated above the rows that name a day of
the calendar, or stand in the number column under a group's heading; a page's carry at the
next page's head in a journal with no Saldo; the sum told beside a grand total typed wrong
under a page's carry. Each book written by hand with its figures worked out on paper as of
22 Nov 2026 (default term 30 days: a sale of 1 Oct is due 31 Oct, 22 days late; one of 25 Oct
is due 24 Nov, current)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, reads_to

CARD = ["Tanggal", "No. Nota", "Keterangan", "Debet", "Kredit", "Saldo"]


# Round 87 book 12: a card's terms above its header naming a day of the calendar ("Tempo :
# akhir bulan" under "Nama : Bu Marni") were no terms: only days were read there, and her
# sales went on the default 30 days (overdue 700.000 for 1.500.000 here). Now the terms a line
# states are read as a Tempo column's are: the end of the invoice's month, of the next, a day
# of the next month. By hand, Bu Marni (end of month): M-11 25 Sep 1.200.000 due 30 Sep, less
# "Bayar tunai" 500.000 = 700.000, 53 days (31-60); M-12 25 Oct 800.000 due 31 Oct, 22 days
# (1-30); M-13 15 Nov 600.000 due 30 Nov (current). Toko Abadi ("TOP : akhir bulan depan"):
# AJ-01 20 Sep 2.000.000 due 31 Oct less 500.000 = 1.500.000, 22 days (1-30); AJ-02 10 Oct
# 1.000.000 due 30 Nov (current). 4.600.000, 3.000.000 of it overdue.
def test_terms_above_a_card_naming_the_month_end_are_its_terms(tmp_path: Path) -> None:
    marni: list[list[object]] = [
        ["KARTU PIUTANG"],
        ["Nama : Bu Marni"],
        ["Tempo : akhir bulan"],
        [],
        CARD,
        [D(2026, 9, 25), "M-11", "Ambil beras", 1_200_000, None, 1_200_000],
        [D(2026, 10, 25), "M-12", "Ambil gula", 800_000, None, 2_000_000],
        [D(2026, 11, 10), None, "Bayar tunai", None, 500_000, 1_500_000],
        [D(2026, 11, 15), "M-13", "Ambil minyak", 600_000, None, 2_100_000],
    ]
    abadi: list[list[object]] = [
        ["KARTU PIUTANG"],
        ["Nama : Toko Abadi"],
        ["TOP : akhir bulan depan"],
        [],
        CARD,
        [D(2026, 9, 20), "AJ-01", "Penjualan", 2_000_000, None, 2_000_000],
        [D(2026, 10, 10), "AJ-02", "Penjualan", 1_000_000, None, 3_000_000],
        [D(2026, 11, 1), None, "Bayar transfer", None, 500_000, 2_500_000],
    ]
    expected = figures(4_600_000, 3_000_000, 2, current=1_600_000, d1to30=2_300_000,
                       d31to60=700_000)  # fmt: skip
    payload = reads_to(tmp_path / "kartu.xlsx", [("Bu Marni", marni), ("Abadi", abadi)], expected)
    assert payload["default_term_used"] == 0
    assert not payload["problems"]
