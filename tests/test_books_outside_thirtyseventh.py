"""Outside books (round 33, figures worked out on paper as of 22 Nov 2026, default term 30
days): a recap sheet of per-customer totals ("Rekap: Pelanggan | Per Tanggal | Total
Piutang") beside the cards it sums was set aside only when every row equalled what the cards
leave owing. Out of date on one row, listing one customer of two, or with one customer more,
it was read as one invoice per customer dated the day: every debt twice, silently. A recap is
known by what it is (one row per customer, no invoice numbers, no payments, its customers
those of the other sheets, its name or header saying so), its figures only checked: never
counted, each row that differs told with both figures. The books beside it that must count
as before are here too."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path
from typing import Any

import pytest

from tests.test_books_by_hand import Rows, _aging, _expect, read_book, reads_to


def _card(name: str, row: list[Any]) -> tuple[str, Rows]:
    """A customer's card with one sale."""
    head = ["Tanggal", "Keterangan", "Debet", "Kredit", "Saldo"]
    return name, [["KARTU PIUTANG PELANGGAN"], [f"Nama: {name}"], [], head, row]


# Toko Budi: F-1 400,000 of 1 Sep, due 1 Oct, 52 days late (31-60). Warung Sari: F-2 100,000
# of 10 Oct, due 9 Nov, 13 days late (1-30). 500,000 owed, all of it overdue.
CARDS = [
    _card("Toko Budi", [D(2026, 9, 1), "F-1", 400_000, None, 400_000]),
    _card("Warung Sari", [D(2026, 10, 10), "F-2", 100_000, None, 100_000]),
]
LIST: Rows = [["Tanggal", "No Faktur", "Pelanggan", "Total"],
              [D(2026, 9, 1), "F-1", "Toko Budi", 400_000],
              [D(2026, 10, 10), "F-2", "Warung Sari", 100_000]]  # fmt: skip
OWED = _expect(500_000, 500_000, _aging(d1to30=100_000, d31to60=400_000), 2)
HEAD = ["Pelanggan", "Per Tanggal", "Total Piutang"]
TODAY = D(2026, 11, 22)
# Out of date: Toko Budi's 350,000 where his card leaves 400,000; Warung Sari's 100,000 right.
STALE: Rows = [HEAD, ["Toko Budi", TODAY, 350_000], ["Warung Sari", TODAY, 100_000]]


def _figures(payload: dict[str, Any]) -> dict[str, Any]:
    return {key: payload[key] for key in OWED}


def _told(payload: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(p["code"], p["sheet"], p["row"], p["book_says"], p["read"])
            for p in payload["problems"]]  # fmt: skip


def _left_aside(payload: dict[str, Any], sheet: str = "Rekap") -> str:
    reasons = {s["sheet"]: s["reason"] for s in payload["ignored_sheets"]}
    assert reasons[sheet].startswith("rekap per pelanggan"), reasons
    return reasons[sheet]


@pytest.mark.parametrize("beside", [CARDS, [("Faktur", LIST)]], ids=["cards", "invoice_list"])
def test_an_out_of_date_recap_is_not_counted_and_its_row_is_told(
    tmp_path: Path, beside: list[tuple[str, Rows]]
) -> None:
    # 500,000 as the cards (or the list) say, not 950,000 (350,000 and 100,000 more dated 22
    # Nov); Toko Budi's row 2 told: the book 350,000, the cards 400,000.
    payload = read_book(tmp_path / "rekap.xlsx", [*beside, ("Rekap", STALE)])
    assert _figures(payload) == OWED
    assert _told(payload) == [("check-mismatch", "Rekap", 2, 350_000, 400_000)]
    assert "1 dari 2" in _left_aside(payload)


def test_a_recap_of_one_customer_of_two_is_not_counted(tmp_path: Path) -> None:
    # Only Toko Budi, 400,000 as his card: 500,000, not 900,000.
    recap = [HEAD, ["Toko Budi", TODAY, 400_000]]
    _left_aside(reads_to(tmp_path / "satu.xlsx", [*CARDS, ("Rekap", recap)], OWED))


def test_a_recap_with_a_customer_of_no_other_sheet_tells_that_row(tmp_path: Path) -> None:
    # Both cards right, and Bu Ani 75,000 whom no card has: 500,000, not 1,075,000; her row
    # 4 told (the book 75,000, the other sheets nothing), not read as a debt.
    recap = [*STALE[:1], ["Toko Budi", TODAY, 400_000], ["Warung Sari", TODAY, 100_000],
             ["Bu Ani", TODAY, 75_000]]  # fmt: skip
    payload = read_book(tmp_path / "lebih.xlsx", [*CARDS, ("Rekap", recap)])
    assert _figures(payload) == OWED
    assert _told(payload) == [("check-mismatch", "Rekap", 4, 75_000, 0)]
    _left_aside(payload)


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("Ringkasan", ["Pelanggan", "Tanggal", "Jumlah"]),
        ("Data", ["Nama Pelanggan", "s/d Tanggal", "Saldo"]),
        ("Lembar3", ["Pelanggan", "Tanggal", "Saldo Piutang"]),
    ],
    ids=["named_ringkasan", "s_d_tanggal", "saldo_piutang"],
)
def test_a_recap_is_known_by_its_name_or_header(tmp_path: Path, name: str, head: list[str]) -> None:
    # The same out-of-date recap under another name or header: 500,000, the row told.
    payload = read_book(tmp_path / "nama.xlsx", [*CARDS, (name, [head, *STALE[1:]])])
    assert _figures(payload) == OWED
    assert _told(payload) == [("check-mismatch", name, 2, 350_000, 400_000)]
    _left_aside(payload, name)


def test_sales_on_a_sheet_named_rekap_penjualan_are_counted(tmp_path: Path) -> None:
    # "Rekap Penjualan November": sales of 20 Nov (due 20 Dec, current), no numbers, one per
    # customer: 350,000 and 100,000 on top of the cards' 500,000: 950,000 (current 450,000).
    sales = [["Tanggal", "Pelanggan", "Total"], [D(2026, 11, 20), "Toko Budi", 350_000],
             [D(2026, 11, 20), "Warung Sari", 100_000]]  # fmt: skip
    owed = _expect(950_000, 500_000, _aging(current=450_000, d1to30=100_000,
                                            d31to60=400_000), 2)  # fmt: skip
    reads_to(tmp_path / "jual.xlsx", [*CARDS, ("Rekap Penjualan November", sales)], owed)


def test_a_sale_equal_to_a_balance_on_an_unnamed_sheet_is_counted(tmp_path: Path) -> None:
    # "November": Toko Budi's 400,000 of 20 Nov (current) equals his card's balance, but
    # nothing says the sheet is a recap and one figure is no proof: 900,000.
    sales = [["Tanggal", "Pelanggan", "Jumlah"], [D(2026, 11, 20), "Toko Budi", 400_000]]
    owed = _expect(900_000, 500_000, _aging(current=400_000, d1to30=100_000,
                                            d31to60=400_000), 2)  # fmt: skip
    reads_to(tmp_path / "nov.xlsx", [*CARDS, ("November", sales)], owed)


@pytest.mark.parametrize("name", ["Saldo Awal", "Awal"])
def test_balances_carried_in_before_the_invoices_are_counted(tmp_path: Path, name: str) -> None:
    # Per 1 Jun (due 1 Jul, 144 days late, 90+): Toko Budi 200,000 and Bu Ani 150,000; then
    # F-1 300,000 to Toko Budi of 10 Oct (due 9 Nov, 1-30): 650,000, all overdue. Dated
    # before the invoices, "Per Tanggal" is a balance carried in, not their recap.
    opening = [["Pelanggan", "Per Tanggal", "Saldo"], ["Toko Budi", D(2026, 6, 1), 200_000],
               ["Bu Ani", D(2026, 6, 1), 150_000]]  # fmt: skip
    faktur = [LIST[0], [D(2026, 10, 10), "F-1", "Toko Budi", 300_000]]
    owed = _expect(650_000, 650_000, _aging(d1to30=300_000, over90=350_000), 2)
    reads_to(tmp_path / "awal.xlsx", [(name, opening), ("Faktur", faktur)], owed)
