"""Round 25 of outside books: ordinary books in every shape (figures worked out on paper as of
22 Nov 2026, default term 30 days). Each read wrong or was refused before:

- "Bruto | Retur | Potongan | Dibayar | Sisa": no amount word, so the Sisa was read as the
  amount and the money and the returns were taken off it again (3,350,000 for 7,100,000);
  "Harga | Diskon | Netto" read the price before the discount."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.columns import guess_field
from tests.test_books_by_hand import _aging, _expect, reads_to


def test_the_gross_the_net_and_a_sisa_taken_as_it_stands(tmp_path: Path) -> None:
    # P-1 5M - 0.5M returned - 0.1M discount - 2M paid = 2.4M, due 4 Sep (79 days); P-2 2M due
    # 7 Nov (15 days); P-3 1M - 50k - 950k = 0; P-4 3M - 0.3M returned = 2.7M, not due.
    sheets = [("Faktur", [
        ["No Faktur", "Tgl", "Pelanggan", "Bruto", "Retur", "Potongan", "Dibayar", "Sisa"],
        ["P-1", D(2026, 8, 5), "Toko Ceria", 5_000_000, 500_000, 100_000, 2_000_000, 2_400_000],
        ["P-2", D(2026, 10, 8), "Toko Ceria", 2_000_000, 0, 0, 0, 2_000_000],
        ["P-3", D(2026, 10, 29), "Pak Wawan", 1_000_000, 0, 50_000, 950_000, 0],
        ["P-4", D(2026, 11, 11), "Pak Wawan", 3_000_000, 300_000, 0, 0, 2_700_000]])]  # fmt: skip
    aging = _aging(current=2_700_000, d1to30=2_000_000, d61to90=2_400_000)
    reads_to(tmp_path / "bruto.xlsx", sheets, _expect(7_100_000, 4_400_000, aging, 2))
    # F-1 1.9M net - 0.9M paid = 1M due 30 Oct (23 days); F-2 1M not due; F-3 2.85M net due
    # 10 Sep (73 days): the discounts are in the net already.
    for gross in ("Harga", "Bruto"):
        sheets = [("Nota", [["No", "Tanggal", "Pelanggan", gross, "Diskon", "Netto", "Bayar"],
            ["F-1", D(2026, 9, 30), "Toko Jati", 2_000_000, 100_000, 1_900_000, 900_000],
            ["F-2", D(2026, 11, 2), "Toko Jati", 1_000_000, 0, 1_000_000, 0],
            ["F-3", D(2026, 8, 11), "CV Rimba", 3_000_000, 150_000, 2_850_000, 0]])]  # fmt: skip
        aging = _aging(current=1_000_000, d1to30=1_000_000, d61to90=2_850_000)
        reads_to(tmp_path / "netto.xlsx", sheets, _expect(4_850_000, 3_850_000, aging, 2))
    assert guess_field("Harga Jual").field == "amount"  # type: ignore[union-attr]
    assert guess_field("Net").field == "terms"  # type: ignore[union-attr]  # "Net 30"


def test_a_sisa_read_as_the_amount_is_not_paid_again(tmp_path: Path) -> None:
    # No amount column: the Sisa is what is owed. A-1 0.5M due 31 Oct (22 days); A-2 0.8M
    # not due; A-3 nothing left. Before, the 1M and 2M paid were taken off the Sisa again.
    sheets = [("Piutang", [["No Faktur", "Tanggal", "Pelanggan", "Retur", "Dibayar", "Sisa"],
        ["A-1", D(2026, 10, 1), "Toko Lima", 0, 1_000_000, 500_000],
        ["A-2", D(2026, 11, 10), "Toko Lima", 100_000, 0, 800_000],
        ["A-3", D(2026, 9, 15), "Bu Ani", 0, 2_000_000, 0]])]  # fmt: skip
    aging = _aging(current=800_000, d1to30=500_000)
    reads_to(tmp_path / "sisa.xlsx", sheets, _expect(1_300_000, 500_000, aging, 1))
