"""Tables side by side on one sheet, from an outside tester's round (2026-12): three customer
cards across a sheet (A-F, H-M, O-T), each under its own "Nama : …" line, were read as the
leftmost card alone, silently (Rp 1.500.000 and one customer for Rp 4.150.000 and three); so
were cards written one against the next without a column between. Invoices on the left and
payments on the right of one sheet are the same mess.

Each table is read as a sheet of its own (its header, its shape, the customer its own title
lines name); the report lists each under the sheet's name with its columns, and a problem row
names its Excel row and the table's columns. A header with one label twice that is one table
(an invoice's date and its payment's) reads as before.

Each book is written in a temporary folder with openpyxl: nothing binary is committed. The
working of each figure is in the comment above it (as of 22 Nov 2026, the default 30 days).
"""

from __future__ import annotations

from datetime import date as D
from pathlib import Path
from typing import Any

import pytest

from core.report import reading_lines, summarize_files
from tests.test_books_by_hand import AS_OF, CARD, FIGURES, Rows, _aging, _expect, _xlsx, reads_to


def _beside(*tables: Rows, gap: int = 1) -> list[list[object]]:
    """The tables written side by side from row 1, ``gap`` empty columns between."""
    widths = [max(len(row) for row in table) for table in tables]
    height = max(len(table) for table in tables)
    rows: list[list[object]] = []
    for k in range(height):
        row: list[object] = []
        for table, width in zip(tables, widths, strict=True):
            cells = list(table[k]) if k < len(table) else []
            row += [*cells, *[None] * (width - len(cells) + gap)]
        rows.append(row)
    return rows


def _card(name: str, lines: Rows) -> Rows:
    return [["KARTU PIUTANG"], [f"Nama : {name}"], CARD, *lines]


# Sri Rejeki: 700 + 400 paid to N-201 -> 100 left, due 19 Sep (64 days); N-233 900 due 4 Nov
# (18); N-270 500 due 15 Dec. Bu Tini: N-210 paid; N-240 850 due 14 Nov (8); N-262 300 due
# 18 Dec. Barokah: N-190 paid; N-255 1,750 less a return of 250 = 1,500 due 10 Dec.
SRI = _card(
    "Toko Sri Rejeki",
    [
        [D(2026, 8, 20), "Penjualan", "N-201", 1_200_000, None, 1_200_000],
        [D(2026, 9, 10), "Bayar tunai", None, None, 700_000, 500_000],
        [D(2026, 10, 5), "Penjualan", "N-233", 900_000, None, 1_400_000],
        [D(2026, 11, 2), "Transfer", None, None, 400_000, 1_000_000],
        [D(2026, 11, 15), "Penjualan", "N-270", 500_000, None, 1_500_000],
    ],
)
TINI = _card(
    "Warung Bu Tini",
    [
        [D(2026, 9, 1), "Penjualan", "N-210", 650_000, None, 650_000],
        [D(2026, 10, 15), "Penjualan", "N-240", 850_000, None, 1_500_000],
        [D(2026, 10, 30), "Bayar N-210", None, None, 650_000, 850_000],
        [D(2026, 11, 18), "Penjualan", "N-262", 300_000, None, 1_150_000],
    ],
)
BAROKAH = _card(
    "Toko Barokah",
    [
        [D(2026, 7, 25), "Penjualan", "N-190", 2_000_000, None, 2_000_000],
        [D(2026, 8, 30), "Bayar", None, None, 2_000_000, 0],
        [D(2026, 11, 10), "Penjualan", "N-255", 1_750_000, None, 1_750_000],
        [D(2026, 11, 20), "Retur N-255", None, None, 250_000, 1_500_000],
    ],
)
CARDS = _expect(
    4_150_000, 1_850_000, _aging(current=2_300_000, d1to30=1_750_000, d61to90=100_000), 3
)


@pytest.mark.parametrize("gap", [1, 0], ids=["a column between", "one against the next"])
def test_cards_side_by_side_are_each_read(tmp_path: Path, gap: int) -> None:
    """Each card is read with its own name (the leftmost alone was: Rp 1.500.000, one
    customer); the report lists the three under the sheet's name, with their columns."""
    payload = reads_to(
        tmp_path / "kartu_samping.xlsx",
        [("Kartu Piutang", _beside(SRI, TINI, BAROKAH, gap=gap))],
        CARDS,
    )
    assert payload["per_customer"] == {
        "Toko Barokah": 1_500_000, "Toko Sri Rejeki": 1_500_000, "Warung Bu Tini": 1_150_000,
    }  # fmt: skip
    sheets = payload["files"][0]["sheets"]
    blocks = ["A:F", "H:M", "O:T"] if gap else ["A:F", "G:L", "M:R"]
    assert [(s["sheet"], s["block"], s["header_row"], s["shape"]) for s in sheets] == [
        ("Kartu Piutang", block, 3, "customer_card") for block in blocks
    ]
    assert all(s["checks"]["saldo"] == "ok" for s in sheets)
    assert payload["shape"] == "customer_card"
    assert reading_lines(payload["files"][0], "en") == [
        "Read as customer cards (kartu piutang): 1 sheet, 3 customers; Saldo agrees on every row."
    ]


# F-101 paid. F-102 0.7M due 14 Nov (8 days); F-103 1.2M less 0.5M = 0.7M due 19 Nov (3);
# F-104 0.6M due 5 Dec.
INVOICES: Rows = [
    ["DAFTAR FAKTUR"],
    ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
    ["F-101", D(2026, 9, 10), "Toko Lancar", 1_000_000],
    ["F-102", D(2026, 10, 15), "Toko Lancar", 700_000],
    ["F-103", D(2026, 10, 20), "UD Rukun", 1_200_000],
    ["F-104", D(2026, 11, 5), "UD Rukun", 600_000],
]
PAYMENTS: Rows = [
    ["PEMBAYARAN"],
    ["Tanggal", "Pelanggan", "No Faktur", "Bayar"],
    [D(2026, 10, 5), "Toko Lancar", "F-101", 1_000_000],
    [D(2026, 11, 10), "UD Rukun", "F-103", 500_000],
]


def test_invoices_left_payments_right_are_each_read(tmp_path: Path) -> None:
    """The payments beside the invoices are a payment list of their own: each pays the invoice
    it names. (The two titles were read as group cells of one header over two rows, the
    right-hand "Bayar" as a due date: F-101 and F-102 left out as two problem rows, Rp 1.800.000
    and one customer.)"""
    payload = reads_to(
        tmp_path / "faktur_bayar.xlsx",
        [("Piutang", _beside(INVOICES, PAYMENTS))],
        _expect(2_000_000, 1_400_000, _aging(current=600_000, d1to30=1_400_000), 2),
    )
    sheets = payload["files"][0]["sheets"]
    assert [(s["block"], s["shape"], s["records"]) for s in sheets] == [
        ("A:D", "invoice_list", 4),
        ("F:I", "payment_list", 2),
    ]
    assert payload["shape"] == "invoice_list"


def test_a_problem_names_its_row_and_its_table(tmp_path: Path) -> None:
    """A date that cannot be read in the second card is told on its Excel row, in that card's
    columns; the rest is read."""
    tini = [*TINI[:4], ["tgl ?", "Penjualan", "N-240", 850_000, None, 1_500_000], *TINI[5:]]
    path = tmp_path / "kartu_salah.xlsx"
    _xlsx(path, [("Kartu", _beside(SRI, tini))])
    _, payload = summarize_files([path], AS_OF)
    found = [(p["sheet"], p["row"], p["column"]) for p in payload["problems"]]
    assert found[0] == ("Kartu", 5, "Tanggal (H:M)")
    assert all(column.endswith("(H:M)") for _, _, column in found)  # the Saldo below it too
    assert payload["customers_with_balance"] == 2


def test_a_title_over_the_first_table_is_over_all(tmp_path: Path) -> None:
    """ "dalam ribuan" written once, over the left table, says so of the right one too (read in
    rupiah, the payments would pay almost nothing)."""
    invoices, payments = (
        [[c // 1000 if isinstance(c, int) else c for c in row] for row in table[1:]]
        for table in (INVOICES, PAYMENTS)
    )
    rows: Rows = [["PIUTANG (dalam ribuan rupiah)"], *_beside(invoices, payments)]
    payload = reads_to(
        tmp_path / "ribuan.xlsx",
        [("Piutang", rows)],
        _expect(2_000_000, 1_400_000, _aging(current=600_000, d1to30=1_400_000), 2),
    )
    assert [s["unit"] for s in payload["files"][0]["sheets"]] == [1000, 1000]


# One table, a label twice: the invoice's date and its payment's, a column between. M-1 1M
# less 0.4M = 0.6M due 4 Nov (18 days); M-2 0.8M due 20 Dec.
ONE_TABLE: dict[str, tuple[Rows, dict[str, Any]]] = {
    "tanggal_bayar_terpisah.xlsx": (
        [
            ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", None, "Tanggal", "Bayar"],
            ["M-1", D(2026, 10, 5), "Toko Maju", 1_000_000, None, D(2026, 10, 25), 400_000],
            ["M-2", D(2026, 11, 20), "Toko Maju", 800_000, None, None, None],
        ],
        _expect(1_400_000, 600_000, _aging(current=800_000, d1to30=600_000), 1),
    ),
}


@pytest.mark.parametrize("name", sorted(ONE_TABLE))
def test_a_label_twice_in_one_table_is_no_second_table(tmp_path: Path, name: str) -> None:
    rows, expected = ONE_TABLE[name]
    payload = reads_to(tmp_path / name, [("Piutang", rows)], expected)
    assert [s.get("block") for s in payload["files"][0]["sheets"]] == [None]
    assert {key: payload[key] for key in FIGURES} == expected


def test_a_heading_over_a_table_says_it_lists_payments(tmp_path: Path) -> None:
    """Payments under "PEMBAYARAN" with a plain "Jumlah" column are payments, as on a sheet of
    that name; an unnamed one pays the customer's oldest invoice. (Read as one table under a
    header of two rows, each payment paid the invoice on its line: the right total by chance,
    Kenari Rp 630.000 and Merpati Rp 1.070.000.) DT-01 paid; 0.3M pays DT-02: 0.4M left, due
    28 Oct (25 days); DT-03 0.95M less 0.45M, due 13 Nov (9); DT-04, DT-05 not due."""
    sales: Rows = [
        ["PENJUALAN"],
        ["No Nota", "Tanggal", "Pelanggan", "Jumlah"],
        ["DT-01", D(2026, 9, 3), "Toko Kenari", 1_100_000],
        ["DT-02", D(2026, 9, 28), "Toko Kenari", 700_000],
        ["DT-03", D(2026, 10, 14), "Toko Merpati", 950_000],
        ["DT-04", D(2026, 11, 6), "Toko Merpati", 420_000],
        ["DT-05", D(2026, 11, 18), "Toko Kenari", 380_000],
    ]
    paid: Rows = [
        ["PEMBAYARAN"],
        ["Tanggal", "No Nota", "Pelanggan", "Jumlah"],
        [D(2026, 10, 1), "DT-01", "Toko Kenari", 1_100_000],
        [D(2026, 10, 30), "DT-03", "Toko Merpati", 450_000],
        [D(2026, 11, 15), None, "Toko Kenari", 300_000],
    ]
    payload = reads_to(
        tmp_path / "dua_tabel.xlsx",
        [("Nota", _beside(sales, paid, gap=2))],
        _expect(1_700_000, 900_000, _aging(current=800_000, d1to30=900_000), 2),
    )
    assert payload["per_customer"] == {"Toko Kenari": 780_000, "Toko Merpati": 920_000}
    shapes = [(s["block"], s["shape"]) for s in payload["files"][0]["sheets"]]
    assert shapes == [("A:D", "invoice_list"), ("G:J", "payment_list")]
