"""Round 69 of the outside testers (fixer 69b, debit/credit signs and sides): each book written
by hand with its figures worked out on paper as of 22 Nov 2026 (default term 30 days: a sale
of 1 Oct is due 31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, reads_to


# Round 69 n10: an old ERP's report writes a credit with its minus behind, "3.000.000-"; each
# payment was an invalid-amount row, left out (14.130.000 for 6.380.000). Toko A: F1
# 2.000.000 (1 Oct, due 31 Oct, 22 days late) less 1.500.000 paid = 500.000; F2 800.000
# (1 Nov, current). A filler's "1.250.000,-" beside it stays a sale.
def test_a_trailing_minus_is_a_negative_amount(tmp_path: Path) -> None:
    rows = [
        ["Tgl Dok", "No Dok", "Nama Customer", "Uraian", "Nilai"],
        [D(2026, 10, 1), "F1", "Toko A", "FAKTUR PENJUALAN", "2.000.000,-"],
        [D(2026, 10, 20), "KM-1", "Toko A", "PENERIMAAN KAS", "1.500.000-"],
        [D(2026, 11, 1), "F2", "Toko A", "FAKTUR PENJUALAN", "800.000"],
    ]
    expected = figures(1_300_000, 500_000, 1, d1to30=500_000, current=800_000)
    reads_to(tmp_path / "lap.xlsx", [("LAP", rows)], expected)


# Round 69 n13: "Mutasi" beside a running Saldo was not known as the amount, so each row's
# Saldo was read as its balance (14.250.000 for 4.150.000). Toko A: F1 3.600.000 (1 Sep, due
# 1 Oct, 52 days: 31-60) less 1.800.000 paid; F2 2.400.000 (1 Nov, current). Round 69 n09:
# the same column with no Saldo, payments "(2.000.000)" as text, refused the file.
def test_mutasi_beside_a_saldo_is_the_signed_amount(tmp_path: Path) -> None:
    rows = [
        ["Tanggal", "No Ref", "Customer", "Keterangan", "Mutasi (Rp)", "Saldo"],
        [D(2026, 9, 1), "F1", "Toko A", "Sepatu", 3_600_000, 3_600_000],
        [D(2026, 10, 1), None, "Toko A", "Transfer", -1_800_000, 1_800_000],
        [D(2026, 11, 1), "F2", "Toko A", "Sandal", 2_400_000, 4_200_000],
    ]
    expected = figures(4_200_000, 1_800_000, 1, d31to60=1_800_000, current=2_400_000)
    reads_to(tmp_path / "mutasi.xlsx", [("Mutasi", rows)], expected)


def test_mutasi_alone_with_payments_in_brackets_is_read(tmp_path: Path) -> None:
    rows = [
        ["Tanggal", "No. Faktur", "Pelanggan", "Keterangan", "Mutasi"],
        [D(2026, 9, 1), "F1", "Toko A", "Kantong plastik", "3.600.000"],
        [D(2026, 10, 1), "F1", "Toko A", "Transfer", "(1.800.000)"],
        [D(2026, 11, 1), "F2", "Toko A", "Mika", "2.400.000"],
    ]
    expected = figures(4_200_000, 1_800_000, 1, d31to60=1_800_000, current=2_400_000)
    reads_to(tmp_path / "mutasi.xlsx", [("Piutang", rows)], expected)
