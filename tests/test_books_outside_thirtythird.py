"""Outside books (round 31, figures worked out on paper as of 22 Nov 2026, default term 30
days) that read wrong, and the books beside them that must read as they did:

- "Piutang Bertambah | Piutang Berkurang | Sisa Piutang": the debt's sides, named with the
  debt, were not read as debits and credits, and every row's running Sisa was summed;"""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from tests.test_books_by_hand import _aging, _expect, reads_to

# Toko Cendana: 900,000 (1 Sep) and 400,000 (10 Oct), paid 900,000 on 30 Oct, the oldest:
# 400,000 left, due 9 Nov, 13 days late (1-30). Toko Meranti: 1,100,000 paid in full on 2
# Nov; 300,000 of 10 Nov due 10 Dec (current). 700,000 owed, 400,000 overdue, 2 customers.
JOURNAL = [
    [D(2026, 9, 1), "Toko Cendana", "Penjualan", 900_000, None, 900_000],
    [D(2026, 9, 20), "Toko Meranti", "Penjualan", 1_100_000, None, 1_100_000],
    [D(2026, 10, 10), "Toko Cendana", "Penjualan", 400_000, None, 1_300_000],
    [D(2026, 10, 30), "Toko Cendana", "Pembayaran", None, 900_000, 400_000],
    [D(2026, 11, 2), "Toko Meranti", "Pembayaran", None, 1_100_000, 0],
    [D(2026, 11, 10), "Toko Meranti", "Penjualan", 300_000, None, 300_000],
]
JOURNAL_OWED = _expect(700_000, 400_000, _aging(current=300_000, d1to30=400_000), 2)


@pytest.mark.parametrize(
    "sides",
    [
        ("Piutang Bertambah", "Piutang Berkurang", "Sisa Piutang"),
        ("Piutang Bertambah", "Piutang Berkurang", "Saldo"),
        ("Penambahan Piutang", "Pengurangan Piutang", "Saldo"),
        ("Tagihan Bertambah", "Tagihan Berkurang", "Sisa"),
    ],
)
def test_the_debts_sides_named_with_the_debt_are_a_journal(
    tmp_path: Path, sides: tuple[str, str, str]
) -> None:
    # It read 4,000,000: the sum of every row's Sisa Piutang, as an invoice list.
    header = ["Tanggal", "Nama", "Uraian", *sides]
    payload = reads_to(
        tmp_path / "j08.xlsx", [("Catatan Piutang", [header, *JOURNAL])], JOURNAL_OWED
    )
    assert payload["files"][0]["sheets"][0]["shape"] == "journal"


def test_the_debts_sides_without_a_running_balance_are_a_journal(tmp_path: Path) -> None:
    # The same journal with no Sisa column: it was refused ("no customer and amount columns").
    header = ["Tanggal", "Nama", "Uraian", "Piutang Bertambah", "Piutang Berkurang"]
    rows = [row[:5] for row in JOURNAL]
    reads_to(tmp_path / "j08e.xlsx", [("Catatan Piutang", [header, *rows])], JOURNAL_OWED)


def test_a_list_of_debts_with_their_rest_is_still_a_list(tmp_path: Path) -> None:
    # "Jumlah Piutang | Sisa Piutang" are an invoice's amount and what is left of it, no
    # sides of a journal: Toko Cendana 900,000 less 500,000 paid = 400,000 due 1 Oct (52
    # days, 31-60); Toko Meranti 300,000 due 10 Dec (current).
    sheets = [("Piutang", [["Tanggal", "Nama", "Jumlah Piutang", "Sisa Piutang"],
        [D(2026, 9, 1), "Toko Cendana", 900_000, 400_000],
        [D(2026, 11, 10), "Toko Meranti", 300_000, 300_000]])]  # fmt: skip
    owed = _expect(700_000, 400_000, _aging(current=300_000, d31to60=400_000), 2)
    payload = reads_to(tmp_path / "list.xlsx", sheets, owed)
    assert payload["files"][0]["sheets"][0]["shape"] == "invoice_list"


def test_a_sisa_that_runs_beside_two_unnamed_sides_is_never_summed(tmp_path: Path) -> None:
    # "Piutang Naik | Piutang Turun" are no names of ours, but the Sisa runs per customer
    # with them (each row the customer's last Sisa plus the first less the second): the
    # journal above, 700,000, where it summed every row's Sisa to 4,000,000.
    header = ["Tanggal", "Nama", "Uraian", "Piutang Naik", "Piutang Turun", "Sisa Piutang"]
    reads_to(tmp_path / "naik.xlsx", [("Catatan", [header, *JOURNAL])], JOURNAL_OWED)


def test_a_sisa_beside_two_figures_it_does_not_run_with_is_each_rows(tmp_path: Path) -> None:
    # DPP + PPN = Sisa on each row, no balance so far: each row's Sisa is owed. Toko Cendana
    # 1,110,000 due 1 Oct (52 days, 31-60) and 555,000 due 9 Nov (1-30); Toko Meranti
    # 222,000 due 10 Dec and 111,000 due 12 Dec (current): 1,998,000.
    sheets = [("Piutang", [["Tanggal", "Pelanggan", "DPP", "PPN", "Sisa Piutang"],
        [D(2026, 9, 1), "Toko Cendana", 1_000_000, 110_000, 1_110_000],
        [D(2026, 10, 10), "Toko Cendana", 500_000, 55_000, 555_000],
        [D(2026, 11, 10), "Toko Meranti", 200_000, 22_000, 222_000],
        [D(2026, 11, 12), "Toko Meranti", 100_000, 11_000, 111_000]])]  # fmt: skip
    aging = _aging(current=333_000, d1to30=555_000, d31to60=1_110_000)
    reads_to(tmp_path / "dpp.xlsx", sheets, _expect(1_998_000, 1_665_000, aging, 2))
