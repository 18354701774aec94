"""Round 56 of the outside testers (the owner's own slips: a line typed twice, a year typed
wrong, a word against a figure): each book written by hand with its figures worked out on paper
as of 22 Nov 2026 (default term 30 days)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, read_book, reads_to

FIGURES = ("outstanding", "overdue", "aging", "customers_with_balance", "credit_balances")

INVOICES = [
    ["No. Invoice", "Tanggal", "Pelanggan", "Nilai Invoice"],
    ["INV-081", D(2026, 8, 20), "Toko Berkah Jaya", 6_500_000],
    ["INV-097", D(2026, 10, 1), "Apotek Sehat", 2_480_000],
    ["INV-110", D(2026, 10, 30), "Apotek Sehat", 1_760_000],
]


# Round 56 a04: receipt KW-0431 typed twice on one payments sheet, identical in every cell.
# Its copy paid INV-110 and made up a 720,000 credit (7,200,000 for 8,960,000), nothing told.
# One receipt: INV-081 6,500,000 - 2,500,000 = 4,000,000 (due 19 Sep, 64 days late); INV-097
# paid; INV-110 1,760,000 (due 29 Nov, current). 5,760,000, overdue 4,000,000, two customers.
def test_a_receipt_typed_twice_on_one_sheet_is_one_payment_and_told(tmp_path: Path) -> None:
    paid = [
        ["Tgl Bayar", "No. Kwitansi", "Pelanggan", "Untuk Invoice", "Jumlah"],
        [D(2026, 9, 30), "KW-0417", "Toko Berkah Jaya", "INV-081", 2_500_000],
        [D(2026, 10, 29), "KW-0431", "Apotek Sehat", "INV-097", 2_480_000],
        [D(2026, 10, 29), "KW-0431", "Apotek Sehat", "INV-097", 2_480_000],
    ]
    book = [("Faktur", INVOICES), ("Pembayaran", paid)]
    payload = read_book(tmp_path / "piutang.xlsx", book)
    expected = figures(5_760_000, 4_000_000, 2, current=1_760_000, d61to90=4_000_000)
    assert {key: payload[key] for key in FIGURES} == expected
    [told] = payload["problems"]
    assert (told["code"], told["sheet"], told["row"]) == ("repeated-receipt", "Pembayaran", 4)
    assert "baris 3 (KW-0431)" in told["message"]


# The look-alikes: two equal instalments of one day with no receipt number of their own are two
# payments (1,240,000 twice pays INV-097's 2,480,000: the same figures as above, nothing told);
# one receipt on two rows paying two invoices is no row typed twice (INV-097 and INV-110 paid:
# 4,000,000 left, on INV-081).
def test_two_payments_alike_without_a_receipt_number_stay_two(tmp_path: Path) -> None:
    paid = [
        ["Tgl Bayar", "Pelanggan", "Untuk Invoice", "Jumlah"],
        [D(2026, 9, 30), "Toko Berkah Jaya", "INV-081", 2_500_000],
        [D(2026, 10, 29), "Apotek Sehat", "INV-097", 1_240_000],
        [D(2026, 10, 29), "Apotek Sehat", "INV-097", 1_240_000],
    ]
    expected = figures(5_760_000, 4_000_000, 2, current=1_760_000, d61to90=4_000_000)
    reads_to(tmp_path / "dua.xlsx", [("Faktur", INVOICES), ("Pembayaran", paid)], expected)
    one_receipt = [
        ["Tgl Bayar", "No. Kwitansi", "Pelanggan", "Untuk Invoice", "Jumlah"],
        [D(2026, 9, 30), "KW-0417", "Toko Berkah Jaya", "INV-081", 2_500_000],
        [D(2026, 10, 29), "KW-0431", "Apotek Sehat", "INV-097", 2_480_000],
        [D(2026, 10, 29), "KW-0431", "Apotek Sehat", "INV-110", 1_760_000],
    ]
    expected = figures(4_000_000, 4_000_000, 1, d61to90=4_000_000)
    book = [("Faktur", INVOICES), ("Pembayaran", one_receipt)]
    reads_to(tmp_path / "satu.xlsx", book, expected)
