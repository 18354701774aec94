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
