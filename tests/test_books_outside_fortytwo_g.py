"""Outside round 51 (fixer 51): books of shops with staff, branches and customer codes, each
written by hand with its figures worked out on paper as of 22 Nov 2026 (default term 30 days:
a sale of 1 Oct is due 31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, reads_to

OCT_1 = D(2026, 10, 1)


# Round 51 c07: a list sorted by name writes the legal form after a comma, "SINAR JAYA, PT"
# beside "PT. Sinar Jaya": one customer. F1 2,000,000 (1 Aug) and F2 1,000,000 (1 Oct);
# "Sinar Jaya, PT." paid 2,500,000 naming no invoice: F1 settled, F2 500,000 left (due 31
# Oct, 22 days late). Read apart, the payment settled F2 and left 1,500,000 credit while F1
# stayed owed, 2 customers.
def test_a_legal_form_after_a_comma_is_the_same_name(tmp_path: Path) -> None:
    sales = [
        ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
        ["F1", D(2026, 8, 1), "PT. Sinar Jaya", 2_000_000],
        ["F2", OCT_1, "SINAR JAYA, PT", 1_000_000],
    ]
    paid = [
        ["Tanggal", "Pelanggan", "Jumlah"],
        [D(2026, 11, 1), "Sinar Jaya, PT.", 2_500_000],
    ]
    expected = figures(500_000, 500_000, 1, d1to30=500_000)
    reads_to(tmp_path / "buku.xlsx", [("Faktur", sales), ("Pembayaran", paid)], expected)


# Customers by code: the customer sheet's codes beside the names ("Daftar Pelanggan").
MASTER = [
    ["Kode Pelanggan", "Nama Pelanggan", "Alamat", "Telepon"],
    ["C-001", "PT Sinar Jaya", "Jl. Narogong Km 7, Bekasi", "0812-1111-2222"],
    ["C-003", "CV Berkah Tani", "Jl. Raya Cileungsi 45", "0813-3333-4444"],
]


# Round 51 f04: a payments sheet headed just "Kode" names who paid by the customer sheet's
# code; a row of a code and no invoice number pays that customer's oldest. A1 3,000,000 (1
# Aug), 1,000,000 paid naming it; C-001's 2,500,000 of 11 Nov settles A1's 2,000,000 and
# 500,000 of A2: 1,500,000 left (due 31 Oct, 22 days); C-003's 400,000: A3 600,000 left.
# Read without the code, both were dropped as payments naming no invoice nor customer.
def test_a_payment_giving_only_the_code_pays_that_customer(tmp_path: Path) -> None:
    sales = [
        ["No Faktur", "Tanggal", "Kode", "Pelanggan", "Total"],
        ["A1", D(2026, 8, 1), "C-001", "PT Sinar Jaya", 3_000_000],
        ["A2", OCT_1, "C-001", "PT Sinar Jaya", 2_000_000],
        ["A3", OCT_1, "C-003", "CV Berkah Tani", 1_000_000],
    ]
    paid = [
        ["Tanggal", "Kode", "No Faktur", "Jumlah"],
        [D(2026, 9, 1), "C-001", "A1", 1_000_000],
        [D(2026, 11, 11), "C-001", None, 2_500_000],
        [D(2026, 11, 17), "C-003", None, 400_000],
    ]
    book = [("Penjualan", sales), ("Pembayaran", paid), ("Daftar Pelanggan", MASTER)]
    expected = figures(2_100_000, 2_100_000, 2, d1to30=2_100_000)
    payload = reads_to(tmp_path / "buku.xlsx", book, expected)
    assert payload["per_customer"] == {"PT Sinar Jaya": 1_500_000, "CV Berkah Tani": 600_000}
