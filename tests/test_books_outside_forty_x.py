"""Outside round 38 (e01, e05): payments sheets of notes alone, no customer and no invoice
column, whose notes name the invoices by a bare serial ("041", "trf 040") or sit under a
header of notes other than "Keterangan" ("Uraian", "Memo", "Berita"). Each book written by
hand, its figures worked out on paper as of 22 Nov 2026 (default term 30 days)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from tests.test_books_by_hand import figures, reads_to

# Round 38 e05: a payments sheet headed "Tanggal | Uraian | Jumlah" was set aside ("no
# header"), every invoice owed (9,350,000). Its notes are notes under any such word. 039
# 1,900,000 paid; 040 2,750,000 paid; 041 3,400,000 (20 Oct, due 19 Nov, 3 days late) paid
# 1,400,000 by "No 41": 2,000,000 in 1-30; 042 1,300,000 (6 Nov, due 6 Dec) current.
THREE_DIGITS = [
    ["No. Faktur", "Tgl", "Nama Customer", "Nilai Faktur"],
    ["INV/2026/10/039", D(2026, 10, 1), "Toko Fajar", 1_900_000],
    ["INV/2026/10/040", D(2026, 10, 8), "Toko Senja", 2_750_000],
    ["INV/2026/10/041", D(2026, 10, 20), "Toko Fajar", 3_400_000],
    ["INV/2026/11/042", D(2026, 11, 6), "Toko Senja", 1_300_000],
]


@pytest.mark.parametrize("notes", ["Uraian", "Deskripsi", "Memo", "Berita", "Catatan"])
def test_a_payments_sheet_of_notes_under_any_word_for_notes_is_read(
    tmp_path: Path, notes: str
) -> None:
    received = [
        ["Tanggal", notes, "Jumlah"],
        [D(2026, 10, 28), "Bayar inv 0039", 1_900_000],
        [D(2026, 11, 15), "No 41", 1_400_000],
        [D(2026, 11, 20), "inv 40", 2_750_000],
    ]
    sheets = [("Faktur", THREE_DIGITS), ("Penerimaan", received)]
    left = figures(3_300_000, 2_000_000, 2, current=1_300_000, d1to30=2_000_000)
    reads_to(tmp_path / "tiga_digit.xlsx", sheets, left)
