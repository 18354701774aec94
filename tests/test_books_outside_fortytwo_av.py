"""Round 88 of the outside testers, and what it showed of file names: a CSV's name is the name
of its one table, and a name that speaks of returns or payments ("22_returns_brackets.csv",
"partial_payments.csv", "overpayment_credit_balance.csv") had made an invoice list a list of
returns or of payments, refused as payments alone. The columns and the rows are the surer
sign. Each book written by hand with its figures worked out on paper as of 22 Nov 2026
(default term 30 days: a sale of 1 Oct is due 31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from core.reading.layout import is_payments_sheet, is_returns_sheet
from core.report import summarize_files
from tests.test_books_by_hand import (
    AS_OF,
    FIGURES,
    figures,
    read_book,
    saved_summary,
    text_reads_to,
)

# Toko Sari: INV-001 5.000.000 (1 Oct, due 31 Oct: 22 days) less a return of 2.000.000 naming
# no invoice, which lowers her oldest due: 3.000.000, 1-30; INV-003 1.000.000 (20 Nov: current).
# Toko Budi: INV-002 3.000.000 (5 Oct, due 4 Nov: 18 days, 1-30). 7.000.000, 6.000.000 overdue.
SALES_AND_A_RETURN = """Tanggal,No Faktur,Pelanggan,Jumlah
01/10/2026,INV-001,Toko Sari,5000000
05/10/2026,INV-002,Toko Budi,3000000
10/10/2026,RET-001,Toko Sari,-2000000
20/11/2026,INV-003,Toko Sari,1000000
"""
SALES_AND_A_RETURN_FIGURES = figures(7_000_000, 6_000_000, 2, current=1_000_000,
                                     d1to30=6_000_000)  # fmt: skip


@pytest.mark.parametrize(
    "name",
    ["returns_negative_rows.csv", "retur_negatif.csv", "credit_notes.csv", "retur.csv"],
)
def test_a_csv_named_for_returns_whose_rows_are_mostly_sales_is_an_invoice_list(
    tmp_path: Path, name: str
) -> None:
    payload = text_reads_to(tmp_path / name, SALES_AND_A_RETURN, SALES_AND_A_RETURN_FIGURES)
    assert payload["files"][0]["sheets"][0]["shape"] == "invoice_list"


# Round 88 book 22, shortened: a ";" CSV of Indonesian-locale Excel, returns in brackets
# "(250.000)" naming their invoice in the note, beside a Dibayar column. Read as a list of
# returns by its name, refused ("sebagian besar barisnya tidak terbaca"). By hand: Toko Sinar
# Abadi FJ-201 2.400.000 less the return 250.000 = 2.150.000 (3 Sep, due 3 Oct: 50 days,
# 31-60) and FJ-207 1.750.000 (20 Oct, due 19 Nov: 3 days, 1-30); Bu Siti FJ-202 1.200.000
# less 500.000 = 700.000 (10 Sep, due 10 Oct: 43 days, 31-60); CV Maju Jaya FJ-209 980.000
# (15 Nov: current). 5.580.000, 4.600.000 overdue.
def test_returns_in_brackets_beside_a_paid_column_in_a_csv_named_for_returns(
    tmp_path: Path,
) -> None:
    text = """Tanggal;No Faktur;Pelanggan;Jumlah;Dibayar;Keterangan
03/09/2026;FJ-201;Toko Sinar Abadi;2.400.000;;
10/09/2026;FJ-202;Bu Siti Aminah;1.200.000;500.000;
15/09/2026;RTR-01;Toko Sinar Abadi;(250.000);;Retur barang ex FJ-201
20/10/2026;FJ-207;Toko Sinar Abadi;1.750.000;;
15/11/2026;FJ-209;CV Maju Jaya;980.000;;
"""
    expected = figures(5_580_000, 4_600_000, 3, current=980_000, d1to30=1_750_000,
                       d31to60=2_850_000)  # fmt: skip
    text_reads_to(tmp_path / "22_returns_brackets.csv", text, expected)


# An invoice list with what was paid of each invoice, alone, under a name that speaks of
# payments: Toko Sari INV-001 5.000.000 less 2.000.000 = 3.000.000 (due 31 Oct, 1-30) and
# INV-003 1.000.000 less 500.000 = 500.000 (current); Toko Budi INV-002 3.000.000 (due 4 Nov,
# 1-30). 6.500.000, 6.000.000 overdue. Read as payments, nothing was owed and the file was
# refused as payments alone.
PARTLY_PAID = """Tanggal,No Faktur,Pelanggan,Jumlah,Dibayar
01/10/2026,INV-001,Toko Sari,5000000,2000000
05/10/2026,INV-002,Toko Budi,3000000,0
20/11/2026,INV-003,Toko Sari,1000000,500000
"""
PARTLY_PAID_FIGURES = figures(6_500_000, 6_000_000, 2, current=500_000, d1to30=6_000_000)


@pytest.mark.parametrize(
    "name",
    ["partial_payments.csv", "overpayment_credit_balance.csv", "pelunasan_sebagian.csv"],
)
def test_an_invoice_list_alone_under_a_name_for_payments_is_read_by_its_columns(
    tmp_path: Path, name: str
) -> None:
    payload = text_reads_to(tmp_path / name, PARTLY_PAID, PARTLY_PAID_FIGURES)
    assert payload["files"][0]["sheets"][0]["shape"] == "invoice_list"


def test_imported_alone_it_is_the_same_invoice_list(tmp_path: Path) -> None:
    book = tmp_path / "partial_payments.csv"
    book.write_text(PARTLY_PAID, encoding="utf-8")
    saved = saved_summary(tmp_path, book)
    assert {key: saved[key] for key in FIGURES} == PARTLY_PAID_FIGURES


# Beside the invoice list, a register of payments quoting each invoice's value beside what was
# paid ("pembayaran.csv": Jumlah | Dibayar) stays payments: INV-001 5.000.000 less 2.000.000 =
# 3.000.000 and INV-002 3.000.000, both 1-30. Read as invoices, INV-001 would be owed twice.
# And a list of returns (all above zero, naming their invoice) stays returns: INV-001 less
# 500.000 more.
def test_beside_invoices_a_payments_register_and_a_returns_list_keep_their_names(
    tmp_path: Path,
) -> None:
    (tmp_path / "faktur.csv").write_text(
        "Tanggal,No Faktur,Pelanggan,Jumlah\n"
        "01/10/2026,INV-001,Toko Sari,5000000\n"
        "05/10/2026,INV-002,Toko Budi,3000000\n",
        encoding="utf-8",
    )
    (tmp_path / "pembayaran.csv").write_text(
        "Tanggal,No Faktur,Pelanggan,Jumlah,Dibayar\n"
        "15/10/2026,INV-001,Toko Sari,5000000,2000000\n",
        encoding="utf-8",
    )
    (tmp_path / "retur.csv").write_text(
        "Tanggal,No Retur,Pelanggan,Jumlah,No Faktur\n12/10/2026,R-01,Toko Sari,500000,INV-001\n",
        encoding="utf-8",
    )
    books = [tmp_path / n for n in ("faktur.csv", "pembayaran.csv", "retur.csv")]
    batch, payload = summarize_files(books, AS_OF)
    assert not batch.errors
    assert {key: payload[key] for key in FIGURES} == figures(5_500_000, 5_500_000, 2,
                                                             d1to30=5_500_000)  # fmt: skip
    kinds = {f["file"]: f["sheets"][0]["kind"] for f in payload["files"]}
    assert kinds == {"faktur.csv": "invoices", "pembayaran.csv": "payments",
                     "retur.csv": "payments"}  # fmt: skip


def test_english_names_of_what_is_owed_are_no_list_of_credits() -> None:
    assert not is_returns_sheet("invoice_list_with_returns.csv")
    assert not is_payments_sheet("invoices_and_payments.csv")
    assert not is_payments_sheet("receivables_and_payments.xlsx")
    assert is_returns_sheet("Sales Returns")  # the list of returns, in English
    assert is_payments_sheet("payments.csv")


# Round 84 book 42: Majoo's "Laporan Piutang Pelanggan" prints its summary above the table,
# "Total Piutang | Rp 3.900.000" on row 4, and the rows' Sisa add to 4.100.000 (1.500.000 +
# 2.000.000 + 600.000): the book's figure disagrees, and was not looked at. By hand: TRX-7001
# 1.500.000 (2 Oct, due 1 Nov: 21 days), TRX-7009 2.800.000 less 800.000 = 2.000.000 (20 Oct,
# due 19 Nov: 3 days), TRX-7015 600.000 (12 Nov: current). 4.100.000, 3.500.000 overdue.
MAJOO_HEAD: list[list[object]] = [
    ["Laporan Piutang Pelanggan"],
    ["Outlet : Majoo Cibubur"],
    [],
]
MAJOO_TABLE: list[list[object]] = [
    [],
    ["No. Transaksi", "Tanggal", "Nama Pelanggan", "Total Tagihan", "Terbayar", "Sisa Piutang"],
    ["TRX-7001", "2026-10-02", "Toko Ikan Segar", "Rp 1.500.000", "Rp 0", "Rp 1.500.000"],
    ["TRX-7009", "2026-10-20", "Resto Bahari", "Rp 2.800.000", "Rp 800.000", "Rp 2.000.000"],
    ["TRX-7015", "2026-11-12", "Toko Ikan Segar", "Rp 600.000", "Rp 0", "Rp 600.000"],
]
MAJOO_FIGURES = figures(4_100_000, 3_500_000, 2, current=600_000, d1to30=3_500_000)


def test_a_summary_above_the_table_that_disagrees_with_its_rows_is_told(tmp_path: Path) -> None:
    rows = [*MAJOO_HEAD, ["Total Piutang", "Rp 3.900.000"], *MAJOO_TABLE]
    payload = read_book(tmp_path / "majoo.xlsx", [("Piutang", rows)])
    assert {key: payload[key] for key in FIGURES} == MAJOO_FIGURES
    [told] = payload["problems"]
    assert (told["code"], told["sheet"], told["row"]) == ("check-mismatch", "Piutang", 4)
    assert (told["book_says"], told["read"]) == (3_900_000, 4_100_000)
    assert payload["files"][0]["sheets"][0]["checks"]["totals"] == "mismatch"


@pytest.mark.parametrize(
    "summary",
    [
        [["Total Piutang", "Rp 4.100.000"]],  # what is left
        [["Total Piutang", 4_900_000]],  # what was billed: apps print either
        [
            ["Total Tagihan", "Rp 4.900.000"],
            ["Total Terbayar", "Rp 800.000"],
            ["Total Sisa", "Rp 4.100.000"],
        ],
        [["Total Tagihan", 3], ["Jumlah Pelanggan", 2]],  # counts, not money
    ],
)
def test_a_summary_above_the_table_that_agrees_is_no_problem(
    tmp_path: Path, summary: list[list[object]]
) -> None:
    payload = read_book(tmp_path / "majoo.xlsx", [("Piutang", [*MAJOO_HEAD, *summary,
                                                             *MAJOO_TABLE])])  # fmt: skip
    assert {key: payload[key] for key in FIGURES} == MAJOO_FIGURES
    assert payload["problems"] == []


# Round 84 book 09: Lunasin prints its summary under the list, "Ringkasan" then "Total Tagihan
# | Rp 6.100.000", "Total Dibayar", "Total Sisa" in the first two columns (No. Tagihan and
# Tanggal, no money of the table's). By hand: LNS-92 2.200.000 (10 Sep, due 10 Oct: 43 days),
# LNS-107 3.000.000 less 1.500.000 = 1.500.000 (due 15 Oct: 38 days), LNS-133 900.000 (5 Nov,
# due 5 Dec: current). 4.600.000, 3.700.000 overdue (31-60); billed 6.100.000, paid 1.500.000.
@pytest.mark.parametrize(("sisa", "told"), [("Rp 4.600.000", False), ("Rp 4.060.000", True)])
def test_a_summary_under_the_list_is_checked_too(tmp_path: Path, sisa: str, told: bool) -> None:
    rows: list[list[object]] = [
        [
            "No. Tagihan",
            "Tanggal",
            "Jatuh Tempo",
            "Pelanggan",
            "Total Tagihan",
            "Dibayar",
            "Sisa Tagihan",
        ],
        [
            "LNS-92",
            "10/09/2026",
            "10/10/2026",
            "Toko Mitra",
            "Rp 2.200.000",
            "Rp 0",
            "Rp 2.200.000",
        ],
        [
            "LNS-107",
            "01/10/2026",
            "15/10/2026",
            "PT Cahaya",
            "Rp 3.000.000",
            "Rp 1.500.000",
            "Rp 1.500.000",
        ],
        ["LNS-133", "05/11/2026", "05/12/2026", "Toko Mitra", "Rp 900.000", "Rp 0", "Rp 900.000"],
        [],
        ["Ringkasan"],
        ["Total Tagihan", "Rp 6.100.000"],
        ["Total Dibayar", "Rp 1.500.000"],
        ["Total Sisa", sisa],
    ]
    payload = read_book(tmp_path / "lunasin.xlsx", [("Tagihan", rows)])
    assert {key: payload[key] for key in FIGURES} == figures(4_600_000, 3_700_000, 2,
                                                             current=900_000,
                                                             d31to60=3_700_000)  # fmt: skip
    found = [(p["code"], p["row"], p["book_says"], p["read"]) for p in payload["problems"]]
    assert found == ([("check-mismatch", 9, 4_060_000, 4_600_000)] if told else [])


# Round 89 book 26: a journal in English whose document column is "Voucher": read as no
# column, its invoices had no numbers, and the credit note naming SI-102 in its memo paid the
# oldest, SI-100. By hand: SI-100 4.000.000 less the receipt 2.500.000 = 1.500.000 (10 Jul, due
# 9 Aug: 105 days, 90+); SI-102 900.000 less the credit note 200.000 = 700.000 (9 Oct, due 8 Nov:
# 14 days, 1-30); SI-101 paid by RC-02; SI-103 1.300.000 (12 Nov: current). 3.500.000.
def test_a_journals_voucher_column_numbers_its_documents(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Date", "Voucher", "Customer", "Memo", "Debit (Rp)", "Credit (Rp)"],
        [date(2026, 7, 10), "SI-100", "Nusantara Co", "Sales invoice", 4_000_000, None],
        [date(2026, 8, 1), "RC-01", "Nusantara Co", "Receipt", None, 2_500_000],
        [date(2026, 9, 18), "SI-101", "Pacific Foods", "Sales invoice", 2_200_000, None],
        [date(2026, 10, 9), "SI-102", "Nusantara Co", "Sales invoice", 900_000, None],
        [date(2026, 10, 30), "RC-02", "Pacific Foods", "Receipt SI-101", None, 2_200_000],
        [date(2026, 11, 12), "SI-103", "Pacific Foods", "Sales invoice", 1_300_000, None],
        [date(2026, 11, 20), "CN-01", "Nusantara Co", "Credit note SI-102", None, 200_000],
    ]
    expected = figures(3_500_000, 2_200_000, 2, current=1_300_000, d1to30=700_000,
                       over90=1_500_000)  # fmt: skip
    payload = read_book(tmp_path / "journal_english_headers.xlsx", [("AR Journal", rows)])
    assert {key: payload[key] for key in FIGURES} == expected
    assert payload["files"][0]["sheets"][0]["shape"] == "journal"


# A title that names the written-off debts beside what is owed is a list of what is owed (a
# sheet titled for written-off debts alone lists debts owed by no one: round 87 book 35). Read
# as written off, each of these lists' debts was given up: Rp 0 for 6.500.000. And a list that
# marks one row "dihapuskan" under such a title keeps its other rows owed (3.500.000).
@pytest.mark.parametrize(
    "title",
    [
        "DAFTAR PIUTANG (termasuk yang sudah dihapuskan)",
        "Daftar Piutang Usaha - piutang macet dihapuskan di lembar lain",
        "Laporan Piutang dan Penghapusan Piutang",
        "DAFTAR PIUTANG YANG DIHAPUSKAN",
    ],
)
@pytest.mark.parametrize("mark", ["", "dihapuskan"])
def test_a_title_naming_write_offs_beside_what_is_owed_keeps_it_owed(
    tmp_path: Path, title: str, mark: str
) -> None:
    rows: list[list[object]] = [
        [title],
        [],
        ["Tanggal", "No Faktur", "Pelanggan", "Jumlah", "Dibayar", "Keterangan"],
        [date(2026, 10, 1), "INV-1", "Toko Sari", 5_000_000, 2_000_000, None],
        [date(2026, 10, 5), "INV-2", "Toko Budi", 3_000_000, 0, mark or None],
        [date(2026, 11, 20), "INV-3", "Toko Sari", 1_000_000, 500_000, None],
    ]
    payload = read_book(tmp_path / "piutang.xlsx", [("Piutang", rows)])
    if title == "DAFTAR PIUTANG YANG DIHAPUSKAN" and not mark:
        assert payload["outstanding"] == 0  # the written-off debts alone
    else:
        assert payload["outstanding"] == (3_500_000 if mark else 6_500_000)


# Round 91 book 16: an English export, "Cash | Transfer | Cheque | Cheque Status": the status
# column's name was no status of ours, so a bounced cheque and a pending one counted as paid
# (2.000.000 for 5.750.000, told nowhere). By hand: INV-1601 paid by a cleared cheque;
# INV-1602 2.300.000 less 300.000 cash = 2.000.000 (15 Oct, due 14 Nov: 8 days), its cheque
# bounced; INV-1603 3.000.000 less 1.000.000 = 2.000.000 (29 Oct, due 28 Nov: current as of
# 22 Nov); INV-1604 1.750.000, its cheque pending (12 Nov: current); INV-1605 paid in cash.
def test_a_cheque_status_column_says_which_cheques_are_no_money_yet(tmp_path: Path) -> None:
    text = """Invoice No,Date,Customer,Amount,Cash,Transfer,Cheque,Cheque Status
INV-1601,06/10/2026,Global Trading,4500000,0,0,4500000,Cleared
INV-1602,15/10/2026,Sunrise Cafe,2300000,300000,0,2000000,Bounced
INV-1603,29/10/2026,Global Trading,3000000,0,1000000,0,
INV-1604,12/11/2026,Metro Bakery,1750000,0,0,1750000,Pending
INV-1605,20/11/2026,Sunrise Cafe,900000,900000,0,0,
"""
    path = tmp_path / "sales_credit.csv"
    path.write_text(text, encoding="utf-8")
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    assert {key: payload[key] for key in FIGURES} == figures(5_750_000, 2_000_000, 3,
                                                             current=3_750_000,
                                                             d1to30=2_000_000)  # fmt: skip
    told = sorted((p["code"], p["row"]) for p in payload["problems"])
    assert told == [("uncleared-payment", 3), ("uncleared-payment", 5)]


# English exports' other words for the columns: "Client Name", "Party Name", "Debtor Name",
# "Company Name" (who owes), "Payment Received", "Amount Received" (paid), "Remaining Balance",
# "Unpaid" (what is left), "Bill #", "Ref No", "Vch No" (the document): each was no column of
# ours, and the books were refused. By hand, a list: B-01 5.000.000 less 2.000.000 (1 Oct, due
# 31 Oct: 22 days), B-02 3.000.000 (5 Oct: 18 days), B-03 1.000.000 less 500.000 (20 Nov:
# current); 6.500.000, 6.000.000 overdue. A journal of the same sales, the receipts naming no
# invoice paying Alpha's oldest: B-01 2.500.000 and B-03 1.000.000 (current); 5.500.000 overdue.
LIST_FIGURES = figures(6_500_000, 6_000_000, 2, current=500_000, d1to30=6_000_000)
JOURNAL_FIGURES = figures(6_500_000, 5_500_000, 2, current=1_000_000, d1to30=5_500_000)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bill #,Date,Client Name,Amount,Payment Received,Remaining Balance\n"
            "B-01,01/10/2026,Alpha Store,5000000,2000000,3000000\n"
            "B-02,05/10/2026,Beta Shop,3000000,0,3000000\n"
            "B-03,20/11/2026,Alpha Store,1000000,500000,500000\n",
            LIST_FIGURES,
        ),
        (
            "Invoice No,Invoice Date,Company Name,Invoice Amount,Amount Received,Unpaid\n"
            "B-01,01/10/2026,Alpha Store,5000000,2000000,3000000\n"
            "B-02,05/10/2026,Beta Shop,3000000,0,3000000\n"
            "B-03,20/11/2026,Alpha Store,1000000,500000,500000\n",
            LIST_FIGURES,
        ),
        (
            "Date,Ref No,Party Name,Particulars,Debit,Credit\n"
            "01/10/2026,B-01,Alpha Store,Sales,5000000,\n"
            "05/10/2026,B-02,Beta Shop,Sales,3000000,\n"
            "15/10/2026,R-01,Alpha Store,Receipt,,2000000\n"
            "20/11/2026,B-03,Alpha Store,Sales,1000000,\n"
            "21/11/2026,R-02,Alpha Store,Receipt,,500000\n",
            JOURNAL_FIGURES,
        ),
        (
            "Date,Vch Type,Vch No,Debtor Name,Narration,Debit,Credit,Running Balance\n"
            "01/10/2026,Sales,B-01,Alpha Store,goods,5000000,,5000000\n"
            "05/10/2026,Sales,B-02,Beta Shop,goods,3000000,,8000000\n"
            "15/10/2026,Receipt,R-01,Alpha Store,cash,,2000000,6000000\n"
            "20/11/2026,Sales,B-03,Alpha Store,goods,1000000,,7000000\n"
            "21/11/2026,Receipt,R-02,Alpha Store,cash,,500000,6500000\n",
            JOURNAL_FIGURES,
        ),
    ],
)
def test_english_exports_other_column_words(
    tmp_path: Path, text: str, expected: dict[str, object]
) -> None:
    text_reads_to(tmp_path / "export.csv", text, expected)
