"""Books of outside tester rounds 35 and 36, each written by hand with its figures worked out on
paper as of 22 Nov 2026 (default term 30 days: a sale of 1 Oct is due 31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, reads_to

OCT_1 = D(2026, 10, 1)

# A till's receivables report (Kasir Pintar): "Total | Terbayar | Piutang", the Piutang being
# Total - Terbayar. It read the Piutang as the amount and took the Terbayar off it again (Pak
# Bowo's KP-1 paid in full: a made-up credit of 2,050,000 with his open 785,000 gone).
# Bu Lastri 640,000 - 140,000 = 500,000; Pak Bowo KP-1 paid, KP-2 785,000.
TOTAL_TERBAYAR_PIUTANG = [
    ["Tanggal", "No Transaksi", "Nama Pelanggan", "Total", "Terbayar", "Piutang", "Status"],
    [OCT_1, "KP-1", "Pak Bowo", 2_050_000, 2_050_000, 0, "Lunas"],
    [OCT_1, "KP-2", "Pak Bowo", 785_000, 0, 785_000, "Belum Lunas"],
    [OCT_1, "KP-3", "Bu Lastri", 640_000, 140_000, 500_000, "Belum Lunas"],
]


def test_the_receivable_beside_a_total_and_what_was_paid_is_what_is_left(
    tmp_path: Path,
) -> None:
    expected = figures(1_285_000, 1_285_000, 2, d1to30=1_285_000)
    payload = reads_to(tmp_path / "piutang.xlsx", [("Piutang", TOTAL_TERBAYAR_PIUTANG)], expected)
    assert payload["per_customer"] == {"Pak Bowo": 785_000, "Bu Lastri": 500_000}


def test_the_receivable_alone_beside_what_was_paid_stays_the_amount(tmp_path: Path) -> None:
    # "Piutang | Bayar | Sisa": no total, the Piutang is what was sold on credit.
    # Bu Ani 1,000,000 - 400,000 = 600,000.
    rows = [
        ["Tanggal", "Pelanggan", "Piutang", "Bayar", "Sisa"],
        [OCT_1, "Bu Ani", 1_000_000, 400_000, 600_000],
    ]
    reads_to(
        tmp_path / "piutang.xlsx", [("Piutang", rows)], figures(600_000, 600_000, 1, d1to30=600_000)
    )
