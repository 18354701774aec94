"""Outside books (round 30, warung day books; figures worked out on paper as of 22 Nov 2026,
default term 30 days) that read wrong, and the books beside them that must read as they did:

- "Ngebon" (what was taken on the tab, as "Kasbon" is) was no tab word where a header is
  read or a till is told: "Nama | Ngebon | Bayar" was refused as payments only, and a type
  column's "Ngebon" was no debt. ``columns.TAB_WORDS`` is the one word list.
- a column of what was paid of the tab ("Bayar Bon", "Bayar Kasbon", "Cicilan Bon", "Bayar
  Hutang") was no column of a payment: each repayment row was dropped as an invoice with no
  amount, and the debt it paid stood. It pays the customer's oldest bon first
  (``columns.TAB_PAID``, ``layout.sale_parts``, ``rows.SheetReader.pays_tab``)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.columns import Guess, guess_field
from core.reading import layout
from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, _xlsx, figures, reads_to


def _tab_book(tab: str, paid: str) -> list[list[object]]:
    """Pak Joko's 50,000 of 1 Sep and his 20,000 paid; Bu Ani's 45,000 and 35,000 and her
    45,000 paid: 65,000 owed (``TAB_OWED``)."""
    return [["Tanggal", "Nama", tab, paid],
            [D(2026, 9, 1), "Pak Joko", 50_000, None],
            [D(2026, 10, 10), "Bu Ani", 45_000, None],
            [D(2026, 10, 20), "Pak Joko", None, 20_000],
            [D(2026, 11, 1), "Bu Ani", 35_000, None],
            [D(2026, 11, 5), "Bu Ani", None, 45_000]]  # fmt: skip


# Pak Joko 50,000 of 1 Sep (due 1 Oct, 52 days late) less 20,000: 30,000 in 31-60. Bu Ani's
# 45,000 pays her oldest (10 Oct), leaving 35,000 of 1 Nov, due 1 Dec (current). 65,000 owed,
# 30,000 overdue, two customers.
TAB_OWED = figures(65_000, 30_000, 2, current=35_000, d31to60=30_000)


def test_ngebon_is_what_was_taken_on_the_tab(tmp_path: Path) -> None:
    # TAB_OWED, 65,000; before, the book was refused as "only payments received".
    reads_to(tmp_path / "ngebon.xlsx", [("Sheet1", _tab_book("Ngebon", "Bayar"))], TAB_OWED)


def test_ngebon_in_a_type_column_is_a_debt(tmp_path: Path) -> None:
    # Mas Agus 80,000 on 10 Oct less 30,000 paid: 50,000 due 9 Nov, 13 days late (1-30);
    # Bu Rina 20,000 on 10 Nov, current. 70,000 owed, 50,000 overdue.
    book = [["Tanggal", "Nama", "Jenis", "Nominal"],
            [D(2026, 10, 10), "Mas Agus", "Ngebon", 80_000],
            [D(2026, 10, 20), "Mas Agus", "Bayar", 30_000],
            [D(2026, 11, 10), "Bu Rina", "Ngebon", 20_000]]  # fmt: skip
    expected = figures(70_000, 50_000, 2, current=20_000, d1to30=50_000)
    reads_to(tmp_path / "jenis.xlsx", [("Sheet1", book)], expected)


def test_ngebon_beside_a_customer_makes_no_till() -> None:
    # Sales put on the tab beside a till's ways to pay are debts, whichever tab word names them.
    labels = ["Tanggal", "Pelanggan", "Cash", "QRIS", "Kredit", "Ngebon"]
    assert layout.till_columns(labels) is None
    assert layout.till_columns(["Tanggal", "Cash", "QRIS", "Kredit"]) is not None


@pytest.mark.parametrize(
    ("tab", "paid"),
    [("Bon", "Bayar Bon"), ("Kasbon", "Bayar Kasbon"), ("Bon", "Cicilan Bon"),
     ("Hutang", "Bayar Hutang"), ("Ngebon", "Byr Bon")],
)  # fmt: skip
def test_a_column_of_what_was_paid_of_the_tab_pays_it(tmp_path: Path, tab: str, paid: str) -> None:
    # TAB_OWED, 65,000; before, both payment rows were dropped as "missing-amount": 115,000.
    reads_to(tmp_path / "bayar_bon.xlsx", [("Sheet1", _tab_book(tab, paid))], TAB_OWED)


DAY_PAID = ["Tanggal", "Nama", "Tunai", "Bon", "Total", "Bayar Bon"]


def test_a_day_books_bayar_bon_pays_the_oldest_bon(tmp_path: Path) -> None:
    # Pak Joko's Bon: 50,000 (1 Sep) + 30,000 (10 Oct, 10,000 paid in cash at the sale) =
    # 80,000; he pays 100,000 of it on 20 Oct: a credit of 20,000. Bu Ani's 45,000 (10 Oct)
    # is paid by her 45,000 of 5 Nov, leaving 25,000 of 1 Nov, due 1 Dec (current). Before,
    # the day book took each Bayar Bon row for a cash sale: 130,000 owed, no credit.
    book = [DAY_PAID,
            [D(2026, 9, 1), "Pak Joko", 0, 50_000, 50_000, None],
            [D(2026, 10, 10), "Pak Joko", 10_000, 30_000, 40_000, None],
            [D(2026, 10, 10), "Bu Ani", 0, 45_000, 45_000, None],
            [D(2026, 10, 20), "Pak Joko", None, None, None, 100_000],
            [D(2026, 11, 1), "Bu Ani", 0, 25_000, 25_000, None],
            [D(2026, 11, 5), "Bu Ani", None, None, None, 45_000],
            [None, "TOTAL", 10_000, 150_000, 160_000, 145_000]]  # fmt: skip
    expected = figures(25_000, 0, 1, {"Pak Joko": 20_000}, current=25_000)
    reads_to(tmp_path / "harian.xlsx", [("Harian", book)], expected)


def test_bayar_bon_on_a_row_with_a_purchase_still_pays_the_oldest(tmp_path: Path) -> None:
    # Bu Ani takes 25,000 on the tab on 1 Nov and pays 45,000 of her tab the same day: it
    # pays her 45,000 of 10 Oct (which was 13 days late), leaving the 25,000 of 1 Nov, due
    # 1 Dec (current), not 25,000 of 10 Oct overdue.
    book = [DAY_PAID,
            [D(2026, 10, 10), "Bu Ani", 0, 45_000, 45_000, None],
            [D(2026, 11, 1), "Bu Ani", 0, 25_000, 25_000, 45_000]]  # fmt: skip
    reads_to(tmp_path / "harian.xlsx", [("Harian", book)], figures(25_000, 0, 1, current=25_000))


def test_a_note_saying_bayar_bon_beside_its_column_is_no_problem(tmp_path: Path) -> None:
    # The payment is in its column, the note says the same: nothing to tell. Without the
    # figure in that column (Tunai alone), the row is a payment the sheet does not say: told.
    book = [[*DAY_PAID, "Keterangan"],
            [D(2026, 10, 10), "Bu Ani", 0, 45_000, 45_000, None, None],
            [D(2026, 11, 5), "Bu Ani", None, None, None, 20_000, "bayar bon"]]  # fmt: skip
    expected = figures(25_000, 25_000, 1, d1to30=25_000)
    reads_to(tmp_path / "harian.xlsx", [("Harian", book)], expected)
    book[2][2:6] = [20_000, 0, 20_000, None]
    _xlsx(tmp_path / "tunai.xlsx", [("Harian", book)])
    _, payload = summarize_files([tmp_path / "tunai.xlsx"], AS_OF)
    assert payload["outstanding"] == 45_000
    assert [(p["row"], p["code"]) for p in payload["problems"]] == [(3, "parts-payment")]


def test_cicilan_alone_is_still_no_payment() -> None:
    # "Cicilan" alone is the instalment due; named for the tab, what was paid of it.
    assert guess_field("Cicilan") is None
    assert guess_field("Cicilan Bon") == Guess("paid", 100, "exact")
