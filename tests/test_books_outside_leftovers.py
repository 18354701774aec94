"""Books of earlier outside rounds that were still read wrong (figures worked out on paper as
of 22 Nov 2026, default term 30 days)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, reads_to

# Retur and Potongan as columns on the invoice's row, beside Dibayar, and a Sisa that takes both
# off: Jumlah - Retur - Potongan - Dibayar.
DISCOUNT_AT_PAYMENT = [
    ["No Faktur", "Tanggal", "Nama Toko", "Jumlah", "Retur", "Potongan", "Dibayar", "Sisa"],
    ["RK-01", D(2026, 8, 28), "Toko Surya Baru", 3_000_000, 250_000, 0, 1_750_000, 1_000_000],
    ["RK-02", D(2026, 10, 5), "Toko Surya Baru", 1_800_000, 0, 36_000, 1_764_000, 0],
    ["RK-03", D(2026, 10, 19), "Toko Bina Usaha", 2_400_000, 400_000, 0, 0, 2_000_000],
    ["RK-04", D(2026, 11, 11), "Toko Bina Usaha", 950_000, 0, 0, 450_000, 500_000],
    [None, None, "TOTAL", 8_150_000, 650_000, 36_000, 3_964_000, 3_500_000],
]


def test_a_discount_the_sisa_takes_off_settles_beside_what_was_paid(tmp_path: Path) -> None:
    # RK-01 1M due 27 Sep (56 days late); RK-02 paid with a 36k discount; RK-03 2M due 18 Nov
    # (4 days); RK-04 500k not due. It read 3,536,000, RK-02's discount still owed, and the
    # row's Sisa flagged as a mismatch.
    expected = figures(3_500_000, 3_000_000, 2, current=500_000, d1to30=2_000_000,
                       d31to60=1_000_000)  # fmt: skip
    payload = reads_to(tmp_path / "retur_kolom.xlsx", [("Piutang", DISCOUNT_AT_PAYMENT)], expected)
    assert payload["problems"] == [] and payload["checks"] == "ok"


def test_a_discount_already_in_the_amount_is_not_taken_off_again(tmp_path: Path) -> None:
    # Jumlah is after the discount (Sisa = Jumlah - Dibayar): 900k - 400k = 500k due 1 Nov (21
    # days late); 1.5M due 10 Dec. Without a Sisa the discount column is not read either.
    book = [["No", "Tanggal", "Pelanggan", "Harga", "Potongan", "Jumlah", "Dibayar", "Sisa"],
            ["D-1", D(2026, 10, 2), "Toko Asri", 1_000_000, 100_000, 900_000, 400_000, 500_000],
            ["D-2", D(2026, 11, 10), "Toko Asri", 1_600_000, 100_000, 1_500_000, 0,
             1_500_000]]  # fmt: skip
    expected = figures(2_000_000, 500_000, 1, current=1_500_000, d1to30=500_000)
    reads_to(tmp_path / "diskon.xlsx", [("Faktur", book)], expected)
    no_sisa = [row[:-1] for row in book]
    reads_to(tmp_path / "diskon_tanpa_sisa.xlsx", [("Faktur", no_sisa)], expected)
