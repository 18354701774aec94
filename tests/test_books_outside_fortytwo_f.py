"""Outside round 47 (fixer 47): books of English and foreign programs, each written by hand
with its figures worked out on paper as of 22 Nov 2026 (default term 30 days: a sale of 1 Oct
is due 31 Oct, 22 days late)."""

from __future__ import annotations

import csv
from datetime import date as D
from pathlib import Path

import pytest

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, FIGURES, _xlsx, figures, reads_to


def _statement(opening: str, amount_due: int) -> list[list[object]]:
    """A customer statement as QuickBooks and FreshBooks print it: the shop and the customer
    above the table, its first line the balance carried in, "Amount Due" under it."""
    return [
        ["STATEMENT"],
        ["CV Prima Linen Supply"],
        [],
        ["To:", "Hotel Melati", None, None, "Statement Date:", D(2026, 11, 22)],
        [],
        ["Date", "Activity", "Reference", "Due Date", "Amount", "Payments", "Balance"],
        [D(2026, 10, 1), opening, None, None, None, None, 2_500_000],
        [D(2026, 10, 8), "Invoice", "#5102", D(2026, 11, 7), 4_300_000, None, 6_800_000],
        [D(2026, 10, 20), "Payment - thank you", None, None, None, 2_500_000, 4_300_000],
        [D(2026, 11, 5), "Invoice", "#5119", D(2026, 12, 5), 3_150_000, None, 7_450_000],
        [D(2026, 11, 15), "Payment - thank you", None, None, None, 1_000_000, 6_450_000],
        [],
        [None, None, None, None, None, "Amount Due", amount_due],
    ]


# Round 47 customer_statement.xlsx: "Balance Forward" (an English statement's saldo awal) was
# dropped while the payment that cleared it still paid #5102: Hotel Melati 3,950,000 for
# 6,450,000, a check-mismatch blaming the book's Balance, and the "Amount Due" line told as a
# bad row. The balance forward 2,500,000 is due on its own date, 1 Oct; the payment of 20 Oct
# clears it; the payment of 15 Nov pays #5102, 4,300,000 - 1,000,000 = 3,300,000 due 7 Nov
# (15 days late); #5119 3,150,000 due 5 Dec is current. 6,450,000, the statement's Amount Due.
@pytest.mark.parametrize("opening", ["Balance Forward", "Previous Balance", "Balance B/F"])
def test_a_statements_balance_forward_is_its_opening_balance(tmp_path: Path, opening: str) -> None:
    expected = figures(6_450_000, 3_300_000, 1, current=3_150_000, d1to30=3_300_000)
    sheets = [("Hotel Melati", _statement(opening, 6_450_000))]
    payload = reads_to(tmp_path / "statement.xlsx", sheets, expected)
    assert payload["per_customer"] == {"Hotel Melati": 6_450_000}


# The look-alike: an "Amount Due" that is not what the rows leave is no row set aside but the
# statement's own figure disagreeing, told with both figures.
def test_a_statements_amount_due_is_checked(tmp_path: Path) -> None:
    path = tmp_path / "statement.xlsx"
    _xlsx(path, [("Hotel Melati", _statement("Balance Forward", 6_950_000))])
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    assert payload["outstanding"] == 6_450_000
    told = [(p["code"], p["row"], p["book_says"], p["read"]) for p in payload["problems"]]
    assert told == [("check-mismatch", 13, 6_950_000, 6_450_000)]


# And a payment whose note names the balance it pays ("Payment of previous balance") is a
# payment, no opening: #1 1,000,000 of 1 Sep (due 1 Oct, 52 days late) - 400,000 = 600,000;
# #2 500,000 of 5 Nov current.
def test_a_payment_naming_the_previous_balance_stays_a_payment(tmp_path: Path) -> None:
    card = [
        ["Customer: Toko A"],
        [],
        ["Date", "Activity", "Reference", "Amount", "Payments", "Balance"],
        [D(2026, 9, 1), "Invoice", "#1", 1_000_000, None, 1_000_000],
        [D(2026, 10, 5), "Payment of previous balance", None, None, 400_000, 600_000],
        [D(2026, 11, 5), "Invoice", "#2", 500_000, None, 1_100_000],
    ]
    expected = figures(1_100_000, 600_000, 1, current=500_000, d31to60=600_000)
    reads_to(tmp_path / "statement.xlsx", [("Toko A", card)], expected)


# Round 47 zoho_invoices.csv: Zoho Books' "Invoice Status" was no column read, so a Draft
# (its Balance kept equal to its Total) counted as debt, silently. INV-1 2,000,000 of 1 Oct
# due 31 Oct is 22 days late; the draft INV-2 is told and left out; INV-3 is paid.
@pytest.mark.parametrize("status", ["Invoice Status", "Status Faktur"])
def test_an_invoice_status_column_is_the_status(tmp_path: Path, status: str) -> None:
    path = tmp_path / "zoho_invoices.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows([
            ["Invoice Date", "Invoice Number", status, "Customer Name", "Due Date", "Total",
             "Balance"],
            ["2026-10-01", "INV-1", "Sent", "Hotel Melati", "2026-10-31", "2000000.00",
             "2000000.00"],
            ["2026-11-11", "INV-2", "Draft", "Kafe Kopi Senja", "2026-12-11", "950000.00",
             "950000.00"],
            ["2026-11-05", "INV-3", "Paid", "Kafe Kopi Senja", "2026-12-05", "1100000.00",
             "0.00"],
        ])  # fmt: skip
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    expected = figures(2_000_000, 2_000_000, 1, d1to30=2_000_000)
    assert {key: payload[key] for key in FIGURES} == expected
    assert [(p["code"], p["row"]) for p in payload["problems"]] == [("draft-invoice", 3)]


def _bilingual_card(customer: str, *rows: list[object]) -> list[list[object]]:
    return [
        ["KARTU PIUTANG / CUSTOMER LEDGER"],
        [f"Pelanggan / Customer : {customer}"],
        [],
        ["Tanggal / Date", "Keterangan / Description", "No. Faktur / Invoice No.",
         "Debet / Debit", "Kredit / Credit", "Saldo / Balance"],
        *rows,
    ]  # fmt: skip


# Round 47 bilingual_card.xlsx: each header names its column in both languages. "Keterangan /
# Description" was taken for a customer column that might be (the book refused, advising to
# name it Pelanggan), and "Debet / Debit", "Kredit / Credit" were not read: Warung Pak Slamet's
# card became an invoice list of its running Saldo (1,150,000 for 450,000).
# CV Berkah Tani: the saldo awal 1,800,000 (due 1 Sep) is cleared by the payment of 25 Sep;
# F-771 4,600,000 (due 8 Oct) - its return 600,000 - the payment of 12 Nov 2,000,000 =
# 2,000,000, 45 days late; F-790 2,300,000 due 13 Nov, 9 days late. Warung Pak Slamet: F-784
# 950,000 is paid by 1,200,000, the 250,000 over pays F-801 700,000 (10 Nov): 450,000 current.
def test_a_bilingual_cards_headers_name_one_column_each(tmp_path: Path) -> None:
    berkah = _bilingual_card(
        "CV Berkah Tani",
        [D(2026, 9, 1), "Saldo Awal / Opening Balance", None, None, None, 1_800_000],
        [D(2026, 9, 8), "Penjualan / Sales", "F-771", 4_600_000, None, 6_400_000],
        [D(2026, 9, 25), "Pembayaran / Payment (BCA)", None, None, 1_800_000, 4_600_000],
        [D(2026, 10, 14), "Penjualan / Sales", "F-790", 2_300_000, None, 6_900_000],
        [D(2026, 10, 30), "Retur / Sales Return", "F-771", None, 600_000, 6_300_000],
        [D(2026, 11, 12), "Pembayaran / Payment", None, None, 2_000_000, 4_300_000],
    )
    slamet = _bilingual_card(
        "Warung Pak Slamet",
        [D(2026, 10, 5), "Penjualan / Sales", "F-784", 950_000, None, 950_000],
        [D(2026, 10, 20), "Pembayaran / Payment (tunai)", None, None, 1_200_000, -250_000],
        [D(2026, 11, 10), "Penjualan / Sales", "F-801", 700_000, None, 450_000],
    )
    expected = figures(
        4_750_000, 4_300_000, 2, current=450_000, d1to30=2_300_000, d31to60=2_000_000
    )
    sheets = [("CV Berkah Tani", berkah), ("Warung Pak Slamet", slamet)]
    payload = reads_to(tmp_path / "kartu.xlsx", sheets, expected)
    assert payload["per_customer"] == {"CV Berkah Tani": 4_300_000, "Warung Pak Slamet": 450_000}


# The same headers on an invoice list: "Keterangan / Remarks" of "Lunas" and "Belum" was no
# column read, every invoice owed silently (2,200,000 for 500,000). F-1 and F-3 are paid;
# F-2 500,000 of 5 Oct, due 4 Nov, is 18 days late.
def test_a_bilingual_lists_notes_column_is_its_status(tmp_path: Path) -> None:
    rows = [
        ["DAFTAR PIUTANG / ACCOUNTS RECEIVABLE"],
        [],
        ["No. Faktur / Invoice No.", "Tanggal / Date", "Pelanggan / Customer",
         "Jumlah / Amount", "Keterangan / Remarks"],
        ["F-1", D(2026, 10, 1), "Toko A", 1_000_000, "Lunas"],
        ["F-2", D(2026, 10, 5), "Toko A", 500_000, "Belum"],
        ["F-3", D(2026, 11, 2), "Toko B", 700_000, "Lunas"],
    ]  # fmt: skip
    expected = figures(500_000, 500_000, 1, d1to30=500_000)
    reads_to(tmp_path / "piutang.xlsx", [("Piutang", rows)], expected)


# Round 47 us_dates_due_check.xlsx: every date text reads either way (day 12 or less), but
# each row's due date is its Net 30 after its invoice date only month first; day first puts
# "07/09/2026"'s due date "08/08/2026" before it. The book was read day first, silently.
# Month first: 7001 due 10 Oct is 43 days late; 7004 due 1 Nov, 21 days; 7012 due 6 Dec,
# current; 6975 due 8 Aug, 106 days.
US_LIST = [
    ["Invoice Date", "No.", "Customer", "Terms", "Due Date", "Amount", "Open Balance"],
    ["09/10/2026", "7001", "PT Nusantara", "Net 30", "10/10/2026", "4,250,000.00", "4,250,000.00"],
    ["10/02/2026", "7004", "PT Nusantara", "Net 30", "11/01/2026", "1,850,000.00", "1,850,000.00"],
    ["11/06/2026", "7012", "Kafe Senja", "Net 30", "12/06/2026", "1,125,000.00", "1,125,000.00"],
    ["07/09/2026", "6975", "Kafe Senja", "Net 30", "08/08/2026", "690,000.00", "690,000.00"],
]


def test_due_dates_after_their_invoices_say_the_dates_are_month_first(tmp_path: Path) -> None:
    expected = figures(
        7_915_000, 6_790_000, 2,
        current=1_125_000, d1to30=1_850_000, d31to60=4_250_000, over90=690_000,
    )  # fmt: skip
    payload = reads_to(tmp_path / "invoices.xlsx", [("Invoice List", US_LIST)], expected)
    assert payload["files"][0]["sheets"][0]["month_first"]


# The look-alike: an owner's list of such dates whose due dates follow day first ("02/10/2026"
# with Tempo 30 due "01/11/2026"; month first it would be due before it) stays day first.
# F-1 of 2 Oct due 1 Nov is 21 days late; F-2 of 5 Sep due 5 Oct, 48 days.
def test_due_dates_after_their_invoices_day_first_stay_day_first(tmp_path: Path) -> None:
    rows = [
        ["Tanggal", "No Faktur", "Pelanggan", "Tempo", "Jatuh Tempo", "Jumlah"],
        ["02/10/2026", "F-1", "Toko A", "30 hari", "01/11/2026", 1_000_000],
        ["05/09/2026", "F-2", "Toko A", "30 hari", "05/10/2026", 500_000],
    ]
    expected = figures(1_500_000, 1_500_000, 1, d1to30=1_000_000, d31to60=500_000)
    payload = reads_to(tmp_path / "piutang.xlsx", [("Piutang", rows)], expected)
    assert not payload["files"][0]["sheets"][0]["month_first"]


# Round 47 status_only.xlsx: an invoicing program's "Viewed" (the customer opened the e-mailed
# invoice) was told as a status not read, asking the owner to write "Belum". Viewed, Emailed,
# Sent and Unpaid are invoices not paid; Paid is. Default 30 days: B-1 of 1 Oct due 31 Oct,
# 22 days late; B-2 of 24 Oct due 23 Nov and B-3, B-4 of 4 Nov current.
def test_an_invoicing_programs_viewed_and_emailed_are_unpaid(tmp_path: Path) -> None:
    rows = [
        ["Invoice #", "Date", "Customer", "Amount", "Status"],
        ["B-1", D(2026, 10, 1), "Toko A", 1_320_000, "Sent"],
        ["B-2", D(2026, 10, 24), "Toko A", 680_000, "Viewed"],
        ["B-3", D(2026, 11, 4), "Toko B", 1_040_000, "Emailed"],
        ["B-4", D(2026, 11, 4), "Toko B", 500_000, "Unpaid"],
        ["B-5", D(2026, 10, 2), "Toko B", 1_200_000, "Paid"],
    ]
    expected = figures(3_540_000, 1_320_000, 2, current=2_220_000, d1to30=1_320_000)
    reads_to(tmp_path / "invoices.xlsx", [("Invoices", rows)], expected)
