"""An outside tester's twenty-third round (m2): a "Lunas" tab quoting the invoices of the sheet
before it, marketplace orders paid by a disbursements file uploaded beside them (figures worked
out on paper as of 22 Nov 2026, default term 30 days)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.report import summarize_files
from tests.helpers import write_xlsx
from tests.test_books_by_hand import AS_OF, FIGURES, figures, reads_to


def test_a_paid_tab_quoting_the_invoices_before_it_pays_them(tmp_path: Path) -> None:
    # "Lunas" has no invoice date: its numbers are the first sheet's invoices, each paid in
    # full on its Tgl Lunas (read as invoices without a date, both were problem rows and
    # P-1, P-3 stayed owed: 4,500,000). Left: P-2 due 20 Oct (33 days late, 31-60) 1,500,000;
    # P-4 due 21 Nov (1 day, 1-30) 900,000; P-5 due 10 Dec, current 400,000.
    # Outstanding 2,800,000; overdue 2,400,000.
    all_ = [["No Nota", "Tanggal", "Pelanggan", "Jumlah"],
            ["P-1", D(2026, 9, 5), "Toko Bumi", 1_000_000],
            ["P-2", D(2026, 9, 20), "Toko Bumi", 1_500_000],
            ["P-3", D(2026, 10, 10), "Pak Eko", 700_000],
            ["P-4", D(2026, 10, 22), "Pak Eko", 900_000],
            ["P-5", D(2026, 11, 10), "Toko Bumi", 400_000]]  # fmt: skip
    paid = [["No Nota", "Pelanggan", "Jumlah", "Tgl Lunas"],
            ["P-1", "Toko Bumi", 1_000_000, D(2026, 10, 1)],
            ["P-3", "Pak Eko", 700_000, D(2026, 11, 1)]]  # fmt: skip
    expected = figures(2_800_000, 2_400_000, 2, current=400_000, d1to30=900_000, d31to60=1_500_000)
    payload = reads_to(tmp_path / "piutang.xlsx", [("Piutang", all_), ("Lunas", paid)], expected)
    assert payload["invoices"] == 5


ORDERS = [["No. Pesanan", "Tanggal", "Platform", "Total"],
          ["SP-001", D(2026, 10, 28), "Shopee", 500_000],
          ["SP-002", D(2026, 11, 10), "Shopee", 300_000],
          ["TK-001", D(2026, 10, 15), "Tokopedia", 400_000],
          ["TK-002", D(2026, 10, 18), "Tokopedia", 600_000]]  # fmt: skip


def test_orders_by_platform_paid_out_by_a_file_uploaded_with_them(tmp_path: Path) -> None:
    # The disbursements are a CSV of their own: SP-001 released 475,000 + 25,000 fee, TK-001
    # 380,000 + 20,000. Owed: SP-002 (Shopee, due 10 Dec, current) 300,000 and TK-002
    # (Tokopedia, due 17 Nov, 5 days late, 1-30) 600,000. Outstanding 900,000; overdue
    # 600,000; 2 customers (the orders file was refused: "Platform holds names").
    orders = tmp_path / "pesanan.xlsx"
    write_xlsx(orders, {"Pesanan": ORDERS})
    paid = tmp_path / "dana_dilepas.csv"
    paid.write_text(
        "No. Pesanan,Tanggal Dilepas,Dana Dilepas,Biaya Admin\n"
        "SP-001,2026-11-02,475000,25000\n"
        "TK-001,2026-10-20,380000,20000\n",
        encoding="utf-8",
    )
    batch, payload = summarize_files([orders, paid], AS_OF)
    assert not batch.errors and not payload["problems"]
    assert {k: payload[k] for k in FIGURES} == figures(
        900_000, 600_000, 2, current=300_000, d1to30=600_000
    )


def test_orders_by_platform_no_uploaded_file_pays_are_refused(tmp_path: Path) -> None:
    # The CSV uploaded with them pays other numbers (a shop's own invoices): the Platform
    # column may be where the buyer ordered, not who owes; the orders file is refused, named
    # (and the payments then, as payments alone).
    orders = tmp_path / "pesanan.xlsx"
    write_xlsx(orders, {"Pesanan": ORDERS})
    other = tmp_path / "transfer_masuk.csv"
    other.write_text(
        "No Nota,Tanggal,Pelanggan,Jumlah\nF-1,2026-11-02,Toko Bumi,475000\n", encoding="utf-8"
    )
    batch, _ = summarize_files([orders, other], AS_OF)
    refused = {e.file: e for e in batch.errors}  # the payments then refused as payments alone
    assert "'Platform'" in refused["pesanan.xlsx"].message("id")
