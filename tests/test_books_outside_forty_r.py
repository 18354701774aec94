"""Books of outside tester rounds 35 and 36, each written by hand with its figures worked out on
paper as of 22 Nov 2026 (default term 30 days: a sale of 1 Oct is due 31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, reads_to

OCT_1 = D(2026, 10, 1)

# A till's receivables report (Kasir Pintar): "Total | Terbayar | Piutang", the Piutang being
# Total - Terbayar. It read the Piutang as the amount and took the Terbayar off it again (Pak
# Bowo's KP-1 paid in full: a made-up credit of 2,050,000 with his open 785,000 gone).
# Bu Lastri 640,000 - 140,000 = 500,000; Pak Bowo KP-1 paid, KP-2 785,000.
TOTAL_TERBAYAR_PIUTANG = [
    ["Tanggal", "No Transaksi", "Nama Pelanggan", "Total", "Terbayar", "Piutang", "Status"],
    [OCT_1, "KP-1", "Pak Bowo", 2_050_000, 2_050_000, 0, "Lunas"],
    [OCT_1, "KP-2", "Pak Bowo", 785_000, 0, 785_000, "Belum Lunas"],
    [OCT_1, "KP-3", "Bu Lastri", 640_000, 140_000, 500_000, "Belum Lunas"],
]


def test_the_receivable_beside_a_total_and_what_was_paid_is_what_is_left(
    tmp_path: Path,
) -> None:
    expected = figures(1_285_000, 1_285_000, 2, d1to30=1_285_000)
    payload = reads_to(tmp_path / "piutang.xlsx", [("Piutang", TOTAL_TERBAYAR_PIUTANG)], expected)
    assert payload["per_customer"] == {"Pak Bowo": 785_000, "Bu Lastri": 500_000}


def test_the_receivable_alone_beside_what_was_paid_stays_the_amount(tmp_path: Path) -> None:
    # "Piutang | Bayar | Sisa": no total, the Piutang is what was sold on credit.
    # Bu Ani 1,000,000 - 400,000 = 600,000.
    rows = [
        ["Tanggal", "Pelanggan", "Piutang", "Bayar", "Sisa"],
        [OCT_1, "Bu Ani", 1_000_000, 400_000, 600_000],
    ]
    reads_to(
        tmp_path / "piutang.xlsx", [("Piutang", rows)], figures(600_000, 600_000, 1, d1to30=600_000)
    )


# An English invoice list: "Invoice Total | Deposit | Payments | Balance Due", the deposit the
# first part paid. It read the Payments alone (WD-2 paid in full still owing its 5,000,000).
# WD-1 45,000,000 - 15,000,000 - 20,000,000 = 10,000,000 due 15 Sep (68 days late); WD-2 paid;
# WD-3 9,600,000 - 3,000,000 = 6,600,000 due 2 Dec.
DEPOSIT_AND_PAYMENTS = [
    ["Invoice #", "Invoice Date", "Due Date", "Client", "Invoice Total", "Deposit", "Payments",
     "Balance Due"],
    ["WD-1", D(2026, 8, 15), D(2026, 9, 15), "Hotel Kenanga", 45_000_000, 15_000_000,
     20_000_000, 10_000_000],
    ["WD-2", D(2026, 9, 10), D(2026, 10, 10), "Villa Asri", 18_500_000, 5_000_000, 13_500_000, 0],
    ["WD-3", D(2026, 11, 2), D(2026, 12, 2), "Cafe Rindang", 9_600_000, 3_000_000, 0, 6_600_000],
]  # fmt: skip


def test_a_deposit_beside_the_payments_is_paid_too(tmp_path: Path) -> None:
    expected = figures(16_600_000, 10_000_000, 2, current=6_600_000, d61to90=10_000_000)
    payload = reads_to(tmp_path / "ar.xlsx", [("AR", DEPOSIT_AND_PAYMENTS)], expected)
    assert payload["per_customer"] == {"Hotel Kenanga": 10_000_000, "Cafe Rindang": 6_600_000}


def test_the_total_after_the_amount_and_its_shipping_is_what_is_owed(tmp_path: Path) -> None:
    # An English export: "Amount | Shipping | Total | Paid | Balance", Total = Amount + Shipping.
    # It read the Amount and dropped the freight (I-1 250,000 owed where its Balance says
    # 295,000). I-1 1,295,000 - 1,000,000 = 295,000, I-2 paid, I-3 1,160,000 - 500,000 = 660,000.
    rows = [
        ["Invoice No", "Date", "Customer", "Qty", "Unit Price", "Amount", "Shipping", "Total",
         "Paid", "Balance"],
        ["I-1", OCT_1, "Bali Surf", 10, 125_000, 1_250_000, 45_000, 1_295_000, 1_000_000,
         295_000],
        ["I-2", OCT_1, "Kuta Cafe", 4, 380_000, 1_520_000, 0, 1_520_000, 1_520_000, 0],
        ["I-3", OCT_1, "Ubud Yoga", 20, 55_000, 1_100_000, 60_000, 1_160_000, 500_000, 660_000],
    ]  # fmt: skip
    expected = figures(955_000, 955_000, 2, d1to30=955_000)
    payload = reads_to(tmp_path / "invoices.xlsx", [("Invoices", rows)], expected)
    assert payload["per_customer"] == {"Bali Surf": 295_000, "Ubud Yoga": 660_000}


# "Jumlah | Bayar | Potongan | Sisa | Ket", Sisa = Jumlah - Bayar - Potongan, and a note on the
# row paid with a discount: "lunas, potongan 200rb". The note made the row a return of
# 5,000,000 (what it paid dropped): UD Maju a made-up credit of 3,500,000, his P-40 gone.
# P-31 paid; P-35 2,750,000 - 1,500,000 = 1,250,000; P-40 3,600,000 - 2,000,000 - 100,000
# = 1,500,000 (UD Maju).
PAID_WITH_A_DISCOUNT = [
    ["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Bayar", "Potongan", "Sisa", "Ket"],
    ["P-31", OCT_1, "UD Maju", 5_000_000, 4_800_000, 200_000, 0, "lunas, potongan 200rb"],
    ["P-35", OCT_1, "Toko Rezeki", 2_750_000, 1_500_000, 0, 1_250_000, None],
    ["P-40", OCT_1, "UD Maju", 3_600_000, 2_000_000, 100_000, 1_500_000, None],
]


def test_a_row_paid_whose_note_names_its_discount_is_no_return(tmp_path: Path) -> None:
    expected = figures(2_750_000, 2_750_000, 2, d1to30=2_750_000)
    payload = reads_to(tmp_path / "piutang.xlsx", [("Piutang", PAID_WITH_A_DISCOUNT)], expected)
    assert payload["per_customer"] == {"Toko Rezeki": 1_250_000, "UD Maju": 1_500_000}
    assert payload["returns"] == 0


def test_a_row_whose_note_names_a_return_and_nothing_paid_stays_a_return(tmp_path: Path) -> None:
    # R-1 "Retur barang" 300,000 with nothing paid is goods sent back: Toko A 1,000,000 - 300,000.
    rows = [
        ["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Bayar", "Ket"],
        ["N-1", OCT_1, "Toko A", 1_000_000, 0, None],
        ["R-1", OCT_1, "Toko A", 300_000, None, "Retur barang"],
    ]
    payload = reads_to(
        tmp_path / "retur.xlsx", [("Nota", rows)], figures(700_000, 700_000, 1, d1to30=700_000)
    )
    assert payload["per_customer"] == {"Toko A": 700_000}


# A goods list, its TOTAL written under Barang: "Barang | Qty | Satuan | Harga Satuan | Jumlah |
# Dibayar | Sisa". The TOTAL line was read as one more item of SR-2 (Bu Wati owing the whole
# list again). SR-1 2,600,000 - 1,000,000 = 1,600,000; SR-2 2,170,000 - 500,000 = 1,670,000.
GOODS_WITH_TOTAL_UNDER_BARANG = [
    ["No", "Tgl", "No. Nota", "Pelanggan", "Barang", "Qty", "Satuan", "Harga Satuan", "Jumlah",
     "Dibayar", "Sisa"],
    [1, OCT_1, "SR-1", "Pak Darto", "Semen", 40, "sak", 65_000, 2_600_000, 1_000_000, 1_600_000],
    [2, OCT_1, "SR-2", "Bu Wati", "Keramik", 35, "dus", 62_000, 2_170_000, 500_000, 1_670_000],
    [None, None, None, None, "TOTAL", None, None, None, 4_770_000, 1_500_000, 3_270_000],
]  # fmt: skip


def test_a_total_written_under_the_goods_is_no_item(tmp_path: Path) -> None:
    expected = figures(3_270_000, 3_270_000, 2, d1to30=3_270_000)
    payload = reads_to(tmp_path / "nota.xlsx", [("Nov", GOODS_WITH_TOTAL_UNDER_BARANG)], expected)
    assert payload["per_customer"] == {"Pak Darto": 1_600_000, "Bu Wati": 1_670_000}
    assert payload["files"][0]["sheets"][0]["checks"]["totals"] == "ok"


def test_the_reports_own_line_under_its_total_is_no_row(tmp_path: Path) -> None:
    # A debts app's report: "Total" then "Sisa piutang | Rp1.100.000" under it, the label
    # where the rows' dates are. It was told as a row without a customer. Toko A 1,500,000 -
    # 400,000 = 1,100,000 due 31 Oct (22 days late).
    rows = [
        ["Tanggal", "Nama Kontak", "Kamu Berikan", "Kamu Terima", "Catatan"],
        [OCT_1, "Toko A", 1_500_000, None, "Kirim sabun"],
        [D(2026, 10, 15), "Toko A", None, 400_000, "Transfer"],
        ["Total", None, 1_500_000, 400_000, None],
        ["Sisa piutang", None, 1_100_000, None, None],
    ]
    reads_to(
        tmp_path / "kas.xlsx", [("Kas", rows)], figures(1_100_000, 1_100_000, 1, d1to30=1_100_000)
    )
