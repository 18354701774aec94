"""Outside books (round 30, warung day books; figures worked out on paper as of 22 Nov 2026,
default term 30 days) that read wrong, and the books beside them that must read as they did:

- "Ngebon" (what was taken on the tab, as "Kasbon" is) was no tab word where a header is
  read or a till is told: "Nama | Ngebon | Bayar" was refused as payments only, and a type
  column's "Ngebon" was no debt. ``columns.TAB_WORDS`` is the one word list."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.reading import layout
from tests.test_books_by_hand import figures, reads_to


def test_ngebon_is_what_was_taken_on_the_tab(tmp_path: Path) -> None:
    # Pak Joko took 50,000 on 1 Sep (due 1 Oct, 52 days late) and paid 20,000: 30,000 in
    # 31-60. Bu Ani took 45,000 on 10 Oct and 35,000 on 1 Nov; her 45,000 of 5 Nov pays the
    # oldest, leaving 35,000 due 1 Dec (current). 65,000 owed, 30,000 overdue; before, the
    # book was refused as "only payments received".
    book = [["Tanggal", "Nama", "Ngebon", "Bayar"],
            [D(2026, 9, 1), "Pak Joko", 50_000, None],
            [D(2026, 10, 10), "Bu Ani", 45_000, None],
            [D(2026, 10, 20), "Pak Joko", None, 20_000],
            [D(2026, 11, 1), "Bu Ani", 35_000, None],
            [D(2026, 11, 5), "Bu Ani", None, 45_000]]  # fmt: skip
    expected = figures(65_000, 30_000, 2, current=35_000, d31to60=30_000)
    reads_to(tmp_path / "ngebon.xlsx", [("Sheet1", book)], expected)


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
