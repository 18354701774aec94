"""Round 29 of outside books (figures worked out on paper as of 22 Nov 2026, default term 30
days), aimed at this session's rules of which column is the amount and which numbers the
payment itself. Two read wrong on the session's tree:

- a payments sheet whose "No Bukti" holds the invoices' own numbers ("FK-002": an owner who
  writes there the invoice paid) paid the oldest dues: the column was left out as the
  payment's own number whatever it held;
- "Subtotal | PPN 11% | Total" was told as a column of money received left unread, and the
  owner told to name it "Dibayar"."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import _aging, _expect, reads_to

INVOICES = ("Faktur", [["Tanggal", "No Faktur", "Pelanggan", "Total"],
    [D(2026, 6, 1), "FK-001", "Toko Budi", 100_000],
    [D(2026, 9, 1), "FK-002", "Toko Budi", 200_000],
    [D(2026, 10, 10), "FK-003", "Warung Sari", 150_000],
    [D(2026, 11, 1), "FK-004", "Warung Sari", 80_000]])  # fmt: skip


def test_a_payments_own_number_column_holding_the_invoices_numbers_names_them(
    tmp_path: Path,
) -> None:
    # FK-002 and FK-004 paid as named: FK-001 0.1M due 1 Jul (90+) and FK-003 0.15M due
    # 9 Nov, 13 days late (1-30) are left; oldest first would leave 0.1M in 31-60 instead.
    for label in ("No Bukti", "No Kwitansi", "Nomor Transaksi"):
        payments = ("Pembayaran", [["Tanggal", label, "Pelanggan", "Jumlah"],
            [D(2026, 11, 15), "FK-002", "Toko Budi", 200_000],
            [D(2026, 11, 15), "FK-004", "Warung Sari", 80_000]])  # fmt: skip
        owed = _expect(250_000, 250_000, _aging(d1to30=150_000, over90=100_000), 2)
        reads_to(tmp_path / "bukti.xlsx", [INVOICES, payments], owed)


def test_a_receipts_own_digits_beside_the_notas_name_none_of_them(tmp_path: Path) -> None:
    # Receipts "0012", "0013" beside notas "0010".."0012": no invoice named; the 1M pays Toko
    # Sakti's oldest (0010), leaving 0012 1M due 10 Dec; Tegar's 0.2M of 0.7M leaves 0.5M due
    # 9 Nov (1-30).
    notas = ("Faktur", [["No Nota", "Tanggal", "Pelanggan", "Jumlah"],
        ["0010", D(2026, 9, 10), "Toko Sakti", 1_000_000],
        ["0011", D(2026, 10, 10), "Toko Tegar", 700_000],
        ["0012", D(2026, 11, 10), "Toko Sakti", 1_000_000]])  # fmt: skip
    payments = ("Pembayaran", [["No Kwitansi", "Tanggal", "Pelanggan", "Jumlah"],
        ["0012", D(2026, 10, 30), "Toko Sakti", 1_000_000],
        ["0013", D(2026, 11, 20), "Toko Tegar", 200_000]])  # fmt: skip
    owed = _expect(1_500_000, 500_000, _aging(current=1_000_000, d1to30=500_000), 2)
    reads_to(tmp_path / "kwitansi.xlsx", [notas, payments], owed)


def test_a_subtotal_beside_its_tax_and_total_is_no_money_received(tmp_path: Path) -> None:
    # Total = Subtotal + PPN 11%: 1.11M due 1 Oct (52 days, 31-60), 2.775M due 30 Nov.
    sheets = [("Sheet1", [["Tanggal", "No Faktur", "Pelanggan", "Subtotal", "PPN 11%", "Total"],
        [D(2026, 9, 1), "F-1", "Toko Budi", 1_000_000, 110_000, 1_110_000],
        [D(2026, 10, 31), "F-2", "CV Maju", 2_500_000, 275_000, 2_775_000]])]  # fmt: skip
    owed = _expect(3_885_000, 1_110_000, _aging(current=2_775_000, d31to60=1_110_000), 2)
    reads_to(tmp_path / "ppn.xlsx", sheets, owed)


def test_the_total_after_a_discount_is_owed_not_the_gross_before_it(tmp_path: Path) -> None:
    # Total = Nilai Faktur - Potongan: 0.95M due 1 Dec (current), 0.4M due 9 Nov (1-30),
    # 0.58M due 31 Aug (83 days, 61-90): 1,930,000, where the gross read 2,000,000.
    sheets = [("Sheet1", [["Tanggal", "No Faktur", "Pelanggan", "Nilai Faktur", "Potongan",
                           "Total"],
        [D(2026, 11, 1), "F-1", "Toko Budi", 1_000_000, 50_000, 950_000],
        [D(2026, 10, 10), "F-2", "Warung Sari", 400_000, 0, 400_000],
        [D(2026, 8, 1), "F-3", "Toko Budi", 600_000, 20_000, 580_000]])]  # fmt: skip
    aging = _aging(current=950_000, d1to30=400_000, d61to90=580_000)
    reads_to(tmp_path / "potongan.xlsx", sheets, _expect(1_930_000, 980_000, aging, 2))
