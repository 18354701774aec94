"""An outside tester's twenty-third round (figures worked out on paper as of 22 Nov 2026,
default term 30 days): shapes real owners make that read wrong before, each silently."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, _xlsx, figures, reads_to

NOTA = ["No Nota", "Tanggal", "Pelanggan", "Barang", "Jumlah", "Bayar"]
BON = ["No", "Tgl", "Pelanggan", "Jumlah", "Bayar", "Ket"]


def test_a_no_column_numbering_notas_that_november_relists_is_the_nota_number(
    tmp_path: Path,
) -> None:
    # "No" numbers each month's notas from 1; November relists October's open notas 1 and 3 by
    # their numbers ("sisa Okt", what was left as the amount) before its own notas 1 and 2.
    # October: Pak Ali 500,000 (3 Oct, due 2 Nov: 20 days late); Bu Ani paid; Toko Xena 800,000
    # less 200,000 (15 Oct, due 14 Nov: 8 days). November: Pak Ali 400,000 and Bu Ani 250,000,
    # not due. 1,750,000; overdue 1,100,000. Read as a row counter, Toko Xena's relisted 600,000
    # was a second debt: 2,350,000.
    october = [["BUKU BON TAHUN 2026 - OKTOBER"], BON,
               [1, "3/10", "Pak Ali", 500_000, 0, None],
               [2, "8/10", "Bu Ani", 300_000, 300_000, None],
               [3, "15/10", "Toko Xena", 800_000, 200_000, None]]  # fmt: skip
    november = [["BUKU BON TAHUN 2026 - NOVEMBER"], BON,
                [1, "3/10", "Pak Ali", 500_000, 0, "sisa Okt"],
                [3, "15/10", "Toko Xena", 600_000, 0, "sisa Okt"],
                [1, "4/11", "Pak Ali", 400_000, 0, None],
                [2, "10/11", "Bu Ani", 250_000, 0, None]]  # fmt: skip
    expected = figures(1_750_000, 1_100_000, 3, current=650_000, d1to30=1_100_000)
    reads_to(tmp_path / "bon.xlsx", [("Okt", october), ("Nov", november)], expected)


def test_a_no_column_counting_each_months_rows_stays_a_counter(tmp_path: Path) -> None:
    # "No" counts each month's rows 1, 2 …: Bu Ani's October 300,000 less 100,000 (due 8 Nov:
    # 14 days late) and her November row 2 of 200,000 (not due) are two debts, not a rest
    # carried: 400,000; Pak Ali 150,000 due 2 Nov (20 days). 550,000; overdue 350,000.
    october = [BON, [1, D(2026, 10, 3), "Pak Ali", 150_000, 0, None],
               [2, D(2026, 10, 9), "Bu Ani", 300_000, 100_000, None]]  # fmt: skip
    november = [BON, [1, D(2026, 11, 4), "Pak Budi", 80_000, 80_000, None],
                [2, D(2026, 11, 10), "Bu Ani", 200_000, 0, None]]  # fmt: skip
    expected = figures(550_000, 350_000, 2, current=200_000, d1to30=350_000)
    reads_to(tmp_path / "bon.xlsx", [("Okt", october), ("Nov", november)], expected)


@pytest.mark.parametrize("mark", ['"', "〃", "idem", "s.d.a", " '' "])
def test_a_ditto_mark_under_an_amount_is_the_amount_above(tmp_path: Path, mark: str) -> None:
    # Pak Slamet D-1 14 Sep 650,000 and a second line (all dittoed) 350,000, due 14 Oct: 39 days
    # late; Bu Marni D-2 paid; D-3 20 Oct (ditto date) the ditto amount 200,000, due 19 Nov: 3
    # days late; D-4 5 Nov "sda" (Bu Marni) 50,000 not due. Before, D-3 was left out as an
    # invalid amount: 1,050,000 where 1,250,000 is owed.
    book = [NOTA, ["D-1", D(2026, 9, 14), "Pak Slamet", "Semen 10 sak", 650_000, 0],
            ['"', '"', '"', "Pasir 1 rit", 350_000, 0],
            ["D-2", D(2026, 10, 20), "Bu Marni", "Cat 5 kg", 200_000, 200_000],
            ["D-3", '"', "Bu Marni", "Cat 5 kg", mark, 0],
            ["D-4", D(2026, 11, 5), "sda", "Kuas", 50_000, 0]]  # fmt: skip
    expected = figures(1_250_000, 1_200_000, 2, current=50_000, d1to30=200_000,
                       d31to60=1_000_000)  # fmt: skip
    reads_to(tmp_path / "nota.xlsx", [("Nota", book)], expected)


def test_a_ditto_mark_under_a_total_line_is_told(tmp_path: Path) -> None:
    # The ditto mark stands under the TOTAL line (1,000,000): no sale's amount to repeat, a row
    # to tell, not a second 1,000,000. Pak Slamet 650,000 + Bu Marni 350,000, both not due.
    book = [NOTA, ["D-1", D(2026, 11, 4), "Pak Slamet", "Semen", 650_000, 0],
            ["D-2", D(2026, 11, 5), "Bu Marni", "Cat", 350_000, 0],
            [None, None, "TOTAL", None, 1_000_000, 0],
            ["D-3", D(2026, 11, 6), "Bu Marni", "Kuas", '"', 0]]  # fmt: skip
    path = tmp_path / "nota.xlsx"
    _xlsx(path, [("Nota", book)])
    _, payload = summarize_files([path], AS_OF)
    assert payload["outstanding"] == 1_000_000
    assert "invalid-amount" in [p["code"] for p in payload["problems"]]
