"""Round 93 of the outside testers, English accounting programs' receivables exports: SAP
Business One's line of each customer beside their documents, QuickBooks' Transaction List by
Customer and Statement, Xero's Receivable Overpayment. Each book written by hand with its
figures worked out on paper as of 22 Nov 2026 (no due date: the date + 30 days; payments that
name no invoice pay the oldest dues first)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, _xlsx, figures, reads_to, text_reads_to

D = datetime


def _told(payload: dict[str, Any]) -> list[tuple[object, ...]]:
    return [(p["code"], p["row"], p["book_says"], p["read"]) for p in payload["problems"]]


def _money(value: int) -> str:
    """An amount as the English programs write it in text: "1,250,000.00"."""
    return f"{value:,.2f}"


# SAP Business One's Customer Receivables Aging by sales documents: each document a line with
# its customer's code and name, then a line of the customer's with their code, name and
# figures and no document nor date: the block's total. It was read as one more invoice, each
# customer owing twice (the TOTAL told wrong, the figure wrong). By hand: Toko Sinar Jaya IN
# 10231 3.500.000 (due 10 Oct: 43 days, 31-60) and IN 10245 3.000.000 (due 14 Nov: 8 days,
# 1-30); UD Berkah Tani IN 10198 1.200.000 (due 9 Sep: 74 days, 61-90) and IN 10250 2.000.000
# (due 1 Dec, current); Warung Bu Sri IN 10260 800.000 (due 5 Dec, current), its line the same
# 800.000. 10.500.000, 7.700.000 overdue.
SAP_AGING = ["Customer Code", "Customer Name", "Document", "Posting Date", "Due Date",
             "Balance Due", "Future Remit", "0-30", "31-60", "61-90", "90+"]  # fmt: skip
SAP_FIGURES = figures(10_500_000, 7_700_000, 3, current=2_800_000, d1to30=3_000_000,
                      d31to60=3_500_000, d61to90=1_200_000)  # fmt: skip


def _sap_aging(below: bool = True) -> list[list[object]]:
    """The report, each customer's line under their documents (or over them, ``below``
    false: the customer's line first, their documents under it without the name)."""
    blocks = [
        ("C001", "Toko Sinar Jaya", [
            ["IN 10231", D(2026, 9, 10), D(2026, 10, 10), 3_500_000, None, None, 3_500_000, None,
             None],
            ["IN 10245", D(2026, 10, 15), D(2026, 11, 14), 3_000_000, None, 3_000_000, None,
             None, None],
        ], [6_500_000, None, 3_000_000, 3_500_000, None, None]),
        ("C002", "UD Berkah Tani", [
            ["IN 10198", D(2026, 8, 10), D(2026, 9, 9), 1_200_000, None, None, None, 1_200_000,
             None],
            ["IN 10250", D(2026, 11, 1), D(2026, 12, 1), 2_000_000, 2_000_000, None, None, None,
             None],
        ], [3_200_000, 2_000_000, None, None, 1_200_000, None]),
        ("C003", "Warung Bu Sri", [
            ["IN 10260", D(2026, 11, 5), D(2026, 12, 5), 800_000, 800_000, None, None, None,
             None],
        ], [800_000, 800_000, None, None, None, None]),
    ]  # fmt: skip
    rows: list[list[object]] = [
        ["Customer Receivables Aging"], ["PT Sumber Makmur Distribusi"],
        ["Aging Date: 22.11.2026"], [], SAP_AGING,
    ]  # fmt: skip
    for code, name, documents, figures_ in blocks:
        line: list[object] = [code, name, None, None, None, *figures_]
        if not below:
            rows.append(line)
        rows.extend([code, name, *doc] if below else [None, None, *doc] for doc in documents)
        if below:
            rows.append(line)
    rows.append(["Total", None, None, None, None, 10_500_000, 2_800_000, 3_000_000, 3_500_000,
                 1_200_000, None])  # fmt: skip
    return rows


@pytest.mark.parametrize("below", [True, False], ids=["under", "over"])
def test_sap_business_ones_line_of_each_customer_is_their_blocks_total(
    tmp_path: Path, below: bool
) -> None:
    payload = reads_to(tmp_path / "aging.xlsx", [("Sheet1", _sap_aging(below))], SAP_FIGURES)
    assert payload["per_customer"] == {
        "Toko Sinar Jaya": 6_500_000, "UD Berkah Tani": 3_200_000, "Warung Bu Sri": 800_000,
    }  # fmt: skip
    assert payload["files"][0]["sheets"][0]["checks"]["totals"] == "ok"


# Its Customer Receivables by Customer Cards in text ("3,500,000.00", dates "10.09.2026"):
# each document's total and what is left of it, the customer's line under them summing both.
# By hand: Toko Sinar Jaya 10231 1.000.000 left of 3.500.000 (due 10 Oct: 43 days, 31-60) and
# 10245 3.000.000 (due 14 Nov: 8 days, 1-30); UD Berkah Tani 10198 1.200.000 (due 9 Sep: 74
# days, 61-90) and 10250 2.000.000 (due 1 Dec, current). 7.200.000, 5.200.000 overdue.
CARDS = """Customer Receivables by Customer Cards
PT Sumber Makmur Distribusi
Date: 22.11.2026

BP Code,BP Name,Doc. No.,Posting Date,Due Date,Document Total,Balance Due
C001,Toko Sinar Jaya,10231,10.09.2026,10.10.2026,"3,500,000.00","1,000,000.00"
C001,Toko Sinar Jaya,10245,15.10.2026,14.11.2026,"3,000,000.00","3,000,000.00"
C001,Toko Sinar Jaya,,,,"6,500,000.00","4,000,000.00"
C002,UD Berkah Tani,10198,10.08.2026,09.09.2026,"1,200,000.00","1,200,000.00"
C002,UD Berkah Tani,10250,01.11.2026,01.12.2026,"2,000,000.00","2,000,000.00"
C002,UD Berkah Tani,,,,"3,200,000.00","3,200,000.00"
,Total,,,,"9,700,000.00","7,200,000.00"
"""
CARDS_FIGURES = figures(7_200_000, 5_200_000, 2, current=2_000_000, d1to30=3_000_000,
                        d31to60=1_000_000, d61to90=1_200_000)  # fmt: skip


def test_sap_business_ones_customer_cards_in_text_read_each_line_as_the_cards_total(
    tmp_path: Path,
) -> None:
    payload = text_reads_to(tmp_path / "Customer Receivables.csv", CARDS, CARDS_FIGURES)
    assert payload["per_customer"] == {"Toko Sinar Jaya": 4_000_000, "UD Berkah Tani": 3_200_000}


def test_a_customers_unnumbered_line_that_is_not_their_blocks_sum_stays_an_invoice(
    tmp_path: Path,
) -> None:
    # Toko Sari's 750.000 with no number nor date under her F-01 1.000.000 and F-02 2.000.000
    # is a sale of hers (dated as the row above, 5 Oct: 18 days, 1-30), not her total.
    rows = [
        ["DAFTAR PIUTANG"], [],
        ["Pelanggan", "No Faktur", "Tanggal", "Jumlah"],
        ["Toko Sari", "F-01", D(2026, 10, 1), 1_000_000],
        ["Toko Sari", "F-02", D(2026, 10, 5), 2_000_000],
        ["Toko Sari", None, None, 750_000],
        ["Toko Maju", "F-03", D(2026, 11, 1), 500_000],
        ["TOTAL", None, None, 4_250_000],
    ]  # fmt: skip
    expected = figures(4_250_000, 3_750_000, 2, current=500_000, d1to30=3_750_000)
    payload = reads_to(tmp_path / "piutang.xlsx", [("Piutang", rows)], expected)
    assert payload["per_customer"] == {"Toko Sari": 3_750_000, "Toko Maju": 500_000}


def test_a_sap_customers_line_typed_wrong_stays_an_invoice_and_the_total_tells(
    tmp_path: Path,
) -> None:
    # UD Berkah Tani's line 3.000.000 where her documents add up to 3.200.000: no total of
    # hers, read as her sale, the grand Total told against what was read.
    rows = _sap_aging()
    rows[10][5] = 3_000_000
    _xlsx(tmp_path / "aging.xlsx", [("Sheet1", rows)])
    _, payload = summarize_files([tmp_path / "aging.xlsx"], AS_OF)
    assert payload["per_customer"]["UD Berkah Tani"] == 6_200_000
    assert _told(payload) == [("check-mismatch", 14, 10_500_000, 13_500_000)]


# QuickBooks Online's Transaction List by Customer: each customer's heading, their invoices
# and payments under it in one Amount column ("Transaction Type" says which), and "Total for
# <customer>": the net of both. It was checked against the invoices alone and told wrong on
# every customer. By hand: Toko Sinar Jaya 1001 3.500.000 (10 Sep, due 10 Oct) and 1005
# 3.000.000 (15 Oct, due 14 Nov) less 2.000.000 and 500.000 (oldest first): 1.000.000 of
# 1001 (43 days, 31-60) and 1005 (8 days, 1-30); UD Berkah Tani 1003 2.000.000 paid, 1008
# 1.500.000 (10 Nov, due 10 Dec, current); Warung Bu Sri 800.000 less 1.000.000: 200.000 in
# credit. 5.500.000, 4.000.000 overdue.
def _transaction_list(sign: int) -> str:
    def pay(value: int) -> str:
        return _money(sign * value)

    return f"""PT Sumber Makmur Distribusi
Transaction List by Customer
September 1 - November 22, 2026

,Date,Transaction Type,Num,Posting,Memo/Description,Account,Amount
Toko Sinar Jaya,,,,,,,
,09/10/2026,Invoice,1001,Yes,,Accounts Receivable (A/R),"3,500,000.00"
,09/20/2026,Payment,,Yes,,Accounts Receivable (A/R),"{pay(2_000_000)}"
,10/15/2026,Invoice,1005,Yes,,Accounts Receivable (A/R),"3,000,000.00"
,11/05/2026,Payment,,Yes,,Accounts Receivable (A/R),"{pay(500_000)}"
Total for Toko Sinar Jaya,,,,,,,"4,000,000.00"
UD Berkah Tani,,,,,,,
,10/01/2026,Invoice,1003,Yes,,Accounts Receivable (A/R),"2,000,000.00"
,10/25/2026,Payment,,Yes,,Accounts Receivable (A/R),"{pay(2_000_000)}"
,11/10/2026,Invoice,1008,Yes,,Accounts Receivable (A/R),"1,500,000.00"
Total for UD Berkah Tani,,,,,,,"1,500,000.00"
Warung Bu Sri,,,,,,,
,10/05/2026,Invoice,1004,Yes,,Accounts Receivable (A/R),"800,000.00"
,11/01/2026,Payment,,Yes,,Accounts Receivable (A/R),"{pay(1_000_000)}"
Total for Warung Bu Sri,,,,,,,"-200,000.00"
TOTAL,,,,,,,"5,300,000.00"


Sunday, Nov 22, 2026 09:14:05 AM GMT+7
"""


TRANSACTIONS_FIGURES = figures(5_500_000, 4_000_000, 2, {"Warung Bu Sri": 200_000},
                               current=1_500_000, d1to30=3_000_000, d31to60=1_000_000)  # fmt: skip


@pytest.mark.parametrize("sign", [1, -1], ids=["payments-as-printed", "payments-negative"])
def test_quickbooks_transaction_list_by_customer_totals_are_the_net(
    tmp_path: Path, sign: int
) -> None:
    path = tmp_path / "Transaction List by Customer.csv"
    payload = text_reads_to(path, _transaction_list(sign), TRANSACTIONS_FIGURES)
    assert payload["per_customer"] == {"Toko Sinar Jaya": 4_000_000, "UD Berkah Tani": 1_500_000}
    assert payload["files"][0]["sheets"][0]["checks"]["totals"] == "ok"


def test_quickbooks_desktops_list_with_debit_and_credit_still_checks(tmp_path: Path) -> None:
    # QuickBooks Desktop's: Debit and Credit columns, "Total <customer>" with both sums.
    head = [None, "Type", "Date", "Num", "Memo", "Account", "Debit", "Credit"]
    ar = "Accounts Receivable"
    rows = [
        ["PT Sumber Makmur Distribusi"], ["Transaction List by Customer"],
        ["September 1 through November 22, 2026"], [], head,
        ["Toko Sinar Jaya"],
        [None, "Invoice", D(2026, 9, 10), "1001", None, ar, 3_500_000, None],
        [None, "Payment", D(2026, 9, 20), None, None, ar, None, 2_000_000],
        [None, "Invoice", D(2026, 10, 15), "1005", None, ar, 3_000_000, None],
        [None, "Payment", D(2026, 11, 5), None, None, ar, None, 500_000],
        ["Total Toko Sinar Jaya", None, None, None, None, None, 6_500_000, 2_500_000],
        ["UD Berkah Tani"],
        [None, "Invoice", D(2026, 10, 1), "1003", None, ar, 2_000_000, None],
        [None, "Payment", D(2026, 10, 25), None, None, ar, None, 2_000_000],
        [None, "Invoice", D(2026, 11, 10), "1008", None, ar, 1_500_000, None],
        ["Total UD Berkah Tani", None, None, None, None, None, 3_500_000, 2_000_000],
        ["Warung Bu Sri"],
        [None, "Invoice", D(2026, 10, 5), "1004", None, ar, 800_000, None],
        [None, "Payment", D(2026, 11, 1), None, None, ar, None, 1_000_000],
        ["Total Warung Bu Sri", None, None, None, None, None, 800_000, 1_000_000],
        ["TOTAL", None, None, None, None, None, 10_800_000, 5_500_000],
    ]  # fmt: skip
    reads_to(tmp_path / "transactions.xlsx", [("Sheet1", rows)], TRANSACTIONS_FIGURES)


def test_a_transaction_lists_total_typed_wrong_is_told_against_the_net(tmp_path: Path) -> None:
    line = 'Total for Toko Sinar Jaya,,,,,,,"{}"'
    text = _transaction_list(1).replace(line.format("4,000,000.00"), line.format("4,400,000.00"))
    path = tmp_path / "Transaction List by Customer.csv"
    path.write_text(text, encoding="utf-8")
    _, payload = summarize_files([path], AS_OF)
    assert payload["outstanding"] == 5_500_000
    assert _told(payload) == [("check-mismatch", 11, 4_400_000, 4_000_000)]


# QuickBooks' Statement of one customer: Date | Transaction | Amount | Balance (a running
# balance), "Amount Due" at its foot under Balance. It was checked against the Balance column's
# sum (18.700.000) and told wrong. By hand: 1001 3.500.000 (10 Sep, due 10 Oct) and 1005
# 3.000.000 (15 Oct, due 14 Nov) less 2.000.000 and 500.000: 1.000.000 of 1001 (43 days,
# 31-60), 1005 (8 days, 1-30); 1009 1.200.000 (10 Nov, due 10 Dec), current. 5.200.000,
# 4.000.000 overdue.
def _statement(label: str, due: int = 5_200_000, text: bool = False) -> list[list[object]]:
    def m(value: int) -> object:
        return _money(value) if text else value

    return [
        ["PT Sumber Makmur Distribusi"], ["Statement"], ["Customer: Toko Sinar Jaya"],
        ["Statement Date: 11/22/2026"], [],
        ["Date", "Transaction", "Amount", "Balance"],
        [D(2026, 9, 10), "Invoice #1001: Due 10/10/2026.", m(3_500_000), m(3_500_000)],
        [D(2026, 9, 20), "Payment", m(-2_000_000), m(1_500_000)],
        [D(2026, 10, 15), "Invoice #1005: Due 11/14/2026.", m(3_000_000), m(4_500_000)],
        [D(2026, 11, 5), "Payment", m(-500_000), m(4_000_000)],
        [D(2026, 11, 10), "Invoice #1009: Due 12/10/2026.", m(1_200_000), m(5_200_000)],
        [],
        [label, None, None, m(due)],
    ]  # fmt: skip


STATEMENT_FIGURES = figures(5_200_000, 4_000_000, 1, current=1_200_000, d1to30=3_000_000,
                            d31to60=1_000_000)  # fmt: skip


@pytest.mark.parametrize(
    ("label", "text"), [("Amount Due", False), ("AMOUNT DUE", True), ("Balance Due", True)]
)
def test_a_quickbooks_statements_amount_due_is_its_last_balance(
    tmp_path: Path, label: str, text: bool
) -> None:
    payload = reads_to(tmp_path / "statement.xlsx", [("Statement", _statement(label, text=text))],
                       STATEMENT_FIGURES)  # fmt: skip
    assert payload["per_customer"] == {"Toko Sinar Jaya": 5_200_000}
    assert payload["files"][0]["sheets"][0]["checks"]["totals"] == "ok"


def test_a_statements_amount_due_typed_wrong_is_told_against_its_last_balance(
    tmp_path: Path,
) -> None:
    _xlsx(tmp_path / "statement.xlsx", [("Statement", _statement("Amount Due", 5_000_000))])
    _, payload = summarize_files([tmp_path / "statement.xlsx"], AS_OF)
    assert payload["outstanding"] == 5_200_000
    assert _told(payload) == [("check-mismatch", 13, 5_000_000, 5_200_000)]


def test_an_amount_due_under_the_amount_column_is_still_their_sum(tmp_path: Path) -> None:
    rows = _statement("Amount Due")
    rows[-1] = ["Amount Due", None, 5_200_000, None]
    reads_to(tmp_path / "statement.xlsx", [("Statement", rows)], STATEMENT_FIGURES)


# Xero's Aged Receivables Detail: each contact's heading, their invoices under it, a "Total
# <contact>" line; an overpayment on a line with no date nor number, its words under Invoice
# Reference. As a contact's first line under the total above, it was taken for the report's
# own line under a total and dropped: UD Berkah Tani's 800.000 in credit gone, the totals told
# wrong. By hand: Toko Sinar Jaya INV-0031 3.500.000 (due 10 Oct: 43 days, 31-60) less the
# overpayment of 500.000: 3.000.000; UD Berkah Tani 800.000 in credit. 3.000.000, all overdue.
XERO_HEAD = ["Invoice Date", "Invoice Number", "Invoice Reference", "Due Date", "Current",
             "< 1 Month", "1 Month", "2 Months", "3 Months", "Older", "Total"]  # fmt: skip


def _xero(word: str, text: bool) -> list[list[object]]:
    def m(value: int) -> object:
        if not text:
            return value
        return f"({-value:,.2f})" if value < 0 else f"{value:,.2f}"

    def line(label: str, buckets: list[int], total: int) -> list[object]:
        return [label, None, None, None, *map(m, buckets), m(total)]

    return [
        ["Aged Receivables Detail"], ["PT Sumber Makmur Distribusi"], ["As at 22 November 2026"],
        [], XERO_HEAD,
        ["Toko Sinar Jaya"],
        [None, None, word, None, m(-500_000), None, None, None, None, None, m(-500_000)],
        ["10 Sep 2026", "INV-0031", None, "10 Oct 2026", None, None, m(3_500_000), None, None,
         None, m(3_500_000)],
        line("Total Toko Sinar Jaya", [-500_000, 0, 3_500_000, 0, 0, 0], 3_000_000),
        ["UD Berkah Tani"],
        [None, None, word, None, m(-800_000), None, None, None, None, None, m(-800_000)],
        line("Total UD Berkah Tani", [-800_000, 0, 0, 0, 0, 0], -800_000),
        line("Total", [-1_300_000, 0, 3_500_000, 0, 0, 0], 2_200_000),
    ]  # fmt: skip


XERO_FIGURES = figures(3_000_000, 3_000_000, 1, {"UD Berkah Tani": 800_000}, d31to60=3_000_000)


def test_a_xero_overpayment_heading_a_contacts_lines_is_their_credit(tmp_path: Path) -> None:
    lines = [",".join(f'"{c}"' if c is not None else "" for c in row)
             for row in _xero("Receivable Overpayment", text=True)]  # fmt: skip
    path = tmp_path / "Aged Receivables Detail.csv"
    payload = text_reads_to(path, "\n".join(lines) + "\n", XERO_FIGURES)
    assert payload["per_customer"] == {"Toko Sinar Jaya": 3_000_000}


def test_a_xero_overpayment_in_figures_is_their_credit(tmp_path: Path) -> None:
    rows = _xero("Overpayment", text=False)
    payload = reads_to(tmp_path / "aged.xlsx", [("Aged Receivables Detail", rows)], XERO_FIGURES)
    assert payload["files"][0]["sheets"][0]["checks"]["totals"] == "ok"


def test_a_line_of_words_under_the_total_and_a_heading_of_no_contact_stays_the_reports(
    tmp_path: Path,
) -> None:
    # Under the grand total, "Receivables Summary" and its lines ("Overdue receivables |
    # 3.500.000"): no contact's total closes them, they are the report's, no one's.
    rows = [
        *_xero("Receivable Overpayment", text=False)[:5],
        ["Toko Sinar Jaya"],
        ["10 Sep 2026", "INV-0031", None, "10 Oct 2026", None, None, 3_500_000, None, None, None,
         3_500_000],
        ["Total Toko Sinar Jaya", None, None, None, 0, 0, 3_500_000, 0, 0, 0, 3_500_000],
        ["Total", None, None, None, 0, 0, 3_500_000, 0, 0, 0, 3_500_000],
        [],
        ["Receivables Summary"],
        ["Overdue receivables", None, None, None, None, None, None, None, None, None, 3_500_000],
        ["Customers owing", None, None, None, None, None, None, None, None, None, 1],
    ]  # fmt: skip
    expected = figures(3_500_000, 3_500_000, 1, d31to60=3_500_000)
    payload = reads_to(tmp_path / "aged.xlsx", [("Aged Receivables Detail", rows)], expected)
    assert payload["per_customer"] == {"Toko Sinar Jaya": 3_500_000}


# A workshop's list of what its customers owe, headed by "Owner" (the vehicle's owner, who is
# billed): no customer column was found and the list refused. By hand: Pak Hendra SRV-101
# 1.500.000 less 500.000 (10 Sep, due 10 Oct: 43 days, 31-60) and SRV-110 2.000.000 (10 Nov,
# due 10 Dec, current); Bu Ani SRV-102 750.000 (15 Oct, due 14 Nov: 8 days, 1-30). 3.750.000,
# 1.750.000 overdue.
@pytest.mark.parametrize("owner", ["Owner", "Owner Name", "Pemilik"])
def test_a_workshops_list_by_owner_reads_the_owner_as_the_customer(
    tmp_path: Path, owner: str
) -> None:
    rows = [
        ["BENGKEL MOTOR JAYA ABADI"], ["Daftar Piutang Servis"], ["Per 22 November 2026"], [],
        [owner, "Invoice No", "Date", "Amount", "Paid"],
        ["Pak Hendra", "SRV-101", D(2026, 9, 10), 1_500_000, 500_000],
        ["Bu Ani", "SRV-102", D(2026, 10, 15), 750_000, 0],
        ["Pak Hendra", "SRV-110", D(2026, 11, 10), 2_000_000, 0],
        ["TOTAL", None, None, 4_250_000, 500_000],
    ]  # fmt: skip
    expected = figures(3_750_000, 1_750_000, 2, current=2_000_000, d1to30=750_000,
                       d31to60=1_000_000)  # fmt: skip
    payload = reads_to(tmp_path / "piutang.xlsx", [("Piutang", rows)], expected)
    assert payload["per_customer"] == {"Pak Hendra": 3_000_000, "Bu Ani": 750_000}


# A building's service charges by unit and owner, in text: A-101 Pak Hendra 1.250.000 (due 15
# Sep: 68 days, 61-90); A-102 Bu Ani paid; B-201 Pak Joko 750.000 left of 1.250.000 (due 15
# Oct: 38 days, 31-60). 2.000.000, all overdue.
CHARGES = """Griya Asri Residence - Building Management
Outstanding Service Charges
As of 22/11/2026

Unit,Owner,Invoice No,Date,Due Date,Amount,Paid,Balance
A-101,Pak Hendra,IPL-0901,01/09/2026,15/09/2026,"1,250,000.00",0.00,"1,250,000.00"
A-102,Bu Ani,IPL-0902,01/09/2026,15/09/2026,"1,250,000.00","1,250,000.00",0.00
B-201,Pak Joko,IPL-1003,01/10/2026,15/10/2026,"1,250,000.00","500,000.00","750,000.00"
Total,,,,,"3,750,000.00","1,750,000.00","2,000,000.00"
"""


def test_a_buildings_charges_by_owner_in_text(tmp_path: Path) -> None:
    expected = figures(2_000_000, 2_000_000, 2, d31to60=750_000, d61to90=1_250_000)
    payload = text_reads_to(tmp_path / "service_charges.csv", CHARGES, expected)
    assert payload["per_customer"] == {"Pak Hendra": 1_250_000, "Pak Joko": 750_000}


def test_an_owner_beside_a_customer_column_is_not_the_customer(tmp_path: Path) -> None:
    # "Customer | Owner": the shop is the customer, its owner a contact.
    rows = [
        ["DAFTAR PIUTANG"], [],
        ["Customer", "Owner", "Invoice No", "Date", "Amount"],
        ["Toko Sari", "Bu Sari", "F-01", D(2026, 10, 1), 1_000_000],
        ["Toko Maju", "Pak Budi", "F-02", D(2026, 11, 1), 500_000],
    ]  # fmt: skip
    expected = figures(1_500_000, 1_000_000, 2, current=500_000, d1to30=1_000_000)
    payload = reads_to(tmp_path / "piutang.xlsx", [("Piutang", rows)], expected)
    assert payload["per_customer"] == {"Toko Sari": 1_000_000, "Toko Maju": 500_000}


# A QuickBooks Statement opening with its "Balance Forward", written under Balance alone: the
# balance brought forward was a row with no amount (told) and its 1.000.000 left out. By hand:
# 1.000.000 brought forward on 1 Sep (due that day), 1001 3.500.000 (10 Sep, due 10 Oct) less
# 2.000.000 (the oldest first): 2.500.000 of 1001 left, 43 days, 31-60. A Balance Forward of 0
# brings nothing.
@pytest.mark.parametrize(("forward", "owed"), [(1_000_000, 2_500_000), (0, 1_500_000)])
def test_a_statements_balance_forward_in_the_balance_alone_is_brought_forward(
    tmp_path: Path, forward: int, owed: int
) -> None:
    rows = [
        ["PT Sumber Makmur Distribusi"], ["Statement"], ["Customer: Toko Sinar Jaya"],
        ["Statement Date: 11/22/2026"], [],
        ["Date", "Activity", "Amount", "Balance"],
        [D(2026, 9, 1), "Balance Forward", None, forward],
        [D(2026, 9, 10), "Invoice #1001: Due 10/10/2026.", 3_500_000, 3_500_000 + forward],
        [D(2026, 9, 20), "Payment", -2_000_000, 1_500_000 + forward],
        [None, "Amount Due", None, owed],
    ]  # fmt: skip
    payload = reads_to(tmp_path / "statement.xlsx", [("Statement", rows)],
                       figures(owed, owed, 1, d31to60=owed))  # fmt: skip
    assert payload["per_customer"] == {"Toko Sinar Jaya": owed}
