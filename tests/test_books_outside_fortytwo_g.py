"""Outside round 51 (fixer 51): books of shops with staff, branches and customer codes, each
written by hand with its figures worked out on paper as of 22 Nov 2026 (default term 30 days:
a sale of 1 Oct is due 31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, reads_to

OCT_1 = D(2026, 10, 1)


# Round 51 c07: a list sorted by name writes the legal form after a comma, "SINAR JAYA, PT"
# beside "PT. Sinar Jaya": one customer. F1 2,000,000 (1 Aug) and F2 1,000,000 (1 Oct);
# "Sinar Jaya, PT." paid 2,500,000 naming no invoice: F1 settled, F2 500,000 left (due 31
# Oct, 22 days late). Read apart, the payment settled F2 and left 1,500,000 credit while F1
# stayed owed, 2 customers.
def test_a_legal_form_after_a_comma_is_the_same_name(tmp_path: Path) -> None:
    sales = [
        ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
        ["F1", D(2026, 8, 1), "PT. Sinar Jaya", 2_000_000],
        ["F2", OCT_1, "SINAR JAYA, PT", 1_000_000],
    ]
    paid = [
        ["Tanggal", "Pelanggan", "Jumlah"],
        [D(2026, 11, 1), "Sinar Jaya, PT.", 2_500_000],
    ]
    expected = figures(500_000, 500_000, 1, d1to30=500_000)
    reads_to(tmp_path / "buku.xlsx", [("Faktur", sales), ("Pembayaran", paid)], expected)
