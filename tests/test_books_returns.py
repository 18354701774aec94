"""Returns in a column of their own (2026-12-06, eleventh round): a "Retur" column beside the
amount and what was paid, in an invoice list, a customer card and a journal, and a return
written on a row of its own that names an invoice with a paid figure. Before, the column was
not read and the return row was outweighed by the paid figure: the customer's debt was
overstated by every return, with no problem shown when the book had no Sisa column.

Figures worked out on paper as of 22 Nov 2026 with the default 30-day term, through
``summarize_files``; the working of each is in the comment above it. Each book is written in
a temporary folder: nothing binary is committed."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path
from typing import Any

import pytest

from core.columns import guess_field
from core.ingest import read_ledger
from core.ledger import build_ledger
from core.report import summarize_files
from core.statement import statement_rows
from tests.factories import invoice, payment
from tests.test_books_by_hand import AS_OF, Rows, _aging, _expect, _xlsx, reads_to

LIST = ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Retur", "Dibayar"]
# 5M less 1M returned and 2M paid: 2M left, as the Sisa says.
SARI_F001 = ["F-001", D(2026, 9, 1), "Toko Sari", 5_000_000, 1_000_000, 2_000_000, 2_000_000]


def _figures(outstanding: int, overdue: int, customers: int, **aging: int) -> dict[str, Any]:
    return _expect(outstanding, overdue, _aging(**aging), customers)


# name → its sheets, its figures, the returns the summary counts.
BOOKS: dict[str, tuple[list[tuple[str, Rows]], dict[str, Any], int]] = {
    # F-001 5M less 1M returned and 2M paid = 2M, due 1 Oct (52 days); F-002 3M due 31 Oct
    # (22 days); F-003 4M less 0.5M returned = 3.5M, due 4 Nov (18 days). The Sisa agrees.
    "retur_dibayar_sisa.xlsx": (
        [
            (
                "Piutang",
                [
                    [*LIST, "Sisa"],
                    SARI_F001,
                    ["F-002", D(2026, 10, 1), "Toko Sari", 3_000_000, None, 0, 3_000_000],
                    ["F-003", D(2026, 10, 5), "CV Maju", 4_000_000, 500_000, None, 3_500_000],
                ],
            )
        ],
        _figures(8_500_000, 8_500_000, 2, d1to30=6_500_000, d31to60=2_000_000),
        1_500_000,
    ),
    # The same book without its Sisa column: nothing to check against, the same figures.
    "retur_tanpa_sisa.xlsx": (
        [
            (
                "Piutang",
                [
                    LIST,
                    ["F-001", D(2026, 9, 1), "Toko Sari", 5_000_000, 1_000_000, 2_000_000],
                    ["F-002", D(2026, 10, 1), "Toko Sari", 3_000_000, None, 0],
                    ["F-003", D(2026, 10, 5), "CV Maju", 4_000_000, 500_000, None],
                ],
            )
        ],
        _figures(8_500_000, 8_500_000, 2, d1to30=6_500_000, d31to60=2_000_000),
        1_500_000,
    ),
    # "Potongan/Retur" and a Saldo: the same figures again.
    "potongan_retur_saldo.xlsx": (
        [
            (
                "Piutang",
                [
                    [
                        "No Faktur",
                        "Tanggal",
                        "Pelanggan",
                        "Nilai Faktur",
                        "Potongan/Retur",
                        "Pembayaran",
                        "Saldo",
                    ],
                    SARI_F001,
                    ["F-002", D(2026, 10, 1), "Toko Sari", 3_000_000, 0, 0, 3_000_000],
                    ["F-003", D(2026, 10, 5), "CV Maju", 4_000_000, 500_000, 0, 3_500_000],
                ],
            )
        ],
        _figures(8_500_000, 8_500_000, 2, d1to30=6_500_000, d31to60=2_000_000),
        1_500_000,
    ),
    # R-001 is goods sent back alone (no amount, 600k in Retur, a number of its own): it pays
    # Toko Sari's oldest due, F-001: 5M - 1M - 0.6M = 3.4M, due 1 Oct (52 days). F-002 2M ("-"
    # returned and paid) due 31 Oct (22 days); F-003 1M less a return written minus,
    # 250k = 750k, due 1 Nov (21 days).
    "retur_baris_sendiri.xlsx": (
        [
            (
                "Penjualan",
                [
                    [*LIST, "Sisa"],
                    ["F-001", D(2026, 9, 1), "Toko Sari", 5_000_000, None, 1_000_000, 4_000_000],
                    ["R-001", D(2026, 9, 9), "Toko Sari", None, 600_000, None, None],
                    ["F-002", D(2026, 10, 1), "CV Maju", 2_000_000, "-", "-", 2_000_000],
                    ["F-003", D(2026, 10, 2), "CV Maju", 1_000_000, -250_000, None, 750_000],
                ],
            )
        ],
        _figures(6_150_000, 6_150_000, 2, d1to30=2_750_000, d31to60=3_400_000),
        850_000,
    ),
    # A return on a row of its own with the invoice's number, under an invoice with a paid
    # figure: 5M - 2M paid - 1M returned = 2M (52 days). The paid figure is money; the return
    # is on top of it, not the larger of the two. F-002 2M, 22 days.
    "retur_nomor_faktur.xlsx": (
        [
            (
                "Penjualan",
                [
                    ["No Faktur", "Tanggal", "Pelanggan", "Keterangan", "Jumlah", "Dibayar"],
                    ["F-001", D(2026, 9, 1), "Toko Sari", "Jual", 5_000_000, 2_000_000],
                    ["F-001", D(2026, 9, 9), "Toko Sari", "Retur", -1_000_000, None],
                    ["F-002", D(2026, 10, 1), "CV Maju", "Jual", 2_000_000, None],
                ],
            )
        ],
        _figures(4_000_000, 4_000_000, 2, d1to30=2_000_000, d31to60=2_000_000),
        1_000_000,
    ),
    # No invoice numbers and a status: LUNAS settles the invoice by the money and the goods
    # together (5M = 4M + 1M; 3M = 0.5M returned + the rest), never a credit balance. CV
    # Maju's 2M less 0.3M returned and 0.7M paid = 1M, due 31 Oct (22 days); "LUNAS" written
    # in the paid column settles the last.
    "retur_status_lunas.xlsx": (
        [
            (
                "Piutang",
                [
                    ["Tanggal", "Pelanggan", "Jumlah", "Retur", "Dibayar", "Status"],
                    [D(2026, 9, 1), "Toko Sari", 5_000_000, 1_000_000, 4_000_000, "Lunas"],
                    [D(2026, 9, 5), "Toko Sari", 3_000_000, 500_000, None, "Lunas"],
                    [D(2026, 10, 1), "CV Maju", 2_000_000, 300_000, 700_000, "Belum"],
                    [D(2026, 10, 2), "CV Maju", 1_000_000, None, "LUNAS", None],
                ],
            )
        ],
        _figures(1_000_000, 1_000_000, 1, d1to30=1_000_000),
        1_800_000,
    ),
    # Amount, Retur and Sisa only: the Sisa is what is owed after both (F-1 4M, 52 days; F-2
    # nothing; F-3 1M, 22 days), and the returns are still shown.
    "retur_sisa_saja.xlsx": (
        [
            (
                "Piutang",
                [
                    ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Retur", "Sisa"],
                    ["F-1", D(2026, 9, 1), "Toko Sari", 5_000_000, 1_000_000, 4_000_000],
                    ["F-2", D(2026, 9, 5), "Toko Sari", 3_000_000, 500_000, 0],
                    ["F-3", D(2026, 10, 1), "CV Maju", 2_000_000, 300_000, 1_000_000],
                ],
            )
        ],
        _figures(5_000_000, 5_000_000, 2, d1to30=1_000_000, d31to60=4_000_000),
        1_800_000,
    ),
    # A payments sheet with Bayar and Retur: F-001 5M - 1M paid - 0.5M returned (a row of
    # goods only) = 3.5M, due 1 Oct (52 days); F-002 2M - 0.5M - 0.2M on one row = 1.3M, due
    # 31 Oct (22 days).
    "bayar_dan_retur.xlsx": (
        [
            (
                "Faktur",
                [
                    ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
                    ["F-001", D(2026, 9, 1), "Toko Sari", 5_000_000],
                    ["F-002", D(2026, 10, 1), "CV Maju", 2_000_000],
                ],
            ),
            (
                "Pembayaran",
                [
                    ["Tanggal Bayar", "No Faktur", "Bayar", "Retur"],
                    [D(2026, 9, 20), "F-001", 1_000_000, None],
                    [D(2026, 9, 25), "F-001", None, 500_000],
                    [D(2026, 10, 5), "F-002", 500_000, 200_000],
                ],
            ),
        ],
        _figures(4_800_000, 4_800_000, 2, d1to30=1_300_000, d31to60=3_500_000),
        700_000,
    ),
    # A card per customer with Penjualan | Retur | Pembayaran | Saldo, its sales numbered in
    # their notes ("Faktur F-01"). Toko Sari: opening 1M (1 Sep), F-01 5M (due 5 Oct) less
    # "Retur F-01" 0.5M; the 2M paid naming none pays the opening and 1M of F-01: 3.5M left
    # (48 days); F-02 2M less the 0.3M sent back on its own row, due 14 Nov (8 days); 5.2M as
    # the Saldo says. CV Maju's sale is all sent back, its card a sale and a return only: 0.
    "kartu_kolom_retur.xlsx": (
        [
            (
                name,
                [
                    ["Kartu Piutang"],
                    [f"Nama Pelanggan : {name}"],
                    [],
                    ["Tanggal", "Keterangan", "Penjualan", "Retur", "Pembayaran", "Saldo"],
                    *rows,
                ],
            )
            for name, rows in (
                (
                    "Toko Sari",
                    [
                        [D(2026, 9, 1), "Saldo awal", None, None, None, 1_000_000],
                        [D(2026, 9, 5), "Faktur F-01", 5_000_000, None, None, 6_000_000],
                        [D(2026, 9, 10), "Retur F-01", None, 500_000, None, 5_500_000],
                        [D(2026, 10, 1), "Bayar", None, None, 2_000_000, 3_500_000],
                        [D(2026, 10, 15), "Faktur F-02", 2_000_000, 300_000, None, 5_200_000],
                    ],
                ),
                (
                    "CV Maju",
                    [
                        [D(2026, 10, 1), "Faktur F-10", 4_000_000, None, None, 4_000_000],
                        [D(2026, 10, 20), "Retur", None, 4_000_000, None, 0],
                    ],
                ),
            )
        ],
        _figures(5_200_000, 5_200_000, 1, d1to30=1_700_000, d31to60=3_500_000),
        4_800_000,
    ),
    # A journal with Debet | Kredit | Retur: Toko Sari 5M - 0.7M returned - 1M paid = 3.3M
    # (due 1 Oct, 52 days); CV Maju 2M (22 days).
    "jurnal_kolom_retur.xlsx": (
        [
            (
                "Jurnal",
                [
                    [
                        "Tanggal",
                        "No. Bukti",
                        "Nama Pelanggan",
                        "Keterangan",
                        "Debet",
                        "Kredit",
                        "Retur",
                    ],
                    [D(2026, 9, 1), "F-01", "Toko Sari", "Jual", 5_000_000, None, None],
                    [D(2026, 9, 3), "R-01", "Toko Sari", "Retur barang", None, None, 700_000],
                    [D(2026, 9, 20), "K-01", "Toko Sari", "Bayar", None, 1_000_000, None],
                    [D(2026, 10, 1), "F-02", "CV Maju", "Jual", 2_000_000, None, None],
                ],
            )
        ],
        _figures(5_300_000, 5_300_000, 2, d1to30=2_000_000, d31to60=3_300_000),
        700_000,
    ),
}


@pytest.mark.parametrize("name", sorted(BOOKS))
def test_a_book_with_returns_reads_to_its_figures(tmp_path: Path, name: str) -> None:
    sheets, expected, returns = BOOKS[name]
    payload = reads_to(tmp_path / name, sheets, expected)
    assert payload["returns"] == returns
    assert payload["checks"] in ("ok", "none")


def test_a_retur_column_is_a_return_on_the_customers_statement(tmp_path: Path) -> None:
    path = tmp_path / "retur.xlsx"
    _xlsx(path, BOOKS["retur_dibayar_sisa.xlsx"][0])
    read = read_ledger(path)
    ledger = build_ledger(read.invoices, read.payments)
    statement = statement_rows(ledger, "Toko Sari", AS_OF)
    assert [(p.kind, p.invoice_number, p.amount) for p in statement.payments] == [
        ("return", "F-001", 1_000_000)
    ]
    first = next(line for line in statement.lines if line.number == "F-001")
    # The goods sent back are a return on the line, not money paid (round 65 b05).
    assert (first.amount, first.paid, first.returned, first.outstanding) == (
        5_000_000, 2_000_000, 1_000_000, 2_000_000,
    )  # fmt: skip


def test_a_sisa_that_leaves_the_return_out_is_a_mismatch(tmp_path: Path) -> None:
    """The Sisa check counts the return: a Sisa of amount less paid only disagrees."""
    sheets = BOOKS["retur_dibayar_sisa.xlsx"][0]
    rows = [list(r) for r in sheets[0][1]]
    rows[1][6] = 3_000_000  # 5M - 2M paid, the 1M returned left out
    path = tmp_path / "sisa.xlsx"
    _xlsx(path, [("Piutang", rows)])
    _, payload = summarize_files([path], AS_OF)
    assert [(p["code"], p["row"], p["book_says"], p["read"]) for p in payload["problems"]] == [
        ("check-mismatch", 2, 3_000_000, 2_000_000)
    ]


def test_a_bad_retur_cell_is_a_problem_row_and_the_rest_imports(tmp_path: Path) -> None:
    rows = [list(r) for r in BOOKS["retur_tanpa_sisa.xlsx"][0][0][1]]
    rows[3][4] = "lima ratus"
    path = tmp_path / "rusak.xlsx"
    _xlsx(path, [("Piutang", rows)])
    _, payload = summarize_files([path], AS_OF)
    assert [(p["code"], p["row"], p["column"]) for p in payload["problems"]] == [
        ("invalid-amount", 4, "Retur")
    ]
    assert payload["outstanding"] == 2_000_000 + 3_000_000


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Retur", "returned"),
        ("Potongan/Retur", "returned"),
        ("Nota Kredit (Rp)", "returned"),
        ("Retur Penjualan", "returned"),
        ("Credit Note", "returned"),
        ("Potongan", None),  # beside a net total, a discount already taken off
        ("Diskon", None),
    ],
)
def test_which_headers_are_a_retur_column(header: str, field: str | None) -> None:
    guess = guess_field(header)
    assert (guess.field if guess else None) == field


def test_money_naming_an_invoice_is_the_larger_and_a_return_comes_on_top() -> None:
    ledger = build_ledger(
        [
            invoice("A", "Toko Sari", 5_000_000, 2_000_000, late=50),
            invoice("B", "Toko Sari", 1_000_000, 1_000_000, late=40),
            invoice("C", "CV Maju", 1_000_000, 1_000_000),
        ],
        [
            payment(1_500_000, number="A", customer="Toko Sari"),  # the paid figure's money
            payment(1_000_000, number="A", customer="Toko Sari", kind="return"),
            # B was paid in full: the goods sent back pay the customer's oldest due, A.
            payment(200_000, number="B", customer="Toko Sari", kind="return"),
            payment(300_000, number="C", customer="CV Maju", kind="return"),  # beyond C's debt
        ],
    )
    assert [inv.paid for inv in ledger.invoices] == [3_200_000, 1_000_000, 1_000_000]
    assert ledger.credit_balances == {"cv maju": 300_000}


def _export(path: Path, rows: Rows, paid: Rows) -> Path:
    header = ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Retur", "Dibayar"]
    _xlsx(
        path,
        [
            ("Piutang", [header, *rows]),
            ("Pembayaran", [["Tanggal Bayar", "No Faktur", "Bayar"], *paid]),
        ],
    )
    return path


def test_two_months_exports_count_a_payment_and_a_return_once(tmp_path: Path) -> None:
    """October's export and November's list the same return and the first payment again:
    read together as files, or saved one after the other, each counts once. F-001 5M - 1M
    returned - 1M - 1M paid = 2M; F-002 2M - 0.5M = 1.5M; F-003 1M: 4.5M. As files they were
    counted in both (2.5M)."""
    from core.store import Store
    from tests.store.books import save

    first = [
        ["F-001", D(2026, 9, 1), "Toko Sari", 5_000_000, 1_000_000, None],
        ["F-002", D(2026, 9, 15), "CV Maju", 2_000_000, None, None],
    ]
    october = _export(tmp_path / "okt.xlsx", first, [[D(2026, 9, 20), "F-001", 1_000_000]])
    november = _export(
        tmp_path / "nov.xlsx",
        [*first, ["F-003", D(2026, 11, 1), "CV Maju", 1_000_000, None, None]],
        [
            [D(2026, 9, 20), "F-001", 1_000_000],
            [D(2026, 10, 20), "F-001", 1_000_000],
            [D(2026, 10, 25), "F-002", 500_000],
        ],
    )
    _, payload = summarize_files([october, november], AS_OF)
    assert (payload["outstanding"], payload["returns"]) == (4_500_000, 1_000_000)
    store = Store(tmp_path / "tagih.sqlite3")
    save(store, october)
    save(store, november)
    saved = store.ledger()
    assert sum(inv.outstanding for inv in saved.invoices) == 4_500_000
