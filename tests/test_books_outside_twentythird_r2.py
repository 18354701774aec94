"""An outside tester's twenty-third round: a customer's card with a page carried over inside it,
and a card whose giro bounced and was booked back as a debit (figures worked out on paper as
of 22 Nov 2026, default term 30 days)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, reads_to

HEAD = ["Tanggal", "Keterangan", "Debet", "Kredit", "Saldo"]


def test_a_refused_giro_booked_as_a_debit_takes_back_the_payment(tmp_path: Path) -> None:
    # The giro BG-77 paid F-7 (2,000,000, 5 Sep, due 5 Oct); "Tolakan giro BG-77" books it back
    # as a Debet on 25 Oct: F-7 is owed again from its own due date. The cash 500,000 of 10 Nov
    # pays it: 1,500,000 left, 48 days late (31-60). (The bounce was read as a sale of 25 Oct,
    # due 24 Nov: 1,500,000 current, nothing overdue.)
    card = [["KARTU PIUTANG - TOKO MAJU"], [], HEAD,
            [D(2026, 9, 5), "Penjualan F-7", 2_000_000, None, 2_000_000],
            [D(2026, 10, 1), "Giro BNI BG-77", None, 2_000_000, 0],
            [D(2026, 10, 25), "Tolakan giro BG-77", 2_000_000, None, 2_000_000],
            [D(2026, 11, 10), "Bayar tunai", None, 500_000, 1_500_000]]  # fmt: skip
    expected = figures(1_500_000, 1_500_000, 1, d31to60=1_500_000)
    reads_to(tmp_path / "kartu_tolakan.xlsx", [("Toko Maju", card)], expected)


def test_a_refused_cheque_beyond_what_was_paid_is_a_debt_of_its_day(tmp_path: Path) -> None:
    # Nothing was paid on the card before "Cek ditolak, biaya bank" (50,000, 1 Nov): there is no
    # payment to take back, it is a debt of its day, due 1 Dec (current); the sale of 20 Sep
    # (1,000,000, due 20 Oct) is 33 days late (31-60).
    card = [["KARTU PIUTANG - BU SARI"], [], HEAD,
            [D(2026, 9, 20), "Penjualan", 1_000_000, None, 1_000_000],
            [D(2026, 11, 1), "Cek ditolak, biaya bank", 50_000, None, 1_050_000]]  # fmt: skip
    expected = figures(1_050_000, 1_000_000, 1, current=50_000, d31to60=1_000_000)
    reads_to(tmp_path / "kartu_biaya.xlsx", [("Bu Sari", card)], expected)
