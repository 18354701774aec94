"""Outside round 60 (fixer 60): returns, credit notes and exchanges, each book written by hand
with its figures worked out on paper as of 22 Nov 2026 (default term 30 days: a sale of 1 Oct
is due 31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, FIGURES, _xlsx, figures, reads_to, text_reads_to

OCT_1 = D(2026, 10, 1)


# Round 60 a01 and e01: the note beside a Retur column says why goods came back ("retur gula
# basah" beside Retur 90.000; "Retur semua (barang ditolak)" beside Retur 1.800.000). The note
# made the row a return of its whole amount and the Retur figure was taken off besides: Bu
# Darmi's 800.000 gone and 890.000 more off her other dues (13.385.000 for 15.075.000).
# F1 1.000.000 - 100.000 = 900.000 and F2 500.000, Toko A's, due 31 Oct (22 days, 1-30); F3
# returned whole; F4 400.000 current. 1.800.000, 1.400.000 overdue.
RETUR_NOTED = [
    ["No Faktur", "Tanggal", "Pelanggan", "Total", "Bayar", "Retur", "Sisa", "Keterangan"],
    ["F1", OCT_1, "Toko A", 1_000_000, 0, 100_000, 900_000, "retur gula basah"],
    ["F2", OCT_1, "Toko A", 500_000, 0, 0, 500_000, None],
    ["F3", OCT_1, "Toko B", 800_000, 0, 800_000, 0, "Retur semua (barang ditolak)"],
    ["F4", D(2026, 11, 10), "Toko B", 400_000, 0, 0, 400_000, "BELUM LUNAS"],
]


def test_a_note_naming_the_return_beside_a_retur_figure_counts_it_once(tmp_path: Path) -> None:
    expected = figures(1_800_000, 1_400_000, 2, current=400_000, d1to30=1_400_000)
    payload = reads_to(tmp_path / "piutang.xlsx", [("Piutang", RETUR_NOTED)], expected)
    assert payload["per_customer"] == {"Toko A": 1_400_000, "Toko B": 400_000}
    assert payload["returns"] == 900_000


# Round 60 a02: a cashier's CSV with a Retur column and no Sisa: "retur 1 box" on an unpaid
# NT-1 (3.150.000, Retur 150.000) made Apotek Sehat a credit of 1.810.000 with nothing told.
# NT-1 3.000.000 and NT-2 2.275.000 - 1.000.000 - 275.000 = 1.000.000 due 31 Oct (22 days,
# 1-30); NT-3 1.340.000 current. 5.340.000, 4.000.000 overdue.
RETUR_NO_SISA = """No Nota;Tanggal;Pelanggan;Jumlah;Dibayar;Retur;Keterangan
NT-1;01/10/2026;Apotek Sehat;Rp 3.150.000;belum;Rp 150.000;retur 1 box
NT-2;01/10/2026;Bu Kartini;Rp 2.275.000;Rp 1.000.000;Rp 275.000;retur (kemasan penyok)
NT-3;05/11/2026;Apotek Sehat;Rp 1.340.000;belum;-;
"""


def test_a_return_noted_in_a_csv_with_a_retur_column_is_its_figure(tmp_path: Path) -> None:
    expected = figures(5_340_000, 4_000_000, 2, current=1_340_000, d1to30=4_000_000)
    payload = text_reads_to(tmp_path / "kasir.csv", RETUR_NO_SISA, expected)
    assert payload["per_customer"] == {"Apotek Sehat": 4_340_000, "Bu Kartini": 1_000_000}


# Its look-alike: a row of its own marked "Retur", its Retur cell empty, is still goods sent
# back (the list's other rows use the column). Toko A F1 1.000.000 - 200.000 = 800.000 (1-30).
def test_a_row_marked_retur_with_no_retur_figure_is_still_a_return(tmp_path: Path) -> None:
    book = [
        ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Bayar", "Retur", "Keterangan"],
        ["F1", OCT_1, "Toko A", 1_000_000, 0, 0, None],
        ["R1", D(2026, 10, 5), "Toko A", 200_000, None, None, "Retur"],
        ["F2", OCT_1, "Toko B", 600_000, 0, 100_000, "retur 1 dus"],
    ]
    expected = figures(1_300_000, 1_300_000, 2, d1to30=1_300_000)
    payload = reads_to(tmp_path / "daftar.xlsx", [("Daftar", book)], expected)
    assert payload["per_customer"] == {"Toko A": 800_000, "Toko B": 500_000}


# Round 60 c03: an app's journal typed Penjualan / Pembayaran / Retur Penjualan, every amount
# positive. "Retur Penjualan", no word of the type column's, switched the column off: the
# payments were read as sales (10.050.000 for 6.050.000, nothing told).
# Kios Pak Slamet TRX-1 1.200.000 - 200.000 retur - 1.000.000 paid = 0; TRX-3 700.000 due 31
# Oct (22 days, 1-30). Toko Rina 2.850.000 - 1.000.000 - 350.000 = 1.500.000 due 31 Aug (83
# days, 61-90).
JURNAL_JENIS = """tanggal,jenis,pelanggan,no_transaksi,ref_faktur,jumlah,catatan
2026-08-01,Penjualan,Kios Pak Slamet,TRX-1,,1200000,
2026-08-01,Penjualan,Toko Rina,TRX-2,,2850000,
2026-08-30,Retur Penjualan,Kios Pak Slamet,TRX-4,TRX-1,200000,minyak bocor
2026-09-09,Pembayaran,Toko Rina,TRX-5,,1000000,transfer
2026-10-01,Penjualan,Kios Pak Slamet,TRX-3,,700000,
2026-10-15,Retur Penjualan,Toko Rina,TRX-6,,350000,telur pecah
2026-10-29,Pembayaran,Kios Pak Slamet,TRX-7,,1000000,tunai
"""


def test_a_sales_return_in_a_type_column_is_a_credit_of_its_kind(tmp_path: Path) -> None:
    expected = figures(2_200_000, 2_200_000, 2, d1to30=700_000, d61to90=1_500_000)
    payload = text_reads_to(tmp_path / "jurnal.csv", JURNAL_JENIS, expected)
    assert payload["returns"] == 550_000


# Its look-alike: the same journal with its returns written below zero is read as before, a
# return once (the type column's word and the sign say the same).
def test_a_sales_return_written_below_zero_in_a_type_column_counts_once(tmp_path: Path) -> None:
    text = JURNAL_JENIS.replace(",200000,", ",-200000,").replace(",350000,", ",-350000,")
    expected = figures(2_200_000, 2_200_000, 2, d1to30=700_000, d61to90=1_500_000)
    payload = text_reads_to(tmp_path / "jurnal.csv", text, expected)
    assert payload["returns"] == 550_000


# Round 60 b04: an English book's "Credit Memos" sheet, "Credit Memo No | Date | Customer |
# Applied To | Amount | Reason". The memo's number was taken as the amount, every row a bad
# figure and the sheet set aside (30.580.000 for 27.180.000). INV-1 2.000.000 - 400.000 (CM-1)
# = 1.600.000 due 31 Oct (22 days, 1-30); INV-2 900.000 - 150.000 (CM-2, naming none: the
# oldest) = 750.000 due 15 Nov (7 days, 1-30). 2.350.000, all overdue.
def test_a_credit_memos_number_is_its_number_not_its_amount(tmp_path: Path) -> None:
    sales = [
        ["Invoice No", "Invoice Date", "Due Date", "Customer", "Amount", "Amount Paid"],
        ["INV-1", OCT_1, D(2026, 10, 31), "Hotel Bintang", 2_000_000, 0],
        ["INV-2", D(2026, 10, 16), D(2026, 11, 15), "Cafe Lembayung", 900_000, 0],
    ]
    memos = [
        ["Credit Memo No", "Date", "Customer", "Applied To", "Amount", "Reason"],
        ["CM-1", D(2026, 10, 5), "Hotel Bintang", "INV-1", 400_000, "Damaged linen returned"],
        ["CM-2", D(2026, 10, 25), "Cafe Lembayung", None, 150_000, "Returned cups"],
    ]
    expected = figures(2_350_000, 2_350_000, 2, d1to30=2_350_000)
    book = [("Sales Invoices", sales), ("Credit Memos", memos)]
    payload = reads_to(tmp_path / "ar.xlsx", book, expected)
    assert payload["returns"] == 550_000


# Round 60 e02, i07 and g03: the credits an app's invoice list sets against each invoice
# (Zoho's "Credits Applied", Xero's "Credited") and a discount given later ("Potongan
# Susulan") were not read: each row's correct Balance told as wrong, the total too high by the
# credits. Each row owes its Balance: INV-1 5.400.000 - 600.000 = 4.800.000 due 31 Oct (22
# days, 1-30); INV-2 paid 3.000.000 and credited 300.000; INV-3 6.500.000 - 500.000 =
# 6.000.000 current (10 Nov). 10.800.000, 4.800.000 overdue.
def _credited(credits: str) -> list[list[object]]:
    return [
        ["Invoice Date", "Invoice Number", "Customer Name", "Total", "Payments", credits,
         "Balance"],
        [OCT_1, "INV-1", "Bengkel Maju", 5_400_000, 0, 600_000, 4_800_000],
        [OCT_1, "INV-2", "Toko Ban", 3_300_000, 3_000_000, 300_000, 0],
        [D(2026, 11, 10), "INV-3", "Sekolah Bina", 6_500_000, 0, 500_000, 6_000_000],
    ]  # fmt: skip


def test_credits_applied_to_invoices_are_credits(tmp_path: Path) -> None:
    expected = figures(10_800_000, 4_800_000, 2, current=6_000_000, d1to30=4_800_000)
    for credits in ("Credits Applied", "Credited", "Potongan Susulan"):
        payload = reads_to(tmp_path / "invoices.xlsx", [("Invoice", _credited(credits))], expected)
        assert payload["returns"] == 1_400_000, credits


# Round 60 g02: a Nota Kredit sheet typed "Retur barang" / "Potongan harga susulan", once
# "Tukar barang (tidak ada nilai)" beside a Nilai of "-": an exchange moves no money, yet its
# word, neither a sale's nor a payment's, set the whole sheet aside (told only under
# ignored_sheets; 23.850.000 for 21.200.000). The exchange's row is its own problem alone.
# PB-1 5.000.000 - 1.500.000 = 3.500.000 and PB-2 1.200.000 (exchanged), due 31 Oct (22 days,
# 1-30); PB-3 800.000 - 300.000 = 500.000 current (10 Nov). 5.200.000, 4.700.000 overdue.
PENJUALAN = [
    ["No Faktur", "Tgl", "Pelanggan", "Jumlah", "Dibayar"],
    ["PB-1", OCT_1, "CV Kayu Jati", 5_000_000, 0],
    ["PB-2", OCT_1, "CV Kayu Jati", 1_200_000, 0],
    ["PB-3", D(2026, 11, 10), "Toko Mebel", 800_000, 0],
]


def _nota_kredit(exchanged: object) -> list[list[object]]:
    return [
        ["No NK", "Tanggal", "Pelanggan", "Faktur", "Jenis", "Nilai"],
        ["NK-1", D(2026, 10, 20), "CV Kayu Jati", "PB-1", "Retur barang", 1_500_000],
        ["NK-2", D(2026, 10, 21), "CV Kayu Jati", "PB-2", "Tukar barang (tidak ada nilai)",
         exchanged],
        ["NK-3", D(2026, 11, 15), "Toko Mebel", "PB-3", "Potongan harga susulan", 300_000],
    ]  # fmt: skip


def test_an_exchange_of_no_value_leaves_the_credit_notes_read(tmp_path: Path) -> None:
    path = tmp_path / "buku.xlsx"
    _xlsx(path, [("Penjualan", PENJUALAN), ("Nota Kredit", _nota_kredit("-"))])
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors and not payload["ignored_sheets"]
    expected = figures(5_200_000, 4_700_000, 2, current=500_000, d1to30=4_700_000)
    assert {key: payload[key] for key in FIGURES} == expected
    assert [(p["sheet"], p["row"]) for p in payload["problems"]] == [("Nota Kredit", 3)]
    assert payload["returns"] == 1_800_000


# Its look-alike: the same word beside a figure moves money of a kind no word says: the
# sheet is still left unread, and said so.
def test_a_word_of_neither_kind_beside_a_figure_still_leaves_the_sheet(tmp_path: Path) -> None:
    path = tmp_path / "buku.xlsx"
    _xlsx(path, [("Penjualan", PENJUALAN), ("Nota Kredit", _nota_kredit(200_000))])
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    assert [s["sheet"] for s in payload["ignored_sheets"]] == ["Nota Kredit"]
    assert payload["outstanding"] == 7_000_000


# Round 60 i05: a return on an invoice paid in full, its 800.000 handed back in cash: the
# payments sheet's -800.000, "uang retur PJ-1 dikembalikan (tunai)", was a bad row for the word
# "retur", and the return's credit then paid PJ-2 (2.600.000 for 3.400.000). PJ-1 5.000.000
# paid, 800.000 returned and handed back: 0; PJ-2 3.400.000 due 31 Oct (22 days, 1-30).
def _handed_back(note: str) -> list[tuple[str, list[list[object]]]]:
    return [
        ("Penjualan", [
            ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
            ["PJ-1", D(2026, 9, 4), "Toko Amanah", 5_000_000],
            ["PJ-2", OCT_1, "Toko Amanah", 3_400_000],
        ]),
        ("Retur", [
            ["Tanggal", "Pelanggan", "No Faktur", "Nilai", "Keterangan"],
            [D(2026, 10, 12), "Toko Amanah", "PJ-1", 800_000, "beras berkutu"],
        ]),
        ("Pembayaran", [
            ["Tanggal", "Pelanggan", "No Faktur", "Jumlah", "Keterangan"],
            [D(2026, 9, 30), "Toko Amanah", "PJ-1", 5_000_000, "lunas"],
            [D(2026, 10, 20), "Toko Amanah", None, -800_000, note],
        ]),
    ]  # fmt: skip


def test_money_handed_back_for_a_return_is_taken_back(tmp_path: Path) -> None:
    expected = figures(3_400_000, 3_400_000, 1, d1to30=3_400_000)
    book = _handed_back("uang retur PJ-1 dikembalikan (tunai)")
    payload = reads_to(tmp_path / "buku.xlsx", book, expected)
    assert payload["returns"] == 800_000


# Its look-alike: goods handed back, no money, below zero on the payments sheet is a return's
# row, a bad one as before (told; the return's credit pays PJ-2).
def test_goods_handed_back_below_zero_on_a_payments_sheet_stay_a_bad_row(tmp_path: Path) -> None:
    path = tmp_path / "buku.xlsx"
    _xlsx(path, _handed_back("retur barang PJ-1 dikembalikan"))
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors and payload["outstanding"] == 2_600_000
    assert [p["code"] for p in payload["problems"]] == ["negative-amount"]


# Round 60 i06: QuickBooks's Open Invoices report, "Type | Date | Num | Name | Due Date |
# Amount | Open Balance" and its closing TOTAL line: the "TOTAL" under Type, no word of a sale
# nor a payment, refused the file; behind it, a Credit Memo already applied (Open Balance 0)
# was taken off again. Each row owes its Open Balance: Dapur 1.700.000 due 2 Sep (81 days,
# 61-90) and 3.100.000 due 19 Nov (3, 1-30); Beras 6.000.000 due 15 Oct (38, 31-60) less the
# memo not applied 750.000 = 5.250.000; Ratih 1.450.000 - 1.800.000, a credit of 350.000.
QB_OPEN = """Open Invoices
As of 22/11/2026

Type,Date,Num,Name,Due Date,Amount,Open Balance
Invoice,03/08/2026,1045,Dapur Nusantara,02/09/2026,4.200.000,1.700.000
Credit Memo,20/08/2026,1049,Dapur Nusantara,,-500.000,0
Invoice,15/09/2026,1058,Toko Beras,15/10/2026,6.000.000,6.000.000
Credit Memo,02/10/2026,1063,Toko Beras,,-750.000,-750.000
Invoice,20/10/2026,1070,Dapur Nusantara,19/11/2026,3.100.000,3.100.000
Invoice,06/11/2026,1077,Ibu Ratih,06/12/2026,1.450.000,1.450.000
Credit Memo,16/11/2026,1081,Ibu Ratih,,-1.800.000,-1.800.000
TOTAL,,,,,11.700.000,9.700.000
"""


def test_a_quickbooks_open_invoices_total_line_and_applied_memo(tmp_path: Path) -> None:
    expected = figures(10_050_000, 10_050_000, 2, {"Ibu Ratih": 350_000}, d1to30=3_100_000,
                       d31to60=5_250_000, d61to90=1_700_000)  # fmt: skip
    payload = text_reads_to(tmp_path / "open_invoices.csv", QB_OPEN, expected)
    assert payload["per_customer"] == {"Toko Beras": 5_250_000, "Dapur Nusantara": 4_800_000}


# Round 60 c04 and d03: an exchange on a journal or a card, the same figure in Debit and Kredit
# ("Tukar barang (ukuran 40 ganti 42)" 750.000 | 750.000 on N-2): read as a sale of N-2 again
# and a credit, the figures right but N-2 told as an invoice number used again. It moves
# nothing. N-1 3.600.000 - 2.000.000 = 1.600.000 due 10 Oct (43 days, 31-60); N-2 5.250.000 -
# 2.000.000 = 3.250.000 due 25 Oct (28, 1-30). 4.850.000, all overdue.
def _exchanged(out: int, back: int) -> list[list[object]]:
    return [
        ["Tanggal", "Pelanggan", "No Nota", "Uraian", "Debit", "Kredit"],
        [D(2026, 9, 10), "Butik Anggun", "N-1", "Penjualan", 3_600_000, None],
        [D(2026, 9, 25), "Toko Langkah", "N-2", "Penjualan", 5_250_000, None],
        [OCT_1, "Toko Langkah", "N-2", "Tukar barang (ukuran 40 ganti 42)", out, back],
        [D(2026, 10, 20), "Butik Anggun", None, "Transfer BNI", None, 2_000_000],
        [D(2026, 11, 18), "Toko Langkah", None, "Bayar tunai", None, 2_000_000],
    ]


def test_an_exchange_of_the_same_figure_out_and_back_moves_nothing(tmp_path: Path) -> None:
    expected = figures(4_850_000, 4_850_000, 2, d1to30=3_250_000, d31to60=1_600_000)
    reads_to(tmp_path / "jurnal.xlsx", [("Jurnal", _exchanged(750_000, 750_000))], expected)


# Its look-alike: an exchange for dearer goods (850.000 out, 750.000 back) moves the difference,
# owed from the day of the exchange (1 Oct, due 31 Oct: 1-30).
def test_an_exchange_for_dearer_goods_owes_the_difference(tmp_path: Path) -> None:
    path = tmp_path / "jurnal.xlsx"
    _xlsx(path, [("Jurnal", _exchanged(850_000, 750_000))])
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    assert payload["outstanding"] == 4_950_000
    assert payload["per_customer"]["Toko Langkah"] == 3_350_000
