"""An outside tester's twenty-second round: books whose sheet's or file's name holds a payment
or return word ("belum bayar", "sudah bayar", "stlh retur") but whose rows are invoices
(figures worked out on paper as of 22 Nov 2026, default term 30 days). Each read as a list of
payments, Rp 0 owed."""

from __future__ import annotations

import json
from datetime import date as D
from pathlib import Path

import pytest

from core.cli import main
from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, FIGURES, figures, reads_to


def test_a_file_of_bills_not_yet_paid_is_invoices(tmp_path: Path) -> None:
    # "belum bayar" = not paid yet. A-1 due 1 Oct (52 days late, 31-60); A-2 due 14 Nov (8,
    # 1-30); A-3 due 10 Dec, current. Read as payments it owed Rp 0.
    path = tmp_path / "tagihan_belum_bayar.csv"
    path.write_text(
        "No Tagihan;Tanggal;Pelanggan;Jumlah;Jatuh Tempo\n"
        "A-1;01/09/2026;Bu Wati;500.000;01/10/2026\n"
        "A-2;15/10/2026;Bu Wati;1.200.000;14/11/2026\n"
        "A-3;10/11/2026;Pak Harun;900.000;10/12/2026\n",
        encoding="utf-8",
    )
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors and not payload["problems"]
    assert {k: payload[k] for k in FIGURES} == figures(
        2_600_000, 1_700_000, 2, current=900_000, d1to30=1_200_000, d31to60=500_000
    )


def test_tabs_of_paid_and_unpaid_invoices_owe_the_unpaid_ones(tmp_path: Path) -> None:
    # "Sudah Bayar" (first, no day paid) lists invoices paid in full with numbers of their own:
    # nothing owed on them, and their money pays nothing else (read as payments on account,
    # Toko Melati's 800,000 would pay N-1 down). N-1 due 20 Oct (33 days late, 31-60); N-2 due
    # 1 Dec, current. Outstanding 1,700,000; overdue 1,000,000.
    paid = [["No Nota", "Tanggal", "Pelanggan", "Jumlah"],
            ["L-1", D(2026, 8, 3), "Toko Melati", 800_000],
            ["L-2", D(2026, 9, 1), "CV Anggrek", 600_000]]  # fmt: skip
    open_ = [["No Nota", "Tanggal", "Pelanggan", "Jumlah"],
             ["N-1", D(2026, 9, 20), "Toko Melati", 1_000_000],
             ["N-2", D(2026, 11, 1), "CV Anggrek", 700_000]]  # fmt: skip
    expected = figures(1_700_000, 1_000_000, 2, current=700_000, d31to60=1_000_000)
    payload = reads_to(
        tmp_path / "nota_status.xlsx", [("Sudah Bayar", paid), ("Belum Bayar", open_)], expected
    )
    assert payload["invoices"] == 4


def test_a_paid_tab_with_the_day_paid_after_the_unpaid_one(tmp_path: Path) -> None:
    # The outside book's order: "Belum Bayar" first, "Sudah Bayar" with its Tgl Bayar after.
    # U-1 due 15 Oct (38 days, 31-60); U-2 due 27 Nov, current; U-3 due 9 Nov (13, 1-30).
    open_ = [["No Nota", "Tanggal", "Pelanggan", "Jumlah"],
             ["U-1", D(2026, 9, 15), "Toko Nusa Indah", 1_400_000],
             ["U-2", D(2026, 10, 28), "Toko Nusa Indah", 900_000],
             ["U-3", D(2026, 10, 10), "CV Randu", 2_100_000]]  # fmt: skip
    paid = [["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Tgl Bayar"],
            ["V-1", D(2026, 8, 1), "Toko Nusa Indah", 1_000_000, D(2026, 8, 30)],
            ["V-2", D(2026, 9, 5), "CV Randu", 700_000, D(2026, 10, 1)]]  # fmt: skip
    expected = figures(
        4_400_000, 3_500_000, 2, current=900_000, d1to30=2_100_000, d31to60=1_400_000
    )
    sheets = [("Belum Bayar", open_), ("Sudah Bayar", paid)]
    reads_to(tmp_path / "per_status.xlsx", sheets, expected)


def test_a_lunas_tab_beside_the_open_invoices_owes_nothing(tmp_path: Path) -> None:
    # "Lunas" lists invoices paid in full (no day paid, no status column): W-1 and W-2 owe
    # nothing (read as debts they added 1,700,000). U-1 due 15 Oct (38 days, 31-60); U-2 due
    # 27 Nov, current. A "Sudah Bayar" tab with its own Dibayar column reads that column.
    open_ = [["No Nota", "Tanggal", "Pelanggan", "Jumlah"],
             ["U-1", D(2026, 9, 15), "Toko A", 1_400_000],
             ["U-2", D(2026, 10, 28), "Toko B", 900_000]]  # fmt: skip
    lunas = [["No Nota", "Tanggal", "Pelanggan", "Jumlah"],
             ["W-1", D(2026, 8, 1), "Toko A", 1_000_000],
             ["W-2", D(2026, 9, 5), "Toko B", 700_000]]  # fmt: skip
    paid = [["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Dibayar"],
            ["V-1", D(2026, 8, 1), "Toko A", 1_000_000, 1_000_000],
            ["V-2", D(2026, 9, 5), "Toko B", 700_000, 500_000]]  # fmt: skip
    expected = figures(2_300_000, 1_400_000, 2, current=900_000, d31to60=1_400_000)
    reads_to(tmp_path / "lunas.xlsx", [("Faktur", open_), ("Lunas", lunas)], expected)
    # V-2: 700,000 less 500,000 paid = 200,000 due 5 Oct (48 days, 31-60).
    expected = figures(2_500_000, 1_600_000, 2, current=900_000, d31to60=1_600_000)
    reads_to(tmp_path / "sudah.xlsx", [("Belum Bayar", open_), ("Sudah Bayar", paid)], expected)


def test_receivables_after_returns_are_invoices(tmp_path: Path) -> None:
    # "Piutang stlh Retur": R-1 1,500,000 less 300,000 sent back and 500,000 paid = 700,000 due
    # 10 Oct (43 days, 31-60); R-2 800,000 due 5 Dec, current. Outstanding 1,500,000.
    book = [["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Retur", "Dibayar"],
            ["R-1", D(2026, 9, 10), "Toko Kenanga", 1_500_000, 300_000, 500_000],
            ["R-2", D(2026, 11, 5), "Toko Kenanga", 800_000, 0, 0]]  # fmt: skip
    expected = figures(1_500_000, 700_000, 1, current=800_000, d31to60=700_000)
    reads_to(tmp_path / "piutang.xlsx", [("Piutang stlh Retur", book)], expected)


def test_a_paid_tab_quoting_the_invoices_before_it_is_their_payments(tmp_path: Path) -> None:
    # "Sudah Bayar" here lists what was paid on the Faktur sheet's invoices: F-1 paid, F-2
    # 2,000,000 less 500,000 = 1,500,000 due 14 Nov (8 days, 1-30).
    invoices = [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
                ["F-1", D(2026, 10, 1), "Toko Dahlia", 1_000_000],
                ["F-2", D(2026, 10, 15), "Toko Dahlia", 2_000_000]]  # fmt: skip
    paid = [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
            ["F-1", D(2026, 11, 2), "Toko Dahlia", 1_000_000],
            ["F-2", D(2026, 11, 10), "Toko Dahlia", 500_000]]  # fmt: skip
    expected = figures(1_500_000, 1_500_000, 1, d1to30=1_500_000)
    payload = reads_to(
        tmp_path / "dahlia.xlsx", [("Faktur", invoices), ("Sudah Bayar", paid)], expected
    )
    shapes = {s["sheet"]: s["shape"] for s in payload["files"][0]["sheets"]}
    assert shapes == {"Faktur": "invoice_list", "Sudah Bayar": "payment_list"}


RECEIPTS = (
    "Nomor Transaksi;Tanggal Transaksi;Pelanggan;Nomor Tagihan;Metode Pembayaran;Jumlah\n"
    "Receive Payment #20011;03/11/2026;PT Adi Karya;INV/00310;Transfer Bank;2.500.000\n"
    "Receive Payment #20012;09/11/2026;CV Lestari;INV/00322;Tunai;1.650.000\n"
)


def test_a_receipts_file_alone_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Payments received, not one invoice: what is owed cannot be worked out (it read Rp 0
    # owed, every row an unmatched payment).
    path = tmp_path / "penerimaan.csv"
    path.write_text(RECEIPTS, encoding="utf-8")
    assert main(["summary", str(path), "--today", "2026-11-22", "--json"]) == 2
    said = capsys.readouterr()
    assert not said.out
    assert "penerimaan.csv" in said.err and "tanpa satu pun faktur" in said.err


def test_a_receipts_file_beside_the_invoices_pays_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The same receipts with the invoice list they pay: INV/00310 paid; INV/00322 3,000,000
    # less 1,650,000 = 1,350,000 due 20 Nov (2 days, 1-30).
    receipts = tmp_path / "penerimaan.csv"
    receipts.write_text(RECEIPTS, encoding="utf-8")
    invoices = tmp_path / "faktur.csv"
    invoices.write_text(
        "No Faktur;Tanggal;Pelanggan;Jumlah\n"
        "INV/00310;01/10/2026;PT Adi Karya;2.500.000\n"
        "INV/00322;21/10/2026;CV Lestari;3.000.000\n",
        encoding="utf-8",
    )
    assert main(["summary", str(invoices), str(receipts), "--today", "2026-11-22", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {k: out[k] for k in FIGURES} == figures(1_350_000, 1_350_000, 1, d1to30=1_350_000)
    assert not out["problems"]
