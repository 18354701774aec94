"""Small books of every shape, written by hand with their figures worked out on paper (as of
22 Nov 2026, the default 30-day term), through ``core.report.summarize_files``.

Made for the ninth speed round (2026-12-06) as a check on books the reader had never seen; all
of them read exact the first time, and they stay as a check that a faster reader reads them
the same. Each book is written here, in a temporary folder, with openpyxl (a CSV with the
standard library): nothing binary is committed.

The working of each figure is in the comment above its book: a debit is due on its due date,
else its date + 30 days; an opening balance on its own date; a credit that names an invoice
pays it first, every other credit the customer's oldest dues first; what is left over is a
credit balance.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from core.report import summarize_files
from tests.helpers import write_xlsx

AS_OF = date(2026, 11, 22)
D = date
ZERO = {"current": 0, "1-30": 0, "31-60": 0, "61-90": 0, "90+": 0}
CARD = ["Tanggal", "Keterangan", "No. Faktur", "Debet", "Kredit", "Saldo"]

Rows = Sequence[Sequence[object]]


def _xlsx(path: Path, sheets: Sequence[tuple[str, Rows]], merges: Sequence[str] = ()) -> None:
    write_xlsx(path, dict(sheets))
    if merges:
        book = openpyxl.load_workbook(path)
        for cells in merges:
            book.worksheets[0].merge_cells(cells)
        book.save(path)


def _aging(**named: int) -> dict[str, int]:
    """The buckets by name: current, d1to30, d31to60, d61to90, over90."""
    keys = {"current": "current", "d1to30": "1-30", "d31to60": "31-60", "d61to90": "61-90",
            "over90": "90+"}  # fmt: skip
    return {**ZERO, **{keys[k]: v for k, v in named.items()}}


def _expect(outstanding: int, overdue: int, aging: dict[str, int], customers: int,
            credit: dict[str, int] | None = None) -> dict[str, Any]:  # fmt: skip
    return {
        "outstanding": outstanding,
        "overdue": overdue,
        "aging": aging,
        "customers_with_balance": customers,
        "credit_balances": credit or {},
    }


def read_book(path: Path, sheets: Sequence[tuple[str, Rows]]) -> dict[str, Any]:
    """Write a book and read it as of 22 Nov 2026: its summary (no file refused)."""
    _xlsx(path, sheets)
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    return payload


def saved_summary(folder: Path, *books: Path) -> dict[str, Any]:
    """``python -m core import`` each book into a database of ``folder``, in turn, then the
    saved book's ``summary --json`` as of 22 Nov 2026."""
    import json
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "TAGIH_DB": f"sqlite:///{folder / 'tagih.db'}"}
    for book in books:
        run = [sys.executable, "-m", "core", "import", str(book)]
        subprocess.run(run, cwd=root, env=env, check=True, capture_output=True)
    done = subprocess.run(
        [sys.executable, "-m", "core", "summary", "--today", "2026-11-22", "--json"],
        cwd=root, env=env, check=True, capture_output=True, text=True,
    )  # fmt: skip
    found: dict[str, Any] = json.loads(done.stdout)
    return found


def figures(
    outstanding: int,
    overdue: int,
    customers: int,
    credit: dict[str, int] | None = None,
    **aging: int,
) -> dict[str, Any]:
    """A book's expected figures, its aging buckets by name (``_aging``)."""
    return _expect(outstanding, overdue, _aging(**aging), customers, credit)


BOOKS: dict[str, tuple[list[tuple[str, Rows]], list[str], dict[str, Any]]] = {
    # Alpha: opening 1.5M (due 1 Aug) less an unnamed payment of 1M = 0.5M, 113 days late;
    # INV-101 2M less a credit note naming it 0.3M = 1.7M, due 14 Sep, 69 days; INV-102 0.8M
    # due 1 Dec. Beta paid 1.2M against 1M: a credit balance of 0.2M.
    "kartu_en.xlsx": (
        [
            (
                "Alpha",
                [
                    ["Customer: PT Alpha Jaya"],
                    [],
                    ["Date", "Description", "Ref", "Debit", "Credit", "Balance"],
                    [D(2026, 8, 1), "Opening balance", None, None, None, 1_500_000],
                    [D(2026, 8, 15), "Sales", "INV-101", 2_000_000, None, 3_500_000],
                    [D(2026, 9, 10), "Payment", None, None, 1_000_000, 2_500_000],
                    [D(2026, 10, 5), "Credit Note", "INV-101", None, 300_000, 2_200_000],
                    [D(2026, 11, 1), "Sales", "INV-102", 800_000, None, 3_000_000],
                ],
            ),
            (
                "Beta",
                [
                    ["Kartu Piutang - CV Beta"],
                    [],
                    CARD,
                    [D(2026, 10, 1), "Penjualan", "FB-1", 1_000_000, None, 1_000_000],
                    [D(2026, 10, 20), "Bayar", None, None, 1_200_000, -200_000],
                ],
            ),
        ],
        [],
        _expect(
            3_000_000,
            2_200_000,
            _aging(current=800_000, d61to90=1_700_000, over90=500_000),
            1,
            {"CV Beta": 200_000},
        ),
    ),
    # Toko Satu: opening 750k (1 Jul) less a return written as -250k = 500k, 144 days;
    # J-001 1.25M due 1 Oct, 52 days. Toko Dua: J-002 paid by an unnamed receipt; J-003 400k
    # due 5 Dec. The Jumlah line adds the Debet column as written (with the minus).
    "jurnal_rp.xlsx": (
        [
            (
                "Jurnal",
                [
                    ["BUKU PEMBANTU PIUTANG"],
                    [],
                    [
                        "Tanggal",
                        "No. Bukti",
                        "Nama Pelanggan",
                        "Keterangan",
                        "Debet (Rp)",
                        "Kredit (Rp)",
                    ],
                    [D(2026, 7, 1), "SA", "Toko Satu", "Saldo awal", 750_000, None],
                    [D(2026, 9, 1), "J-001", "Toko Satu", "Penjualan", 1_250_000, None],
                    [D(2026, 9, 5), "J-002", "Toko Dua", "Penjualan", 600_000, None],
                    [D(2026, 9, 20), "R-001", "Toko Satu", "Retur barang", -250_000, None],
                    [D(2026, 10, 10), "BKM-01", "Toko Dua", "Pembayaran", None, 600_000],
                    [D(2026, 11, 5), "J-003", "Toko Dua", "Penjualan", 400_000, None],
                    [None, None, None, "Jumlah", 2_750_000, 600_000],
                ],
            )
        ],
        [],
        _expect(
            2_150_000, 1_750_000, _aging(current=400_000, d31to60=1_250_000, over90=500_000), 2
        ),
    ),
    "grouped.xlsx": (
        [
            (
                "Piutang",
                [
                    ["DAFTAR PIUTANG PER PELANGGAN"],
                    [],
                    ["No. Faktur", "Tanggal", "Jatuh Tempo", "Jumlah", "Dibayar", "Sisa"],
                    ["Toko Makmur"],
                    ["F-01", D(2026, 9, 1), D(2026, 10, 1), 1_000_000, 400_000, 600_000],
                    ["F-02", D(2026, 10, 15), D(2026, 11, 14), 500_000, 0, 500_000],
                    ["Sub Total", None, None, 1_500_000, 400_000, 1_100_000],
                    [],
                    ["UD Sentosa"],
                    ["F-03", D(2026, 11, 10), D(2026, 12, 10), 2_000_000, None, 2_000_000],
                    ["Sub Total", None, None, 2_000_000, 0, 2_000_000],
                    [],
                    ["GRAND TOTAL", None, None, 3_500_000, 400_000, 3_100_000],
                ],
            )
        ],
        [],
        _expect(
            3_100_000, 1_100_000, _aging(current=2_000_000, d1to30=500_000, d31to60=600_000), 2
        ),
    ),
    # Pembayaran + Tanggal is when it was paid, never the invoice's date: A-2 is due 19 Nov.
    "two_row_header.xlsx": (
        [
            (
                "Sheet1",
                [
                    ["Pelanggan", "Faktur", None, None, "Pembayaran", None],
                    [None, "Nomor", "Tanggal", "Jumlah", "Tanggal", "Jumlah"],
                    ["Toko A", "A-1", D(2026, 9, 1), 1_000_000, D(2026, 9, 20), 1_000_000],
                    ["Toko A", "A-2", D(2026, 10, 20), 2_000_000, D(2026, 11, 10), 500_000],
                    ["Toko B", "B-1", D(2026, 11, 1), 700_000, None, None],
                ],
            )
        ],
        ["B1:D1", "E1:F1", "A1:A2"],
        _expect(2_200_000, 1_500_000, _aging(current=700_000, d1to30=1_500_000), 2),
    ),
    # The owed amount is Sisa; the buckets of 30 Sep are stale and never added.
    "aging_export.xlsx": (
        [
            (
                "Umur Piutang",
                [
                    ["LAPORAN UMUR PIUTANG per 30/09/2026"],
                    [],
                    [
                        "Pelanggan",
                        "No. Faktur",
                        "Tgl Faktur",
                        "Jatuh Tempo",
                        "Total",
                        "Sisa",
                        "Belum Jatuh Tempo",
                        "1-30",
                        "31-60",
                        "61-90",
                        ">90",
                    ],
                    [
                        "CV Maju",
                        "M-1",
                        D(2026, 8, 1),
                        D(2026, 8, 31),
                        5_000_000,
                        2_000_000,
                        None,
                        2_000_000,
                        None,
                        None,
                        None,
                    ],
                    [
                        "CV Maju",
                        "M-2",
                        D(2026, 11, 1),
                        D(2026, 12, 1),
                        1_000_000,
                        1_000_000,
                        1_000_000,
                        None,
                        None,
                        None,
                        None,
                    ],
                    [
                        "PT Jaya",
                        "J-9",
                        D(2026, 10, 1),
                        D(2026, 10, 31),
                        3_000_000,
                        0,
                        None,
                        None,
                        None,
                        None,
                        None,
                    ],
                    [
                        "TOTAL",
                        None,
                        None,
                        None,
                        9_000_000,
                        3_000_000,
                        1_000_000,
                        2_000_000,
                        0,
                        0,
                        0,
                    ],
                ],
            )
        ],
        [],
        _expect(3_000_000, 2_000_000, _aging(current=1_000_000, d61to90=2_000_000), 1),
    ),
    # The opening balance (no number, due 1 Jan) takes the Retur of 400k: 2.6M left.
    "list_opening_retur.xlsx": (
        [
            (
                "Piutang",
                [
                    ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Keterangan"],
                    [None, D(2026, 1, 1), "Toko C", 3_000_000, "Saldo awal dari buku 2025"],
                    ["C-1", D(2026, 10, 1), "Toko C", 1_000_000, None],
                    ["C-2", D(2026, 10, 15), "Toko C", -400_000, "Retur"],
                    ["D-1", D(2026, 11, 20), "Toko D", 900_000, None],
                ],
            )
        ],
        [],
        _expect(
            4_500_000, 3_600_000, _aging(current=900_000, d1to30=1_000_000, over90=2_600_000), 2
        ),
    ),
    # The customer from a title line, or from the sheet's name; the recap never counts.
    "per_customer_sheets.xlsx": (
        [
            (
                "Toko Elok",
                [
                    ["Pelanggan: Toko Elok"],
                    [],
                    ["No Faktur", "Tanggal", "Jatuh Tempo", "Jumlah", "Dibayar"],
                    ["E-1", D(2026, 9, 1), D(2026, 9, 30), 1_000_000, 1_000_000],
                    ["E-2", D(2026, 10, 10), D(2026, 11, 9), 2_500_000, 500_000],
                ],
            ),
            (
                "Bu Rina",
                [
                    ["No Faktur", "Tanggal", "Jatuh Tempo", "Jumlah", "Dibayar"],
                    ["R-1", D(2026, 11, 15), D(2026, 12, 15), 600_000, 0],
                ],
            ),
            (
                "Rekap",
                [
                    ["Pelanggan", "Total Piutang"],
                    ["Toko Elok", 2_000_000],
                    ["Bu Rina", 600_000],
                    ["TOTAL", 2_600_000],
                ],
            ),
        ],
        [],
        _expect(2_600_000, 2_000_000, _aging(current=600_000, d1to30=2_000_000), 2),
    ),
    # X-1 on the card and in the list is one invoice; the card's payment names it.
    "mixed.xlsx": (
        [
            (
                "Daftar Faktur",
                [
                    ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Dibayar"],
                    ["X-1", D(2026, 10, 1), "Toko X", 1_000_000, 0],
                    ["Y-1", D(2026, 10, 5), "Toko Y", 2_000_000, 0],
                ],
            ),
            (
                "Toko X",
                [
                    ["Nama Pelanggan : Toko X"],
                    [],
                    CARD,
                    [D(2026, 10, 1), "Penjualan", "X-1", 1_000_000, None, 1_000_000],
                    [D(2026, 11, 1), "Bayar", "X-1", None, 400_000, 600_000],
                ],
            ),
        ],
        [],
        _expect(2_600_000, 2_600_000, _aging(d1to30=2_600_000), 2),
    ),
    # Text dates and amounts; an opening balance "Saldo s/d 31/10/2026" due that day.
    "kartu_text.xlsx": (
        [
            (
                "Toko Sinar",
                [
                    ["KARTU PIUTANG"],
                    ["Nama Pelanggan : Toko Sinar"],
                    [],
                    ["No", "Tanggal", "Keterangan", "No. Faktur", "Debet", "Kredit", "Saldo"],
                    [
                        1,
                        "31/10/2026",
                        "Saldo s/d 31/10/2026",
                        None,
                        "Rp 2.000.000",
                        None,
                        "Rp 2.000.000",
                    ],
                    [2, "05/11/2026", "Penjualan", "TS-01", "Rp 1.250.000", None, "Rp 3.250.000"],
                    [3, "10/11/2026", "Pembayaran", None, None, "Rp 500.000", "Rp 2.750.000"],
                ],
            )
        ],
        [],
        _expect(2_750_000, 1_500_000, _aging(current=1_250_000, d1to30=1_500_000), 1),
    ),
    # The invoice is the "Invoice No" column, not the voucher; the credit note names D-101.
    "journal_en.xlsx": (
        [
            (
                "Ledger",
                [
                    ["Date", "Voucher", "Customer", "Memo", "Invoice No", "Debit", "Credit"],
                    [D(2026, 9, 1), "S-1", "Delta Store", "Sale", "D-100", 1_000_000, None],
                    [D(2026, 9, 10), "S-2", "Delta Store", "Sale", "D-101", 500_000, None],
                    [D(2026, 9, 25), "CN-1", "Delta Store", "Credit Note", "D-101", None, 200_000],
                    [D(2026, 10, 5), "RC-1", "Delta Store", "Receipt", None, None, 600_000],
                    [D(2026, 10, 20), "S-3", "Echo Shop", "Sale", "E-1", 250_000, None],
                ],
            )
        ],
        [],
        _expect(950_000, 950_000, _aging(d1to30=250_000, d31to60=700_000), 2),
    ),
    # Two cards in blocks on one sheet, each under its own "Nama Pelanggan" line.
    "kartu_blocks.xlsx": (
        [
            (
                "Kartu",
                [
                    ["Nama Pelanggan : Toko Anggrek"],
                    CARD,
                    [D(2026, 9, 1), "Penjualan", "AG-1", 1_000_000, None, 1_000_000],
                    [D(2026, 10, 1), "Bayar", "AG-1", None, 1_000_000, 0],
                    [D(2026, 11, 1), "Penjualan", "AG-2", 700_000, None, 700_000],
                    [],
                    ["Nama Pelanggan : Toko Bakung"],
                    CARD,
                    [D(2026, 8, 1), "Penjualan", "BK-1", 3_000_000, None, 3_000_000],
                    [D(2026, 9, 15), "Bayar", None, None, 1_000_000, 2_000_000],
                ],
            )
        ],
        [],
        _expect(2_700_000, 2_000_000, _aging(current=700_000, d61to90=2_000_000), 2),
    ),
    "aging_saldo.xlsx": (
        [
            (
                "AR",
                [
                    [
                        "Nama Customer",
                        "No Invoice",
                        "Tanggal",
                        "Jatuh Tempo",
                        "Nilai Faktur",
                        "Saldo",
                        "0-30 hari",
                        "31-60 hari",
                        "61-90 hari",
                        "> 90 hari",
                    ],
                    [
                        "PT Kencana",
                        "K-7",
                        D(2026, 6, 1),
                        D(2026, 7, 1),
                        4_000_000,
                        1_500_000,
                        None,
                        None,
                        None,
                        1_500_000,
                    ],
                    [
                        "PT Kencana",
                        "K-8",
                        D(2026, 11, 10),
                        D(2026, 12, 10),
                        2_000_000,
                        2_000_000,
                        2_000_000,
                        None,
                        None,
                        None,
                    ],
                    ["TOTAL", None, None, None, 6_000_000, 3_500_000, 2_000_000, 0, 0, 1_500_000],
                ],
            )
        ],
        [],
        _expect(3_500_000, 1_500_000, _aging(current=2_000_000, over90=1_500_000), 1),
    ),
    # A credit note written as a positive row, marked in Keterangan, lowers F-10.
    "list_nota_kredit.xlsx": (
        [
            (
                "Faktur",
                [
                    ["No. Faktur", "Tgl", "Customer", "Total", "Bayar", "Keterangan"],
                    ["F-10", D(2026, 10, 1), "Toko Permata", 2_000_000, 0, None],
                    [
                        "NK-01",
                        D(2026, 10, 10),
                        "Toko Permata",
                        300_000,
                        0,
                        "Nota Kredit untuk F-10",
                    ],
                    ["F-11", D(2026, 11, 1), "Toko Permata", 500_000, 500_000, None],
                ],
            )
        ],
        [],
        _expect(1_700_000, 1_700_000, _aging(d1to30=1_700_000), 1),
    ),
    # "b/f" openings; the Saldo runs over the whole table; Toko Intan paid 300k too much.
    "journal_bf.xlsx": (
        [
            (
                "Buku",
                [
                    ["Tgl", "Ref", "Pelanggan", "Uraian", "Debit", "Kredit", "Saldo"],
                    [D(2026, 6, 30), None, "Toko Gading", "b/f", 1_000_000, None, 1_000_000],
                    [D(2026, 7, 15), "G-1", "Toko Gading", "Penjualan", 500_000, None, 1_500_000],
                    [D(2026, 8, 1), None, "Toko Intan", "b/f", 200_000, None, 1_700_000],
                    [D(2026, 9, 1), "KB-1", "Toko Intan", "Pelunasan", None, 500_000, 1_200_000],
                    [D(2026, 10, 1), "KB-2", "Toko Gading", "Pembayaran", None, 400_000, 800_000],
                ],
            )
        ],
        [],
        _expect(1_100_000, 1_100_000, _aging(over90=1_100_000), 1, {"Toko Intan": 300_000}),
    ),
    # The customer only in the sheet's name, under a bare "KARTU PIUTANG".
    "kartu_sheetname.xlsx": (
        [
            (
                "Ibu Wati",
                [
                    ["KARTU PIUTANG"],
                    [],
                    ["Tanggal", "Uraian", "Faktur", "Debet", "Kredit", "Saldo"],
                    [D(2026, 10, 5), "Jual", "W-1", 1_100_000, None, 1_100_000],
                    [D(2026, 11, 12), "Jual", "W-2", 900_000, None, 2_000_000],
                    [D(2026, 11, 20), "Bayar", "W-1", None, 1_100_000, 900_000],
                ],
            ),
            (
                "Pak Joko",
                [
                    ["KARTU PIUTANG"],
                    [],
                    ["Tanggal", "Uraian", "Faktur", "Debet", "Kredit", "Saldo"],
                    [D(2026, 9, 1), "Jual", "J-1", 400_000, None, 400_000],
                ],
            ),
        ],
        [],
        _expect(1_300_000, 400_000, _aging(current=900_000, d31to60=400_000), 2),
    ),
    # One amount column and a D/K column saying which it is.
    "jurnal_dk.xlsx": (
        [
            (
                "Jurnal",
                [
                    ["Tanggal", "No", "Pelanggan", "Keterangan", "D/K", "Jumlah"],
                    [D(2026, 9, 1), 1, "Toko Kenari", "Penjualan", "D", 800_000],
                    [D(2026, 9, 20), 2, "Toko Kenari", "Pembayaran", "K", 300_000],
                    [D(2026, 11, 1), 3, "Toko Kenari", "Penjualan", "D", 200_000],
                ],
            )
        ],
        [],
        _expect(700_000, 500_000, _aging(current=200_000, d31to60=500_000), 1),
    ),
    # Debet and Kredit called Penjualan and Pembayaran, the balance "Sisa Saldo".
    "kartu_penjualan.xlsx": (
        [
            (
                "Toko Nuri",
                [
                    ["Pelanggan: Toko Nuri"],
                    ["Tgl", "Uraian", "No Nota", "Penjualan", "Pembayaran", "Sisa Saldo"],
                    [D(2026, 10, 1), "Nota", "N-1", 600_000, None, 600_000],
                    [D(2026, 10, 15), "Nota", "N-2", 400_000, None, 1_000_000],
                    [D(2026, 11, 2), "Transfer", None, None, 700_000, 300_000],
                ],
            )
        ],
        [],
        _expect(300_000, 300_000, _aging(d1to30=300_000), 1),
    ),
    "list_bayar_bertahap.xlsx": (
        [
            (
                "Piutang",
                [
                    [
                        "No Faktur",
                        "Tanggal",
                        "Pelanggan",
                        "Total",
                        "Bayar 1",
                        "Bayar 2",
                        "Bayar 3",
                        "Sisa",
                    ],
                    [
                        "P-1",
                        D(2026, 8, 1),
                        "Toko Merpati",
                        3_000_000,
                        1_000_000,
                        1_000_000,
                        None,
                        1_000_000,
                    ],
                    [
                        "P-2",
                        D(2026, 10, 25),
                        "Toko Merpati",
                        2_000_000,
                        500_000,
                        None,
                        None,
                        1_500_000,
                    ],
                    ["P-3", D(2026, 9, 10), "Toko Elang", 900_000, 900_000, None, None, 0],
                ],
            )
        ],
        [],
        _expect(2_500_000, 1_000_000, _aging(current=1_500_000, d61to90=1_000_000), 1),
    ),
    # The recap sheet comes first and names the same money: counted once.
    "kartu_rekap.xlsx": (
        [
            (
                "Rekap",
                [
                    ["Nama Pelanggan", "Saldo Piutang"],
                    ["Toko Camar", 1_000_000],
                    ["TOTAL", 1_000_000],
                ],
            ),
            (
                "Toko Camar",
                [
                    ["Nama Pelanggan : Toko Camar"],
                    CARD,
                    [D(2026, 10, 10), "Penjualan", "C-1", 1_000_000, None, 1_000_000],
                ],
            ),
        ],
        [],
        _expect(1_000_000, 1_000_000, _aging(d1to30=1_000_000), 1),
    ),
    # A return written as a negative debit naming RJ-1.
    "kartu_retur_minus.xlsx": (
        [
            (
                "Rajawali",
                [
                    ["Nama Pelanggan : Toko Rajawali"],
                    CARD,
                    [D(2026, 10, 1), "Penjualan", "RJ-1", 1_000_000, None, 1_000_000],
                    [D(2026, 10, 10), "Retur", "RJ-1", -300_000, None, 700_000],
                    [D(2026, 11, 15), "Penjualan", "RJ-2", 500_000, None, 1_200_000],
                ],
            )
        ],
        [],
        _expect(1_200_000, 700_000, _aging(current=500_000, d1to30=700_000), 1),
    ),
}

# Books whose own figures disagree with their rows: the row, what the book says, what was read.
MISMATCHES: dict[str, tuple[list[tuple[str, Rows]], dict[str, Any], int]] = {
    "kartu_saldo_salah.xlsx": (
        [
            (
                "Pak Budi",
                [
                    ["Nama Pelanggan : Pak Budi"],
                    [],
                    CARD,
                    [D(2026, 10, 1), "Penjualan", "K-1", 1_000_000, None, 1_000_000],
                    [D(2026, 10, 15), "Penjualan", "K-2", 500_000, None, 1_500_000],
                    [D(2026, 11, 1), "Bayar", None, None, 300_000, 1_250_000],
                ],
            )
        ],
        {"sheet": "Pak Budi", "row": 6, "book_says": 1_250_000, "read": 1_200_000},
        1_200_000,
    ),
    "grouped_wrong_total.xlsx": (
        [
            (
                "Data",
                [
                    ["Tanggal", "No Faktur", "Jumlah", "Terbayar", "Sisa"],
                    ["Pelanggan: Toko Zamrud"],
                    [D(2026, 10, 1), "Z-1", 1_000_000, 0, 1_000_000],
                    [D(2026, 10, 20), "Z-2", 500_000, 100_000, 400_000],
                    ["Jumlah", None, 1_500_000, 100_000, 1_400_000],
                    ["Pelanggan: Toko Yakut"],
                    [D(2026, 11, 1), "Y-1", 800_000, 0, 800_000],
                    ["Jumlah", None, 800_000, 0, 800_000],
                    ["TOTAL", None, 2_400_000, 100_000, 2_300_000],
                ],
            )
        ],
        {"sheet": "Data", "row": 9, "book_says": 2_400_000, "read": 2_300_000},
        2_200_000,
    ),
}


def _csv_export(path: Path) -> None:
    """A debts app's export: English, a customer who paid 200k more than owed."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["Date", "Customer", "Description", "Debit", "Credit"])
        out.writerows([["2026-09-01", "Ana", "Sale", "500000", ""],
                       ["2026-09-15", "Ana", "Payment", "", "200000"],
                       ["2026-10-01", "Ben", "Sale", "300000", ""],
                       ["2026-10-02", "Ben", "Payment", "", "500000"]])  # fmt: skip


FIGURES = ("outstanding", "overdue", "aging", "customers_with_balance", "credit_balances")


def reads_to(
    path: Path,
    sheets: Sequence[tuple[str, Rows]],
    expected: dict[str, Any],
    merges: Sequence[str] = (),
) -> dict[str, Any]:
    """Write a book, read it as of 22 Nov 2026: its figures are ``expected``, it has no
    problem rows; its summary for more checks."""
    _xlsx(path, sheets, merges)
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    assert {key: payload[key] for key in FIGURES} == expected
    assert not payload["problems"]
    return payload


def text_reads_to(
    path: Path, text: str, expected: dict[str, Any], told: Sequence[tuple[str, int]] = ()
) -> dict[str, Any]:
    """``reads_to`` of a book written as text (a CSV, or an HTML page saved as .xls); its
    problems are those ``told`` (code, row), none unless given."""
    path.write_text(text, encoding="utf-8")
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    assert {key: payload[key] for key in FIGURES} == expected
    assert [(p["code"], p["row"]) for p in payload["problems"]] == list(told)
    return payload


@pytest.mark.parametrize("name", sorted(BOOKS))
def test_a_book_written_by_hand_reads_to_its_figures(tmp_path: Path, name: str) -> None:
    sheets, merges, expected = BOOKS[name]
    reads_to(tmp_path / name, sheets, expected, merges)


def test_a_debts_apps_csv_reads_to_its_figures(tmp_path: Path) -> None:
    path = tmp_path / "app_export.csv"
    _csv_export(path)
    _, payload = summarize_files([path], AS_OF)
    assert {key: payload[key] for key in FIGURES} == _expect(
        300_000, 300_000, _aging(d31to60=300_000), 1, {"Ben": 200_000}
    )
    assert payload["files"][0]["sheets"][0]["shape"] == "journal"


@pytest.mark.parametrize("name", sorted(MISMATCHES))
def test_a_book_whose_own_figure_disagrees_says_where(tmp_path: Path, name: str) -> None:
    sheets, mismatch, outstanding = MISMATCHES[name]
    path = tmp_path / name
    _xlsx(path, sheets)
    _, payload = summarize_files([path], AS_OF)
    found = [
        {key: p.get(key) for key in mismatch}
        for p in payload["problems"]
        if p.get("code") == "check-mismatch"
    ]
    assert mismatch in found
    assert payload["outstanding"] == outstanding  # the rows' figure, with the notice beside it
