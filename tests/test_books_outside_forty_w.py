"""Outside round 38 (fixer w): each book written by hand with its figures worked out on paper
as of 22 Nov 2026 (default term 30 days: a sale of 1 Oct is due 31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, reads_to

OCT_1 = D(2026, 10, 1)


def test_one_receipt_on_two_payments_sheets_counts_once_whatever_its_separators(
    tmp_path: Path,
) -> None:
    # f04: receipt "BM-051" on "Pembayaran" is "BM 051" on "Transfer Masuk": counted twice,
    # the copy paid N-64 (Toko Abadi 300,000 for 2,050,000).
    # Toko Makmur N-61 2,800,000 - 1,000,000 = 1,800,000, due 31 Oct: 1-30.
    # Toko Abadi N-62 paid by BM-051; N-64 of 10 Nov 2,050,000 due 10 Dec: current.
    nota = [
        ["No Nota", "Tgl", "Customer", "Total"],
        ["N-61", OCT_1, "Toko Makmur", 2_800_000],
        ["N-62", D(2026, 10, 9), "Toko Abadi", 1_750_000],
        ["N-64", D(2026, 11, 10), "Toko Abadi", 2_050_000],
    ]
    bayar = [
        ["No Bukti", "Tanggal", "Customer", "Nota", "Jumlah"],
        ["BM-051", D(2026, 11, 6), "Toko Abadi", "N-62", 1_750_000],
    ]
    transfer = [
        ["No. Bukti", "Tgl", "Customer", "Nota", "Nominal"],
        ["BM 051", D(2026, 11, 6), "Toko Abadi", "N-62", 1_750_000],
        ["BM 052", D(2026, 11, 14), "Toko Makmur", "N-61", 1_000_000],
    ]
    sheets = [("Nota", nota), ("Pembayaran", bayar), ("Transfer Masuk", transfer)]
    expected = figures(3_850_000, 1_800_000, 2, current=2_050_000, d1to30=1_800_000)
    payload = reads_to(tmp_path / "bukti.xlsx", sheets, expected)
    assert payload["per_customer"] == {"Toko Makmur": 1_800_000, "Toko Abadi": 2_050_000}
