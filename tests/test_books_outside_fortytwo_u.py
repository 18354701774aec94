"""Round 58 of the outside testers (statements, recaps and aging summaries): each book written
by hand with its figures worked out on paper as of 22 Nov 2026 (default term 30 days)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, reads_to

LIST_HEADER = ["No", "Tgl Nota", "No Nota", "Nama Pelanggan", "Nilai Nota", "Terbayar", "Sisa"]
SPAREPARTS = [
    ["DAFTAR PIUTANG - UD SUMBER PART"],
    [],
    LIST_HEADER,
    [1, D(2026, 9, 26), "TS-102", "Toko Sparepart Jaya", 6_300_000, 3_000_000, 3_300_000],
    [2, D(2026, 10, 10), "TS-117", "Bengkel Sinar Motor", 1_890_000, 0, 1_890_000],
    [3, D(2026, 11, 13), "TS-146", "Toko Sparepart Jaya", 4_120_000, 0, 4_120_000],
    [None, None, None, "TOTAL", 12_310_000, 3_000_000, 9_310_000],
]


# Round 58 rk31: the owner's "REKAP PER PELANGGAN" under the list, on its sheet, was read as
# more invoices, one per customer (22,620,000 for 11,310,000, nothing told). A recap under a
# table, its own heading line over "Nama Pelanggan | Total Sisa", is left aside and checked
# as a recap sheet is. TS-102 3,300,000 due 26 Oct (27 days, 1-30); TS-117 1,890,000 due
# 9 Nov (13 days, 1-30); TS-146 4,120,000 due 13 Dec, current: 9,310,000, overdue 5,190,000.
def test_a_recap_under_the_list_is_no_more_invoices(tmp_path: Path) -> None:
    recap = [
        [],
        [None, None, None, "REKAP PER PELANGGAN"],
        [None, None, None, "Nama Pelanggan", "Total Sisa"],
        [None, None, None, "Toko Sparepart Jaya", 7_420_000],
        [None, None, None, "Bengkel Sinar Motor", 1_890_000],
        [None, None, None, "TOTAL", 9_310_000],
    ]
    expected = figures(9_310_000, 5_190_000, 2, current=4_120_000, d1to30=5_190_000)
    payload = reads_to(tmp_path / "piutang.xlsx", [("Piutang", SPAREPARTS + recap)], expected)
    assert payload["per_customer"] == {"Toko Sparepart Jaya": 7_420_000,
                                       "Bengkel Sinar Motor": 1_890_000}  # fmt: skip


# The look-alike: a heading that says a recap ("Rekap Nota Susulan") over the list's own
# header is more of its invoices, read: TS-150 2,000,000 (20 Nov, current) more.
def test_a_recap_heading_over_the_lists_own_header_is_read(tmp_path: Path) -> None:
    more = [
        [],
        ["Rekap Nota Susulan"],
        LIST_HEADER,
        [4, D(2026, 11, 20), "TS-150", "Bengkel Rudi", 2_000_000, 0, 2_000_000],
    ]
    expected = figures(11_310_000, 5_190_000, 3, current=6_120_000, d1to30=5_190_000)
    reads_to(tmp_path / "piutang.xlsx", [("Piutang", SPAREPARTS + more)], expected)
