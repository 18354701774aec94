"""Round 93 of the outside testers, continued: Zoho Books' Customer Balances, refused. Each
book written by hand with its figures worked out on paper as of 22 Nov 2026."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, _xlsx, figures, reads_to, text_reads_to

D = datetime


def _csv(rows: list[list[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerows(["" if c is None else c for c in row] for row in rows)
    return out.getvalue()


def _money(value: int) -> str:
    return f"{value:,.2f}"


# Zoho Books' Customer Balances: a customer a line, what was invoiced and received and the
# Closing Balance, as of the day its title says. Refused as a summary (no date nor number).
# Each Closing Balance is what the customer owes that day, one amount each, due that day (its
# own age unknown). By hand, as of 22 Nov 2026: Toko Sinar Jaya 4.000.000 and UD Berkah Tani
# 1.500.000, both due that day (current); Warung Bu Sri's -200.000 is her credit. 5.500.000,
# nothing overdue.
ZOHO = [
    ["PT Sumber Makmur Distribusi"], ["Customer Balances"], ["As of 22/11/2026"], [],
    ["Customer Name", "Invoiced Amount", "Amount Received", "Closing Balance"],
    ["Toko Sinar Jaya", 6_500_000, 2_500_000, 4_000_000],
    ["UD Berkah Tani", 3_500_000, 2_000_000, 1_500_000],
    ["Warung Bu Sri", 800_000, 1_000_000, -200_000],
    ["Total", 10_800_000, 5_500_000, 5_300_000],
]  # fmt: skip


def test_zohos_customer_balances_owe_each_closing_balance_that_day(tmp_path: Path) -> None:
    expected = figures(5_500_000, 0, 2, {"Warung Bu Sri": 200_000}, current=5_500_000)
    payload = reads_to(tmp_path / "balances.xlsx", [("Customer Balances", ZOHO)], expected)
    assert payload["per_customer"] == {"Toko Sinar Jaya": 4_000_000, "UD Berkah Tani": 1_500_000}
    assert payload["files"][0]["sheets"][0]["checks"]["totals"] == "ok"


# The same report in text for October, with Credits: its balances stand on the period's last
# day, 31 Oct 2026 (22 days before the 22nd: 1-30). Toko Sinar Jaya 4.000.000, UD Berkah Tani
# 1.200.000 (3.500.000 less 2.000.000 received and 300.000 credited). 5.200.000, all overdue.
ZOHO_TEXT = [
    ["PT Sumber Makmur Distribusi"], ["Customer Balances"], ["From 01/10/2026 To 31/10/2026"],
    [],
    ["Customer Name", "Invoiced Amount", "Amount Received", "Credits", "Closing Balance"],
    ["Toko Sinar Jaya", _money(6_500_000), _money(2_500_000), _money(0), _money(4_000_000)],
    ["UD Berkah Tani", _money(3_500_000), _money(2_000_000), _money(300_000), _money(1_200_000)],
    ["Total", _money(10_000_000), _money(4_500_000), _money(300_000), _money(5_200_000)],
]  # fmt: skip


def test_zohos_customer_balances_in_text_stand_on_the_periods_last_day(tmp_path: Path) -> None:
    expected = figures(5_200_000, 5_200_000, 2, d1to30=5_200_000)
    payload = text_reads_to(tmp_path / "customer_balances.csv", _csv(ZOHO_TEXT), expected)
    assert payload["per_customer"] == {"Toko Sinar Jaya": 4_000_000, "UD Berkah Tani": 1_200_000}


def test_customer_balances_beside_the_invoices_are_a_recap_never_counted_again(
    tmp_path: Path,
) -> None:
    # The report beside the invoices it sums: the invoices are the debts, the report a recap.
    # By hand: Toko Sinar Jaya F-01 4.000.000 (1 Oct, due 31 Oct: 22 days, 1-30), UD Berkah
    # Tani F-02 1.500.000 (10 Nov, due 10 Dec, current).
    invoices = [
        ["Pelanggan", "No Faktur", "Tanggal", "Jumlah"],
        ["Toko Sinar Jaya", "F-01", D(2026, 10, 1), 4_000_000],
        ["UD Berkah Tani", "F-02", D(2026, 11, 10), 1_500_000],
    ]
    balances = [row[:1] + row[3:] if len(row) > 1 else row for row in ZOHO[:7]]
    _xlsx(tmp_path / "book.xlsx", [("Faktur", invoices), ("Customer Balances", balances)])
    batch, payload = summarize_files([tmp_path / "book.xlsx"], AS_OF)
    assert not batch.errors
    assert payload["outstanding"] == 5_500_000
    assert payload["per_customer"] == {"Toko Sinar Jaya": 4_000_000, "UD Berkah Tani": 1_500_000}


def test_a_list_of_balances_saying_no_day_stays_refused(tmp_path: Path) -> None:
    rows = [row for row in ZOHO if row != ["As of 22/11/2026"]]
    _xlsx(tmp_path / "balances.xlsx", [("Customer Balances", rows)])
    batch, _ = summarize_files([tmp_path / "balances.xlsx"], AS_OF)
    assert [e.code for e in batch.errors] == ["no_dates"]
