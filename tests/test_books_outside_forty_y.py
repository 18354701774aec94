"""Books of outside round 39 that Tagih read wrong, each written by hand here with its
figures worked out on paper as of 22 Nov 2026 (default term 30 days)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from tests.test_books_by_hand import figures, reads_to

# Xero's sales invoice export a line per item, with 11 % PPN: "LineAmount" is each line's net,
# "TaxAmount" its PPN, "Total", "TaxTotal", "InvoiceAmountPaid" and "InvoiceAmountDue" the
# invoice's, on each of its lines. The lines' LineAmounts do not add up to the Total, so each
# line's Due was counted (11.326.000 for 4.442.000). INV-2031 2M + 1M net + 330k PPN = 3.33M
# less 1.33M paid = 2M, due 31 Oct (22 days); INV-2035 paid; INV-2040 1.5M + 500k + 200k net +
# 242k PPN = 2.442M, due 3 Dec.
XERO_PPN = [
    ["*ContactName", "*InvoiceNumber", "*InvoiceDate", "*DueDate", "Total", "TaxTotal",
     "InvoiceAmountPaid", "InvoiceAmountDue", "*Description", "*Quantity", "*UnitAmount",
     "LineAmount", "TaxAmount", "Currency", "Type", "Status"],
    ["CV Mitra Usaha", "INV-2031", D(2026, 10, 1), D(2026, 10, 31), 3_330_000, 330_000,
     1_330_000, 2_000_000, "Jasa instalasi", 1, 2_000_000, 2_000_000, 220_000, "IDR",
     "Sales invoice", "AUTHORISED"],
    ["CV Mitra Usaha", "INV-2031", D(2026, 10, 1), D(2026, 10, 31), 3_330_000, 330_000,
     1_330_000, 2_000_000, "Kabel UTP", 1, 1_000_000, 1_000_000, 110_000, "IDR",
     "Sales invoice", "AUTHORISED"],
    ["PT Gemilang", "INV-2035", D(2026, 10, 15), D(2026, 11, 14), 5_550_000, 550_000,
     5_550_000, 0, "Maintenance", 1, 5_000_000, 5_000_000, 550_000, "IDR", "Sales invoice",
     "PAID"],
    ["PT Gemilang", "INV-2040", D(2026, 11, 3), D(2026, 12, 3), 2_442_000, 242_000, 0,
     2_442_000, "Access point", 1, 1_500_000, 1_500_000, 165_000, "IDR", "Sales invoice",
     "AUTHORISED"],
    ["PT Gemilang", "INV-2040", D(2026, 11, 3), D(2026, 12, 3), 2_442_000, 242_000, 0,
     2_442_000, "Konfigurasi", 1, 500_000, 500_000, 55_000, "IDR", "Sales invoice",
     "AUTHORISED"],
    ["PT Gemilang", "INV-2040", D(2026, 11, 3), D(2026, 12, 3), 2_442_000, 242_000, 0,
     2_442_000, "Transport", 1, 200_000, 200_000, 22_000, "IDR", "Sales invoice",
     "AUTHORISED"],
]  # fmt: skip


def test_xero_lines_with_ppn_carry_their_invoices_total_once(tmp_path: Path) -> None:
    expected = figures(4_442_000, 2_000_000, 2, current=2_442_000, d1to30=2_000_000)
    payload = reads_to(tmp_path / "xero_ppn.xlsx", [("Sales", XERO_PPN)], expected)
    assert payload["per_customer"] == {"CV Mitra Usaha": 2_000_000, "PT Gemilang": 2_442_000}


# The same lines with their PPN only in the invoice's "TaxTotal" (no TaxAmount a line): the
# lines' net and the invoice's tax make the Total all the same.
XERO_TAX_TOTAL = [[c for i, c in enumerate(row) if i != 12] for row in XERO_PPN]


def test_xero_lines_with_the_invoices_tax_only(tmp_path: Path) -> None:
    expected = figures(4_442_000, 2_000_000, 2, current=2_442_000, d1to30=2_000_000)
    reads_to(tmp_path / "xero_tax_total.xlsx", [("Sales", XERO_TAX_TOTAL)], expected)


# The same lines with no tax column at all: the lines' net never makes the Total, but the
# Total, InvoiceAmountPaid and InvoiceAmountDue written alike on each line beside LineAmounts
# that differ are the invoice's, as the export writes them.
XERO_NO_TAX = [[c for i, c in enumerate(row) if i not in (5, 12)] for row in XERO_PPN]


def test_xero_lines_with_no_tax_column(tmp_path: Path) -> None:
    expected = figures(4_442_000, 2_000_000, 2, current=2_442_000, d1to30=2_000_000)
    reads_to(tmp_path / "xero_no_tax.xlsx", [("Sales", XERO_NO_TAX)], expected)


# Lines kept by hand, a line per item: F-7's two lines of 100.000 (2 x 50.000 and 4 x 25.000),
# nothing paid written 0 on each. The Jumlah and the Dibayar alike on both, the Harga
# different, are each line's own, not the invoice's written twice: 200.000, due 31 Oct (22
# days).
BY_HAND = [
    ["No Faktur", "Tanggal", "Pelanggan", "Barang", "Qty", "Harga", "Jumlah", "Dibayar"],
    ["F-7", D(2026, 10, 1), "Toko Sari", "Sabun", 2, 50_000, 100_000, 0],
    ["F-7", D(2026, 10, 1), "Toko Sari", "Sampo", 4, 25_000, 100_000, 0],
]


def test_lines_kept_by_hand_are_each_a_sale(tmp_path: Path) -> None:
    expected = figures(200_000, 200_000, 1, d1to30=200_000)
    reads_to(tmp_path / "baris.xlsx", [("Penjualan", BY_HAND)], expected)


# QuickBooks's Sales Transactions, "Type" and each row's open "Balance": an applied Payment
# leaves 0 (its money is in invoice 1001's Balance already), an unapplied one and a Credit
# Memo their own figure. Each row owes its Balance: Budi Jaya Motor 3M (1001, due 1 Oct, 52
# days) + 0.9M (1006, due 14 Dec) = 3.9M; CV Kencana 2.4M (due 9 Nov, 13 days) less 0.4M =
# 2M; Toko Sinar Abadi 1.85M (due 2 Dec) less 0.5M = 1.35M. Current 0.9M + 1.35M.
QB_HEADER = ["Type", "Date", "Num", "Name", "Due Date", "Amount", "Balance"]
QB_PAYMENT = ["Payment", D(2026, 9, 20), None, "Budi Jaya Motor", None, -2_000_000, 0]
QB_SALES_RECEIPT = ["Sales Receipt", D(2026, 9, 25), "1002", "Budi Jaya Motor", None, 750_000, 0]
QB_REST = [
    ["Invoice", D(2026, 10, 10), "1003", "CV Kencana", D(2026, 11, 9), 2_400_000, 2_400_000],
    ["Credit Memo", D(2026, 10, 15), "1004", "CV Kencana", None, -400_000, -400_000],
    ["Invoice", D(2026, 11, 2), "1005", "Toko Sinar Abadi", D(2026, 12, 2), 1_850_000, 1_850_000],
    ["Payment", D(2026, 11, 12), None, "Toko Sinar Abadi", None, -500_000, -500_000],
    ["Invoice", D(2026, 11, 14), "1006", "Budi Jaya Motor", D(2026, 12, 14), 900_000, 900_000],
]  # fmt: skip
QB_1001 = [
    "Invoice",
    D(2026, 9, 1),
    "1001",
    "Budi Jaya Motor",
    D(2026, 10, 1),
    5_000_000,
    3_000_000,
]
QB_FIGURES = figures(7_250_000, 5_000_000, 3, current=2_250_000, d1to30=2_000_000,
                     d31to60=3_000_000)  # fmt: skip
QB_CUSTOMERS = {
    "Budi Jaya Motor": 3_900_000,
    "CV Kencana": 2_000_000,
    "Toko Sinar Abadi": 1_350_000,
}


def test_quickbooks_sales_receipt_and_unapplied_payment_owe_their_balance(tmp_path: Path) -> None:
    # A "Sales Receipt" (a cash sale, Balance 0) beside a Payment not applied yet (Balance
    # -500.000): the file was refused, the Sales Receipt no word for a sale nor a payment.
    rows = [QB_HEADER, QB_1001, QB_PAYMENT, QB_SALES_RECEIPT, *QB_REST]
    payload = reads_to(tmp_path / "qb_sales_receipt.xlsx", [("Sheet1", rows)], QB_FIGURES)
    assert payload["per_customer"] == QB_CUSTOMERS


def test_quickbooks_applied_payment_is_not_taken_again(tmp_path: Path) -> None:
    # The same report without the Sales Receipt: the type column was not read (its Credit
    # Memo, a return's word, a seventh of the rows), and the applied Payment's -2.000.000 was
    # taken off invoice 1001's Balance again, silently (5.250.000).
    rows = [QB_HEADER, QB_1001, QB_PAYMENT, *QB_REST]
    payload = reads_to(tmp_path / "qb_applied.xlsx", [("Sheet1", rows)], QB_FIGURES)
    assert payload["per_customer"] == QB_CUSTOMERS


# An aged receivables report with MYOB's bucket names, "30 Days | 60 Days" beside "Current"
# and "90+ Days", no total column: each row's balance is its buckets'. "30 Days" and "60 Days"
# were not read as buckets, so two rows were dropped as missing-amount (3.500.000). Bengkel
# Jaya Motor 1.75M (due 1 Nov, 21 days) + 2.3M (due 12 Dec); Sinar Motor 980k (due 25 Sep, 58
# days) + 1.2M (due 4 Aug, 110 days).
AGED = [
    ["Customer", "Invoice No.", "Date", "Due Date", "Current", "30 Days", "60 Days", "90+ Days"],
    ["Bengkel Jaya Motor", "INV-5501", D(2026, 10, 2), D(2026, 11, 1), None, 1_750_000, None, None],
    ["Bengkel Jaya Motor", "INV-5534", D(2026, 11, 12), D(2026, 12, 12), 2_300_000, None, None,
     None],
    ["Sinar Motor", "INV-5478", D(2026, 8, 26), D(2026, 9, 25), None, None, 980_000, None],
    ["Sinar Motor", "INV-5402", D(2026, 7, 5), D(2026, 8, 4), None, None, None, 1_200_000],
    [None, None, None, "Total:", 2_300_000, 1_750_000, 980_000, 1_200_000],
]  # fmt: skip
AGED_FIGURES = figures(6_230_000, 3_930_000, 2, current=2_300_000, d1to30=1_750_000,
                       d31to60=980_000, over90=1_200_000)  # fmt: skip


@pytest.mark.parametrize(
    "labels", [("30 Days", "60 Days", "90+ Days"), ("30 days", "60 days", "90 days+")]
)
def test_aged_report_buckets_named_in_days(tmp_path: Path, labels: tuple[str, ...]) -> None:
    # "90 days+" refused the whole file.
    rows = [[*AGED[0][:5], *labels], *AGED[1:]]
    payload = reads_to(tmp_path / "aged.xlsx", [("Aged Receivables", rows)], AGED_FIGURES)
    assert payload["per_customer"] == {"Bengkel Jaya Motor": 4_050_000, "Sinar Motor": 2_180_000}


def test_myob_card_name_is_the_customer(tmp_path: Path) -> None:
    # MYOB's own header names the customer "Co./Last Name": the file was refused as naming no
    # customer. The same rows (the buckets spelt "30 | 60 | 90+", read before), the same figures.
    header = ["Co./Last Name", *AGED[0][1:5], "30", "60", "90+"]
    payload = reads_to(tmp_path / "myob.xlsx", [("Aged", [header, *AGED[1:]])], AGED_FIGURES)
    assert payload["per_customer"] == {"Bengkel Jaya Motor": 4_050_000, "Sinar Motor": 2_180_000}
