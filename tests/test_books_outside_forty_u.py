"""Outside books (rounds 34 and 35, figures worked out on paper as of 22 Nov 2026, default
term 30 days) that read wrong, were refused or told a problem badly, and the books beside
them that must read as they did:

- "All amounts in USD" in a title line above the table, or "Total (USD)" as the header: read
  as rupiah (Rp 31.730) silently (usd_exporter_aging);
- "Nama Pelanggan | Nomor HP | Utang Pelanggan | Utang Saya", one balance per customer and no
  date: read as a contact list owing Rp 0, silently, its zeros hiding the money columns
  (bukuwarung_ringkasan_pelanggan);
- a sheet named "Bu Wati", "Tanggal | Keterangan | Jumlah | Saldo", each payment a negative
  Jumlah and the Saldo running: no header found, refused (k19);
- MYOB's Aged Receivables, buckets "Current | 30 | 60 | 90+": the bare day counts made the
  header a line of figures, the file refused (a04);
- QuickBooks's Sales Transactions, "Type" Invoice / Payment / Sales Receipt beside each row's
  Balance: the whole file refused over the cash sale's "Sales Receipt", though the Balance
  says what is owed (quickbooks_sales_transactions);
- a B2B platform's invoices, "Buyer Name" the customer: refused, no customer column
  (b2b_platform_invoices); Xero's invoice list, "To" the customer and "Due" (beside "Due
  Date") what is still due: refused (xero_invoice_list_awaiting);
- a CSV's Saldo that disagrees was told "di lembar ''": a CSV has no sheet to name (k23);
- a Rekap of no date saying Pak Harjo owes 1,000,000 where his sheet leaves 500,000: set aside
  as "looks like a recap" without a word that it disagrees (p02);"""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, _xlsx, figures, reads_to

OCT_1 = D(2026, 10, 1)
OCT_31 = D(2026, 10, 31)


def _refusal(path: Path, sheets: list[tuple[str, list[list[object]]]]) -> str:
    """Write a book and read it: the one message its refusal gives."""
    _xlsx(path, sheets)
    batch, payload = summarize_files([path], AS_OF)
    assert payload["outstanding"] == 0
    [error] = batch.errors
    return error.message("en")


# usd_exporter_aging: an aging report in dollars, said above the table only. Read, its 1,200
# and 300 dollars were Rp 1.500.
def _dollars(said: str, total: str = "Total", due: str = "Due") -> list[list[object]]:
    return [
        ["Aged Receivables Detail"],
        [said],
        [],
        ["Contact", "Invoice Number", "Invoice Date", "Due Date", total, "Paid", due],
        ["Maison Deco", "INV-41", OCT_1, OCT_31, 1_200, 0, 1_200],
        ["Nordhaus", "INV-52", OCT_1, OCT_31, 800, 500, 300],
    ]


@pytest.mark.parametrize("said", ["All amounts in USD", "Mata uang: SGD", "Piutang (USD)"])
def test_a_currency_named_above_the_table_is_heeded(tmp_path: Path, said: str) -> None:
    message = _refusal(tmp_path / "usd.xlsx", [("Aged", _dollars(said))])
    assert "not rupiah" in message and "'Total'" in message


def test_a_currency_named_in_the_figures_header_is_heeded(tmp_path: Path) -> None:
    rows = _dollars("As at 22 November 2026", "Total (USD)", "Due (USD)")
    message = _refusal(tmp_path / "usd.xlsx", [("Aged", rows)])
    assert "'USD', not rupiah" in message


@pytest.mark.parametrize(
    ("said", "total"),
    [
        ("Exported from PT Dollar Jaya", "Total"),  # a name, no note of a currency
        ("Kurs USD 15.500", "Total"),
        ("All amounts in USD", "Total (Rp)"),  # the columns say rupiah: they are read
        ("Nilai dalam USD dikonversi ke Rupiah", "Total"),
    ],
)
def test_a_currency_word_that_is_no_note_of_the_figures_is_read(
    tmp_path: Path, said: str, total: str
) -> None:
    # 1,200,000 and 300,000 of 1 Oct, due 31 Oct: 22 days late. 2 customers.
    rows = _dollars(said, total)
    rows[4][4:] = [1_200_000, 0, 1_200_000]
    rows[5][4:] = [800_000, 500_000, 300_000]
    expected = figures(1_500_000, 1_500_000, 2, d1to30=1_500_000)
    reads_to(tmp_path / "rp.xlsx", [("Aged", rows)], expected)


# bukuwarung_ringkasan_pelanggan: each customer's balance, no date. Read as contacts, Rp 0:
# a customer owing nothing (0) made its column look like no money.
def test_a_sheet_of_balances_with_zeros_is_refused_naming_them(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["BukuWarung - Daftar Utang Piutang Pelanggan"],
        [],
        ["Nama Pelanggan", "Nomor HP", "Utang Pelanggan", "Utang Saya"],
        ["Bu Sari", "0812-3456-1001", 900_000, 0],
        ["Pak Darto", "0813-2211-9090", 650_000, 0],
        ["Mas Yogi", "0857-1122-3344", 200_000, 0],
        ["Agen Gas Pak Min", "0819-8888-1212", 0, 1_350_000],
        ["Total", None, 1_750_000, 1_350_000],
    ]
    message = _refusal(tmp_path / "ringkasan.xlsx", [("Pelanggan", rows)])
    assert "'Utang Pelanggan', 'Utang Saya'" in message


def test_a_contact_list_with_a_credit_limit_stays_contacts(tmp_path: Path) -> None:
    # "Limit Kredit" is no debt, zeros or not: the contacts read, nothing owed.
    rows: list[list[object]] = [
        ["Nama Pelanggan", "Nomor HP", "Limit Kredit"],
        ["Bu Sari", "0812-3456-1001", 5_000_000],
        ["Pak Darto", "0813-2211-9090", 0],
        ["Mas Yogi", "0857-1122-3344", 2_000_000],
    ]
    payload = reads_to(tmp_path / "kontak.xlsx", [("Pelanggan", rows)], figures(0, 0, 0))
    assert payload["files"][0]["sheets"][0]["shape"] == "contact_list"


# k19: Bu Wati's card kept with one signed column. 1,500,000 of 2 Sep less 1,000,000 paid
# leaves 500,000 (due 2 Oct); 650,000 of 5 Oct (due 4 Nov); 500,000 paid on 11 Nov pays the
# oldest first: 650,000 left of 5 Oct's, 18 days late (1-30).
SIGNED_CARD: list[list[object]] = [
    ["Tanggal", "Keterangan", "Jumlah", "Saldo"],
    [D(2026, 9, 2), "Ambil kain 10 m", 1_500_000, 1_500_000],
    [D(2026, 9, 20), "Bayar", -1_000_000, 500_000],
    [D(2026, 10, 5), "Ambil benang", 650_000, 1_150_000],
    [D(2026, 11, 11), "Bayar", -500_000, 650_000],
]


@pytest.mark.parametrize(
    ("sheet", "title"),
    [
        ("Bu Wati", []),
        ("Bu Wati", ["Catatan Utang Bu Wati"]),
        ("Sheet1", ["Catatan Utang Bu Wati"]),
    ],
)
def test_a_card_of_one_signed_column_its_saldo_running_is_read(
    tmp_path: Path, sheet: str, title: list[object]
) -> None:
    rows = [title, *SIGNED_CARD] if title else SIGNED_CARD
    expected = figures(650_000, 650_000, 1, d1to30=650_000)
    payload = reads_to(tmp_path / "k19.xlsx", [(sheet, rows)], expected)
    assert payload["per_customer"] == {"Bu Wati": 650_000}


@pytest.mark.parametrize("sheet", ["Buku Kas", "Kas Kecil", "Bank"])
def test_a_cash_book_of_one_signed_column_names_no_customer(tmp_path: Path, sheet: str) -> None:
    # The shop's own cash, its Saldo running as a card's: whose debt it would be is not said.
    message = _refusal(tmp_path / "kas.xlsx", [(sheet, SIGNED_CARD)])
    assert "customer" in message


def test_a_saldo_that_does_not_run_beside_one_column_finds_no_card(tmp_path: Path) -> None:
    # Each row's Saldo is no sum of the rows above: no card is said, as before.
    rows = [[*row[:3], abs(row[2]) if isinstance(row[2], int) else row[3]] for row in SIGNED_CARD]
    _refusal(tmp_path / "k19.xlsx", [("Bu Wati", rows)])


# a04: MYOB's Aged Receivables [Detail], each customer's name over their invoices. No due date:
# date + 30 days. PT Karya Mandiri 2,000,000 of 10 Jun (due 10 Jul, 135 days: 90+) and
# 3,300,000 of 12 Sep (due 12 Oct, 41 days: 31-60); Toko Listrik Terang 1,600,000 of 28 Aug
# (due 27 Sep, 56 days: 31-60). 6,900,000, all overdue. The printed buckets are not added.
MYOB: list[list[object]] = [
    ["CV MAJU JAYA"],
    ["Aged Receivables [Detail]"],
    ["As of 30/09/2026"],
    [],
    ["ID No.", "Date", "Orig. Amt.", "Amt. Due", "Current", "30", "60", "90+"],
    ["PT Karya Mandiri"],
    ["00001021", "10/06/2026", 5_000_000, 2_000_000, 0, 0, 0, 2_000_000],
    ["00001055", "12/09/2026", 3_300_000, 3_300_000, 3_300_000, 0, 0, 0],
    [None, "Total:", 8_300_000, 5_300_000, 3_300_000, 0, 0, 2_000_000],
    [],
    ["Toko Listrik Terang"],
    ["00001049", "28/08/2026", 1_600_000, 1_600_000, 0, 1_600_000, 0, 0],
    [None, "Total:", 1_600_000, 1_600_000, 0, 1_600_000, 0, 0],
    [],
    [None, "Grand Total:", 9_900_000, 6_900_000, 3_300_000, 1_600_000, 0, 2_000_000],
]


def test_myobs_buckets_named_by_their_days_alone_are_buckets(tmp_path: Path) -> None:
    expected = figures(6_900_000, 6_900_000, 2, d31to60=4_900_000, over90=2_000_000)
    payload = reads_to(tmp_path / "a04.xlsx", [("Aged Receivables", MYOB)], expected)
    assert payload["per_customer"] == {
        "PT Karya Mandiri": 5_300_000,
        "Toko Listrik Terang": 1_600_000,
    }
    assert payload["files"][0]["sheets"][0]["shape"] == "aging_report"


# quickbooks_sales_transactions: each row's Balance is what is left of it; the payment's
# 500,000 is in 1118's Balance already (1,950,000 - 500,000), the cash sale leaves 0.
# Salon 1,450,000 due 11 Oct (42 days: 31-60); Barbershop 3,100,000 due 2 Nov (20 days: 1-30)
# and 980,000 due 12 Dec; Spa 2,750,000 due 9 Dec. 8,280,000; overdue 4,550,000.
QUICKBOOKS = """Sales Transactions
Toko Kosmetik Glow

Date,Type,No.,Customer,Due date,Balance,Total,Status
06/08/2026,Invoice,1102,Salon Cantik Ayu,05/09/2026,Rp0.00,"Rp2,200,000.00",Paid
11/09/2026,Invoice,1118,Salon Cantik Ayu,11/10/2026,"Rp1,450,000.00","Rp1,950,000.00",Partially paid
03/10/2026,Invoice,1127,Barbershop Gentleman,02/11/2026,"Rp3,100,000.00","Rp3,100,000.00",Overdue
03/10/2026,Payment,,Salon Cantik Ayu,,Rp0.00,"Rp-500,000.00",Closed
21/10/2026,Sales Receipt,1131,Walk-in,,Rp0.00,"Rp350,000.00",Paid
09/11/2026,Invoice,1139,Spa Dewi Sri,09/12/2026,"Rp2,750,000.00","Rp2,750,000.00",Due in 17 days
12/11/2026,Invoice,1141,Barbershop Gentleman,12/12/2026,"Rp980,000.00","Rp980,000.00",Due in 20 days
"""


def test_a_type_beside_each_rows_own_balance_says_nothing_of_what_is_owed(tmp_path: Path) -> None:
    path = tmp_path / "sales_transactions.csv"
    path.write_text(QUICKBOOKS, encoding="utf-8")
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors and not payload["problems"]
    expected = figures(
        8_280_000, 4_550_000, 3, current=3_730_000, d1to30=3_100_000, d31to60=1_450_000
    )
    assert {k: payload[k] for k in expected} == expected
    assert payload["per_customer"] == {
        "Salon Cantik Ayu": 1_450_000, "Barbershop Gentleman": 4_080_000, "Spa Dewi Sri": 2_750_000
    }  # fmt: skip


def test_a_journals_saldo_back_to_nothing_at_each_payment_stays_a_journal(tmp_path: Path) -> None:
    # "Jenis" Penjualan / Pembayaran, a Saldo running over the table: each payment leaves 0,
    # each sale's Saldo its own amount. Read per row, the sales would be owed again. Owed: the
    # 300,000 of 1 Oct less 100,000 paid = 200,000 (due 31 Oct, 22 days: 1-30), 1 customer.
    rows: list[list[object]] = [
        ["Tanggal", "Pelanggan", "Jenis", "Jumlah", "Saldo"],
        [D(2026, 9, 1), "Bu Ani", "Penjualan", 500_000, 500_000],
        [D(2026, 9, 10), "Bu Ani", "Pembayaran", 500_000, 0],
        [OCT_1, "Bu Ani", "Penjualan", 300_000, 300_000],
        [D(2026, 10, 10), "Bu Ani", "Pembayaran", 100_000, 200_000],
    ]
    reads_to(
        tmp_path / "jurnal.xlsx", [("Jurnal", rows)], figures(200_000, 200_000, 1, d1to30=200_000)
    )


# b2b_platform_invoices: CV Anugerah 5,250,000 due 2 Nov (20 days), PT Sinar 21,400,000 due
# 1 Nov (21 days), Koperasi 4,900,000 due 28 Oct (25 days): 1-30; Koperasi 3,350,000 due
# 10 Dec. The cancelled and the paid rows owe nothing. 34,900,000; overdue 31,550,000.
B2B = """Invoice ID,Buyer Name,Order Date,Payment Term,Due Date,Grand Total (IDR),\
Paid Amount (IDR),Outstanding (IDR),Payment Status
RLL-26090012,PT Sinar Retail,"Sep 3, 2026",TOP 30,"Oct 3, 2026",15600000,15600000,0,Paid
RLL-26090047,CV Anugerah Mart,"Sep 18, 2026",TOP 45,"Nov 2, 2026",8250000,3000000,5250000,Partial
RLL-26100008,PT Sinar Retail,"Oct 2, 2026",TOP 30,"Nov 1, 2026",21400000,0,21400000,Overdue
RLL-26100033,Koperasi Sejahtera,"Oct 14, 2026",TOP 14,"Oct 28, 2026",4900000,0,4900000,Overdue
RLL-26100051,CV Anugerah Mart,"Oct 21, 2026",TOP 30,"Nov 20, 2026",6000000,0,0,Cancelled
RLL-26110019,Koperasi Sejahtera,"Nov 10, 2026",TOP 30,"Dec 10, 2026",3350000,0,3350000,Unpaid
"""


def test_a_buyer_name_is_the_customer(tmp_path: Path) -> None:
    path = tmp_path / "b2b.csv"
    path.write_text(B2B, encoding="utf-8")
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors and not payload["problems"]
    expected = figures(34_900_000, 31_550_000, 3, current=3_350_000, d1to30=31_550_000)
    assert {k: payload[k] for k in expected} == expected
    assert payload["per_customer"]["PT Sinar Retail"] == 21_400_000


# xero_invoice_list_awaiting: Hotel 9,600,000 due 2 Sep (81 days: 61-90); Villa 3,750,000
# due 12 Oct (41 days: 31-60); Resort 12,400,000 due 5 Dec. The paid one owes nothing, the
# Draft is no receivable (told). 25,750,000; overdue 13,350,000.
XERO = """Number,Ref,To,Date,Due Date,Paid,Due,Status
INV-0611,PO-7781,Hotel Tepi Danau,03 Aug 2026,02 Sep 2026,0.00,"9,600,000.00",Overdue
INV-0624,,Villa Bukit Indah,12 Sep 2026,12 Oct 2026,"2,500,000.00","3,750,000.00",Overdue
INV-0630,,Hotel Tepi Danau,01 Oct 2026,31 Oct 2026,"7,200,000.00",0.00,Paid
INV-0641,PO-7820,Resort Pantai Biru,05 Nov 2026,05 Dec 2026,0.00,"12,400,000.00",Awaiting Payment
INV-0645,,Villa Bukit Indah,18 Nov 2026,18 Dec 2026,0.00,"1,800,000.00",Draft
"""


def test_xeros_list_names_its_customer_to_and_its_balance_due(tmp_path: Path) -> None:
    path = tmp_path / "xero.csv"
    path.write_text(XERO, encoding="utf-8")
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    assert [p["code"] for p in payload["problems"]] == ["draft-invoice"]
    expected = figures(
        25_750_000, 13_350_000, 3, current=12_400_000, d31to60=3_750_000, d61to90=9_600_000
    )
    assert {k: payload[k] for k in expected} == expected


def test_a_to_beside_a_from_is_no_customer(tmp_path: Path) -> None:
    # A period's two ends, or a transfer's: "To" names no one the invoice is to. The book has
    # no customer column: refused as before.
    rows: list[list[object]] = [
        ["No Faktur", "From", "To", "Tanggal", "Jatuh Tempo", "Jumlah"],
        ["F-1", "Gudang Utama", "Toko Cabang", OCT_1, OCT_31, 500_000],
        ["F-2", "Gudang Utama", "Toko Pusat", OCT_1, OCT_31, 300_000],
    ]
    _refusal(tmp_path / "kirim.xlsx", [("Kirim", rows)])


def test_a_csvs_saldo_that_disagrees_names_no_sheet(tmp_path: Path) -> None:
    # k23: Pak Yanto's card, the Saldo on row 4 (2,050,000) a slip for 2,500,000.
    path = tmp_path / "kartu.csv"
    path.write_text(
        "Pelanggan;Pak Yanto\n"
        "Tanggal;Keterangan;Debet;Kredit;Saldo\n"
        "03/09/2026;Nota 501;2.000.000;;2.000.000\n"
        "01/10/2026;Bayar;;1.000.000;1.000.000\n"
        "14/10/2026;Nota 530;1.500.000;;2.050.000\n",
        encoding="utf-8",
    )
    _, payload = summarize_files([path], AS_OF)
    assert payload["outstanding"] == 2_500_000
    [problem] = payload["problems"]
    assert problem["code"] == "check-mismatch" and problem["sheet"] == ""
    assert problem["message"] == "Saldo baris 5: buku Rp 2.050.000, terhitung Rp 2.500.000."


# p02: a sheet per customer and a Rekap last, of no date, written before Pak Harjo's last
# payment. Bu Ratna 1,000,000 due 4 Nov (18 days: 1-30) and 600,000 due 11 Dec; Pak Harjo
# 500,000 due 19 Sep (64 days: 61-90). 2,100,000 from the sheets; the Rekap counts nothing.
def _harjo(
    rekap: str, harjo: int, label: str = "Sisa Piutang"
) -> list[tuple[str, list[list[object]]]]:
    card = ["Tgl", "Nota", "Total", "Bayar", "Sisa"]
    return [
        ("Bu Ratna", [card, [D(2026, 10, 5), "R-11", 1_500_000, 500_000, 1_000_000],
                      [D(2026, 11, 11), "R-19", 600_000, None, 600_000]]),
        ("Pak Harjo", [card, [D(2026, 8, 20), "R-08", 2_000_000, 1_500_000, 500_000]]),
        (rekap, [["Pelanggan", label], ["Bu Ratna", 1_600_000], ["Pak Harjo", harjo],
                 ["Total", 1_600_000 + harjo]]),
    ]  # fmt: skip


P02 = figures(2_100_000, 1_500_000, 2, current=600_000, d1to30=1_000_000, d61to90=500_000)


def test_a_rekap_of_no_date_that_disagrees_with_the_sheets_says_where(tmp_path: Path) -> None:
    path = tmp_path / "p02.xlsx"
    _xlsx(path, _harjo("Rekap", 1_000_000))
    _, payload = summarize_files([path], AS_OF)
    assert {k: payload[k] for k in P02} == P02
    [problem] = payload["problems"]
    assert (problem["code"], problem["sheet"], problem["row"]) == ("check-mismatch", "Rekap", 3)
    assert (problem["book_says"], problem["read"]) == (1_000_000, 500_000)
    [aside] = payload["ignored_sheets"]
    assert "1 dari 2" in aside["reason"]


def test_a_rekap_of_no_date_that_agrees_is_said_to_be_one(tmp_path: Path) -> None:
    payload = reads_to(tmp_path / "p02.xlsx", _harjo("Rekap", 500_000), P02)
    [aside] = payload["ignored_sheets"]
    assert "Sisa Piutang" in aside["reason"] and "2 pelanggan" in aside["reason"]


def test_a_summary_of_sales_of_no_date_is_no_recap_to_tell(tmp_path: Path) -> None:
    # "Rekap Penjualan": each customer's sales, not what they owe; set aside, untold.
    reads_to(tmp_path / "p02.xlsx", _harjo("Rekap Penjualan", 2_000_000, "Total Penjualan"), P02)


def test_a_rekap_whose_figure_is_a_count_is_no_recap_to_tell(tmp_path: Path) -> None:
    # "Customer | Jml Faktur | Total Sisa": the count of invoices taken for the amount (2, 1)
    # is no money to compare with what the sheets leave: set aside, untold (unseen36 b18).
    sheets = _harjo("Rekap", 500_000)
    sheets[2] = ("Rekap", [["Pelanggan", "Jml Faktur", "Total Sisa"], ["Bu Ratna", 2, 1_600_000],
                           ["Pak Harjo", 1, 500_000]])  # fmt: skip
    reads_to(tmp_path / "p02.xlsx", sheets, P02)
