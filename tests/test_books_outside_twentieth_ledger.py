"""An outside tester's twentieth round: books of several files whose records meet in the
ledger (figures worked out on paper as of 22 Nov 2026, default term 30 days). Before, each was
a confident wrong total:

- a file per month, November's with a payments sheet settling a September invoice that
  September's paid column had paid in part: the payment was taken for the same money as the
  column (the larger counted), 500,000 owed where nothing is."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, FIGURES, _xlsx, figures

MONTH = ["No", "No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Dibayar", "Sisa"]


def _month(title: str, rows: list[tuple[str, D, str, int, int]]) -> list[list[object]]:
    body = [[n, no, day, who, amount, paid, amount - paid]
            for n, (no, day, who, amount, paid) in enumerate(rows, 1)]  # fmt: skip
    return [["DAFTAR PIUTANG"], [title], [], MONTH, *body]


def test_a_later_files_payment_beyond_an_invoices_paid_column_comes_on_top(
    tmp_path: Path,
) -> None:
    # S-02 1.5M, its row paid 0.5M; November's "Pelunasan faktur September" 1M: settled.
    # S-03 0.8M less November's 0.3M = 0.5M due 25 Oct (28 days late); O-01 2.2M due 2 Nov
    # (20 days); O-02 0.6M left due 14 Nov (8 days); O-03 0.65M and N-01 1.75M not due.
    september = _month("September 2026", [
        ("S-01", D(2026, 9, 5), "Toko Anugrah", 2_000_000, 2_000_000),
        ("S-02", D(2026, 9, 12), "CV Mitra Usaha", 1_500_000, 500_000),
        ("S-03", D(2026, 9, 25), "Toko Anugrah", 800_000, 0)])  # fmt: skip
    october = _month("Oktober 2026", [
        ("O-01", D(2026, 10, 3), "CV Mitra Usaha", 2_200_000, 0),
        ("O-02", D(2026, 10, 15), "Toko Anugrah", 1_000_000, 400_000),
        ("O-03", D(2026, 10, 28), "Warung Bu Sri", 650_000, 0)])  # fmt: skip
    november = _month("November 2026", [
        ("N-01", D(2026, 11, 4), "Toko Anugrah", 1_750_000, 0),
        ("N-02", D(2026, 11, 10), "Warung Bu Sri", 300_000, 300_000)])  # fmt: skip
    paid = [["Tanggal", "No Faktur", "Pelanggan", "Keterangan", "Jumlah Bayar"],
            [D(2026, 11, 15), "S-02", "CV Mitra Usaha", "Pelunasan faktur September", 1_000_000],
            [D(2026, 11, 18), "S-03", "Toko Anugrah", "Cicilan", 300_000]]  # fmt: skip
    files = [tmp_path / f"piutang_2026_{m}.xlsx" for m in ("09", "10", "11")]
    _xlsx(files[0], [("Sep 2026", september)])
    _xlsx(files[1], [("Okt 2026", october)])
    _xlsx(files[2], [("Nov 2026", november), ("Pembayaran", paid)])
    batch, payload = summarize_files(files, AS_OF)
    assert not batch.errors
    expected = figures(5_700_000, 3_300_000, 3, current=2_400_000, d1to30=3_300_000)
    assert {key: payload[key] for key in FIGURES} == expected
    assert not payload["problems"]
