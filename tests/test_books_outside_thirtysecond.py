"""Outside books (round 31, figures worked out on paper as of 22 Nov 2026, default term 30
days) that counted the same money twice, silently, and the books beside them that must read
as they did:

- a card's (or a journal's) Kredit rows listed again on a payments sheet of the same
  workbook: every payment paid twice."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date as D
from pathlib import Path

import pytest

from tests.test_books_by_hand import (
    Rows,
    _aging,
    _expect,
    _xlsx,
    reads_to,
    saved_summary,
)

# Cards whose Kredit rows the "Pembayaran" sheet lists again. Toko Rambutan: FR-1 1,000,000
# of 1 Sep paid by KW-01 on 20 Oct; FR-2 1,500,000 of 10 Oct due 9 Nov, 13 days late (1-30).
# Toko Durian: FR-3 800,000 of 1 Nov due 1 Dec less KW-02's 300,000: 500,000 (current).
# 2,000,000 in all; paid twice it read 700,000.
CARD = ["Tanggal", "No. Bukti", "Keterangan", "Debet", "Kredit", "Saldo"]
RAMBUTAN: Rows = [["Kartu Piutang - Toko Rambutan"], CARD,
                  [D(2026, 9, 1), "FR-1", "Penjualan", 1_000_000, None, 1_000_000],
                  [D(2026, 10, 10), "FR-2", "Penjualan", 1_500_000, None, 2_500_000],
                  [D(2026, 10, 20), "KW-01", "Pembayaran FR-1", None, 1_000_000,
                   1_500_000]]  # fmt: skip
DURIAN: Rows = [["Kartu Piutang - Toko Durian"], CARD,
                [D(2026, 11, 1), "FR-3", "Penjualan", 800_000, None, 800_000],
                [D(2026, 11, 10), "KW-02", "Pembayaran", None, 300_000, 500_000]]  # fmt: skip
PAID = ["Tanggal", "No. Bukti", "Pelanggan", "Keterangan", "Jumlah"]
RECEIPTS: Rows = [PAID, [D(2026, 10, 20), "KW-01", "Toko Rambutan", "Pembayaran FR-1", 1_000_000],
                  [D(2026, 11, 10), "KW-02", "Toko Durian", "Pembayaran", 300_000]]  # fmt: skip
UNNUMBERED: Rows = [[c for i, c in enumerate(row) if i != 1] for row in RECEIPTS]
CARDS_OWED = _expect(2_000_000, 1_500_000, _aging(current=500_000, d1to30=1_500_000), 2)


@pytest.mark.parametrize(
    "sheets",
    [
        [("Toko Rambutan", RAMBUTAN), ("Toko Durian", DURIAN), ("Pembayaran", RECEIPTS)],
        [("Toko Rambutan", RAMBUTAN), ("Toko Durian", DURIAN), ("Pembayaran", UNNUMBERED)],
        [("Pembayaran", RECEIPTS), ("Toko Rambutan", RAMBUTAN), ("Toko Durian", DURIAN)],
    ],
    ids=["receipts_numbered", "receipts_unnumbered", "payments_sheet_first"],
)
def test_a_cards_credits_listed_again_on_a_payments_sheet_count_once(
    tmp_path: Path, sheets: Sequence[tuple[str, Rows]]
) -> None:
    reads_to(tmp_path / "kartu.xlsx", sheets, CARDS_OWED)


def test_the_saved_book_counts_a_cards_credit_listed_again_once(tmp_path: Path) -> None:
    # The same book imported, then the saved book's summary: 2,000,000 as read.
    path = tmp_path / "kartu.xlsx"
    _xlsx(path, [("Toko Rambutan", RAMBUTAN), ("Toko Durian", DURIAN), ("Pembayaran", RECEIPTS)])
    payload = saved_summary(tmp_path, path)
    assert payload["outstanding"] == 2_000_000
    assert payload["aging"] == CARDS_OWED["aging"]


def test_a_journals_receipt_listed_again_on_a_payments_sheet_counts_once(tmp_path: Path) -> None:
    # FR-1 paid by KW-01, FR-2's 1,500,000 due 9 Nov (1-30) owed; it read 500,000.
    journal = [["Tanggal", "No. Bukti", "Pelanggan", "Keterangan", "Debet", "Kredit"],
               [D(2026, 9, 1), "FR-1", "Toko Rambutan", "Penjualan", 1_000_000, None],
               [D(2026, 10, 10), "FR-2", "Toko Rambutan", "Penjualan", 1_500_000, None],
               [D(2026, 10, 20), "KW-01", "Toko Rambutan", "Pembayaran FR-1", None,
                1_000_000]]  # fmt: skip
    owed = _expect(1_500_000, 1_500_000, _aging(d1to30=1_500_000), 1)
    reads_to(tmp_path / "jurnal.xlsx", [("Jurnal", journal), ("Pembayaran", RECEIPTS[:2])], owed)


# Toko Rambutan's card with two equal instalments paid the same day, no receipt number:
# FR-2 1,500,000 of 10 Oct less 500,000 and 500,000 leaves 500,000, 13 days late (1-30).
INSTALMENTS: Rows = [["Kartu Piutang - Toko Rambutan"], CARD,
                     [D(2026, 10, 10), "FR-2", "Penjualan", 1_500_000, None, 1_500_000],
                     [D(2026, 11, 10), None, "Cicilan", None, 500_000, 1_000_000],
                     [D(2026, 11, 10), None, "Cicilan", None, 500_000, 500_000]]  # fmt: skip
ONE_LEFT = _expect(500_000, 500_000, _aging(d1to30=500_000), 1)


@pytest.mark.parametrize("listed", [1, 2], ids=["one_listed", "both_listed"])
def test_two_equal_instalments_on_a_card_are_two(tmp_path: Path, listed: int) -> None:
    # The payments sheet lists one or both of them: the card's two are two payments either
    # way, and a row listed again is one of them (never 1,000,000 owed, nor 0).
    paid = [["Tanggal", "Pelanggan", "Keterangan", "Jumlah"]] + [
        [D(2026, 11, 10), "Toko Rambutan", "Cicilan", 500_000]
    ] * listed
    sheets = [("Toko Rambutan", INSTALMENTS), ("Pembayaran", paid)]
    reads_to(tmp_path / "cicilan.xlsx", sheets, ONE_LEFT)


def test_a_receipt_of_another_number_on_the_payments_sheet_is_more_money(tmp_path: Path) -> None:
    # The card's KW-01 and the payments sheet's KW-05: two receipts of 500,000 on 10 Nov, not
    # one written twice. FR-2 1,500,000 less both: 500,000 (1-30).
    card = [["Kartu Piutang - Toko Rambutan"], CARD,
            [D(2026, 10, 10), "FR-2", "Penjualan", 1_500_000, None, 1_500_000],
            [D(2026, 11, 10), "KW-01", "Pembayaran", None, 500_000, 1_000_000]]  # fmt: skip
    paid = [PAID, [D(2026, 11, 10), "KW-05", "Toko Rambutan", "Pembayaran", 500_000]]
    reads_to(tmp_path / "kw.xlsx", [("Toko Rambutan", card), ("Pembayaran", paid)], ONE_LEFT)
