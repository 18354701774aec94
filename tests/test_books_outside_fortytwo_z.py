"""Round 68 of the outside testers (fixer 68): printed receivables reports exported from
accounting programs. Each book written by hand with its figures worked out on paper as of
22 Nov 2026 (default term 30 days: a sale of 1 Oct is due 31 Oct, 22 days late; one of 5 Nov
is due 5 Dec, current)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path
from typing import Any

from core.report import summarize_files
from tests.helpers import write_xlsx
from tests.test_books_by_hand import AS_OF, figures, reads_to

OCT_1 = D(2026, 10, 1)
NOV_5 = D(2026, 11, 5)


def _read(path: Path, sheets: dict[str, list[list[object]]]) -> dict[str, Any]:
    write_xlsx(path, sheets)
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    return payload


# Round 68 book 14 (Zahir "Rincian Piutang Usaha"): each customer's block closes with "Saldo
# Akhir Toko Bangunan Kokoh", the words and whose it is, its Saldo alone; told as a row with
# its amount missing. It is the closing line, checked against the last Saldo above it.
# Toko Bangunan Kokoh: F1 4,000,000 (due 31 Oct, 22 days) less 1,500,000 = 2,500,000 late,
# F2 1,800,000 current; Tani Subur F3 3,000,000 late: 7,300,000 out, 5,500,000 overdue.
def _zahir(closing_kokoh: int) -> list[list[object]]:
    return [
        ["Rincian Piutang Usaha"],
        [],
        ["No. Bukti", "Tanggal", "No. Faktur", "Keterangan", "Jumlah", "Saldo"],
        ["Pelanggan : Toko Bangunan Kokoh"],
        ["F1", OCT_1, "F1", "Penjualan", 4_000_000, 4_000_000],
        ["BKM-1", D(2026, 10, 20), "F1", "Pembayaran F1", "(1.500.000)", 2_500_000],
        ["F2", NOV_5, "F2", "Penjualan", 1_800_000, 4_300_000],
        [None, None, None, "Saldo Akhir Toko Bangunan Kokoh", None, closing_kokoh],
        [],
        ["Pelanggan : UD Tani Subur"],
        ["F3", OCT_1, "F3", "Penjualan", 3_000_000, 3_000_000],
        [None, None, None, "Saldo Akhir UD Tani Subur", None, 3_000_000],
    ]


def test_a_closing_line_naming_its_customer_is_checked_and_skipped(tmp_path: Path) -> None:
    expected = figures(7_300_000, 5_500_000, 2, current=1_800_000, d1to30=5_500_000)
    payload = reads_to(tmp_path / "rincian.xlsx", [("Rincian", _zahir(4_300_000))], expected)
    assert payload["files"][0]["sheets"][0]["checks"]["totals"] == "ok"


def test_a_closing_line_naming_its_customer_that_differs_is_told(tmp_path: Path) -> None:
    payload = _read(tmp_path / "rincian.xlsx", {"Rincian": _zahir(4_800_000)})
    told = [(p["code"], p["row"], p["book_says"]) for p in payload["problems"]]
    assert told == [("check-mismatch", 8, 4_800_000)]
