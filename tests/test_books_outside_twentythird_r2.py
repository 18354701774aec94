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


CARD = ["Tanggal", "Keterangan", "No Faktur", "Debet", "Kredit", "Saldo"]


def test_a_page_carried_inside_a_card_is_no_debt(tmp_path: Path) -> None:
    # "Jumlah dipindahkan" at a page's foot and "Pindahan" at the next one's head repeat the
    # Debet so far (1,500,000) with the Saldo unchanged: a page's carry, not 1,500,000 more owed.
    # The transfer of 900,000 pays F-21 (800,000) and 100,000 of F-22: 600,000 left, due 18 Oct
    # -> 35 days late (31-60); F-23 300,000 due 5 Dec, current. (Pindahan was read as an opening
    # balance: 2,400,000 owed, and the Saldo told as not matching.)
    card = [["KARTU PIUTANG"], ["Pelanggan : Toko Lestari"], [], CARD,
            [D(2026, 9, 3), "Penjualan", "F-21", 800_000, None, 800_000],
            [D(2026, 9, 18), "Penjualan", "F-22", 700_000, None, 1_500_000],
            [None, "Jumlah dipindahkan", None, 1_500_000, 0, 1_500_000],
            [None, "Pindahan", None, 1_500_000, 0, 1_500_000],
            [D(2026, 10, 20), "Bayar transfer", None, None, 900_000, 600_000],
            [D(2026, 11, 5), "Penjualan", "F-23", 300_000, None, 900_000]]  # fmt: skip
    expected = figures(900_000, 600_000, 1, current=300_000, d31to60=600_000)
    reads_to(tmp_path / "kartu_halaman.xlsx", [("Toko Lestari", card)], expected)


def test_a_balance_brought_forward_that_moves_the_saldo_stays_a_debt(tmp_path: Path) -> None:
    # Pak Udin's "Pindahan" on his card's first line is his opening balance (1,000,000, dated
    # 1 Sep, due that day -> 82 days late: 61-90); Bu Ani's "Pindahan" below her first sale
    # raises her Saldo from 400,000 to 1,100,000: a balance brought forward, owed (700,000,
    # undated: as old as her card, due 10 Oct -> 43 days late: 31-60), not a page's carry. Her
    # sale of 10 Oct is due 9 Nov -> 13 days late (1-30).
    udin = [["KARTU PIUTANG"], ["Pelanggan : Pak Udin"], [], CARD,
            [D(2026, 9, 1), "Pindahan", None, None, None, 1_000_000]]  # fmt: skip
    ani = [["KARTU PIUTANG"], ["Pelanggan : Bu Ani"], [], CARD,
           [D(2026, 10, 10), "Penjualan", "A-1", 400_000, None, 400_000],
           [None, "Pindahan", None, 700_000, None, 1_100_000]]  # fmt: skip
    expected = figures(2_100_000, 2_100_000, 2, d1to30=400_000, d31to60=700_000, d61to90=1_000_000)
    reads_to(
        tmp_path / "kartu_saldo_bergerak.xlsx", [("Pak Udin", udin), ("Bu Ani", ani)], expected
    )


def test_a_page_carried_inside_a_journal_with_a_saldo_is_no_debt(tmp_path: Path) -> None:
    # The carry pair repeats the Debet (1,400,000), the Kredit (500,000) and the Saldo (900,000)
    # so far: no debt of anyone. Toko Abadi's Nota 101 (900,000, 10 Sep, due 10 Oct) is 43 days
    # late (31-60), Nota 103 (300,000, 6 Nov) current; CV Sentosa paid hers. (Pindahan was read
    # as 1,400,000 more owed, less 500,000, and the Saldo told as not matching: 2,100,000.)
    journal = [["Tanggal", "Pelanggan", "Keterangan", "Debet", "Kredit", "Saldo"],
               [D(2026, 9, 10), "Toko Abadi", "Nota 101", 900_000, None, 900_000],
               [D(2026, 9, 12), "CV Sentosa", "Nota 102", 500_000, None, 1_400_000],
               [D(2026, 9, 25), "CV Sentosa", "Bayar tunai", None, 500_000, 900_000],
               [None, None, "Jumlah dipindahkan", 1_400_000, 500_000, 900_000],
               [None, None, "Pindahan", 1_400_000, 500_000, 900_000],
               [D(2026, 11, 6), "Toko Abadi", "Nota 103", 300_000, None, 1_200_000]]  # fmt: skip
    expected = figures(1_200_000, 900_000, 1, current=300_000, d31to60=900_000)
    reads_to(tmp_path / "jurnal_halaman.xlsx", [("Buku Pembantu", journal)], expected)
