"""Session 22's leftovers and the outside rounds 74 to 79: each book written by hand with its
figures worked out on paper as of 22 Nov 2026 (default term 30 days: a sale of 1 Oct is due
31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, reads_to


# A payment naming two invoices, one of which had goods returned: the share of the first was
# sized on its whole amount, not on what the return left of it, so the rest of the share went
# on account to the customer's oldest unnamed sale (F-0) instead of F-2, which it named.
# F-0 1 Jul (due 31 Jul, 114 days: 90+), F-1 1 Aug, F-2 1 Oct (due 31 Oct, 22 days), each
# 1.000.000; F-1 400.000 returned, then "F-1, F-2" 1.200.000 paid: F-1 600.000 and settled,
# F-2 600.000 (400.000 left); F-0 untouched.
def test_a_payment_naming_two_invoices_sizes_its_shares_after_the_returns(
    tmp_path: Path,
) -> None:
    sales = [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"]] + [
        [number, D(2026, month, 1), "Toko Dua Nama", 1_000_000]
        for number, month in (("F-0", 7), ("F-1", 8), ("F-2", 10))
    ]
    payments = [
        ["Tanggal", "No Faktur", "Pelanggan", "Jumlah", "Keterangan"],
        [D(2026, 9, 5), "F-1", "Toko Dua Nama", 400_000, "Retur barang rusak"],
        [D(2026, 11, 5), "F-1, F-2", "Toko Dua Nama", 1_200_000, "Transfer"],
    ]
    expected = figures(1_400_000, 1_400_000, 1, d1to30=400_000, over90=1_000_000)
    payload = reads_to(tmp_path / "b.xlsx", [("Faktur", sales), ("Pembayaran", payments)], expected)
    assert payload["returns"] == 400_000
