"""Outside books (round 29, figures worked out on paper as of 22 Nov 2026, default term 30
days) that read silently wrong, and the books beside them that must read as they did:

- "Total | Bayar | Kembali" beside a customer column: the change given back from the cash
  handed over was left unread, a credit balance of the change."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import _aging, _expect, read_book, reads_to

TILL = ["Tanggal", "Pelanggan", "Total", "Bayar", "Kembali"]


def test_the_change_given_back_is_no_credit_of_the_customer(tmp_path: Path) -> None:
    # Paid = Bayar - Kembali: Bu Ani 100,000 - 15,000 = 85,000 and Pak Dedi 50,000 - 8,000 =
    # 42,000 paid exactly, and his 60,000 too; Bu Rina's 120,000 due 9 Nov is 13 days late
    # (1-30). It read credits of 15,000 and 8,000, the change.
    sheets = [("Sheet1", [TILL,
        [D(2026, 11, 1), "Bu Ani", 85_000, 100_000, 15_000],
        [D(2026, 10, 10), "Pak Dedi", 42_000, 50_000, 8_000],
        [D(2026, 10, 10), "Bu Rina", 120_000, 0, 0],
        [D(2026, 11, 1), "Pak Dedi", 60_000, 60_000, 0]])]  # fmt: skip
    owed = _expect(120_000, 120_000, _aging(d1to30=120_000), 1)
    reads_to(tmp_path / "kembali.xlsx", sheets, owed)


def test_an_overpayment_with_no_change_column_is_still_a_credit(tmp_path: Path) -> None:
    # No Kembali: Bu Ani paid 100,000 of 85,000, 15,000 to her credit; Bu Rina's 120,000
    # due 9 Nov (1-30) owed.
    sheets = [("Sheet1", [["Tanggal", "Pelanggan", "Total", "Bayar"],
        [D(2026, 11, 1), "Bu Ani", 85_000, 100_000],
        [D(2026, 10, 10), "Bu Rina", 120_000, 0]])]  # fmt: skip
    owed = _expect(120_000, 120_000, _aging(d1to30=120_000), 1, {"Bu Ani": 15_000})
    reads_to(tmp_path / "lebih.xlsx", sheets, owed)


def test_change_that_is_no_figure_is_told_not_read_as_a_credit(tmp_path: Path) -> None:
    # Bu Tini's Kembali "abc": what she paid cannot be worked out, told on her row (Excel
    # row 3) rather than 100,000 read as paid and 15,000 as her credit; Bu Ani's Lunas with
    # no change pays her 85,000 as before.
    sheets = [("Sheet1", [TILL,
        [D(2026, 11, 1), "Bu Ani", 85_000, "Lunas", None],
        [D(2026, 11, 1), "Bu Tini", 85_000, 100_000, "abc"]])]  # fmt: skip
    payload = read_book(tmp_path / "salah.xlsx", sheets)
    assert payload["credit_balances"] == {}
    assert [(p["code"], p["row"]) for p in payload["problems"]] == [("invalid-paid", 3)]
