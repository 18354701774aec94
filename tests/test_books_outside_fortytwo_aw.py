"""Round 92 of the outside testers: receivables exports of international accounting programs,
in English. Each book written by hand with its figures worked out on paper as of 22 Nov 2026
(default term 30 days: a sale of 1 Oct is due 31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, FIGURES, figures, read_book, reads_to, text_reads_to

D = date

ODOO = ["Partner", "Invoice Date", "Due Date", "Amount Currency", "Currency", "Account"]


# Round 92 book 16: Odoo 17's Aged Receivable names its not-yet-due bucket "At Date" (earlier
# Odoo "As of: 11/30/2026"). Left out of the buckets, each row's balance was the sum of the
# others: an invoice not yet due owed nothing, dropped in silence. By hand: Toko Sari
# INV/2026/0001 1.000.000 (1 Oct, due 31 Oct: 22 days, 1-30) and INV/2026/0002 4.000.000
# (10 Nov, due 10 Dec: current) less the credit note RINV/2026/0001 500.000 (oldest first:
# 500.000 left of INV/2026/0001); Toko Budi INV/2026/0003 2.000.000 (1 Sep, due 1 Oct: 52
# days, 31-60). 6.500.000, 2.500.000 overdue.
@pytest.mark.parametrize("first", ["At Date", "As of: 11/22/2026", "Not due on 22/11/2026"])
def test_an_odoo_aged_receivable_counts_its_not_yet_due_bucket(tmp_path: Path, first: str) -> None:
    acct = "112100 Account Receivable"
    rows = [
        ["Aged Receivable"],
        ["PT Contoh"],
        [],
        [*ODOO, first, "1-30", "31-60", "61-90", "91-120", "Older", "Total"],
        ["Toko Sari", None, None, None, None, None, 4_000_000, 500_000, 0, 0, 0, 0, 4_500_000],
        ["INV/2026/0001", D(2026, 10, 1), D(2026, 10, 31), 1_000_000, "IDR", acct,
         0, 1_000_000, 0, 0, 0, 0, 1_000_000],
        ["INV/2026/0002", D(2026, 11, 10), D(2026, 12, 10), 4_000_000, "IDR", acct,
         4_000_000, 0, 0, 0, 0, 0, 4_000_000],
        ["RINV/2026/0001", D(2026, 11, 15), D(2026, 11, 15), -500_000, "IDR", acct,
         0, -500_000, 0, 0, 0, 0, -500_000],
        ["Toko Budi", None, None, None, None, None, 0, 0, 2_000_000, 0, 0, 0, 2_000_000],
        ["INV/2026/0003", D(2026, 9, 1), D(2026, 10, 1), 2_000_000, "IDR", acct,
         0, 0, 2_000_000, 0, 0, 0, 2_000_000],
        ["Total", None, None, None, None, None, 4_000_000, 500_000, 2_000_000, 0, 0, 0,
         6_500_000],
    ]  # fmt: skip
    expected = figures(6_500_000, 2_500_000, 2, current=4_000_000, d1to30=500_000,
                       d31to60=2_000_000)  # fmt: skip
    reads_to(tmp_path / "aged_receivable.xlsx", [("Aged Receivable", rows)], expected)


# The same bucket in a flat CSV, one row an invoice: Toko Sari INV-1 1.000.000 (due 31 Oct,
# 1-30) and INV-2 4.000.000 (due 10 Dec, current); Toko Budi INV-3 2.000.000 (due 1 Oct,
# 31-60). 7.000.000, 3.000.000 overdue.
@pytest.mark.parametrize("first", ["At Date", "Per 22/11/2026"])
def test_a_flat_aging_csv_counts_its_bucket_named_for_the_day(tmp_path: Path, first: str) -> None:
    text = f"""Customer,Invoice,Date,Due Date,{first},1-30,31-60,Older
Toko Sari,INV-1,2026-10-01,2026-10-31,,1000000,,
Toko Sari,INV-2,2026-11-10,2026-12-10,4000000,,,
Toko Budi,INV-3,2026-09-01,2026-10-01,,,2000000,
"""
    expected = figures(7_000_000, 3_000_000, 2, current=4_000_000, d1to30=1_000_000,
                       d31to60=2_000_000)  # fmt: skip
    text_reads_to(tmp_path / "aging.csv", text, expected)


def _mismatches(payload: dict[str, Any]) -> list[tuple[object, object, object]]:
    return [
        (p.get("row"), p.get("book_says"), p.get("read"))
        for p in payload["problems"]
        if p["code"] == "check-mismatch"
    ]


# Round 92 book 04: QuickBooks' Customer Balance Detail ("Amount | Open Balance | Balance"),
# each row owing its Open Balance, its TOTAL typed too high (above the Amount's total). That
# one line made the Open Balance no row's own Sisa (``ingest._sales_with_sisa``): a running
# Saldo, the Amounts owed, every row told. By hand: Bu Ratna 1012 Amount 1.400.000 open 400.000
# (1 Sep, due 1 Oct: 52 days, 31-60) and 1024 850.000 (1 Oct, due 31 Oct: 22 days, 1-30); CV
# Maju 1018 Amount 5.000.000 open 2.000.000 (10 Nov, due 10 Dec: current). 3.250.000, 1.250.000
# overdue; the TOTAL's Open Balance 9.250.000 is told against 3.250.000.
def test_a_customer_balance_detail_owes_its_open_balances_under_a_mistyped_total(
    tmp_path: Path,
) -> None:
    rows = [
        ["PT Contoh"],
        ["Customer Balance Detail"],
        [],
        [None, "Date", "Transaction Type", "Num", "Due Date", "Amount", "Open Balance",
         "Balance"],
        ["Bu Ratna"],
        [None, D(2026, 9, 1), "Invoice", "1012", D(2026, 10, 1), 1_400_000, 400_000, 400_000],
        [None, D(2026, 10, 1), "Invoice", "1024", D(2026, 10, 31), 850_000, 850_000,
         1_250_000],
        ["Total for Bu Ratna", None, None, None, None, 2_250_000, 1_250_000],
        ["CV Maju"],
        [None, D(2026, 11, 10), "Invoice", "1018", D(2026, 12, 10), 5_000_000, 2_000_000,
         2_000_000],
        ["Total for CV Maju", None, None, None, None, 5_000_000, 2_000_000],
        [],
        ["TOTAL", None, None, None, None, 7_250_000, 9_250_000],
    ]  # fmt: skip
    payload = read_book(tmp_path / "balance_detail.xlsx", [("Sheet1", rows)])
    assert {key: payload[key] for key in FIGURES} == figures(
        3_250_000, 1_250_000, 2, current=2_000_000, d1to30=850_000, d31to60=400_000
    )
    assert _mismatches(payload) == [(13, 9_250_000, 3_250_000)]


# The same in a CSV with a Customer column and a Payment already applied (its Open Balance 0).
def test_an_open_balance_csv_with_a_total_typed_high(tmp_path: Path) -> None:
    text = """Customer,Date,Type,Num,Due Date,Amount,Open Balance
Bu Ratna,2026-09-01,Invoice,1012,2026-10-01,1400000,400000
Bu Ratna,2026-10-15,Payment,,,-1000000,0
Bu Ratna,2026-10-01,Invoice,1024,2026-10-31,850000,850000
CV Maju,2026-11-10,Invoice,1018,2026-12-10,5000000,2000000
TOTAL,,,,,6250000,9250000
"""
    path = tmp_path / "open_invoices.csv"
    path.write_text(text, encoding="utf-8")
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    assert {key: payload[key] for key in FIGURES} == figures(
        3_250_000, 1_250_000, 2, current=2_000_000, d1to30=850_000, d31to60=400_000
    )
    assert _mismatches(payload) == [(6, 9_250_000, 3_250_000)]


# Round 92 book 26: Tally's Bills Receivable, "Pending Amount" of each bill as "… Dr" / "… Cr",
# a party with an advance and no bill. Read as an amount, the advance was a payment for a
# missing invoice "Adv/011", not counted; each row's pending amount is its balance, and money
# held for a party with no bill is their credit balance. By hand: Toko Sari SJ/1 1.750.000 (2
# Oct, due 1 Nov: 21 days, 1-30) and SJ/2 2.400.000 (3 Nov, due 3 Dec: current); RM Padang SJ/3
# 1.275.000 (30 Jul, due 29 Aug: 85 days, 61-90) less 275.000 on account = 1.000.000; Toko
# Lestari 500.000 ahead. 5.150.000, 2.750.000 overdue.
TALLY = """PT Contoh
Bills Receivable

Date,Ref. No.,Party's Name,Pending Amount,Due on,Overdue by days
30-Jul-26,SJ/3,RM Padang,"1,275,000.00 Dr",29-Aug-26,85
2-Oct-26,SJ/1,Toko Sari,"1,750,000.00 Dr",1-Nov-26,21
3-Nov-26,SJ/2,Toko Sari,"2,400,000.00 Dr",3-Dec-26,
15-Nov-26,On Account,RM Padang,"275,000.00 Cr",15-Nov-26,
18-Nov-26,Adv/011,Toko Lestari,"500,000.00 Cr",18-Nov-26,
"""


def test_an_advance_of_a_party_with_no_bill_is_their_credit_balance(tmp_path: Path) -> None:
    expected = figures(5_150_000, 2_750_000, 2, {"Toko Lestari": 500_000},
                       current=2_400_000, d1to30=1_750_000, d61to90=1_000_000)  # fmt: skip
    text_reads_to(tmp_path / "bills_receivable.csv", TALLY, expected)


# The same as a list of open invoices in a workbook, its figure "Amount Pending", the credit
# written below zero.
def test_a_credit_below_zero_in_a_pending_column_is_the_customers_credit(tmp_path: Path) -> None:
    rows = [
        ["Customer", "Invoice", "Date", "Due Date", "Amount Pending"],
        ["RM Padang", "SJ/3", D(2026, 7, 30), D(2026, 8, 29), 1_275_000],
        ["Toko Sari", "SJ/1", D(2026, 10, 2), D(2026, 11, 1), 1_750_000],
        ["Toko Sari", "SJ/2", D(2026, 11, 3), D(2026, 12, 3), 2_400_000],
        ["RM Padang", "On Account", D(2026, 11, 15), None, -275_000],
        ["Toko Lestari", "Adv/011", D(2026, 11, 18), None, -500_000],
    ]
    expected = figures(5_150_000, 2_750_000, 2, {"Toko Lestari": 500_000},
                       current=2_400_000, d1to30=1_750_000, d61to90=1_000_000)  # fmt: skip
    reads_to(tmp_path / "open.xlsx", [("Open", rows)], expected)


# Round 92 book 24: Xero's Aged Receivables Detail, buckets of months ("< 1 Month | 1 Month |
# 2 Months | 3 Months | Older") no buckets to the reader, so its Total was an invoice's amount
# and a contact's lone credit note a payment for a missing invoice "CN-0029", not counted. An
# aging report's rows are what is still open: a credit note alone is the contact's credit
# balance. By hand: Apotek INV-1 1.100.000 (due 19 Nov: 3 days, 1-30) and INV-2 950.000 (due 12
# Dec: current) less CN-1 250.000 (oldest first: 850.000 of INV-1 left); Pak Hendra INV-3
# 1.500.000 (due 28 Sep: 55 days, 31-60); Toko Lestari CN-2 400.000 alone. 3.300.000, 2.350.000
# overdue.
XERO = """Aged Receivables Detail
PT Contoh
As at 22 November 2026

Invoice Date,Invoice Number,Due Date,Current,< 1 Month,1 Month,2 Months,3 Months,Older,Total
Apotek Sehat
20 Oct 2026,INV-1,19 Nov 2026,,"1,100,000.00",,,,,"1,100,000.00"
12 Nov 2026,INV-2,12 Dec 2026,"950,000.00",,,,,,"950,000.00"
20 Nov 2026,CN-1,20 Nov 2026,"(250,000.00)",,,,,,"(250,000.00)"
Total Apotek Sehat,,,"700,000.00","1,100,000.00",0.00,0.00,0.00,0.00,"1,800,000.00"
Pak Hendra
29 Aug 2026,INV-3,28 Sep 2026,,,"1,500,000.00",,,,"1,500,000.00"
Total Pak Hendra,,,0.00,0.00,"1,500,000.00",0.00,0.00,0.00,"1,500,000.00"
Toko Lestari
15 Nov 2026,CN-2,15 Nov 2026,"(400,000.00)",,,,,,"(400,000.00)"
Total Toko Lestari,,,"(400,000.00)",0.00,0.00,0.00,0.00,0.00,"(400,000.00)"
Total,,,"300,000.00","1,100,000.00","1,500,000.00",0.00,0.00,0.00,"2,900,000.00"
"""


def test_a_contacts_lone_credit_note_in_an_aging_of_months_is_their_credit(
    tmp_path: Path,
) -> None:
    expected = figures(3_300_000, 2_350_000, 2, {"Toko Lestari": 400_000},
                       current=950_000, d1to30=850_000, d31to60=1_500_000)  # fmt: skip
    text_reads_to(tmp_path / "aged_receivables_detail.csv", XERO, expected)


# The same buckets in Indonesian in a workbook with a customer column.
def test_an_aging_of_months_in_indonesian_keeps_a_lone_credit(tmp_path: Path) -> None:
    rows = [
        ["Pelanggan", "No Faktur", "Tanggal", "Jatuh Tempo", "Belum Jatuh Tempo", "< 1 Bulan",
         "1 Bulan", "2 Bulan", "> 3 Bulan", "Total"],
        ["Apotek Sehat", "INV-1", D(2026, 10, 20), D(2026, 11, 19), None, 1_100_000, None,
         None, None, 1_100_000],
        ["Pak Hendra", "INV-3", D(2026, 8, 29), D(2026, 9, 28), None, None, 1_500_000, None,
         None, 1_500_000],
        ["Toko Lestari", "CN-2", D(2026, 11, 15), D(2026, 11, 15), -400_000, None, None, None,
         None, -400_000],
    ]  # fmt: skip
    expected = figures(2_600_000, 2_600_000, 2, {"Toko Lestari": 400_000},
                       d1to30=1_100_000, d31to60=1_500_000)  # fmt: skip
    reads_to(tmp_path / "umur.xlsx", [("Umur Piutang", rows)], expected)


# Round 92 book 15: Sage 50's Aged Debtors (Detailed), each customer under a heading of
# labelled fields ("A/C: SARI01    Name: Toko Sari    Contact: …    Tel: …"), named by the whole
# line; its "Grand Totals:" typed 90.000 high and not told ("Totals" read as a total, "Grand
# Totals" not). By hand: Toko Sari SI 1941 1.400.000 (3 Aug, due 2 Sep: 81 days, 61-90); CV Maju
# SI 1988 5.250.000 (20 Sep, due 20 Oct: 33 days, 31-60) and SI 2055 2.750.000 (5 Nov, due 5
# Dec: current) less SA 1.250.000 on account (the oldest: 4.000.000 of 1988 left). 8.150.000,
# 5.400.000 overdue; the Grand Totals 8.240.000 (row 19) told against 8.150.000.
SAGE = ["No", "Type", "Date", "Ref", "Details", "Balance", "Future", "Current", "Period 1",
        "Period 2", "Period 3", "Older"]  # fmt: skip


@pytest.mark.parametrize(
    ("sari", "maju"),
    [
        ("A/C: SARI01    Name: Toko Sari    Contact: Bagian Keuangan    Tel: 0812-5550-500",
         "A/C: MAJU01    Name: CV Maju    Contact: Pak Budi    Tel: 0812-5550-507"),
        ("A/C: SARI01  Name: Toko Sari", "A/C: MAJU01  Name: CV Maju"),
        ("Kode : SARI01  Nama : Toko Sari  Telp : 0812-5550-500",
         "Kode : MAJU01  Nama : CV Maju  Alamat : Jl. Merdeka 5"),
    ],
)  # fmt: skip
def test_an_aged_debtors_heading_of_fields_names_its_customer_and_grand_totals_is_checked(
    tmp_path: Path, sari: str, maju: str
) -> None:
    rows = [
        ["Date: 22/11/2026", None, None, "PT Contoh"],
        [None, None, None, "Aged Debtors Analysis (Detailed)"],
        [],
        SAGE,
        [sari],
        [507, "SI", D(2026, 8, 3), "1941", "Sales Invoice", 1_400_000, 0, 0, 0, 0, 1_400_000, 0],
        [None, None, None, None, "Totals:", 1_400_000, 0, 0, 0, 0, 1_400_000, 0],
        [None, None, None, None, "Turnover:", 1_400_000],
        [None, None, None, None, "Credit Limit:", 50_000_000],
        [],
        [maju],
        [514, "SI", D(2026, 9, 20), "1988", "Sales Invoice", 5_250_000, 0, 0, 0, 5_250_000, 0, 0],
        [521, "SI", D(2026, 11, 5), "2055", "Sales Invoice", 2_750_000, 0, 2_750_000, 0, 0, 0, 0],
        [528, "SA", D(2026, 11, 20), "0412", "Payment on Account", -1_250_000, 0, -1_250_000, 0,
         0, 0, 0],
        [None, None, None, None, "Totals:", 6_750_000, 0, 1_500_000, 0, 5_250_000, 0, 0],
        [None, None, None, None, "Turnover:", 8_000_000],
        [None, None, None, None, "Credit Limit:", 50_000_000],
        [],
        [None, None, None, None, "Grand Totals:", 8_240_000],
    ]  # fmt: skip
    payload = read_book(tmp_path / "aged_debtors.xlsx", [("Aged Debtors", rows)])
    assert {key: payload[key] for key in FIGURES} == figures(
        8_150_000, 5_400_000, 2, current=2_750_000, d31to60=4_000_000, d61to90=1_400_000
    )
    assert payload["per_customer"] == {"CV Maju": 6_750_000, "Toko Sari": 1_400_000}
    assert _mismatches(payload) == [(19, 8_240_000, 8_150_000)]


# A flat CSV whose closing line is "Grand Totals" typed 100.000 high: Toko Sari INV-1 1.000.000
# (1 Oct, due 31 Oct: 1-30), Toko Budi INV-2 2.000.000 (10 Nov: current). 3.000.000, told.
def test_a_grand_totals_line_of_a_csv_is_checked(tmp_path: Path) -> None:
    text = """Customer,Invoice,Date,Amount
Toko Sari,INV-1,2026-10-01,1000000
Toko Budi,INV-2,2026-11-10,2000000
Grand Totals,,,3100000
"""
    path = tmp_path / "list.csv"
    path.write_text(text, encoding="utf-8")
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    assert {key: payload[key] for key in FIGURES} == figures(
        3_000_000, 1_000_000, 2, current=2_000_000, d1to30=1_000_000
    )
    assert _mismatches(payload) == [(4, 3_100_000, 3_000_000)]
