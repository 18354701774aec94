"""An outside tester's twenty-third round (figures worked out on paper as of 22 Nov 2026,
default term 30 days): shapes real owners make that read wrong before, each silently."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, _xlsx, figures, reads_to

NOTA = ["No Nota", "Tanggal", "Pelanggan", "Barang", "Jumlah", "Bayar"]


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
