"""Outside round 46 (fixer 46): several files uploaded together. Each book written by hand
with its figures worked out on paper as of 22 Nov 2026 (default term 30 days: a sale of 1 Oct
is due 31 Oct, 22 days late; an opening balance is due on its own date)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date as D
from pathlib import Path
from typing import Any

import pytest

from core.report import summarize_files
from tests.helpers import write_xlsx
from tests.test_books_by_hand import AS_OF, FIGURES, Rows, figures


def _together(folder: Path, books: Sequence[tuple[str, Rows]]) -> dict[str, Any]:
    """Each book a file of one sheet, all read together as of 22 Nov 2026 (none refused)."""
    files = [write_xlsx(folder / name, {"Piutang": rows}) for name, rows in books]
    batch, payload = summarize_files(files, AS_OF)
    assert not batch.errors
    return payload


def _problems(payload: dict[str, Any]) -> list[tuple[str, int, str]]:
    return [(p["file"], p["row"], p["code"]) for p in payload["problems"]]


# Round 46 s03: a water distributor's monthly files, each opening with "Saldo bulan lalu" (some
# paid on that row), the amount column headed "Debet": Toko Amanah's carried 1,900,000 was
# counted twice (6,370,000 for 4,470,000), with two untrue notices, one setting the Oct carry's
# Sisa after its own payment (500,000) against the 750,000 it carried. Headed "Jumlah" it read
# right; headed with a word no rule knows ("Mutasi"), the Sisa is the figure read and the
# carry is Sisa and Bayar together all the same.
# Bengkel Jaya: August's 750,000 (due 1 Sep) less the 250,000 paid on Oct's saldo row =
# 500,000, 82 days late (61-90); C-01 820,000 current. Toko Amanah: A-01 1,000,000 left (due 4
# Oct) and A-03 900,000 (due 25 Oct); the 1,000,000 paid on Nov's saldo row pays A-01, the
# oldest: A-03 900,000, 28 days (1-30). Warung Pojok: B-01 1,250,000 due 7 Nov, 15 days (1-30).
# 3,470,000 owed, 2,650,000 overdue.
MONTHS = ["Tanggal", "No. Faktur", "Pelanggan", "Uraian", "Debet", "Bayar", "Sisa"]
SEP = [
    [D(2026, 9, 1), None, "Bengkel Jaya", "Saldo bulan lalu", 750_000, 0, 750_000],
    [D(2026, 9, 4), "A-01", "Toko Amanah", "Galon + tabung", 1_500_000, 500_000, 1_000_000],
    [D(2026, 9, 25), "A-03", "Toko Amanah", "Galon", 900_000, 0, 900_000],
]
OKT = [
    [D(2026, 10, 1), None, "Bengkel Jaya", "Saldo bulan lalu", 750_000, 250_000, 500_000],
    [D(2026, 10, 1), None, "Toko Amanah", "Saldo bulan lalu", 1_900_000, 0, 1_900_000],
    [D(2026, 10, 8), "B-01", "Warung Pojok", "Galon", 1_250_000, 0, 1_250_000],
]
NOV = [
    [D(2026, 11, 1), None, "Bengkel Jaya", "Saldo bulan lalu", 500_000, 0, 500_000],
    [D(2026, 11, 1), None, "Toko Amanah", "Saldo bulan lalu", 1_900_000, 1_000_000, 900_000],
    [D(2026, 11, 1), None, "Warung Pojok", "Saldo bulan lalu", 1_250_000, 0, 1_250_000],
    [D(2026, 11, 9), "C-01", "Bengkel Jaya", "Galon", 820_000, 0, 820_000],
]


def _month(title: str, heading: str, rows: Rows) -> list[list[object]]:
    labels = [heading if label == "Debet" else label for label in MONTHS]
    return [["CV SUMBER AIR"], [f"PIUTANG PELANGGAN BULAN {title} 2026"], [], labels, *rows]


@pytest.mark.parametrize("heading", ["Debet", "Jumlah", "Mutasi"])
def test_monthly_files_carry_their_saldo_bulan_lalu_once(tmp_path: Path, heading: str) -> None:
    books = [
        ("CV Sumber Air - Sep 2026.xlsx", _month("SEPTEMBER", heading, SEP)),
        ("CV Sumber Air - Okt 2026.xlsx", _month("OKTOBER", heading, OKT)),
        ("CV Sumber Air - Nov 2026.xlsx", _month("NOVEMBER", heading, NOV)),
    ]
    payload = _together(tmp_path, books)
    expected = figures(3_470_000, 2_650_000, 3, current=820_000, d1to30=2_150_000,
                       d61to90=500_000)  # fmt: skip
    assert {key: payload[key] for key in FIGURES} == expected
    assert payload["per_customer"] == {
        "Bengkel Jaya": 1_320_000, "Warung Pojok": 1_250_000, "Toko Amanah": 900_000
    }  # fmt: skip
    assert payload["problems"] == []


# The look-alike: a carry that disagrees with last month's rows is still told, whatever the
# amount column is called, and the book's figure holds. October leaves Toko A's A-1 1,200,000
# (due 4 Nov, 18 days late); November opens her at 1,500,000 ("buku Rp 1.500.000, terhitung Rp
# 1.200.000"): 300,000 beyond the rows, due 1 Nov (21 days). Alone, a saldo row paid on leaves
# its Sisa owed: Toko B's 750,000 carried, 250,000 paid on it, 500,000 due 1 Nov.
@pytest.mark.parametrize("heading", ["Debet", "Mutasi"])
def test_a_carry_that_disagrees_is_told_whatever_the_amount_is_called(
    tmp_path: Path, heading: str
) -> None:
    okt = [[D(2026, 10, 5), "A-1", "Toko A", "Galon", 1_200_000, 0, 1_200_000]]
    nov = [
        [D(2026, 11, 1), None, "Toko A", "Saldo bulan lalu", 1_500_000, 0, 1_500_000],
        [D(2026, 11, 1), None, "Toko B", "Saldo bulan lalu", 750_000, 250_000, 500_000],
    ]
    books = [
        ("Okt.xlsx", _month("OKTOBER", heading, okt)),
        ("Nov.xlsx", _month("NOVEMBER", heading, nov)),
    ]
    payload = _together(tmp_path, books)
    assert {key: payload[key] for key in FIGURES} == figures(
        2_000_000, 2_000_000, 2, d1to30=2_000_000
    )
    assert payload["per_customer"] == {"Toko A": 1_500_000, "Toko B": 500_000}
    told = [(p["file"], p["row"], p["book_says"], p["read"]) for p in payload["problems"]]
    assert told == [("Nov.xlsx", 5, 1_500_000, 1_200_000)]
