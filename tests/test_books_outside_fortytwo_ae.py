"""The outside round 74 (returns, credit notes, write-offs, opening balances, credit balances):
each book written by hand with its figures worked out on paper as of 22 Nov 2026 (default term
30 days: a sale of 1 Oct is due 31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from tests.test_books_by_hand import figures, reads_to


# A journal's opening entry carries each customer's balance under one voucher ("SA"), a credit
# (money ahead) in Kredit. The credits were read as payments of "invoice SA", the one debit SA
# being another customer's opening: CV Mitra's 400.000 and Bu Wati's 300.000 paid Toko Rejeki's
# opening (2.600.000 owed, no credit balance, nothing told). With a voucher each (SA-1 …), Bu
# Wati's was an unmatched payment and her credit lost. An opening's credit names no invoice:
# CV Mitra 1.500.000 (PJ-11 1 Oct, due 31 Oct: 22 days) less 400.000 = 1.100.000; Toko Rejeki
# opening 1.000.000 (1 Jan: 90+) and PJ-12 800.000 (15 Nov, due 15 Dec: current); Bu Wati no
# sale since: 300.000 credit. Outstanding 2.900.000, overdue 2.100.000.
@pytest.mark.parametrize("vouchers", [("SA", "SA", "SA"), ("SA-1", "SA-2", "SA-3")])
def test_a_journals_opening_credit_is_its_customers_own(
    tmp_path: Path, vouchers: tuple[str, str, str]
) -> None:
    mitra, rejeki, wati = vouchers
    rows = [
        ["JURNAL PIUTANG USAHA 2026"],
        [],
        ["Tanggal", "No. Bukti", "Nama Pelanggan", "Keterangan", "Debet", "Kredit"],
        [D(2026, 1, 1), mitra, "CV Mitra", "Saldo awal (lebih bayar)", None, 400_000],
        [D(2026, 1, 1), rejeki, "Toko Rejeki", "Saldo awal", 1_000_000, None],
        [D(2026, 1, 1), wati, "Bu Wati", "Saldo awal (titipan)", None, 300_000],
        [D(2026, 10, 1), "PJ-11", "CV Mitra", "Penjualan", 1_500_000, None],
        [D(2026, 11, 15), "PJ-12", "Toko Rejeki", "Penjualan", 800_000, None],
    ]
    expected = figures(
        2_900_000, 2_100_000, 2, {"Bu Wati": 300_000},
        current=800_000, d1to30=1_100_000, over90=1_000_000,
    )  # fmt: skip
    reads_to(tmp_path / "jurnal.xlsx", [("Jurnal", rows)], expected)


# An invoice list whose Status says a debt was written off, its Sisa 0: the rows were counted
# as owed in full less paid (2.600.000 more, all 90+) and their Sisa told as mismatches. A
# write-off is owed by no one, whatever was paid of it: only N-3's 600.000 (1 Oct, due 31 Oct:
# 22 days) is owed.
def test_a_debt_its_status_says_was_written_off_is_owed_by_no_one(tmp_path: Path) -> None:
    rows = [
        ["No Faktur", "Tanggal", "Pelanggan", "Total", "Terbayar", "Sisa", "Status"],
        ["N-1", D(2026, 6, 1), "Toko Abadi", 2_000_000, 0, 0, "Piutang dihapuskan, toko tutup"],
        ["N-2", D(2026, 7, 1), "CV Bara", 1_000_000, 400_000, 0, "Sisa dihapusbukukan"],
        ["N-3", D(2026, 10, 1), "CV Bara", 600_000, 0, 600_000, "Belum lunas"],
        ["N-4", D(2026, 9, 1), "CV Bara", 500_000, 500_000, 0, "Lunas"],
    ]
    reads_to(tmp_path / "nota.xlsx", [("Nota", rows)], figures(600_000, 600_000, 1, d1to30=600_000))


# No Sisa, the write-off said in the notes ("hapus buku"): its rest (2.000.000) was owed,
# silently. A write-off only asked for ("usul dihapuskan, belum disetujui") is still owed. A-2
# 500.000 (1 Oct: 22 days), A-3 700.000 less 200.000 (10 Nov, due 10 Dec: current), A-4
# 400.000 (1 Sep, due 1 Oct: 52 days). Outstanding 1.400.000, overdue 900.000.
def test_a_write_off_in_the_notes_settles_the_rest(tmp_path: Path) -> None:
    rows = [
        ["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Dibayar", "Keterangan"],
        ["A-1", D(2026, 7, 1), "Pak Harun", 3_000_000, 1_000_000, "Hapus buku, pelanggan pindah"],
        ["A-2", D(2026, 10, 1), "Pak Harun", 500_000, 0, "Antar ke gudang"],
        ["A-3", D(2026, 11, 10), "Bu Lina", 700_000, 200_000, "Transfer BCA"],
        ["A-4", D(2026, 9, 1), "Bu Lina", 400_000, 0, "usul dihapuskan, belum disetujui"],
    ]
    expected = figures(1_400_000, 900_000, 2, current=500_000, d1to30=500_000, d31to60=400_000)
    reads_to(tmp_path / "nota.xlsx", [("Nota", rows)], expected)


# A payments sheet's row naming no invoice whose note says it is a down payment ahead of the
# sale, from a customer with no invoice yet: it was an unknown customer's payment. It is their
# credit balance (500.000). Toko Sinar: F-1 1.000.000 (1 Oct, due 31 Oct: 22 days) less
# 400.000 = 600.000.
def test_a_down_payment_ahead_of_any_invoice_is_a_credit_balance(tmp_path: Path) -> None:
    sales = [
        ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
        ["F-1", D(2026, 10, 1), "Toko Sinar", 1_000_000],
    ]
    payments = [
        ["Tanggal", "Pelanggan", "No Faktur", "Jumlah", "Keterangan"],
        [D(2026, 10, 10), "Toko Sinar", "F-1", 400_000, "Transfer"],
        [D(2026, 11, 18), "CV Baru Jaya", None, 500_000, "DP pesanan kursi, nota menyusul"],
    ]
    expected = figures(600_000, 600_000, 1, {"CV Baru Jaya": 500_000}, d1to30=600_000)
    reads_to(tmp_path / "b.xlsx", [("Faktur", sales), ("Pembayaran", payments)], expected)
