"""Outside round 81: a card continued further down the same sheet under another customer's.
Each book written by hand with its figures worked out on paper as of 22 Nov 2026 (30 days'
terms)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from tests.test_books_by_hand import figures, read_book, reads_to

CARD = ["Tanggal", "No Bukti", "Keterangan", "Debet", "Kredit", "Saldo"]


# Round 81 books 26, 27, 28: cards down one sheet, Toko Sinar's continued below Warung Bu
# Ijah's under "(lanjutan)" / "(sambungan)" / "(cont'd)", its Saldo going on from 1.000.000:
# F-3 3.000.000 takes it to 4.000.000. Toko Sinar's payments (1.000.000 + 2.000.000) settle
# F-1 (2.000.000) and 1.000.000 of F-3, which keeps 2.000.000 due 9 Nov (13 days: 1-30); Bu
# Ijah's F-2 1.500.000 due 15 Oct (38 days: 31-60). (The continued card's first Saldo was told
# check-mismatch, its count started from 0: 4.000.000 against 3.000.000.) A Saldo typed wrong
# after it is still told.
@pytest.mark.parametrize("more", ["(lanjutan)", "(sambungan)", "(cont'd)"])
def test_a_card_continued_down_the_sheet_goes_on_from_its_balance(
    tmp_path: Path, more: str
) -> None:
    def sheet(last: int) -> list[list[object]]:
        return [["KARTU PIUTANG"], [],
                ["Nama Pelanggan : Toko Sinar"], CARD,
                [D(2026, 8, 1), "F-1", "Penjualan", 2_000_000, None, 2_000_000],
                [D(2026, 9, 1), None, "Bayar", None, 1_000_000, 1_000_000],
                [],
                ["Nama Pelanggan : Warung Bu Ijah"], CARD,
                [D(2026, 9, 15), "F-2", "Penjualan", 1_500_000, None, 1_500_000],
                [],
                [f"Nama Pelanggan : Toko Sinar {more}"], CARD,
                [D(2026, 10, 10), "F-3", "Penjualan", 3_000_000, None, 4_000_000],
                [D(2026, 11, 20), None, "Bayar", None, 2_000_000, last]]  # fmt: skip

    expected = figures(3_500_000, 3_500_000, 2, d1to30=2_000_000, d31to60=1_500_000)
    payload = reads_to(tmp_path / "kartu.xlsx", [("Kartu", sheet(2_000_000))], expected)
    assert payload["per_customer"] == {"Toko Sinar": 2_000_000, "Warung Bu Ijah": 1_500_000}
    payload = read_book(tmp_path / "kartu_salah.xlsx", [("Kartu", sheet(2_200_000))])
    assert [(p["code"], p["row"]) for p in payload["problems"]] == [("check-mismatch", 15)]


def test_another_customers_opening_equal_to_the_card_above_stays_owed(tmp_path: Path) -> None:
    # Guard: Bu Ijah's card opens with "Saldo awal" 1.000.000 (her debt from before, dated 1
    # Sep: 82 days late, 61-90), the same figure Toko Sinar's card above ended at (F-1
    # 1.000.000 of 1 Oct, due 31 Oct: 22 days, 1-30): another customer's, owed all the same.
    rows = [["KARTU PIUTANG"], [],
            ["Nama Pelanggan : Toko Sinar"], CARD,
            [D(2026, 10, 1), "F-1", "Penjualan", 1_000_000, None, 1_000_000],
            [],
            ["Nama Pelanggan : Bu Ijah"], CARD,
            [D(2026, 9, 1), None, "Saldo awal", None, None, 1_000_000]]  # fmt: skip
    expected = figures(2_000_000, 2_000_000, 2, d1to30=1_000_000, d61to90=1_000_000)
    reads_to(tmp_path / "kartu_dua.xlsx", [("Kartu", rows)], expected)
