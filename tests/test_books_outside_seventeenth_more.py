"""Books an outside tester wrote this round (the seventeenth set), their figures worked out on
paper as of 22 Nov 2026 with the default 30-day term; each test says what it showed before.

Each book is written in a temporary folder: nothing binary is committed. The working of each
figure is in the comment above it."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path
from typing import Any

import pytest

from core.overview import headline
from core.report import load_files, summarize_files
from tests.test_books_by_hand import AS_OF, FIGURES, _xlsx, figures, read_book, reads_to


def _mismatches(payload: dict[str, Any]) -> list[tuple[int, str, int, int]]:
    return [
        (p["row"], p["column"], p["book_says"], p["read"])
        for p in payload["problems"]
        if p["code"] == "check-mismatch"
    ]


# A list newest first with its TOTAL on top, under the header. E-1010 1.25M and E-1009 2M
# (0.4M paid) not due; E-1008 0.9M due 29 Oct (24 days); E-1007 paid; E-1006 0.5M due on
# receipt 12 Sep (71 days). Amount 7.65M, paid 3.0M, balance 4.65M.
NEWEST_FIRST: list[list[object]] = [
    ["E-1010", D(2026, 11, 18), "Green Leaf Cafe", "Net 14", 1_250_000, 0, 1_250_000],
    ["E-1009", D(2026, 11, 3), "Blue Ocean Ltd", "Net 30", 2_400_000, 400_000, 2_000_000],
    ["E-1008", D(2026, 10, 15), "Green Leaf Cafe", "Net 14", 900_000, 0, 900_000],
    ["E-1007", D(2026, 10, 5), "Blue Ocean Ltd", "Net 30", 2_350_000, 2_350_000, 0],
    ["E-1006", D(2026, 9, 12), "Sunrise Bakery", "Due on receipt", 750_000, 250_000, 500_000],
]
AR_HEADER = ["Invoice #", "Date", "Customer", "Terms", "Amount", "Paid", "Balance"]
AR_TOTAL = ["TOTAL", None, None, None, 7_650_000, 3_000_000, 4_650_000]
AR_FIGURES = figures(4_650_000, 1_400_000, 3, current=3_250_000, d1to30=900_000,
                     d61to90=500_000)  # fmt: skip


def test_a_total_above_the_rows_it_adds_up_is_checked_against_them(tmp_path: Path) -> None:
    """A TOTAL line between the header and the rows was checked against nothing above it: a
    check-mismatch for each of its figures ("buku Rp 7.650.000, terhitung Rp 0") on a clean
    book. It adds up the rows under it."""
    rows = [["Accounts Receivable - November 2026"], [], AR_HEADER, AR_TOTAL, *NEWEST_FIRST]
    payload = reads_to(tmp_path / "newest_first.xlsx", [("AR", rows)], AR_FIGURES)
    assert payload["files"][0]["sheets"][0]["checks"]["totals"] == "ok"


def test_a_wrong_total_above_its_rows_is_told_with_their_sum(tmp_path: Path) -> None:
    """The book's figure against the rows under it, not against nothing."""
    wrong = ["TOTAL", None, None, None, 7_560_000, 3_000_000, 4_650_000]
    payload = read_book(tmp_path / "newest_first.xlsx", [("AR", [AR_HEADER, wrong, *NEWEST_FIRST])])
    assert {key: payload[key] for key in FIGURES} == AR_FIGURES
    assert _mismatches(payload) == [(2, "Amount", 7_560_000, 7_650_000)]


def test_sub_totals_above_their_months_are_each_checked_against_their_own_rows(
    tmp_path: Path,
) -> None:
    """A total over each month's rows, newest month first: each adds up the rows under it,
    up to the next total. November's is right; October's says 0.1M more than its rows."""
    rows = [
        AR_HEADER,
        ["Total November", None, None, None, 3_650_000, 400_000, 3_250_000],
        *NEWEST_FIRST[:2],
        ["Total Oktober", None, None, None, 3_350_000, 2_350_000, 900_000],
        *NEWEST_FIRST[2:4],
        ["Total September", None, None, None, 750_000, 250_000, 500_000],
        NEWEST_FIRST[4],
    ]
    payload = read_book(tmp_path / "per_month.xlsx", [("AR", rows)])
    assert {key: payload[key] for key in FIGURES} == AR_FIGURES
    assert _mismatches(payload) == [(5, "Amount", 3_350_000, 3_250_000)]


def test_a_total_under_the_rows_reads_as_before(tmp_path: Path) -> None:
    """At the bottom, the total adds up the rows above it: clean when right, told when not."""
    rows = [AR_HEADER, *NEWEST_FIRST, AR_TOTAL]
    payload = reads_to(tmp_path / "bottom.xlsx", [("AR", rows)], AR_FIGURES)
    assert payload["files"][0]["sheets"][0]["checks"]["totals"] == "ok"
    wrong = ["TOTAL", None, None, None, 7_650_000, 3_100_000, 4_650_000]
    payload = read_book(tmp_path / "bottom_wrong.xlsx", [("AR", [AR_HEADER, *NEWEST_FIRST, wrong])])
    assert _mismatches(payload) == [(7, "Paid", 3_100_000, 3_000_000)]


# Payments written as negative rows under the invoice's own number, one list in date order.
# NF-101 3M - 1M - 0.5M = 1.5M due 1 Oct (52 days); NF-102 1.5M - 0.3M = 1.2M due 5 Nov (17);
# NF-103 paid; NF-104 0.9M due 9 Dec.
NEGATIVE_PAYMENTS: list[list[object]] = [
    ["Tanggal", "No Faktur", "Pelanggan", "Keterangan", "Jumlah"],
    [D(2026, 9, 1), "NF-101", "Toko Sentosa", "Penjualan", 3_000_000],
    [D(2026, 9, 20), "NF-101", "Toko Sentosa", "Bayar transfer", -1_000_000],
    [D(2026, 10, 6), "NF-102", "Toko Sentosa", "Penjualan", 1_500_000],
    [D(2026, 10, 12), "NF-103", "Bengkel Prima", "Penjualan", 2_200_000],
    [D(2026, 10, 15), "NF-101", "Toko Sentosa", "Bayar tunai", -500_000],
    [D(2026, 11, 9), "NF-104", "Bengkel Prima", "Penjualan", 900_000],
    [D(2026, 11, 10), "NF-103", "Bengkel Prima", "Pelunasan", -2_200_000],
    [D(2026, 11, 20), "NF-102", "Toko Sentosa", "Cicilan", -300_000],
]
NEGATIVE_FIGURES = figures(3_600_000, 2_700_000, 2, current=900_000, d1to30=1_200_000,
                           d31to60=1_500_000)  # fmt: skip


def test_a_negative_row_whose_note_says_payment_is_money_paid(tmp_path: Path) -> None:
    """A negative amount is a credit: money paid where its row says so ("Bayar transfer",
    "Pelunasan", "Cicilan"). They were all returns: 4M of returns and no money collected in
    the last 30 days (2.5M: NF-103's 2.2M on 10 Nov and NF-102's 0.3M on 20 Nov)."""
    path = tmp_path / "bayar_baris_negatif.xlsx"
    payload = reads_to(path, [("Piutang", NEGATIVE_PAYMENTS)], NEGATIVE_FIGURES)
    assert payload["returns"] == 0
    _, ledger = load_files([path])
    assert [(p.amount, p.kind) for p in ledger.payments] == [
        (1_000_000, "payment"),
        (500_000, "payment"),
        (2_200_000, "payment"),
        (300_000, "payment"),
    ]
    assert headline(ledger, AS_OF).collected_30d == 2_500_000


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        (None, "return"),
        ("", "return"),
        ("Retur barang rusak", "return"),
        ("Nota Kredit", "return"),
        ("Potongan tunai", "return"),
        ("Credit Note", "return"),
        ("Pembayaran", "payment"),
        ("Angsuran ke-2", "payment"),
        ("tf BCA", "payment"),
        ("Setor tunai", "payment"),
        ("Payment", "payment"),
    ],
)
def test_a_negative_row_is_a_return_unless_its_note_says_money_was_paid(
    tmp_path: Path, note: str | None, kind: str
) -> None:
    """A negative amount with no words, or with a return's, is goods sent back, as before; a
    payment's words make it money paid. The figures are the same either way."""
    rows = [list(row) for row in NEGATIVE_PAYMENTS]
    rows[-1][3] = note
    path = tmp_path / "negatif.xlsx"
    reads_to(path, [("Piutang", rows)], NEGATIVE_FIGURES)
    _, ledger = load_files([path])
    assert ledger.payments[-1].amount == 300_000
    assert ledger.payments[-1].kind == kind


def test_a_return_written_rp_in_brackets_isread_book(tmp_path: Path) -> None:
    """Returns as negative text amounts: "-Rp 300.000" and "(200.000)" were read, "Rp
    (100.000)" was an invalid-amount row (3.1M read for 3M). Sari Rasa: J-01 2M - 0.5M - 0.3M
    = 1.2M due 5 Oct (48 days); J-02 1.2M due 11 Nov (11). Mekar: J-03 0.9M - 0.2M - 0.1M =
    0.6M due 31 Oct (22); J-04 paid."""
    rows: list[list[object]] = [
        ["No Bukti", "Tanggal", "Pelanggan", "Keterangan", "Jumlah", "Dibayar"],
        ["J-01", D(2026, 9, 5), "Toko Sari Rasa", "Penjualan", "Rp 2.000.000", "Rp 500.000"],
        ["RJ-01", D(2026, 9, 20), "Toko Sari Rasa", "Retur barang rusak", "-Rp 300.000", None],
        ["J-02", D(2026, 10, 12), "Toko Sari Rasa", "Penjualan", "Rp1.200.000", "Rp -"],
        ["J-03", D(2026, 10, 1), "UD Mekar", "Penjualan", "Rp 900.000,-", None],
        ["RJ-02", D(2026, 10, 20), "UD Mekar", "Retur", "(200.000)", None],
        ["J-04", D(2026, 11, 8), "UD Mekar", "Penjualan", "Rp. 1.000.000", "Rp. 1.000.000"],
        ["RJ-03", D(2026, 11, 15), "UD Mekar", "Potongan harga", "Rp (100.000)", None],
    ]
    payload = reads_to(
        tmp_path / "negatif_rp_kurung.xlsx",
        [("Buku Piutang", rows)],
        figures(3_000_000, 3_000_000, 2, d1to30=1_800_000, d31to60=1_200_000),
    )
    assert payload["returns"] == 600_000


# Rows in rupiah and in dollars, each with its rate and its value in rupiah; what was paid in
# rupiah. X-1 4M - 1M = 3M due 10 Oct (43 days); X-2 32M - 16M = 16M due 31 Oct (22); X-3
# 2.5M not due; X-4 paid; X-5 16.2M due 20 Nov (2). Totals 62.6M and 24.9M.
KURS: list[tuple[object, ...]] = [
    ("X-1", D(2026, 9, 10), D(2026, 10, 10), "PT Samudra", "IDR", 4_000_000, 1, 4_000_000,
     1_000_000),
    ("X-2", D(2026, 10, 1), D(2026, 10, 31), "Ocean Pacific Pte", "USD", 2_000, 16_000,
     32_000_000, 16_000_000),
    ("X-3", D(2026, 11, 2), D(2026, 12, 2), "PT Samudra", "IDR", 2_500_000, 1, 2_500_000, 0),
    ("X-4", D(2026, 8, 15), D(2026, 9, 14), "Ocean Pacific Pte", "USD", 500, 15_800,
     7_900_000, 7_900_000),
    ("X-5", D(2026, 11, 5), D(2026, 11, 20), "Global Traders", "USD", 1_000, 16_200,
     16_200_000, 0),
]  # fmt: skip
KURS_FIGURES = figures(37_700_000, 35_200_000, 3, current=2_500_000, d1to30=32_200_000,
                       d31to60=3_000_000)  # fmt: skip


@pytest.mark.parametrize(
    ("value", "rupiah"),
    [
        ("Nilai", "Nilai (Rp)"),
        ("Nilai", "Jumlah Rp"),
        ("Nilai", "Nilai IDR"),
        ("Nilai", "Jumlah (Rupiah)"),
        ("Nilai Valas", "Jumlah (Rp)"),
        ("Nilai (USD/IDR)", "Nilai (Rp)"),
        (None, "Nilai (Rp)"),
    ],
)
def test_a_row_in_another_currency_counts_by_its_value_in_rupiah(
    tmp_path: Path, value: str | None, rupiah: str
) -> None:
    """Beside a currency column, the figure is the column in rupiah, and a dollar row whose
    value in rupiah is read counts: the plain "Nilai" was read, its dollar rows told and left
    out, and the Total called wrong (5.5M read for 37.7M); with the dollar column gone, the
    dollar rows were still left out."""
    header = ["No Invoice", "Tanggal", "Jatuh Tempo", "Customer", "Mata Uang", value, "Kurs",
              rupiah, "Dibayar (Rp)"]  # fmt: skip
    keep = [i for i, label in enumerate(header) if label is not None]
    rows: list[list[object]] = [
        [row[i] for i in keep]
        for row in [
            header,
            *KURS,
            ["Total", None, None, None, None, None, None, 62_600_000, 24_900_000],
        ]
    ]
    payload = reads_to(tmp_path / "usd_kurs_rupiah.xlsx", [("Invoice", rows)], KURS_FIGURES)
    amount = payload["files"][0]["sheets"][0]["columns"]["amount"]["header"]
    assert amount == rupiah


def test_a_dollar_row_stays_out_while_what_was_paid_may_be_in_dollars(tmp_path: Path) -> None:
    """The value in rupiah beside a "Dibayar" that does not say rupiah: the dollar rows may
    have been paid in dollars, so they are told and left out as before (X-1 3M, X-3 2.5M)."""
    header = ["No Invoice", "Tanggal", "Jatuh Tempo", "Customer", "Mata Uang", "Nilai", "Kurs",
              "Nilai (Rp)", "Dibayar"]  # fmt: skip
    payload = read_book(tmp_path / "usd.xlsx", [("Invoice", [header, *map(list, KURS)])])
    assert {key: payload[key] for key in FIGURES} == figures(
        5_500_000, 3_000_000, 1, current=2_500_000, d31to60=3_000_000
    )
    assert [(p["code"], p["row"]) for p in payload["problems"]] == [
        ("foreign-currency", 3),
        ("foreign-currency", 5),
        ("foreign-currency", 6),
    ]


@pytest.mark.parametrize("where", ["bottom", "top"])
def test_a_total_on_a_payments_sheet_is_checked_against_its_payments(
    tmp_path: Path, where: str
) -> None:
    """A payments sheet's TOTAL, under its rows or above them, is their sum: no problem row
    (it was "Jumlah Bayar: buku Rp 800.000, terhitung Rp 0", a red notice on a right book);
    a TOTAL that is not their sum is told with what they add up to."""
    paid: list[list[object]] = [
        [D(2026, 10, 20), "A-1", "Toko A", 500_000],
        [D(2026, 10, 25), "A-2", "Toko B", 300_000],
    ]

    def book(total: int) -> Path:
        line: list[object] = [None, None, "TOTAL", total]
        body = [*paid, line] if where == "bottom" else [line, *paid]
        path = tmp_path / f"bayar_{total}.xlsx"
        _xlsx(path, [
            ("Faktur", [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
                        ["A-1", D(2026, 10, 1), "Toko A", 1_000_000],
                        ["A-2", D(2026, 10, 5), "Toko B", 700_000]]),
            ("Pembayaran", [["Tanggal", "No Faktur", "Pelanggan", "Jumlah Bayar"], *body]),
        ])  # fmt: skip
        return path

    _, right = summarize_files([book(800_000)], AS_OF)
    assert right["outstanding"] == 900_000 and not right["problems"]
    _, wrong = summarize_files([book(850_000)], AS_OF)
    assert [(p["sheet"], p["book_says"], p["read"]) for p in wrong["problems"]] == [
        ("Pembayaran", 850_000, 800_000)
    ]
