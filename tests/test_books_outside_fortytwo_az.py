"""Round 93 of the outside testers, continued: Zoho Books' Customer Balances (refused alone,
as every list of balances is, and a recap beside its invoices) and Odoo's Partner Ledger
(refused, now read). Each book written by hand with its figures worked out on paper
as of 22 Nov 2026 (no due date: the date + 30 days; payments that name no invoice pay the
oldest dues first)."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import pytest

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
# Closing Balance, as of the day its title says. No invoice, no date of any debt: how late each
# balance is cannot be told, so alone in its file it opens no book and is refused saying so
# (the rule for every list of balances alone, "Pelanggan | Saldo per 22/11/2026": read as due
# that day, every debt would show current, a confident wrong aging). Beside the invoices it sums
# it is their recap, checked and never counted again.
ZOHO = [
    ["PT Sumber Makmur Distribusi"], ["Customer Balances"], ["As of 22/11/2026"], [],
    ["Customer Name", "Invoiced Amount", "Amount Received", "Closing Balance"],
    ["Toko Sinar Jaya", 6_500_000, 2_500_000, 4_000_000],
    ["UD Berkah Tani", 3_500_000, 2_000_000, 1_500_000],
    ["Warung Bu Sri", 800_000, 1_000_000, -200_000],
    ["Total", 10_800_000, 5_500_000, 5_300_000],
]  # fmt: skip
ZOHO_TEXT = [
    ["PT Sumber Makmur Distribusi"], ["Customer Balances"], ["From 01/10/2026 To 31/10/2026"],
    [],
    ["Customer Name", "Invoiced Amount", "Amount Received", "Credits", "Closing Balance"],
    ["Toko Sinar Jaya", _money(6_500_000), _money(2_500_000), _money(0), _money(4_000_000)],
    ["UD Berkah Tani", _money(3_500_000), _money(2_000_000), _money(300_000), _money(1_200_000)],
    ["Total", _money(10_000_000), _money(4_500_000), _money(300_000), _money(5_200_000)],
]  # fmt: skip


def test_zohos_customer_balances_alone_are_refused_for_want_of_dates(tmp_path: Path) -> None:
    _xlsx(tmp_path / "balances.xlsx", [("Customer Balances", ZOHO)])
    (tmp_path / "customer_balances.csv").write_text(_csv(ZOHO_TEXT), encoding="utf-8")
    for name in ("balances.xlsx", "customer_balances.csv"):
        batch, payload = summarize_files([tmp_path / name], AS_OF)
        assert [e.code for e in batch.errors] == ["no_dates"], name
        assert payload["outstanding"] == 0


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


# Odoo's Partner Ledger: each partner's line with their totals (Debit, Credit, Balance), their
# "Initial Balance", their moves (Date | JRNL | Account | Ref | Due Date | Debit | Credit |
# Balance) and "Total <partner>". The partner's line was read as a move and the file refused
# (or the sheet read as one customer's, the Initial Balance dropped). By hand: Toko Sinar Jaya
# opens at 1.000.000 (undated: the book's first day), INV/2026/0031 3.500.000 (due 10 Oct: 43
# days) and INV/2026/0045 3.000.000 (due 14 Nov: 8 days) less 2.000.000 received (the opening
# first, then 1.000.000 of 0031): 2.500.000 31-60, 3.000.000 1-30; UD Berkah Tani
# INV/2026/0040 1.000.000 less 1.800.000 received: 800.000 in credit. 5.500.000, all overdue.
ACCOUNT = "121000 Account Receivable"
ODOO_HEAD = ["Date", "JRNL", "Account", "Ref", "Due Date", "Matching", "Debit", "Credit",
             "Amount Currency", "Balance"]  # fmt: skip
ODOO_FIGURES = figures(5_500_000, 5_500_000, 1, {"UD Berkah Tani": 800_000}, d1to30=3_000_000,
                       d31to60=2_500_000)  # fmt: skip


def _odoo(totals: bool = True, text: bool = False) -> list[list[object]]:
    def m(value: int) -> object:
        return _money(value) if text else value

    def d(day: datetime) -> object:
        return day.strftime("%m/%d/%Y") if text else day

    def line(day: datetime, journal: str, ref: str, due: datetime | None, debit: int,
             credit: int, balance: int) -> list[object]:  # fmt: skip
        return [d(day), journal, ACCOUNT, ref, None if due is None else d(due), None, m(debit),
                m(credit), None, m(balance)]  # fmt: skip

    def sums(label: str, debit: int, credit: int, balance: int) -> list[object]:
        return [label, None, None, None, None, None, m(debit), m(credit), None, m(balance)]

    def partner(name: str, debit: int, credit: int, balance: int) -> list[object]:
        return sums(name, debit, credit, balance) if totals else [name]

    return [
        ["Partner Ledger"], ["PT Sumber Makmur Distribusi"], ["From 09/01/2026 to 11/22/2026"],
        [], ODOO_HEAD,
        partner("Toko Sinar Jaya", 7_500_000, 2_000_000, 5_500_000),
        sums("Initial Balance", 1_000_000, 0, 1_000_000),
        line(D(2026, 9, 10), "INV", "INV/2026/0031", D(2026, 10, 10), 3_500_000, 0, 4_500_000),
        line(D(2026, 9, 20), "BNK1", "BNK1/2026/0012", None, 0, 2_000_000, 2_500_000),
        line(D(2026, 10, 15), "INV", "INV/2026/0045", D(2026, 11, 14), 3_000_000, 0, 5_500_000),
        sums("Total Toko Sinar Jaya", 7_500_000, 2_000_000, 5_500_000),
        partner("UD Berkah Tani", 1_000_000, 1_800_000, -800_000),
        line(D(2026, 10, 1), "INV", "INV/2026/0040", D(2026, 10, 31), 1_000_000, 0, 1_000_000),
        line(D(2026, 11, 10), "BNK1", "BNK1/2026/0020", None, 0, 1_800_000, -800_000),
        sums("Total UD Berkah Tani", 1_000_000, 1_800_000, -800_000),
        sums("Total", 8_500_000, 3_800_000, 4_700_000),
    ]  # fmt: skip


@pytest.mark.parametrize("totals", [True, False], ids=["partner-totals", "plain-headings"])
def test_odoos_partner_ledger_is_a_card_per_partner(tmp_path: Path, totals: bool) -> None:
    payload = reads_to(tmp_path / "partner_ledger.xlsx", [("Partner Ledger", _odoo(totals))],
                       ODOO_FIGURES)  # fmt: skip
    assert payload["per_customer"] == {"Toko Sinar Jaya": 5_500_000}
    assert payload["files"][0]["sheets"][0]["checks"] == {
        "saldo": "ok", "totals": "ok", "sisa": "none",
    }  # fmt: skip


def test_odoos_partner_ledger_as_text(tmp_path: Path) -> None:
    payload = text_reads_to(tmp_path / "Partner Ledger.csv", _csv(_odoo(text=True)), ODOO_FIGURES)
    assert payload["per_customer"] == {"Toko Sinar Jaya": 5_500_000}


def test_a_cards_undated_line_whose_figures_match_its_lines_below_stays_its_line(
    tmp_path: Path,
) -> None:
    # Toko Sari's "Koreksi harga" 3.000.000 | 2.000.000, undated between her dated lines: the
    # lines under it happen to add up to the same, but its Saldo is not theirs: no card of a
    # customer "Koreksi harga", the line told (no date) as before. By hand: F-01 3.500.000 (10
    # Sep, due 10 Oct) and F-02 3.000.000 (15 Oct, due 14 Nov) less 2.000.000 paid on 5 Nov:
    # 1.500.000 31-60, 3.000.000 1-30.
    rows = [
        ["KARTU PIUTANG"], ["Nama Pelanggan : Toko Sari"], [],
        ["Tanggal", "Keterangan", "No Faktur", "Debet", "Kredit", "Saldo"],
        [D(2026, 9, 10), "Penjualan", "F-01", 3_500_000, None, 3_500_000],
        ["Koreksi harga", None, None, 3_000_000, 2_000_000, 3_600_000],
        [D(2026, 10, 15), "Penjualan", "F-02", 3_000_000, None, 6_600_000],
        [D(2026, 11, 5), "Pembayaran", None, None, 2_000_000, 4_600_000],
    ]  # fmt: skip
    _xlsx(tmp_path / "kartu.xlsx", [("Toko Sari", rows)])
    _, payload = summarize_files([tmp_path / "kartu.xlsx"], AS_OF)
    assert payload["per_customer"] == {"Toko Sari": 4_500_000}
    told = [(p["code"], p["row"], p.get("book_says"), p.get("read")) for p in payload["problems"]]
    assert told == [("invalid-date", 6, None, None), ("check-mismatch", 7, 6_600_000, 6_500_000)]
