"""Outside books (round 30, figures worked out on paper as of 22 Nov 2026, default term 30
days) that read silently wrong, and the books beside them that must read as they did:

- "1.250rb" (a thousands dot before "rb") was read as 1,250 rupiah, not 1,250,000."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import _aging, _expect, reads_to

NOTA = ["Tanggal", "No Nota", "Pelanggan", "Jumlah", "Keterangan"]


def test_thousands_written_grouped_before_rb_are_thousands(tmp_path: Path) -> None:
    # N-1 Budi 1,250,000 due 1 Dec (current); N-2 Sari "1,25 jt" = 1,250,000 and N-3 Budi
    # 750,000 due 9 Nov, 13 days late (1-30); N-4 Sari "1.250rb" = 1,250,000 due 1 Oct, 52
    # days late (31-60), less her return of 250,000 = 1,000,000. 4,250,000 in all, overdue
    # 3,000,000. It read N-4 as 1,250 rupiah, the return spilling 248,750 onto N-2.
    sheets = [("Sheet1", [NOTA,
        [D(2026, 11, 1), "N-1", "Toko Budi", "Rp 1.250.000,-", None],
        [D(2026, 10, 10), "N-2", "Warung Sari", "1,25 jt", None],
        [D(2026, 10, 10), "N-3", "Toko Budi", "750rb", None],
        [D(2026, 9, 1), "N-4", "Warung Sari", "1.250rb", None],
        [D(2026, 11, 5), "R-1", "Warung Sari", "(250.000)", "retur 5 dus"]])]  # fmt: skip
    aging = _aging(current=1_250_000, d1to30=2_000_000, d31to60=1_000_000)
    reads_to(tmp_path / "rb.xlsx", sheets, _expect(4_250_000, 3_000_000, aging, 2))


def test_a_thousand_with_a_decimal_before_rb_stays_a_decimal(tmp_path: Path) -> None:
    # "1.250 ribu" = 1,250,000 and "2.500 rb" = 2,500,000 due 1 Dec (current); "1,5rb" =
    # 1,500 and "1.250 jt" = 1,250,000 (a decimal before a million) due 9 Nov (1-30).
    sheets = [("Sheet1", [["Tanggal", "Pelanggan", "Jumlah"],
        [D(2026, 11, 1), "Toko Budi", "1.250 ribu"],
        [D(2026, 11, 1), "Warung Sari", "2.500 rb"],
        [D(2026, 10, 10), "Toko Budi", "1,5rb"],
        [D(2026, 10, 10), "Warung Sari", "1.250 jt"]])]  # fmt: skip
    aging = _aging(current=3_750_000, d1to30=1_251_500)
    reads_to(tmp_path / "ribu.xlsx", sheets, _expect(5_001_500, 1_251_500, aging, 2))
