"""Outside round 97 (fixer 97): exports from the apps Indonesian small businesses use, each
book written here with its figures worked out by hand as of 22 Nov 2026."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.columns import guess_field
from tests.test_books_by_hand import figures, reads_to, text_reads_to

# Round 97 b20: Qasir's "Laporan Piutang" heads its down payments "Uang Muka (DP)", the other
# name in brackets. Unread, the 920.000 of DP was owed again (4.050.000 for 3.130.000) and
# three right rows were told as typos. Each row: Sisa = Total - DP - Pembayaran.
# Mbak Rina 700.000 due 22 Oct (31 days, 31-60) and 890.000 current; Ibu Sari 1.000.000 due
# 11 Nov (11 days, 1-30); Kak Dewi 540.000 current.
QASIR_HEADER = [
    "No", "Tanggal Transaksi", "No. Struk", "Nama Pelanggan", "Total Belanja",
    "Uang Muka (DP)", "Pembayaran", "Sisa Piutang", "Tanggal Jatuh Tempo", "Status",
]  # fmt: skip
QASIR = [
    ["Laporan Piutang"],
    ["Qasir - Grosir Kosmetik Ayu"],
    [],
    QASIR_HEADER,
    [1, "22 Sep 2026 14:03", "#QS-2209-0011", "Mbak Rina", "Rp 1.500.000", "Rp 500.000",
     "Rp 300.000", "Rp 700.000", "22 Okt 2026", "Belum Lunas"],
    [2, "05 Okt 2026 10:15", "#QS-0510-0004", "Ibu Sari", "Rp 2.750.000", "Rp 0",
     "Rp 2.750.000", "Rp 0", "05 Nov 2026", "Lunas"],
    [3, "28 Okt 2026 19:40", "#QS-2810-0020", "Ibu Sari", "Rp 1.320.000", "Rp 320.000",
     "Rp 0", "Rp 1.000.000", "11 Nov 2026", "Belum Lunas"],
    [4, "17 Nov 2026 08:55", "#QS-1711-0002", "Mbak Rina", "Rp 890.000", "Rp 0", "Rp 0",
     "Rp 890.000", "17 Des 2026", "Belum Lunas"],
    [5, "20 Nov 2026 12:30", "#QS-2011-0009", "Kak Dewi", "Rp 640.000", "Rp 100.000", "Rp 0",
     "Rp 540.000", "04 Des 2026", "Belum Lunas"],
    ["Total", None, None, None, "Rp 7.100.000", "Rp 920.000", "Rp 3.050.000", "Rp 3.130.000"],
]  # fmt: skip


def test_a_down_payment_headed_with_its_other_name_in_brackets_is_paid(tmp_path: Path) -> None:
    expected = figures(
        3_130_000, 1_700_000, 3, current=1_430_000, d1to30=1_000_000, d31to60=700_000
    )
    payload = reads_to(tmp_path / "qasir.xlsx", [("Laporan Piutang", QASIR)], expected)
    assert payload["per_customer"] == {
        "Mbak Rina": 1_590_000, "Ibu Sari": 1_000_000, "Kak Dewi": 540_000,
    }  # fmt: skip


# Its guards: a unit or a second field in brackets is no other name of the column.
def test_a_unit_or_another_field_in_brackets_is_not_an_other_name() -> None:
    assert guess_field("Uang Muka (DP)").field == "paid"  # type: ignore[union-attr]
    assert guess_field("Sisa (Balance)").field == "balance"  # type: ignore[union-attr]
    assert guess_field("Jumlah (Rp)").field == "amount"  # type: ignore[union-attr]
    assert guess_field("Tgl (JT)").field == "due_date"  # type: ignore[union-attr]
    assert guess_field("Harga (kg)") is None


# Round 97 b28: Accurate's "Rincian Piutang dan Pembayaran per Faktur" prints each payment and
# each return as an indented line under its invoice, one Nilai column and a running Sisa. The
# "Pembayaran" lines were read right; "    Retur RJ/2611/0002" 400.000 was read as a new sale
# (7.100.000 for 6.300.000, both Sub Totals told as wrong). CV Wahana FJ/2609/0012 6.000.000 -
# 3.500.000 = 2.500.000 due 8 Oct (45 days, 31-60); FJ/2610/0058 3.000.000 - 400.000 returned
# = 2.600.000 due 19 Nov (3 days, 1-30); Toko Prima FJ/2611/0022 1.200.000 current.
def _accurate(retur: str, figure: int) -> list[list[object]]:
    return [
        ["Rincian Piutang dan Pembayaran per Faktur"],
        ["Per Tgl. 22 Nov 2026"],
        [],
        ["No. Faktur", "Tanggal", "Jatuh Tempo", "Keterangan", "Nilai", "Sisa"],
        ["Pelanggan : CV Wahana Teknik"],
        ["FJ/2609/0012", D(2026, 9, 8), D(2026, 10, 8), "Faktur Penjualan", 6_000_000,
         6_000_000],
        ["    Pembayaran PN/2609/0031", D(2026, 9, 30), None, None, 2_000_000, 4_000_000],
        ["    Pembayaran PN/2610/0044", D(2026, 10, 30), None, None, 1_500_000, 2_500_000],
        ["FJ/2610/0058", D(2026, 10, 20), D(2026, 11, 19), "Faktur Penjualan", 3_000_000,
         3_000_000],
        [retur, D(2026, 11, 5), None, None, figure, 2_600_000],
        ["Sub Total", None, None, None, None, 5_100_000],
        [],
        ["Pelanggan : Toko Prima Teknik"],
        ["FJ/2611/0015", D(2026, 11, 13), D(2026, 12, 13), "Faktur Penjualan", 4_750_000,
         4_750_000],
        ["    Pembayaran PN/2611/0020", D(2026, 11, 18), None, None, 4_750_000, 0],
        ["FJ/2611/0022", D(2026, 11, 19), D(2026, 12, 19), "Faktur Penjualan", 1_200_000,
         1_200_000],
        ["Sub Total", None, None, None, None, 1_200_000],
        [],
        ["Total", None, None, None, None, 6_300_000],
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("retur", "figure"),
    [
        ("    Retur RJ/2611/0002", 400_000),
        ("    Retur Penjualan RJ/2611/0002", 400_000),
        ("    Retur RJ/2611/0002", -400_000),
    ],
)
def test_a_return_line_under_its_invoice_lowers_that_invoice(
    tmp_path: Path, retur: str, figure: int
) -> None:
    expected = figures(
        6_300_000, 5_100_000, 2, current=1_200_000, d1to30=2_600_000, d31to60=2_500_000
    )
    book = _accurate(retur, figure)
    payload = reads_to(tmp_path / "accurate.xlsx", [("Piutang dan Pembayaran", book)], expected)
    assert payload["per_customer"] == {
        "CV Wahana Teknik": 5_100_000,
        "Toko Prima Teknik": 1_200_000,
    }
    assert payload["returns"] == 400_000


# Its guard: a return line of another customer than the line above returns none of that
# invoice; its note makes it a return of its own customer's dues still. Toko A F1 1.000.000 -
# 200.000 = 800.000 and Toko B F2 600.000, both due 31 Oct (22 days, 1-30).
def test_a_return_line_under_another_customers_invoice_lowers_its_own(tmp_path: Path) -> None:
    book = [
        ["No Faktur", "Tanggal", "Pelanggan", "Keterangan", "Nilai", "Sisa"],
        ["F1", D(2026, 10, 1), "Toko A", "Penjualan", 1_000_000, 1_000_000],
        ["F2", D(2026, 10, 1), "Toko B", "Penjualan", 600_000, 600_000],
        ["Retur RJ-1", D(2026, 10, 5), "Toko A", "Retur barang", 200_000, 400_000],
    ]
    expected = figures(1_400_000, 1_400_000, 2, d1to30=1_400_000)
    payload = reads_to(tmp_path / "daftar.xlsx", [("Daftar", book)], expected)
    assert payload["per_customer"] == {"Toko A": 800_000, "Toko B": 600_000}
    assert payload["returns"] == 200_000


# Its guard, from round 96 g5: a QuickBooks statement's Balance runs over the whole account, so
# a credit memo's line under an invoice ("Invoice #322 | 1.500.000 | 3.000.000", then "Credit
# Memo #CM-5 | -250.000 | 2.750.000") is no return of that invoice: naming none, it pays the
# oldest dues, as the payment before it did. By hand: Balance Forward 2.500.000 (31 Aug, due
# that day: 83 days, 61-90) less the payment 2.000.000 and the memo 250.000 = 250.000; #310
# 1.000.000 (15 Sep, due 15 Oct: 38 days, 31-60); #322 1.500.000 (28 Oct, due 27 Nov, current).
def test_a_credit_memo_under_an_invoice_of_a_running_statement_pays_the_oldest(
    tmp_path: Path,
) -> None:
    book = [
        ["STATEMENT"],
        ["Customer:", "CV Sumber Makmur"],
        [],
        ["Date", "Transaction", "Amount", "Balance"],
        [D(2026, 8, 31), "Balance Forward", None, 2_500_000],
        [D(2026, 9, 15), "Invoice #310", 1_000_000, 3_500_000],
        [D(2026, 10, 1), "Payment", -2_000_000, 1_500_000],
        [D(2026, 10, 28), "Invoice #322", 1_500_000, 3_000_000],
        [D(2026, 11, 5), "Credit Memo #CM-5", -250_000, 2_750_000],
        [],
        ["Balance Due", None, None, 2_750_000],
    ]
    expected = figures(
        2_750_000, 1_250_000, 1, current=1_500_000, d31to60=1_000_000, d61to90=250_000
    )
    reads_to(tmp_path / "statement.xlsx", [("Statement", book)], expected)


# Round 97 b39: Jurnal.id's English "Customer Statement" heads each row's type "Transaction"
# (Sales Invoice, Receive Payment) beside its "Number". The type column was read as the
# invoice number: every invoice was "Sales Invoice", told as used twice, and the payment
# naming #10533 paid the oldest instead. 10501 4.500.000 less the balance forward's payment
# of 3.000.000 on the opening = 4.500.000 due 15 Oct (38 days, 31-60); 10533 paid; 10560
# 1.350.000 current. The same of Xero's "Receivable Invoice" and an Indonesian "Jenis
# Transaksi" of "Faktur Penjualan" and "Penerimaan".
@pytest.mark.parametrize(
    ("kind", "sale", "paid", "number"),
    [
        ("Transaction", "Sales Invoice", "Receive Payment", "Number"),
        ("Type", "Receivable Invoice", "Receivable Payment", "Number"),
        ("Jenis Transaksi", "Faktur Penjualan", "Penerimaan", "No."),
    ],
)
def test_a_column_of_type_words_is_no_invoice_number(
    tmp_path: Path, kind: str, sale: str, paid: str, number: str
) -> None:
    book = [
        ["Customer Statement"],
        ["Customer: PT Berlian Jaya"],
        [],
        ["Date", kind, number, "Description", "Amount", "Payment", "Balance"],
        ["01/09/2026", "Balance Forward", None, None, None, None, "3,000,000.00"],
        ["15/09/2026", sale, "10501", None, "4,500,000.00", None, "7,500,000.00"],
        ["30/09/2026", paid, "20033", None, None, "3,000,000.00", "4,500,000.00"],
        ["20/10/2026", sale, "10533", None, "2,200,000.00", None, "6,700,000.00"],
        ["02/11/2026", paid, "20051", "Payment for Sales Invoice #10533", None,
         "2,200,000.00", "4,500,000.00"],
        ["18/11/2026", sale, "10560", None, "1,350,000.00", None, "5,850,000.00"],
        ["Closing Balance", None, None, None, None, None, "5,850,000.00"],
    ]  # fmt: skip
    expected = figures(5_850_000, 4_500_000, 1, current=1_350_000, d31to60=4_500_000)
    reads_to(tmp_path / "statement.xlsx", [("Customer Statement", book)], expected)


# Its guard: a column of distinct numbers under such a name is the number still, the counter
# beside it ("No" 1, 2, 3) no number. Toko A TRX-1 1.000.000 due 31 Oct (22 days, 1-30),
# TRX-2 paid, TRX-3 700.000 current.
def test_a_column_of_distinct_numbers_under_a_type_name_stays_the_number(tmp_path: Path) -> None:
    book = [
        ["No", "Tanggal", "Transaction", "Pelanggan", "Jumlah", "Bayar"],
        [1, D(2026, 10, 1), "TRX-1", "Toko A", 1_000_000, 0],
        [2, D(2026, 10, 1), "TRX-2", "Toko A", 500_000, 500_000],
        [3, D(2026, 11, 10), "TRX-3", "Toko A", 700_000, 0],
    ]
    expected = figures(1_700_000, 1_000_000, 1, current=700_000, d1to30=1_000_000)
    payload = reads_to(tmp_path / "daftar.xlsx", [("Daftar", book)], expected)
    columns = payload["files"][0]["sheets"][0]["columns"]
    assert columns["invoice_no"]["header"] == "Transaction"


# Round 97 b02: BukuWarung's "Laporan Utang Piutang" per customer: "Nama Pelanggan : X", then
# "No. HP : 0857-…", then the header again over each block. From the second block on, the
# phone's line was taken as the customer's name; with the number in a cell of its own, Pak
# Rahmat and Mas Yogi merged as "No. HP" (901.000, the credit gone). Bu Tatik 385.000 - 200.000
# due 2 Oct (51 days, 31-60) and 270.000 due 19 Nov (3 days, 1-30) and 96.000 current; Pak
# Rahmat a credit of 50.000; Mas Yogi 520.000 - 120.000 = 400.000 current.
def _bukuwarung(phone: list[list[object]]) -> list[list[object]]:
    header = ["Tanggal", "Catatan", "Anda Berikan", "Anda Terima", "Saldo"]
    return [
        ["Laporan Utang Piutang"],
        ["Dicetak: 22 Nov 2026"],
        [],
        ["Nama Pelanggan : Bu Tatik"],
        phone[0],
        header,
        [D(2026, 9, 2), "Ambil gas 3 tabung + beras", 385_000, None, 385_000],
        [D(2026, 9, 15), "Bayar", None, 200_000, 185_000],
        [D(2026, 10, 20), "Ambil minyak + gula", 270_000, None, 455_000],
        [D(2026, 11, 21), "Ambil telur", 96_000, None, 551_000],
        ["Total", None, 751_000, 200_000, 551_000],
        [],
        ["Nama Pelanggan : Pak Rahmat"],
        phone[1],
        header,
        [D(2026, 8, 10), "Kopi sachet 10 renceng", 150_000, None, 150_000],
        [D(2026, 10, 25), "Bayar", None, 200_000, -50_000],
        ["Total", None, 150_000, 200_000, -50_000],
        [],
        ["Nama Pelanggan : Mas Yogi"],
        phone[2],
        header,
        [D(2026, 11, 5), "Rokok 2 slop", 520_000, None, 520_000],
        [D(2026, 11, 12), "Titip bayar", None, 120_000, 400_000],
        ["Total", None, 520_000, 120_000, 400_000],
    ]


PHONES = ["0812-3344-5566", "0857-2211-9090", "0813-7777-1212"]


@pytest.mark.parametrize(
    "phone",
    [
        [[f"No. HP : {p}"] for p in PHONES],
        [[f"HP {p}"] for p in PHONES],
        [["No. HP", p] for p in PHONES],
        [["No. Telepon :", p] for p in PHONES],
    ],
)
def test_a_phone_line_under_a_customers_name_is_no_customer(
    tmp_path: Path, phone: list[list[object]]
) -> None:
    expected = figures(
        951_000, 455_000, 2, {"Pak Rahmat": 50_000}, current=496_000, d1to30=270_000,
        d31to60=185_000,
    )  # fmt: skip
    payload = reads_to(tmp_path / "laporan.xlsx", [("Laporan", _bukuwarung(phone))], expected)
    assert payload["per_customer"] == {"Bu Tatik": 551_000, "Mas Yogi": 400_000}


# Its guard: a customer whose name holds "HP" (a phone shop's, "Toko HP Jaya") is a customer.
def test_a_customer_named_with_hp_is_still_the_customer(tmp_path: Path) -> None:
    book = _bukuwarung([[f"No. HP : {p}"] for p in PHONES])
    book[12] = ["Nama Pelanggan : Toko HP Jaya"]
    book[19] = ["Mas HP Santoso"]
    expected = figures(
        951_000, 455_000, 2, {"Toko HP Jaya": 50_000}, current=496_000, d1to30=270_000,
        d31to60=185_000,
    )  # fmt: skip
    payload = reads_to(tmp_path / "laporan.xlsx", [("Laporan", book)], expected)
    assert payload["per_customer"] == {"Bu Tatik": 551_000, "Mas HP Santoso": 400_000}


# Round 97 b22: Tokopedia's "Bayar Tempo" (pay later, on terms) report of invoices, saved as
# "…_bayar_tempo.csv", was refused as payments alone for the "bayar" in its name, though each
# row is an invoice with its Status Pembayaran and, once paid, its Tanggal Pembayaran. By hand:
# Bu Imah 3.450.000 due 5 Oct (48 days, 31-60) and 2.160.000 due 24 Nov (current); Pak Udin's
# 1.280.000 paid, 725.000 due 9 Nov (13 days, 1-30); Grosir Maju Terus 4.980.000 cancelled,
# 1.560.000 due 15 Dec (current).
TEMPO = """Laporan Bayar Tempo - Mitra Tokopedia B2B
No Invoice,Tgl Pembelian,Nama Toko Pembeli,Total Tagihan,Jatuh Tempo,Status Pembayaran,Tgl Bayar
INV/0905/1,"05 Sep 2026, 10:12 WIB",Toko Bu Imah,Rp3.450.000,05 Okt 2026,Belum Dibayar,
INV/0918/2,"18 Sep 2026, 14:30 WIB",Pak Udin,Rp1.280.000,18 Okt 2026,Sudah Dibayar,16 Okt 2026
INV/1010/3,"10 Okt 2026, 09:05 WIB",Pak Udin,Rp725.000,09 Nov 2026,Belum Dibayar,
INV/1025/4,"25 Okt 2026, 20:45 WIB",Toko Bu Imah,Rp2.160.000,24 Nov 2026,Belum Dibayar,
INV/1101/5,"01 Nov 2026, 11:11 WIB",Grosir Maju Terus,Rp4.980.000,01 Des 2026,Dibatalkan,
INV/1115/6,"15 Nov 2026, 16:00 WIB",Grosir Maju Terus,Rp1.560.000,15 Des 2026,Belum Dibayar,
"""


@pytest.mark.parametrize("name", ["mitra_bayar_tempo.csv", "Bayar Tempo Nov.csv"])
def test_a_report_of_paying_on_terms_lists_what_is_owed(tmp_path: Path, name: str) -> None:
    expected = figures(
        7_895_000, 4_175_000, 3, current=3_720_000, d1to30=725_000, d31to60=3_450_000
    )
    text_reads_to(tmp_path / name, TEMPO, expected)
