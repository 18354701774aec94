"""Round 45 of the outside testers (fixer 45): each book written by hand with its figures
worked out on paper as of 22 Nov 2026 (default term 30 days: a sale of 1 Oct is due 31 Oct,
22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, reads_to

# Round 45 04: an online shop's list keeps the goods' price and the shipping apart, "Harga
# Barang | Ongkir", and no Total. "Harga Barang" named no field: Ongkir alone became each
# sale's amount (outstanding 0, credits made up). Each nota owes Harga Barang + Ongkir -
# Dibayar: OL-301 0; OL-302 1,240,000 + 48,000 - 600,000 = 688,000 (18 Sep, due 18 Oct, 35
# days late); OL-303 560,000 + 22,000 = 582,000 (7 Oct, due 6 Nov, 16 days late); OL-304 0;
# OL-305 730,000 + 30,000 = 760,000 (14 Nov, current). 2,030,000, 1,270,000 overdue.
ONLINE_SHOP = [
    ["No Nota", "Tgl", "Pembeli", "Harga Barang", "Ongkir", "Dibayar"],
    ["OL-301", D(2026, 8, 22), "Rina Boutique", 850_000, 35_000, 885_000],
    ["OL-302", D(2026, 9, 18), "Toko Hijab Aisyah", 1_240_000, 48_000, 600_000],
    ["OL-303", D(2026, 10, 7), "Rina Boutique", 560_000, 22_000, 0],
    ["OL-304", D(2026, 10, 29), "Kak Dewi Reseller", 2_150_000, 75_000, 2_225_000],
    ["OL-305", D(2026, 11, 14), "Toko Hijab Aisyah", 730_000, 30_000, 0],
]


def test_the_goods_price_beside_the_freight_is_the_amount(tmp_path: Path) -> None:
    expected = figures(2_030_000, 1_270_000, 2, current=760_000, d1to30=582_000, d31to60=688_000)
    payload = reads_to(tmp_path / "penjualan.xlsx", [("Penjualan", ONLINE_SHOP)], expected)
    assert payload["per_customer"] == {"Toko Hijab Aisyah": 1_448_000, "Rina Boutique": 582_000}


# Its look-alike: beside a Total, "Harga Barang" and "Ongkir" are its parts, the Total owed
# (not the Total and the freight again). OL-302 1,288,000 - 600,000 = 688,000 (35 days late);
# OL-303 582,000 (16 days late).
def test_the_goods_price_and_the_freight_beside_a_total_are_its_parts(tmp_path: Path) -> None:
    rows = [
        ["No Nota", "Tgl", "Pembeli", "Harga Barang", "Ongkir", "Total", "Dibayar"],
        ["OL-301", D(2026, 8, 22), "Rina Boutique", 850_000, 35_000, 885_000, 885_000],
        ["OL-302", D(2026, 9, 18), "Toko Hijab Aisyah", 1_240_000, 48_000, 1_288_000, 600_000],
        ["OL-303", D(2026, 10, 7), "Rina Boutique", 560_000, 22_000, 582_000, 0],
    ]
    expected = figures(1_270_000, 1_270_000, 2, d1to30=582_000, d31to60=688_000)
    reads_to(tmp_path / "penjualan.xlsx", [("Penjualan", rows)], expected)
