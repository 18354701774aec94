"""An outside tester's twentieth round: books of several files whose records meet in the
ledger (figures worked out on paper as of 22 Nov 2026, default term 30 days). Before, each was
a confident wrong total:

- a file per month, November's with a payments sheet settling a September invoice that
  September's paid column had paid in part: the payment was taken for the same money as the
  column (the larger counted), 500,000 owed where nothing is;
- last year's book beside this year's, which opens its customer with "Saldo awal 2025"
  1,200,000 where last year's rows leave 1,500,000: both were counted (3,700,000 for
  2,200,000), with no word of the disagreement: another file's rows were never the detail of
  a carry, lest a customer of the same name in the demo be blamed."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, FIGURES, _xlsx, figures, saved_summary

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


LAST_YEAR = [["Piutang 2025"], ["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Dibayar", "Sisa"],
             ["C25-1", D(2025, 12, 1), "Toko Ceria", 2_000_000, 500_000, 1_500_000]]  # fmt: skip
THIS_YEAR = [
    ["Piutang 2026"], [],
    ["No Nota", "Tanggal", "Pelanggan", "Keterangan", "Jumlah", "Dibayar", "Sisa"],
    [None, D(2026, 1, 1), "Toko Ceria", "Saldo awal 2025", 1_200_000, 0, 1_200_000],
    ["C26-7", D(2026, 10, 20), "Toko Ceria", "Penjualan", 1_000_000, 0, 1_000_000],
]  # fmt: skip


def test_last_years_book_beside_this_years_is_one_book_and_a_disagreeing_carry_is_told(
    tmp_path: Path,
) -> None:
    # Last year's rows leave Toko Ceria 1.5M; this year's book says 1.2M: the disagreement is
    # named with both figures, and the book's 1.2M holds (90+ days) beside C26-7 1M due 19 Nov
    # (3 days late). Read or saved, the same.
    old, new = tmp_path / "buku_lama_2025.xlsx", tmp_path / "buku_baru_2026.xlsx"
    _xlsx(old, [("2025", LAST_YEAR)])
    _xlsx(new, [("2026", THIS_YEAR)])
    expected = figures(2_200_000, 2_200_000, 1, d1to30=1_000_000, over90=1_200_000)
    _, payload = summarize_files([old, new], AS_OF)
    saved = saved_summary(tmp_path, old, new)
    for found in (payload, saved):
        assert {key: found[key] for key in FIGURES} == expected
        told = [p for p in found["problems"] if p["code"] == "check-mismatch"]
        assert [(p["file"], p["book_says"], p["read"]) for p in told] == [
            ("buku_baru_2026.xlsx", 1_200_000, 1_500_000)
        ]


def test_another_shops_book_of_last_year_is_no_carry(tmp_path: Path) -> None:
    # A book of 2025 whose customers this year's book mostly does not open (another shop's,
    # a customer of the same name among them) is no earlier book of it: both count, and
    # nothing is blamed.
    other = [["No Nota", "Tanggal", "Pelanggan", "Jumlah"],
             ["X-1", D(2025, 11, 1), "Toko Ceria", 400_000],
             ["X-2", D(2025, 11, 2), "Toko Dahlia", 300_000],
             ["X-3", D(2025, 11, 3), "Toko Kenanga", 200_000]]  # fmt: skip
    _xlsx(tmp_path / "lain.xlsx", [("Faktur", other)])
    _xlsx(tmp_path / "buku_baru_2026.xlsx", [("2026", THIS_YEAR)])
    _, alone = summarize_files([tmp_path / "buku_baru_2026.xlsx"], AS_OF)
    _, both = summarize_files([tmp_path / "lain.xlsx", tmp_path / "buku_baru_2026.xlsx"], AS_OF)
    assert alone["outstanding"] == 2_200_000
    assert both["outstanding"] == 2_200_000 + 900_000
    assert both["checks"] == alone["checks"] == "ok"
