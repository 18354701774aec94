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


# Round 51 c08: two shops both "Toko Maju", C-010 in Bekasi and C-022 in Bogor, on the
# customer sheet with their own phones; C-010's 5,000,000 of 10 Sep pays its own PJ-2 (5 Aug),
# not C-022's older PJ-1. C-022 owes PJ-1 3,000,000 (due 31 Jul, 114 days: 90+) and PJ-3
# 2,000,000 (5 Oct, due 4 Nov, 18 days). Merged by the name, C-010's money paid PJ-1 and PJ-2
# stood owed 61-90 for the Bekasi shop that paid it.
def test_two_shops_of_one_name_under_two_codes_stay_apart(tmp_path: Path) -> None:
    sales = [
        ["No Nota", "Tanggal", "Kode Pelanggan", "Nama Pelanggan", "Kota", "Jumlah"],
        ["PJ-1", D(2026, 7, 1), "C-022", "Toko Maju", "Bogor", 3_000_000],
        ["PJ-2", D(2026, 8, 5), "C-010", "Toko Maju", "Bekasi", 5_000_000],
        ["PJ-3", D(2026, 10, 5), "C-022", "Toko Maju", "Bogor", 2_000_000],
    ]
    paid = [
        ["Tanggal", "Kode Pelanggan", "Jumlah", "Keterangan"],
        [D(2026, 9, 10), "C-010", 5_000_000, "transfer"],
    ]
    master = [
        ["Kode Pelanggan", "Nama Pelanggan", "Kota", "Telepon"],
        ["C-010", "Toko Maju", "Bekasi", "0812-1010-2020"],
        ["C-022", "Toko Maju", "Bogor", "0813-2222-3030"],
    ]
    book = [("Piutang", sales), ("Pembayaran", paid), ("Daftar Pelanggan", master)]
    expected = figures(5_000_000, 5_000_000, 1, d1to30=2_000_000, over90=3_000_000)
    payload = reads_to(tmp_path / "buku.xlsx", book, expected)
    assert payload["per_customer"] == {"Toko Maju (C-022)": 5_000_000}


# Round 51 c05: no customer sheet; the code beside each name says "TOKO MAKMUR ABADI" and
# "Tk. Makmur Abadi" are one customer (a key alone keeps "Tk" apart: "TK Pertiwi" is a
# kindergarten). C002 owes 2,950,000 (1 Oct, 22 days) and 1,880,000 (9 Nov, current); C001
# 1,000,000 (1 Oct). Read by the names, 3 customers.
def test_spellings_under_one_code_are_one_customer(tmp_path: Path) -> None:
    sales = [
        ["ID Pelanggan", "Nama", "No. Faktur", "Tgl", "Jumlah", "Bayar", "Sisa"],
        ["C002", "TOKO MAKMUR ABADI", "2026-1001", OCT_1, 2_950_000, 0, 2_950_000],
        ["C001", "PT Sinar Jaya", "2026-1002", OCT_1, 1_000_000, 0, 1_000_000],
        ["C002", "Tk. Makmur Abadi", "2026-1109", D(2026, 11, 9), 1_880_000, 0, 1_880_000],
    ]
    expected = figures(5_830_000, 3_950_000, 2, current=1_880_000, d1to30=3_950_000)
    payload = reads_to(tmp_path / "buku.xlsx", [("Sheet1", sales)], expected)
    assert payload["per_customer"] == {"TOKO MAKMUR ABADI": 4_830_000, "PT Sinar Jaya": 1_000_000}


# The look-alike: a "Kode" beside the names that is an area's (BKS beside Toko Maju and CV
# Abadi), or a number of each row's own, decides nobody: three customers, each their own.
# Toko Maju 1,000,000 (BKS) and 500,000 (BGR); CV Abadi 700,000; Toko Sari 300,000; all 1 Oct.
def test_an_area_code_or_a_row_number_beside_the_names_decides_nobody(tmp_path: Path) -> None:
    sales = [
        ["Kode", "Pelanggan", "No Nota", "Tanggal", "Jumlah", "ID"],
        ["BKS", "Toko Maju", "N-1", OCT_1, 1_000_000, "T-001"],
        ["BKS", "CV Abadi", "N-2", OCT_1, 700_000, "T-002"],
        ["BGR", "Toko Sari", "N-3", OCT_1, 300_000, "T-003"],
        ["BGR", "Toko Maju", "N-4", OCT_1, 500_000, "T-004"],
    ]
    expected = figures(2_500_000, 2_500_000, 3, d1to30=2_500_000)
    payload = reads_to(tmp_path / "buku.xlsx", [("Penjualan", sales)], expected)
    want = {"Toko Maju": 1_500_000, "CV Abadi": 700_000, "Toko Sari": 300_000}
    assert payload["per_customer"] == want


# Round 51 a06: a "Komisi Sales" sheet quoting each invoice's value for the salesman's
# commission, its "Status Komisi" of Dibayarkan / Ditahan. Its status words were taken for
# customers' names and the whole file refused; it is left aside, saying why, and the invoice
# list read: PJ-2 1,500,000 less 500,000 = 1,000,000 (1 Oct, 22 days); PJ-1 paid.
def test_a_commission_sheet_is_left_aside_and_the_rest_read(tmp_path: Path) -> None:
    sales = [
        ["No", "Tanggal", "No Faktur", "Nama Pelanggan", "Salesman", "Total", "Dibayar", "Sisa"],
        [1, OCT_1, "PJ-1", "Toko Makmur", "Budi", 2_000_000, 2_000_000, 0],
        [2, OCT_1, "PJ-2", "Toko Berkah", "Andi", 1_500_000, 500_000, 1_000_000],
        [3, OCT_1, "PJ-3", "Warung Tatik", "Budi", 640_000, 640_000, 0],
    ]
    commission = [
        ["PERHITUNGAN KOMISI SALESMAN"],
        ["Komisi 2,5% dari faktur yang sudah lunas"],
        [],
        ["Salesman", "No Faktur", "Tgl Faktur", "Nilai Faktur", "% Komisi", "Komisi", "Status"],
        ["Budi", "PJ-1", OCT_1, 2_000_000, "2,5%", 50_000, "Dibayarkan"],
        ["Andi", "PJ-2", OCT_1, 1_500_000, "2,5%", 37_500, "Ditahan"],
        ["Budi", "PJ-3", OCT_1, 640_000, "2,5%", 16_000, "Dibayarkan"],
    ]
    book = [("Penjualan Kredit", sales), ("Komisi Sales", commission)]
    expected = figures(1_000_000, 1_000_000, 1, d1to30=1_000_000)
    payload = reads_to(tmp_path / "buku.xlsx", book, expected)
    assert payload["per_customer"] == {"Toko Berkah": 1_000_000}
